#include "models/formats/argdownreader.h"

#include "models/formats/argdowntext.h"
#include "models/formats/argumentgraph.h"
#include "models/formats/importbuilder.h"
#include "models/formats/importdiagnostics.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

struct Op
{
    QStringView text;
    bool outgoing; // the line's element is the target (+> -> _>), not the source
    ArgumentRole role;
    QStringView relation;
};

// Longest first, so "+>" is not read as "+".
constexpr Op ops[] = {
    {u"+>", true, ArgumentRole::Pro, u""},
    {u"->", true, ArgumentRole::Con, u"contrary"},
    {u"<+", false, ArgumentRole::Pro, u""},
    {u"<-", false, ArgumentRole::Con, u"contrary"},
    {u"<_", false, ArgumentRole::Con, u"undercut"},
    {u"_>", true, ArgumentRole::Con, u"undercut"},
    {u"><", false, ArgumentRole::Con, u"contradiction"},
    {u"+", false, ArgumentRole::Pro, u""},
    {u"-", false, ArgumentRole::Con, u""},
};

QString titleOf(const QString &text)
{
    if (text.size() <= 90)
        return text;
    qsizetype cut = text.lastIndexOf(u' ', 88);
    if (cut < 40)
        cut = 88;
    return text.left(cut) + u'…';
}

int indentOf(const QString &line)
{
    int indent = 0;
    for (QChar c : line) {
        if (c == u' ')
            ++indent;
        else if (c == u'\t')
            indent += 4;
        else
            break;
    }
    return indent;
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(argline::ArgdownReader)

public:
    Reader(const QByteArray &data, ImportDiagnostics &diagnostics, ImportBuilder &builder,
           ImportReport &report)
        : m_data(data)
        , m_diagnostics(diagnostics)
        , m_builder(builder)
        , m_report(report)
    {}

    void read(const QString &text)
    {
        m_lines = text.split(u'\n');
        for (QString &line : m_lines) {
            if (line.endsWith(u'\r'))
                line.chop(1);
        }
        // Byte offset of each line, for diagnostics.
        qint64 offset = 0;
        for (const QString &line : std::as_const(m_lines)) {
            m_lineOffsets.append(offset);
            offset += line.toUtf8().size() + 1;
        }
        int first = readFrontMatter();
        if (first < 0)
            return;
        blankComments(first);
        if (m_diagnostics.hasErrors())
            return;
        parse(first);
        finishPcs();
        finishProse();
        m_report.statements = m_graph.nodeCount();
        m_graph.build(m_builder, m_diagnostics, [this](qint64 o) { return lineOf(o); });
        if (!m_prose.isEmpty() && m_builder.corpus().description.isEmpty())
            m_builder.corpus().description = m_prose.join(u"\n\n"_s);
    }

private:
    qint64 offsetOf(int line, int column) const
    {
        if (line < 0 || line >= m_lines.size())
            return m_data.size();
        return m_lineOffsets[line] + m_lines[line].left(column).toUtf8().size();
    }
    QString lineOf(qint64 offset) const
    {
        const auto it = std::upper_bound(m_lineOffsets.begin(), m_lineOffsets.end(), offset);
        return tr("line %1").arg(it - m_lineOffsets.begin());
    }
    void error(int line, int column, const QString &message)
    {
        m_diagnostics.error(offsetOf(line, column), QString(), message);
    }

    // "===" ... "===": YAML front matter. Only the title and the author are read.
    int readFrontMatter()
    {
        int line = 0;
        while (line < m_lines.size() && m_lines[line].trimmed().isEmpty())
            ++line;
        if (line >= m_lines.size() || m_lines[line].trimmed() != u"===")
            return 0;
        const int open = line;
        QString key;
        QHash<QString, QString> values;
        for (++line; line < m_lines.size(); ++line) {
            const QString &raw = m_lines[line];
            if (raw.trimmed() == u"===") {
                m_builder.corpus().title = values.value(u"title"_s).simplified();
                QStringList about;
                if (const QString subtitle = values.value(u"subTitle"_s).simplified(); !subtitle.isEmpty())
                    about.append(subtitle);
                if (const QString author = values.value(u"author"_s).simplified(); !author.isEmpty())
                    about.append(tr("By %1.").arg(author));
                m_frontMatter = about.join(u' ');
                return line + 1;
            }
            static const QRegularExpression pair(u"^([A-Za-z_][\\w-]*)\\s*:\\s*(.*)$"_s);
            if (const auto match = pair.match(raw); match.hasMatch()) {
                key = match.captured(1);
                values.insert(key, match.captured(2).trimmed().remove(u'"'));
            } else if (indentOf(raw) > 0 && !key.isEmpty() && !raw.contains(u':')) {
                values[key] += u' ' + raw.trimmed(); // a value continued on the next line
            }
        }
        error(open, 0, tr("the front matter that starts here is never closed (a line with === ends it)"));
        return -1;
    }

    // Replaces comments with spaces, keeping line breaks and columns.
    void blankComments(int first)
    {
        enum class In : quint8
        {
            Text,
            Block,
            Html
        } in = In::Text;
        int openLine = 0, openColumn = 0;
        for (int l = first; l < m_lines.size(); ++l) {
            QString &line = m_lines[l];
            for (qsizetype i = 0; i < line.size(); ++i) {
                if (in == In::Block) {
                    if (line.mid(i, 2) == u"*/") {
                        line[i] = line[i + 1] = u' ';
                        ++i;
                        in = In::Text;
                    } else {
                        line[i] = u' ';
                    }
                    continue;
                }
                if (in == In::Html) {
                    if (line.mid(i, 3) == u"-->") {
                        line[i] = line[i + 1] = line[i + 2] = u' ';
                        i += 2;
                        in = In::Text;
                    } else {
                        line[i] = u' ';
                    }
                    continue;
                }
                if (line.mid(i, 2) == u"/*") {
                    in = In::Block;
                    openLine = l, openColumn = int(i);
                    line[i] = line[i + 1] = u' ';
                    ++i;
                } else if (line.mid(i, 4) == u"<!--") {
                    in = In::Html;
                    openLine = l, openColumn = int(i);
                    line[i] = line[i + 1] = line[i + 2] = line[i + 3] = u' ';
                    i += 3;
                } else if (line.mid(i, 2) == u"//" && (i == 0 || line[i - 1].isSpace())) {
                    for (qsizetype j = i; j < line.size(); ++j)
                        line[j] = u' ';
                    break;
                }
            }
        }
        if (in != In::Text)
            error(openLine, openColumn, tr("the comment that starts here is never closed"));
    }

    // A statement [T] or argument <A>, by title; an equal title names the same one.
    int node(bool argument, const QString &title, int line, int column)
    {
        QHash<QString, int> &byTitle = argument ? m_arguments : m_statements;
        if (const auto it = byTitle.constFind(title); it != byTitle.cend())
            return *it;
        ArgumentGraph::Node n;
        n.title = title;
        n.offset = offsetOf(line, column);
        if (!m_section.isEmpty())
            n.themes.append(m_section);
        const int index = m_graph.addNode(n);
        byTitle.insert(title, index);
        m_isArgument.insert(index, argument);
        return index;
    }

    void addText(int index, const QString &raw)
    {
        const ArgdownText parsed = ArgdownText::parse(raw);
        ArgumentGraph::Node &n = m_graph.node(index);
        if (n.text.isEmpty())
            n.text = parsed.text;
        for (const QString &tag : parsed.tags) {
            const QString theme = m_builder.theme(tag);
            if (!n.themes.contains(theme))
                n.themes.append(theme);
        }
    }

    struct Element
    {
        int node = -1; // -1: not an element (prose)
        bool argument = false;
        QString text; // the text after "[T]:", or the whole line for untitled text
        bool titled = false;
        bool defines = false; // "[T]: text" rather than "[T]"
    };

    // Reads "[T]: text", "[T]", "<A>: text", "<A>" or untitled text starting at `column`.
    Element element(int line, qsizetype column)
    {
        Element e;
        const QString &raw = m_lines[line];
        const QStringView rest = QStringView(raw).mid(column);
        if (rest.startsWith(u'[') || (rest.startsWith(u'<') && !rest.startsWith(u"<!--"))) {
            const bool argument = rest.startsWith(u'<');
            const QChar close = argument ? u'>' : u']';
            const qsizetype end = rest.indexOf(close);
            const bool link = !argument && end > 0 && end + 1 < rest.size() && rest[end + 1] == u'(';
            if (end > 1 && !link) {
                const QString title = rest.mid(1, end - 1).toString().simplified();
                QStringView after = rest.mid(end + 1);
                e.argument = argument;
                e.titled = true;
                if (after.trimmed().startsWith(u':')) {
                    e.defines = true;
                    after = after.trimmed().mid(1);
                }
                e.text = after.toString();
                if (!title.isEmpty()) {
                    e.node = node(argument, title, line, int(column));
                    return e;
                }
            } else if (end < 0) {
                error(line, int(column),
                      argument ? tr("an argument's title needs a closing >")
                               : tr("a statement's title needs a closing ]"));
                return e;
            }
        }
        e.text = rest.toString();
        return e;
    }

    // An untitled statement (in a relation or a premise–conclusion structure) becomes a node now.
    int untitled(int line, int column, const QString &raw)
    {
        const ArgdownText parsed = ArgdownText::parse(raw);
        ArgumentGraph::Node n;
        n.text = parsed.text;
        n.title = titleOf(parsed.text);
        n.offset = offsetOf(line, column);
        if (!m_section.isEmpty())
            n.themes.append(m_section);
        for (const QString &tag : parsed.tags)
            n.themes.append(m_builder.theme(tag));
        const int index = m_graph.addNode(n);
        m_isArgument.insert(index, false);
        return index;
    }

    void addEdge(int from, int to, ArgumentRole role, const QString &relation, const QString &inference,
                 int line, int column, bool home = false)
    {
        if (from < 0 || to < 0)
            return;
        ArgumentGraph::Edge edge;
        edge.from = from;
        edge.to = to;
        edge.role = role;
        edge.relation = relation;
        // "->" and "<-" between two statements say they are contraries; with an argument, an attack.
        if (relation == u"contrary" && (m_isArgument.value(from) || m_isArgument.value(to)))
            edge.relation.clear();
        edge.inference = inference;
        edge.offset = offsetOf(line, column);
        edge.home = home;
        if (m_graph.addEdge(edge))
            ++m_report.relations;
    }

    // Text continuing on the next lines belongs to the element opened above.
    struct Open
    {
        int node = -1;
        QString text;
        bool prose = false;
        int line = 0;
    } m_open;

    void closeOpen()
    {
        if (m_open.prose) {
            const QString text = ArgdownText::parse(m_open.text).text;
            if (m_open.node >= 0)
                addText(m_open.node, m_open.text);
            else if (!text.isEmpty())
                m_pendingProse = {text, m_open.line};
        } else if (m_open.node >= 0 && !m_open.text.trimmed().isEmpty()) {
            addText(m_open.node, m_open.text);
        }
        m_open = Open();
    }

    void finishProse()
    {
        closeOpen();
        if (!m_pendingProse.first.isEmpty())
            m_prose.append(m_pendingProse.first);
        m_pendingProse = {};
        if (!m_frontMatter.isEmpty())
            m_prose.prepend(m_frontMatter), m_frontMatter.clear();
    }

    // A top-level untitled paragraph becomes a statement only if a relation hangs from it.
    int materialiseProse()
    {
        if (m_pendingProse.first.isEmpty())
            return -1;
        const int index = untitled(m_pendingProse.second, 0, m_pendingProse.first);
        m_pendingProse = {};
        return index;
    }

    // Premise–conclusion structures: (1) ... ---- (n) ...
    struct PcsItem
    {
        int node = -1;
        int line = 0;
        bool bar = false;
        bool defines = false; // "(1) [T]: text" or untitled text, not "(1) [T]"
    };
    QList<PcsItem> m_pcs;
    int m_pcsArgument = -1;
    int m_pcsLine = 0;

    void finishPcs()
    {
        if (m_pcs.isEmpty())
            return;
        int argument = m_pcsArgument;
        if (argument < 0) { // a structure with no argument above it: Argdown names it by its place
            argument = node(true, tr("Argument at line %1").arg(m_pcsLine + 1), m_pcsLine, 0);
        }
        const QString key = u"pcs-"_s + QString::number(argument);
        // Split into inferences: each bar ends one; the item after it is its conclusion.
        QSet<int> definedHere;
        for (const PcsItem &item : std::as_const(m_pcs)) {
            if (item.defines)
                definedHere.insert(item.node);
        }
        QList<int> premises;
        int step = 0;
        int lastConclusion = -1;
        for (qsizetype i = 0; i < m_pcs.size(); ++i) {
            const PcsItem &item = m_pcs[i];
            if (!item.bar) {
                premises.append(item.node);
                continue;
            }
            // The bar: the next statement is the conclusion of the premises so far.
            qsizetype next = i + 1;
            while (next < m_pcs.size() && m_pcs[next].bar)
                ++next;
            if (next >= m_pcs.size()) {
                m_diagnostics.warning(offsetOf(item.line, 0), QString(),
                                      tr("an inference line with no conclusion after it"));
                break;
            }
            const int conclusion = m_pcs[next].node;
            const bool last =
                std::none_of(m_pcs.begin() + next + 1, m_pcs.end(), [](const PcsItem &p) { return p.bar; });
            ++step;
            const QString inference = premises.size() > 1 ? key + u'-' + QString::number(step) : QString();
            for (int premise : std::as_const(premises)) {
                addEdge(premise, last ? argument : conclusion, ArgumentRole::Pro, u"premise"_s, inference,
                        m_pcs[next].line, 0, definedHere.contains(premise));
            }
            if (last)
                addEdge(argument, conclusion, ArgumentRole::Pro, QString(), QString(), m_pcs[next].line, 0);
            premises = {conclusion};
            lastConclusion = conclusion;
            i = next;
        }
        if (lastConclusion < 0) { // no inference line: premises only
            for (int premise : std::as_const(premises))
                addEdge(premise, argument, ArgumentRole::Pro, u"premise"_s,
                        premises.size() > 1 ? key : QString(), m_pcsLine, 0);
        }
        m_pcs.clear();
        m_pcsArgument = -1;
    }

    void parse(int first)
    {
        QList<std::pair<int, int>> stack; // (indent, node) of the elements relations hang from
        int lastTopArgument = -1;
        bool inRule = false;
        static const QRegularExpression pcsItem(u"^\\s*\\((\\d+)\\)\\s+"_s);
        static const QRegularExpression heading(u"^(#{1,6})\\s+(.*)$"_s);
        for (int l = first; l < m_lines.size(); ++l) {
            const QString &raw = m_lines[l];
            const QString trimmed = raw.trimmed();
            const int indent = indentOf(raw);
            if (trimmed.isEmpty()) {
                closeOpen();
                continue;
            }
            if (inRule) { // the text of an inference rule, between two lines of dashes
                if (trimmed.startsWith(u"--"))
                    inRule = false;
                continue;
            }
            if (trimmed.startsWith(u"--")) { // an inference line
                closeOpen();
                m_pcs.append({-1, l, true});
                if (trimmed.count(u'-') == trimmed.size()) {
                    // A bare line of dashes opens a rule when text (not a premise) follows.
                    int next = l + 1;
                    while (next < m_lines.size() && m_lines[next].trimmed().isEmpty())
                        ++next;
                    const QString following = next < m_lines.size() ? m_lines[next].trimmed() : QString();
                    inRule = !following.isEmpty() && !pcsItem.match(m_lines[next]).hasMatch() &&
                             !following.startsWith(u"--");
                }
                continue;
            }
            if (indent == 0) {
                if (const auto match = heading.match(raw); match.hasMatch()) {
                    closeOpen();
                    finishPcs();
                    QString title = match.captured(2);
                    // A heading goes on over lines of plain text, up to a blank line or an element.
                    static const QRegularExpression element(u"^\\s*([\\[<(#+\\->_]|$)"_s);
                    while (l + 1 < m_lines.size() && !element.match(m_lines[l + 1]).hasMatch())
                        title += u' ' + m_lines[++l].trimmed();
                    const QString name = ArgdownText::parse(title).text;
                    m_section = name.isEmpty() ? QString() : m_builder.section(name);
                    stack.clear();
                    lastTopArgument = -1;
                    continue;
                }
            }
            if (const auto match = pcsItem.match(raw); match.hasMatch()) {
                closeOpen();
                if (m_pcs.isEmpty()) {
                    m_pcsArgument = lastTopArgument;
                    m_pcsLine = l;
                }
                const int column = int(match.capturedLength(0));
                const Element e = element(l, column);
                int index = e.node;
                m_untitledOpen = -1;
                if (index < 0) { // an untitled premise: its text may go on over the next lines
                    index = untitled(l, column, e.text);
                    m_untitledOpen = index;
                    m_open = {index, QString(), false, l};
                } else { // its text may start on the next line
                    m_open = {index, e.text, false, l};
                }
                m_pcs.append({index, l, false, e.node < 0 || e.defines});
                stack = {{indent, index}};
                continue;
            }
            // A relation: an operator, a space, an element.
            const Op *op = nullptr;
            for (const Op &candidate : ops) {
                if (trimmed.startsWith(candidate.text) && trimmed.size() > candidate.text.size() &&
                    trimmed[candidate.text.size()].isSpace()) {
                    op = &candidate;
                    break;
                }
            }
            if (op && (indent > 0 || !stack.isEmpty() || !m_pendingProse.first.isEmpty() || m_open.prose)) {
                closeOpen();
                while (!stack.isEmpty() && stack.last().first >= indent)
                    stack.removeLast();
                int parent = stack.isEmpty() ? -1 : stack.last().second;
                if (parent < 0)
                    parent = materialiseProse();
                if (parent < 0) {
                    error(l, indent, tr("a relation needs a statement or an argument above it"));
                    continue;
                }
                int column = int(raw.indexOf(op->text, indent) + op->text.size());
                while (column < raw.size() && raw[column].isSpace())
                    ++column;
                Element e = element(l, column);
                if (e.text.trimmed().isEmpty() && e.node < 0) {
                    error(l, indent, tr("\"%1\" needs a statement or an argument after it").arg(op->text));
                    continue;
                }
                int child = e.node;
                m_untitledOpen = -1;
                if (child < 0) {
                    child = untitled(l, column, e.text);
                    m_untitledOpen = child;
                    m_open = {child, QString(), false, l};
                } else { // its text may start on the next line
                    m_open = {child, e.text, false, l};
                }
                if (op->outgoing)
                    addEdge(parent, child, op->role, op->relation.toString(), QString(), l, indent);
                else // defined on this line: this parent is its home
                    addEdge(child, parent, op->role, op->relation.toString(), QString(), l, indent,
                            e.node < 0 || e.defines);
                stack.append({indent, child});
                continue;
            }
            // Continued text of the element above.
            if (m_open.node >= 0 || m_open.prose) {
                if (m_open.node >= 0 && m_open.node == m_untitledOpen) {
                    // An untitled statement's text goes on: read it again with this line.
                    ArgumentGraph::Node &n = m_graph.node(m_open.node);
                    const ArgdownText more = ArgdownText::parse(trimmed);
                    n.text = QString(n.text + u' ' + more.text).simplified();
                    n.title = titleOf(n.text);
                    for (const QString &tag : more.tags)
                        n.themes.append(m_builder.theme(tag));
                } else {
                    m_open.text += u' ' + trimmed;
                }
                continue;
            }
            // A new top-level element or paragraph.
            closeOpen();
            if (!m_pcs.isEmpty())
                finishPcs();
            if (!m_pendingProse.first.isEmpty()) {
                m_prose.append(m_pendingProse.first);
                m_pendingProse = {};
            }
            m_untitledOpen = -1;
            Element e = element(l, indent);
            if (m_diagnostics.hasErrors() && e.node < 0 && e.text.isEmpty())
                continue;
            if (e.node >= 0) {
                stack = {{indent, e.node}};
                lastTopArgument = e.argument ? e.node : -1;
                m_open = {e.node, e.text, false, l};
            } else {
                stack.clear();
                lastTopArgument = -1;
                m_open = {-1, e.text, true, l};
            }
        }
        closeOpen();
    }

    const QByteArray &m_data;
    ImportDiagnostics &m_diagnostics;
    ImportBuilder &m_builder;
    ImportReport &m_report;
    QStringList m_lines;
    QList<qint64> m_lineOffsets;
    ArgumentGraph m_graph;
    QHash<QString, int> m_statements;
    QHash<QString, int> m_arguments;
    QHash<int, bool> m_isArgument;
    QString m_section; // the theme of the heading above
    QString m_frontMatter;
    QStringList m_prose;
    std::pair<QString, int> m_pendingProse;
    int m_untitledOpen = -1;
};

} // namespace

ReadResult ArgdownReader::read(const QByteArray &data, const QString &fileName, ImportReport *report)
{
    ImportDiagnostics diagnostics(fileName, data);
    ImportReport own;
    ImportReport &counts = report ? *report : own;
    counts.format = CorpusFormat::Argdown;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(data);
    if (decoder.hasError()) {
        diagnostics.fileError(tr("the file is not valid UTF-8 text; save it as UTF-8"));
        return {nullptr, diagnostics.finish()};
    }
    ImportBuilder builder(QFileInfo(fileName).fileName());
    Reader(data, diagnostics, builder, counts).read(text);
    if (builder.corpus().title.isEmpty())
        builder.corpus().title = QFileInfo(fileName).completeBaseName();
    if (!diagnostics.hasErrors() && builder.corpus().arguments.isEmpty())
        diagnostics.fileError(tr("no statement or argument found: is this an Argdown file?"));
    if (diagnostics.hasErrors())
        return {nullptr, diagnostics.finish()};
    return {builder.finish(fileName), diagnostics.finish()};
}

} // namespace argline
