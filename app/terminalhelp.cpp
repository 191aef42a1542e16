#include "app/terminalhelp.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

// Japanese line-breaking rules (kinsoku), the common core: these never start a line...
bool noBreakBefore(char32_t c)
{
    static const QString closing =
        u"、。，．・：；？！）」』】〕〉》］｝〟ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ～…,.:;?!)]}%"_s;
    return c < 0x10000 && closing.contains(QChar(char16_t(c)));
}

// ...and these never end one.
bool noBreakAfter(char32_t c)
{
    static const QString opening = u"（「『【〔〈《［｛〝([{"_s;
    return c < 0x10000 && opening.contains(QChar(char16_t(c)));
}

struct Unit
{
    QString text;
    bool space = false; // a run of spaces: dropped at the end and start of a line
};

// Cuts a line into units no line break may fall inside: a run of spaces, one CJK character (with the
// punctuation that must stay with it), or a run of other characters (a word, "2022-02-24").
QList<Unit> units(QStringView line)
{
    QList<Unit> result;
    const QList<uint> chars = line.toUcs4();
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const char32_t c = chars[i];
        const QString s = QString::fromUcs4(&c, 1);
        const bool space = c == U' ';
        const char32_t previous = result.isEmpty() ? 0 : result.last().text.toUcs4().last();
        // A number keeps its counter: "31日", not "31" at the end of a line and "日" on the next.
        const bool glued =
            !result.isEmpty() && !space && !result.last().space &&
            (noBreakBefore(c) || noBreakAfter(previous) || (previous >= U'0' && previous <= U'9'));
        const bool startsNew =
            result.isEmpty() || space != result.last().space || (!space && (isWide(c) || isWide(previous)));
        if (startsNew && !glued)
            result.append({s, space});
        else
            result.last().text += s;
    }
    return result;
}

} // namespace

int TerminalHelp::displayWidth(QStringView text)
{
    int width = 0;
    for (const uint c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QStringList TerminalHelp::wrap(const QString &text, int width)
{
    QStringList lines;
    for (const QString &paragraph : text.split(u'\n')) {
        qsizetype indent = 0;
        while (indent < paragraph.size() && paragraph.at(indent) == u' ')
            ++indent;
        const QString hanging(indent, u' ');
        const int room = std::max(2, width - int(indent));
        QString line;
        int used = 0;
        const auto finish = [&] {
            lines.append(hanging + line);
            line.clear();
            used = 0;
        };
        const QList<Unit> all = units(QStringView(paragraph).mid(indent));
        for (const Unit &unit : all) {
            const int w = displayWidth(unit.text);
            if (unit.space) { // kept only if more text follows on this line
                if (used > 0) {
                    line += unit.text;
                    used += w;
                }
                continue;
            }
            if (used > 0 && used + w > room) {
                while (line.endsWith(u' '))
                    line.chop(1);
                finish();
            }
            // A unit longer than a whole line (a long path) is cut where the line ends.
            QString rest = unit.text;
            while (displayWidth(rest) > room - used) {
                qsizetype cut = 0;
                int taken = 0;
                while (cut < rest.size() &&
                       taken + displayWidth(QStringView(rest).mid(cut, 1)) <= room - used)
                    taken += displayWidth(QStringView(rest).mid(cut++, 1));
                line += rest.left(cut);
                rest = rest.mid(cut);
                finish();
            }
            line += rest;
            used += displayWidth(rest);
        }
        while (line.endsWith(u' '))
            line.chop(1);
        finish();
    }
    return lines;
}

QString TerminalHelp::format(const QString &usage, const QString &description,
                             const QList<QCommandLineOption> &options, const QList<Argument> &arguments,
                             int width)
{
    // Qt's own headings, in the language its translations (qt6-translations-l10n) give them.
    const auto qt = [](const char *text) { return QCoreApplication::translate("QCommandLineParser", text); };
    QList<std::pair<QString, QString>> entries[2];
    for (const QCommandLineOption &option : options) {
        if (option.flags() & QCommandLineOption::HiddenFromHelp)
            continue;
        QStringList names;
        for (const QString &name : option.names())
            names.append((name.size() == 1 ? u"-"_s : u"--"_s) + name);
        QString shown = names.join(u", "_s);
        if (!option.valueName().isEmpty())
            shown += u" <"_s + option.valueName() + u'>';
        entries[0].append({shown, option.description()});
    }
    for (const Argument &argument : arguments)
        entries[1].append({argument.name, argument.description});
    int nameWidth = 0;
    for (const auto &list : entries) {
        for (const auto &[name, text] : list)
            nameWidth = std::max(nameWidth, int(name.size()));
    }
    nameWidth = std::min(nameWidth, 30);

    QString help = usage + u'\n';
    if (!description.isEmpty())
        help += wrap(description, width).join(u'\n') + u'\n';
    const QString headings[2] = {qt("Options:"), qt("Arguments:")};
    const QString indent(2 + nameWidth + 2, u' ');
    for (int i = 0; i < 2; ++i) {
        if (entries[i].isEmpty())
            continue;
        help += u'\n' + headings[i] + u'\n';
        for (const auto &[name, text] : std::as_const(entries[i])) {
            QString first = u"  "_s + name;
            QStringList lines = wrap(text, width - int(indent.size()));
            if (name.size() > nameWidth) { // a long name gets a line of its own
                help += first + u'\n';
                first = indent;
            } else {
                first = first.leftJustified(indent.size());
            }
            help += first + lines.value(0) + u'\n';
            for (qsizetype l = 1; l < lines.size(); ++l)
                help += indent + lines[l] + u'\n';
        }
    }
    return help;
}

} // namespace argline
