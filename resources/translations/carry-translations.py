#!/usr/bin/env python3
"""Fills unfinished messages of a .ts file from finished translations in other .ts files.

After branches that each translated their own strings are merged, lupdate leaves a message unfinished
when its context moved or the merge kept one side's file. This copies a finished translation of the
same source text (and disambiguation comment) into it: from the same context first, otherwise from any
context, but only when every other file agrees on one translation, so a word that means two things in
two places is left for a translator.

    carry-translations.py TARGET.ts SOURCE.ts [SOURCE.ts ...]
"""
import sys
import xml.etree.ElementTree as ET


def translations(path):
    """(context, source, comment) -> list of translation strings (one per numerus form)."""
    found = {}
    for context in ET.parse(path).getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            translation = message.find('translation')
            if translation is None or translation.get('type') in ('unfinished', 'vanished', 'obsolete'):
                continue
            forms = [f.text or '' for f in translation.findall('numerusform')] or [translation.text or '']
            if any(forms):
                found[(name, message.findtext('source'), message.findtext('comment'))] = forms
    return found


def main():
    target, sources = sys.argv[1], sys.argv[2:]
    known = {}
    for path in sources:
        known.update(translations(path))
    anywhere = {}
    for (_, source, comment), forms in known.items():
        anywhere.setdefault((source, comment), set()).add(tuple(forms))

    tree = ET.parse(target)
    filled = left = 0
    for context in tree.getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            translation = message.find('translation')
            if translation is None or translation.get('type') != 'unfinished':
                continue
            key = (message.findtext('source'), message.findtext('comment'))
            forms = known.get((name,) + key)
            if forms is None and len(anywhere.get(key, ())) == 1:
                forms = list(next(iter(anywhere[key])))
            if forms is None:
                left += 1
                continue
            for child in list(translation):
                translation.remove(child)
            if message.get('numerus') == 'yes':
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, 'numerusform').text = form
            else:
                translation.text = forms[0]
            del translation.attrib['type']
            filled += 1
    tree.write(target, encoding='utf-8', xml_declaration=True)
    print(f'{target}: {filled} filled, {left} still unfinished')


if __name__ == '__main__':
    main()
