#pragma once

#include <QString>

namespace argline {

// Text as it arrives in other formats, made plain for Argline, which shows text and never renders HTML.
namespace PlainText {

// HTML to plain text: tags removed (nothing is loaded: an <img> or <iframe> just disappears, a link keeps
// its words and, when it differs from them, its address in brackets), paragraphs and <br> become line
// breaks, character references are decoded, runs of spaces collapse. Bounded: linear in the input.
QString fromHtml(const QString &html);

// Escapes text for an HTML field (TimelineJS text): & < > " and line breaks as <br>.
QString toHtml(const QString &text);

// Collapses every run of white space (line breaks included) into one space and trims.
QString simplified(const QString &text);

} // namespace PlainText

} // namespace argline
