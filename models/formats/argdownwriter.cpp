#include "models/formats/argdownwriter.h"

#include "models/corpus/citation.h"
#include "models/formats/argdowntext.h"
#include "models/formats/importbuilder.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

// Text on one line, with nothing Argdown would read as syntax in it.
QString oneLine(const QString &text)
{
    QString line = text.simplified();
    // A '#' before a word would become a tag, '//' a comment, '{' inline data.
    line.replace(u"//"_s, u"/ /"_s).replace(u'{', u'(').replace(u'}', u')');
    for (qsizetype i = line.indexOf(u'#'); i >= 0; i = line.indexOf(u'#', i + 1)) {
        if ((i == 0 || line[i - 1].isSpace()) && i + 1 < line.size() && !line[i + 1].isSpace())
            line.insert(i + 1, u' ');
    }
    return line;
}

// A title as Argdown can bracket it: no brackets inside, on one line.
QString bracketable(const QString &title)
{
    QString t = title.simplified();
    t.replace(u'[', u'(').replace(u']', u')').replace(u'<', u'‹').replace(u'>', u'›');
    return t.isEmpty() ? u"untitled"_s : t;
}

class Writer
{
    Q_DECLARE_TR_FUNCTIONS(argline::ArgdownWriter)

public:
    explicit Writer(const Corpus &corpus)
        : m_corpus(corpus)
    {}

    QString write(WriteReport *report)
    {
        m_out += u"===\ntitle: "_s + oneLine(m_corpus.title) + u"\n===\n\n"_s;
        if (!m_corpus.description.isEmpty()) {
            for (const QString &paragraph : m_corpus.description.split(u"\n\n"_s))
                m_out += oneLine(paragraph) + u"\n\n"_s;
        }
        nameEverything();
        // Each tree, under the heading of its root's section, followed by the premise–conclusion
        // structures of the arguments in it.
        QString section;
        for (int root = 0; root < m_corpus.arguments.size(); ++root) {
            const Argument &argument = m_corpus.arguments[root];
            if (argument.parent >= 0)
                continue;
            if (const QString heading = sectionOf(argument); !heading.isEmpty() && heading != section) {
                m_out += u"# "_s + oneLine(heading) + u"\n\n"_s;
                section = heading;
            }
            m_section = section;
            m_pcsToWrite.clear();
            writeTree(root, 0, QString());
            m_out += u'\n';
            for (qsizetype i = 0; i < m_pcsToWrite.size(); ++i) // grows while structures are written
                writeStructure(m_pcsToWrite[i]);
        }
        writeUndrawn();

        if (m_quotes > 0)
            report->carried.append(
                tr("%n quote(s): as comments under their statements (Argdown has no quotes)", nullptr,
                   int(m_quotes)));
        if (m_renamed > 0)
            report->carried.append(
                tr("%n repeated title(s): numbered, since Argdown takes equal titles for the "
                   "same statement",
                   nullptr, int(m_renamed)));
        if (m_flattened > 0)
            report->carried.append(
                tr("%n premise–conclusion structure(s) in several steps: written as support "
                   "relations",
                   nullptr, int(m_flattened)));
        if (!m_corpus.events.isEmpty())
            report->lost.append(tr("%n event(s) and their dates: Argdown has no timeline", nullptr,
                                   int(m_corpus.events.size())));
        if (!m_corpus.eras.isEmpty())
            report->lost.append(tr("%n era(s)", nullptr, int(m_corpus.eras.size())));
        const qsizetype withActors = std::count_if(m_corpus.arguments.begin(), m_corpus.arguments.end(),
                                                   [](const Argument &a) { return !a.actors.isEmpty(); });
        if (withActors > 0)
            report->lost.append(
                tr("the actors of %n argument(s) (Argdown tags become themes)", nullptr, int(withActors)));
        if (m_movedSections > 0)
            report->lost.append(
                tr("the section (heading) of %n statement(s) defined in another statement's tree, "
                   "under that tree's heading",
                   nullptr, int(m_movedSections)));
        if (m_rephrases > 0)
            report->lost.append(tr("%n rephrase relation(s)", nullptr, int(m_rephrases)));
        if (!m_corpus.story.steps.isEmpty())
            report->lost.append(tr("the story (%n step(s))", nullptr, int(m_corpus.story.steps.size())));
        return m_out;
    }

private:
    int originalOf(int index) const
    {
        const Argument &a = m_corpus.arguments[index];
        return a.copyOf.isEmpty() ? index : m_corpus.indexOf(ItemKind::Argument, a.copyOf);
    }

    // Unique titles (Argdown takes equal titles for the same statement), and which arguments are Argdown
    // arguments <A>: those whose children are their premises, written as a premise–conclusion structure.
    void nameEverything()
    {
        QSet<QString> used;
        for (int i = 0; i < m_corpus.arguments.size(); ++i) {
            const Argument &argument = m_corpus.arguments[i];
            if (!argument.copyOf.isEmpty())
                continue;
            QString title = bracketable(argument.title);
            if (used.contains(title)) {
                ++m_renamed;
                for (int n = 2; used.contains(title); ++n)
                    title = bracketable(argument.title) + u" ("_s + QString::number(n) + u')';
            }
            used.insert(title);
            m_title.insert(i, title);
        }
        for (int i = 0; i < m_corpus.arguments.size(); ++i) {
            const Argument &argument = m_corpus.arguments[i];
            if (argument.relation == u"premise" && argument.parent >= 0)
                m_premises[originalOf(argument.parent)].append(i);
        }
        // A structure in one step: its premises have no premises of their own. Others become relations.
        for (auto it = m_premises.begin(); it != m_premises.end(); ++it) {
            const bool oneStep = std::none_of(it->begin(), it->end(), [&](int premise) {
                return m_premises.contains(originalOf(premise));
            });
            if (oneStep)
                m_structured.insert(it.key());
            else
                ++m_flattened;
        }
    }

    QString reference(int index) const
    {
        const int original = originalOf(index);
        const QString title = m_title.value(original);
        return m_structured.contains(original) ? u'<' + title + u'>' : u'[' + title + u']';
    }

    QString definition(int index)
    {
        const Argument &argument = m_corpus.arguments[index];
        if (const QString section = sectionOf(argument); !section.isEmpty() && section != m_section)
            ++m_movedSections;
        QString text =
            reference(index) + u": "_s + oneLine(argument.text.isEmpty() ? argument.title : argument.text);
        for (const QString &theme : argument.themes) {
            if (ImportBuilder::isSection(theme))
                continue;
            const Facet *facet = m_corpus.theme(theme);
            const QString name = facet ? facet->name : theme;
            text += ArgdownText::isSimpleTag(name) ? QString(u" #"_s + name)
                                                   : QString(u" #("_s + QString(name).remove(u')') + u')');
        }
        return text;
    }

    void quotes(int index, const QString &indent)
    {
        for (const Quote &quote : m_corpus.arguments[index].evidence) {
            const Article *article = m_corpus.article(quote.articleId);
            m_out += indent + u"// “"_s + quote.text.simplified() + u"” — "_s +
                     (article ? Citation::plainText(*article) : quote.articleId) + u'\n';
            ++m_quotes;
        }
    }

    QString sectionOf(const Argument &argument) const
    {
        for (const QString &theme : argument.themes) {
            if (ImportBuilder::isSection(theme)) {
                const Facet *facet = m_corpus.theme(theme);
                return facet ? facet->name : theme;
            }
        }
        return {};
    }

    static QString op(const Argument &child)
    {
        if (child.relation == u"undercut")
            return u"<_"_s;
        if (child.relation == u"contradiction")
            return u"><"_s;
        return child.role == ArgumentRole::Pro ? u"+"_s : u"-"_s;
    }

    // A statement and what is below it, each defined where it stands (a copy is only named), without
    // recursion: `depth` levels of two spaces after `indent`.
    void writeTree(int top, int depth, const QString &indent)
    {
        struct Frame
        {
            int index;
            int depth;
            qsizetype next = 0;
        };
        QList<Frame> stack;
        const auto open = [&](int index, int level, bool first) {
            const Argument &argument = m_corpus.arguments[index];
            const QString pad = indent + QString(level * 2, u' ');
            if (first)
                m_out += pad + definition(index) + u'\n';
            else if (argument.relation == u"contrary" && argument.role == ArgumentRole::Con)
                // Between statements, an arrow says "contrary"; "- [C]" is a plain attack.
                m_out += pad + u"<- "_s + (argument.copyOf.isEmpty() ? definition(index) : reference(index)) +
                         u'\n';
            else
                m_out += pad + op(argument) + u' ' +
                         (argument.copyOf.isEmpty() ? definition(index) : reference(index)) + u'\n';
            if (argument.copyOf.isEmpty())
                quotes(index, pad + u"  "_s);
            if (m_structured.contains(index))
                m_pcsToWrite.append(index);
            stack.append({index, level});
        };
        open(top, depth, depth == 0 && indent.isEmpty());
        while (!stack.isEmpty()) {
            Frame &frame = stack.last();
            const Argument &argument = m_corpus.arguments[frame.index];
            if (frame.next >= argument.children.size()) {
                stack.removeLast();
                continue;
            }
            const int child = argument.children[frame.next++];
            const Argument &c = m_corpus.arguments[child];
            if (c.relation == u"premise" && m_structured.contains(frame.index))
                continue; // in the argument's premise–conclusion structure
            open(child, frame.depth + 1, false);
        }
    }

    // "<A>  (1) [premise] ... ----  (n) [conclusion]": the premises are defined here when this is where
    // they stand, with what is below them nested under them.
    void writeStructure(int index)
    {
        const Argument &argument = m_corpus.arguments[index];
        m_out += reference(index) + u"\n\n"_s;
        int number = 1;
        for (int premise : m_premises.value(index)) {
            const Argument &p = m_corpus.arguments[premise];
            const QString item = u"("_s + QString::number(number++) + u") "_s;
            if (p.copyOf.isEmpty() && p.parent == index) {
                // Defined here, and what answers it nested below it.
                m_out += item + definition(premise) + u'\n';
                quotes(premise, u"    "_s);
                for (int child : p.children) {
                    const Argument &c = m_corpus.arguments[child];
                    if (c.relation != u"premise")
                        writeTree(child, 1, u"  "_s);
                }
            } else {
                m_out += item + reference(premise) + u'\n';
            }
        }
        const Argument *conclusion = argument.parent >= 0 ? &m_corpus.arguments[argument.parent] : nullptr;
        if (conclusion && argument.role == ArgumentRole::Pro && argument.relation.isEmpty() &&
            !m_structured.contains(originalOf(argument.parent))) {
            m_out += u"----\n("_s + QString::number(number) + u") "_s + reference(argument.parent) + u'\n';
        }
        m_out += u'\n';
    }

    void writeUndrawn()
    {
        for (const Relation &relation : m_corpus.relations) {
            const int from = m_corpus.indexOf(ItemKind::Argument, relation.from);
            const int to = m_corpus.indexOf(ItemKind::Argument, relation.to);
            if (from < 0 || to < 0)
                continue;
            if (relation.kind == u"rephrase") {
                ++m_rephrases;
                continue;
            }
            if (relation.kind == u"contrary") {
                m_out += reference(from) + u"\n  -> "_s + reference(to) + u"\n\n"_s;
                continue;
            }
            const QString op = relation.kind == u"support"         ? u"+"_s
                               : relation.kind == u"undercut"      ? u"<_"_s
                               : relation.kind == u"contradiction" ? u"><"_s
                                                                   : u"-"_s;
            m_out += reference(to) + u"\n  "_s + op + u' ' + reference(from) + u"\n\n"_s;
        }
    }

    const Corpus &m_corpus;
    QString m_out;
    QHash<int, QString> m_title;       // original argument → its Argdown title
    QHash<int, QList<int>> m_premises; // argument → its premises (children with relation "premise")
    QSet<int> m_structured;            // written as premise–conclusion structures
    QList<int> m_pcsToWrite;
    qsizetype m_quotes = 0;
    qsizetype m_renamed = 0;
    qsizetype m_flattened = 0;
    qsizetype m_rephrases = 0;
    qsizetype m_movedSections = 0;
    QString m_section; // the heading written last
};

} // namespace

QByteArray ArgdownWriter::write(const Corpus &corpus, WriteReport *report)
{
    return Writer(corpus).write(report).toUtf8();
}

} // namespace argline
