#include "models/formats/argdownwriter.h"

#include "models/corpus/citation.h"
#include "models/formats/argdowntext.h"
#include "models/formats/importbuilder.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

// Text on one line, with nothing Argdown would read as syntax at its start.
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

} // namespace

QByteArray ArgdownWriter::write(const Corpus &corpus, WriteReport *report)
{
    QString out;
    out += u"===\ntitle: "_s + oneLine(corpus.title) + u"\n===\n\n"_s;
    if (!corpus.description.isEmpty()) {
        for (const QString &paragraph : corpus.description.split(u"\n\n"_s))
            out += oneLine(paragraph) + u"\n\n"_s;
    }

    // Unique titles: Argdown takes equal titles for the same statement.
    QHash<QString, QString> titleOf; // argument id → its Argdown title
    QSet<QString> used;
    qsizetype renamed = 0;
    for (const Argument &argument : corpus.arguments) {
        if (!argument.copyOf.isEmpty())
            continue;
        QString title = bracketable(argument.title);
        if (used.contains(title)) {
            ++renamed;
            for (int n = 2; used.contains(title); ++n)
                title = bracketable(argument.title) + u" (" + QString::number(n) + u')';
        }
        used.insert(title);
        titleOf.insert(argument.id, title);
    }
    const auto titleFor = [&](const QString &id) -> QString {
        const Argument *argument = corpus.argument(id);
        if (argument && !argument->copyOf.isEmpty())
            return titleOf.value(argument->copyOf);
        return titleOf.value(id);
    };
    // Arguments whose children are premises are Argdown arguments <A>; the rest are statements [S].
    QHash<QString, QList<const Argument *>> premisesOf;
    for (const Argument &argument : corpus.arguments) {
        if (argument.relation == u"premise" && !argument.parentId.isEmpty())
            premisesOf[corpus.argument(argument.parentId) &&
                               !corpus.argument(argument.parentId)->copyOf.isEmpty()
                           ? corpus.argument(argument.parentId)->copyOf
                           : argument.parentId]
                .append(&argument);
    }
    const auto reference = [&](const QString &id) -> QString {
        const QString original =
            corpus.argument(id) && !corpus.argument(id)->copyOf.isEmpty() ? corpus.argument(id)->copyOf : id;
        return premisesOf.contains(original) ? u'<' + titleFor(id) + u'>' : u'[' + titleFor(id) + u']';
    };
    const auto tags = [&](const QStringList &themes) {
        QString text;
        for (const QString &theme : themes) {
            if (ImportBuilder::isSection(theme))
                continue;
            const Facet *facet = corpus.theme(theme);
            const QString name = facet ? facet->name : theme;
            text += ArgdownText::isSimpleTag(name) ? QString(u" #"_s + name)
                                                   : QString(u" #("_s + QString(name).remove(u')') + u')');
        }
        return text;
    };

    // Definitions, under their section headings, in the corpus's order.
    QString section;
    qsizetype quotes = 0;
    for (const Argument &argument : corpus.arguments) {
        if (!argument.copyOf.isEmpty())
            continue;
        QString heading;
        for (const QString &theme : argument.themes) {
            if (ImportBuilder::isSection(theme)) {
                const Facet *facet = corpus.theme(theme);
                heading = facet ? facet->name : theme;
                break;
            }
        }
        if (!heading.isEmpty() && heading != section) {
            out += u"# "_s + oneLine(heading) + u"\n\n"_s;
            section = heading;
        }
        const QString text = argument.text.isEmpty() ? argument.title : argument.text;
        out += reference(argument.id) + u": "_s + oneLine(text) + tags(argument.themes) + u'\n';
        for (const Quote &quote : argument.evidence) {
            const Article *article = corpus.article(quote.articleId);
            out += u"// “"_s + quote.text.simplified() + u"” — "_s +
                   (article ? Citation::plainText(*article) : quote.articleId) + u'\n';
            ++quotes;
        }
        out += u'\n';
    }

    // Premise–conclusion structures.
    for (const Argument &argument : corpus.arguments) {
        if (!argument.copyOf.isEmpty() || !premisesOf.contains(argument.id))
            continue;
        out += u'<' + titleFor(argument.id) + u">\n\n"_s;
        int number = 1;
        for (const Argument *premise : premisesOf.value(argument.id))
            out += u"("_s + QString::number(number++) + u") "_s + reference(premise->id) + u'\n';
        out += u"----\n"_s;
        if (!argument.parentId.isEmpty() && argument.role == ArgumentRole::Pro && argument.relation.isEmpty())
            out += u"("_s + QString::number(number) + u") "_s + reference(argument.parentId) + u'\n';
        out += u'\n';
    }

    // Relations, grouped by the argument they answer, in the corpus's order.
    QList<QString> parents;
    QHash<QString, QStringList> lines;
    const auto relate = [&](const QString &parent, const QString &line) {
        if (!lines.contains(parent))
            parents.append(parent);
        lines[parent].append(line);
    };
    for (const Argument &argument : corpus.arguments) {
        if (argument.parentId.isEmpty() || argument.relation == u"premise")
            continue;
        const bool pcsConclusion =
            premisesOf.contains(argument.copyOf.isEmpty() ? argument.id : argument.copyOf) &&
            argument.role == ArgumentRole::Pro && argument.relation.isEmpty() && argument.copyOf.isEmpty();
        if (pcsConclusion)
            continue; // written in its premise–conclusion structure
        QString op = argument.role == ArgumentRole::Pro ? u"+"_s : u"-"_s;
        if (argument.relation == u"undercut")
            op = u"<_"_s;
        else if (argument.relation == u"contradiction")
            op = u"><"_s;
        if (argument.relation == u"contrary" && argument.role == ArgumentRole::Con) {
            // "[C] -> [P]": C is a contrary of P (Argdown writes it from the attacking statement).
            relate(argument.id, u"-> "_s + reference(argument.parentId));
            continue;
        }
        relate(argument.parentId, op + u' ' + reference(argument.id));
    }
    qsizetype rephrases = 0;
    for (const Relation &relation : corpus.relations) {
        if (relation.from.isEmpty() || relation.to.isEmpty())
            continue;
        if (relation.kind == u"rephrase") {
            ++rephrases;
            continue;
        }
        if (relation.kind == u"contrary") {
            relate(relation.from, u"-> "_s + reference(relation.to));
            continue;
        }
        const QString op = relation.kind == u"support"         ? u"+"_s
                           : relation.kind == u"undercut"      ? u"<_"_s
                           : relation.kind == u"contradiction" ? u"><"_s
                                                               : u"-"_s;
        relate(relation.to, op + u' ' + reference(relation.from));
    }
    for (const QString &parent : std::as_const(parents)) {
        out += reference(parent) + u'\n';
        for (const QString &line : lines.value(parent))
            out += u"  "_s + line + u'\n';
        out += u'\n';
    }

    if (quotes > 0)
        report->carried.append(tr("%n quote(s): as comments under their statements (Argdown has no quotes)",
                                  nullptr, int(quotes)));
    if (renamed > 0)
        report->carried.append(
            tr("%n repeated title(s): numbered, since Argdown takes equal titles for the same "
               "statement",
               nullptr, int(renamed)));
    if (!corpus.events.isEmpty())
        report->lost.append(
            tr("%n event(s) and their dates: Argdown has no timeline", nullptr, int(corpus.events.size())));
    if (!corpus.eras.isEmpty())
        report->lost.append(tr("%n era(s)", nullptr, int(corpus.eras.size())));
    if (rephrases > 0)
        report->lost.append(tr("%n rephrase relation(s)", nullptr, int(rephrases)));
    if (!corpus.story.steps.isEmpty())
        report->lost.append(tr("the story (%n step(s))", nullptr, int(corpus.story.steps.size())));
    return out.toUtf8();
}

} // namespace argline
