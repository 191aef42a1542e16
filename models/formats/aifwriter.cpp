#include "models/formats/aifwriter.h"

#include <QDate>
#include <QHash>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

using Json = nlohmann::ordered_json;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

class Writer
{
public:
    explicit Writer(const Corpus &corpus)
        : m_corpus(corpus)
    {}

    Json write(WriteReport *report)
    {
        // I-nodes: one per argument that is not a copy.
        for (const Argument &argument : m_corpus.arguments) {
            if (!argument.copyOf.isEmpty())
                continue;
            Json data{{"id", utf8(argument.id)}, {"title", utf8(argument.title)}};
            if (!argument.themes.isEmpty()) {
                Json themes = Json::array();
                for (const QString &theme : argument.themes) {
                    const Facet *facet = m_corpus.theme(theme);
                    themes.push_back(utf8(facet ? facet->name : theme));
                }
                data["themes"] = std::move(themes);
            }
            if (!argument.actors.isEmpty()) {
                Json actors = Json::array();
                for (const QString &actor : argument.actors) {
                    const Facet *facet = m_corpus.actor(actor);
                    actors.push_back(utf8(facet ? facet->name : actor));
                }
                data["actors"] = std::move(actors);
            }
            const QString node = addNode(argument.text.isEmpty() ? argument.title : argument.text, u"I"_s, {},
                                         std::move(data));
            m_nodeOf.insert(argument.id, node);
        }
        // Quotes: the speaker's words as L-nodes, anchored to the statement.
        for (const Argument &argument : m_corpus.arguments) {
            for (const Quote &quote : argument.evidence)
                addLocution(quote, m_nodeOf.value(argument.id));
        }
        // Relations, in the corpus's order so a reader grows the same tree.
        qsizetype fallbacks = 0;
        for (const Argument &argument : m_corpus.arguments) {
            if (argument.parentId.isEmpty())
                continue;
            const QString from = statementOf(argument.id);
            const QString to = statementOf(argument.parentId);
            if (from.isEmpty() || to.isEmpty())
                continue;
            if (argument.role == ArgumentRole::Pro) {
                const QString ra = inferenceFor(argument);
                addEdge(from, ra);
                continue;
            }
            if (argument.relation == u"undercut") {
                const Argument *parent = m_corpus.argument(argument.parentId);
                if (parent && parent->role == ArgumentRole::Pro && !parent->parentId.isEmpty()) {
                    const QString ca = addNode(u"Default Conflict"_s, u"CA"_s);
                    addEdge(from, ca);
                    addEdge(ca, inferenceFor(*parent));
                    continue;
                }
                ++fallbacks; // an undercut of something that is not a support: attack the statement
            }
            const QString ca = addNode(u"Default Conflict"_s, u"CA"_s);
            addEdge(from, ca);
            addEdge(ca, to);
        }
        for (const Relation &relation : m_corpus.relations) {
            const QString from = statementOf(relation.from);
            const QString to = statementOf(relation.to);
            if (from.isEmpty() || to.isEmpty())
                continue;
            const QString type = relation.kind == u"rephrase"  ? u"MA"_s
                                 : relation.kind == u"support" ? u"RA"_s
                                                               : u"CA"_s;
            const QString text = type == u"MA"   ? u"Default Rephrase"_s
                                 : type == u"RA" ? u"Default Inference"_s
                                                 : u"Default Conflict"_s;
            const QString s = addNode(text, type);
            addEdge(from, s);
            addEdge(s, to);
        }

        Json root;
        root["nodes"] = std::move(m_nodes);
        root["edges"] = std::move(m_edges);
        root["locutions"] = std::move(m_locutions);
        Json participants = Json::array();
        for (int i = 0; i < m_speakers.size(); ++i)
            participants.push_back(Json{{"participantID", std::to_string(i + 1)},
                                        {"firstname", utf8(m_speakers[i])},
                                        {"surname", ""}});
        root["participants"] = std::move(participants);

        if (!m_corpus.events.isEmpty())
            report->lost.append(AifWriter::tr("%n event(s) and their dates: AIF has no timeline", nullptr,
                                              int(m_corpus.events.size())));
        if (!m_corpus.eras.isEmpty())
            report->lost.append(AifWriter::tr("%n era(s)", nullptr, int(m_corpus.eras.size())));
        qsizetype links = 0;
        for (const Argument &argument : m_corpus.arguments)
            links += argument.events.size();
        if (links > 0)
            report->lost.append(AifWriter::tr("%n link(s) from arguments to events", nullptr, int(links)));
        if (!m_corpus.story.steps.isEmpty())
            report->lost.append(
                AifWriter::tr("the story (%n step(s))", nullptr, int(m_corpus.story.steps.size())));
        if (m_quotes > 0)
            report->carried.append(
                AifWriter::tr("%n quote(s): as the speaker's locutions (L-nodes); the articles "
                              "become each speaker's words, dated by the locution timestamps",
                              nullptr, int(m_quotes)));
        if (fallbacks > 0)
            report->carried.append(
                AifWriter::tr("%n undercut(s) of an argument that supports nothing: written as "
                              "attacks on it",
                              nullptr, int(fallbacks)));
        return root;
    }

private:
    QString addNode(const QString &text, const QString &type, const QString &timestamp = {}, Json data = {})
    {
        const QString id = QString::number(++m_lastId);
        Json node{{"nodeID", utf8(id)}, {"text", utf8(text)}, {"type", utf8(type)}};
        if (!timestamp.isEmpty())
            node["timestamp"] = utf8(timestamp);
        if (!data.is_null())
            node["argline"] = std::move(data);
        m_nodes.push_back(std::move(node));
        return id;
    }

    void addEdge(const QString &from, const QString &to)
    {
        m_edges.push_back(Json{{"edgeID", utf8(QString::number(++m_lastEdge))},
                               {"fromID", utf8(from)},
                               {"toID", utf8(to)},
                               {"formEdgeID", nullptr}});
    }

    // The I-node of an argument, or of the original a copy repeats.
    QString statementOf(const QString &id) const
    {
        const Argument *argument = m_corpus.argument(id);
        if (argument && !argument->copyOf.isEmpty())
            return m_nodeOf.value(argument->copyOf);
        return m_nodeOf.value(id);
    }

    // The RA node through which a pro argument supports its parent; premises of one inference share it.
    QString inferenceFor(const Argument &argument)
    {
        const QString key = argument.inference.isEmpty()
                                ? QString(u"argument:"_s + argument.id)
                                : QString(argument.parentId + u'\n' + argument.inference);
        if (const auto it = m_inference.constFind(key); it != m_inference.cend())
            return *it;
        const QString ra = addNode(u"Default Inference"_s, u"RA"_s);
        addEdge(ra, statementOf(argument.parentId));
        m_inference.insert(key, ra);
        return ra;
    }

    void addLocution(const Quote &quote, const QString &statement)
    {
        const Article *article = m_corpus.article(quote.articleId);
        if (!article || statement.isEmpty())
            return;
        const QString speaker = article->authors.isEmpty() ? article->label : article->authors.first();
        qsizetype person = m_speakers.indexOf(speaker);
        if (person < 0) {
            m_speakers.append(speaker);
            person = m_speakers.size() - 1;
        }
        // The words' date, as far as the article gives one: AIF timestamps are days and times.
        const FuzzyDate &date = article->published.date;
        QString stamp;
        if (date.isValid() && date.start().year > 0)
            stamp = QDate::fromJulianDay(date.firstDay()).toString(u"yyyy-MM-dd"_s) + u" 00:00:00"_s;
        const QString l = addNode(speaker + u" : "_s + quote.text, u"L"_s, stamp);
        const QString ya = addNode(u"Asserting"_s, u"YA"_s);
        addEdge(l, ya);
        addEdge(ya, statement);
        m_locutions.push_back(Json{{"nodeID", utf8(l)}, {"personID", std::to_string(person + 1)}});
        ++m_quotes;
    }

    const Corpus &m_corpus;
    Json m_nodes = Json::array();
    Json m_edges = Json::array();
    Json m_locutions = Json::array();
    QStringList m_speakers;
    QHash<QString, QString> m_nodeOf;    // argument id → I-node id
    QHash<QString, QString> m_inference; // inference key → RA node id
    qint64 m_lastId = 0;
    qint64 m_lastEdge = 0;
    qsizetype m_quotes = 0;
};

} // namespace

QByteArray AifWriter::write(const Corpus &corpus, WriteReport *report)
{
    const std::string text = Writer(corpus).write(report).dump(2) + '\n';
    return QByteArray(text.data(), qsizetype(text.size()));
}

} // namespace argline
