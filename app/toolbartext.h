#pragma once

#include <QString>

class QToolBar;

namespace argline {

// A menu item's text as a toolbar button or a tooltip shows it: without its mnemonic and without the
// "…" that says a menu item opens a dialog. "&Back" → "Back"; "戻る(&B)" → "戻る": Japanese (like
// Chinese and Korean) writes the mnemonic letter in brackets after the word, and Qt 6.4 strips only
// the "&" from a toolbar button, leaving "戻る(B)". "&&" stays a literal "&".
QString withoutMnemonic(const QString &text);

// Gives every action on `bar` its text without the mnemonic as its button text, and as its tooltip when
// the action has none of its own. Call it once the bar is filled.
void useCleanButtonTexts(QToolBar *bar);

} // namespace argline
