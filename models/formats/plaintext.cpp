#include "models/formats/plaintext.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace argline::PlainText {

namespace {

// The named character references that occur in real TimelineJS files, and the HTML 4 Latin-1 set.
const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> table = [] {
        QHash<QString, char32_t> t{
            {u"amp"_s, U'&'},      {u"lt"_s, U'<'},          {u"gt"_s, U'>'},        {u"quot"_s, U'"'},
            {u"apos"_s, U'\''},    {u"nbsp"_s, U'\u00A0'},   {u"ndash"_s, U'–'},     {u"mdash"_s, U'—'},
            {u"lsquo"_s, U'‘'},    {u"rsquo"_s, U'’'},       {u"ldquo"_s, U'“'},     {u"rdquo"_s, U'”'},
            {u"hellip"_s, U'…'},   {u"bull"_s, U'•'},        {u"middot"_s, U'·'},    {u"copy"_s, U'©'},
            {u"reg"_s, U'®'},      {u"trade"_s, U'™'},       {u"deg"_s, U'°'},       {u"euro"_s, U'€'},
            {u"pound"_s, U'£'},    {u"times"_s, U'×'},       {u"laquo"_s, U'«'},     {u"raquo"_s, U'»'},
            {u"shy"_s, U'\u00AD'}, {u"thinsp"_s, U'\u2009'}, {u"ensp"_s, U'\u2002'}, {u"emsp"_s, U'\u2003'},
        };
        // Latin-1 letters: &eacute; &Uuml; ... by their standard names.
        static const char *const latin1[] = {
            "Agrave", "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig", "Ccedil",
            "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave", "Iacute", "Icirc", "Iuml",
            "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",  nullptr,
            "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN", "szlig",
            "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig", "ccedil",
            "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc", "iuml",
            "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",  nullptr,
            "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn", "yuml"};
        for (int i = 0; i < int(std::size(latin1)); ++i) {
            if (latin1[i])
                t.insert(QString::fromLatin1(latin1[i]), char32_t(0xC0 + i));
        }
        return t;
    }();
    return table;
}

// Decodes the reference at text[i] ('&'); on success appends it and moves i past the ';'.
bool decodeEntity(const QString &text, qsizetype &i, QString &out)
{
    const qsizetype semicolon = text.indexOf(u';', i + 1);
    if (semicolon < 0 || semicolon - i > 12)
        return false;
    const QStringView name = QStringView(text).mid(i + 1, semicolon - i - 1);
    char32_t code = 0;
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint value = name.size() > 1 && (name[1] == u'x' || name[1] == u'X')
                               ? name.mid(2).toUInt(&ok, 16)
                               : name.mid(1).toUInt(&ok, 10);
        if (!ok || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return false;
        code = value;
    } else {
        const auto it = namedEntities().constFind(name.toString());
        if (it == namedEntities().cend())
            return false;
        code = *it;
    }
    out += QString::fromUcs4(&code, 1);
    i = semicolon;
    return true;
}

QString attribute(QStringView tag, QStringView name)
{
    // name="value", name='value' or name=value, case-insensitively.
    for (qsizetype at = tag.indexOf(name, 0, Qt::CaseInsensitive); at >= 0;
         at = tag.indexOf(name, at + 1, Qt::CaseInsensitive)) {
        qsizetype i = at + name.size();
        if (at > 0 && !tag[at - 1].isSpace())
            continue;
        while (i < tag.size() && tag[i].isSpace())
            ++i;
        if (i >= tag.size() || tag[i] != u'=')
            continue;
        ++i;
        while (i < tag.size() && tag[i].isSpace())
            ++i;
        if (i >= tag.size())
            return {};
        const QChar quote = tag[i];
        if (quote == u'"' || quote == u'\'') {
            const qsizetype end = tag.indexOf(quote, i + 1);
            return tag.mid(i + 1, end < 0 ? -1 : end - i - 1).toString();
        }
        qsizetype end = i;
        while (end < tag.size() && !tag[end].isSpace() && tag[end] != u'>')
            ++end;
        return tag.mid(i, end - i).toString();
    }
    return {};
}

bool isBlockTag(QStringView name)
{
    static const QStringView blocks[] = {u"p",  u"div", u"br", u"li", u"ul",         u"ol",     u"h1",
                                         u"h2", u"h3",  u"h4", u"h5", u"h6",         u"tr",     u"table",
                                         u"hr", u"pre", u"dd", u"dt", u"blockquote", u"section"};
    for (QStringView block : blocks) {
        if (name.compare(block, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QString fromHtml(const QString &html)
{
    QString out;
    out.reserve(html.size());
    QString pendingHref; // the address of the <a> being read
    qsizetype linkTextStart = -1;
    bool inScript = false; // <script> and <style> hold no text
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html[i];
        if (c == u'<') {
            if (html.mid(i, 4) == u"<!--") { // a comment
                const qsizetype end = html.indexOf(u"-->"_s, i + 4);
                i = end < 0 ? html.size() : end + 2;
                continue;
            }
            const qsizetype end = html.indexOf(u'>', i + 1);
            if (end < 0) { // a lone '<' is text
                if (!inScript)
                    out += c;
                continue;
            }
            const QStringView tag = QStringView(html).mid(i + 1, end - i - 1).trimmed();
            i = end;
            const bool closing = tag.startsWith(u'/');
            QStringView name = closing ? tag.mid(1) : tag;
            qsizetype nameEnd = 0;
            while (nameEnd < name.size() && (name[nameEnd].isLetterOrNumber()))
                ++nameEnd;
            name = name.left(nameEnd);
            if (name.compare(u"script", Qt::CaseInsensitive) == 0 ||
                name.compare(u"style", Qt::CaseInsensitive) == 0) {
                inScript = !closing;
                continue;
            }
            if (inScript)
                continue;
            if (name.compare(u"a", Qt::CaseInsensitive) == 0) {
                if (!closing) {
                    pendingHref = attribute(tag, u"href");
                    linkTextStart = out.size();
                } else if (linkTextStart >= 0) {
                    const QString words = out.mid(linkTextStart).trimmed();
                    const bool useful = !pendingHref.isEmpty() && !pendingHref.startsWith(u'#') &&
                                        !pendingHref.startsWith(u"javascript:", Qt::CaseInsensitive) &&
                                        words != pendingHref;
                    if (useful)
                        out += u" ("_s + pendingHref + u')';
                    pendingHref.clear();
                    linkTextStart = -1;
                }
                continue;
            }
            if (isBlockTag(name)) {
                const bool item = name.compare(u"li", Qt::CaseInsensitive) == 0;
                if (item && !closing)
                    out += u"\n• "_s;
                else if (!item)
                    out += u'\n';
            }
            continue;
        }
        if (inScript)
            continue;
        if (c == u'&' && decodeEntity(html, i, out))
            continue;
        out += c;
    }

    // Collapse spaces within lines and blank lines between paragraphs.
    QStringList lines;
    for (const QString &line : out.split(u'\n')) {
        const QString simple = simplified(QString(line).replace(QChar(0x00A0), u' '));
        if (!simple.isEmpty() || (!lines.isEmpty() && !lines.last().isEmpty()))
            lines.append(simple);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

QString toHtml(const QString &text)
{
    return text.toHtmlEscaped().replace(u"\n"_s, u"<br>"_s);
}

QString simplified(const QString &text)
{
    return text.simplified();
}

} // namespace argline::PlainText
