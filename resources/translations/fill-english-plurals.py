#!/usr/bin/env python3
"""Fills the English plural forms in argline_en.ts from the source texts.

Argline writes counted strings the Qt way, e.g. tr("%n article(s)", nullptr, n); the English .qm turns
them into "1 article" / "5 articles". This fills every unfinished numerus message: "(s)" becomes "" and
"s", "(es)" becomes "" and "es". Run by `./dev translations` after lupdate.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "argline_en.ts"
tree = ET.parse(path)
filled = 0
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    translation = message.find("translation")
    if translation is None or translation.get("type") not in ("unfinished", None) or len(translation):
        if translation is not None and len(translation) and translation.get("type") != "unfinished":
            continue
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    singular = re.sub(r"\((e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    for form in (singular, plural):
        ET.SubElement(translation, "numerusform").text = form
    filled += 1
tree.write(path, encoding="utf-8", xml_declaration=True)
print(f"{path}: filled {filled} plural message(s)")
