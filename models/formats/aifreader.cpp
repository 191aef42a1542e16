#include "models/formats/aifreader.h"

#include "models/formats/argumentgraph.h"
#include "models/formats/importbuilder.h"
#include "models/formats/importdiagnostics.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

struct AifNode
{
    QString id;
    QString type;
    QString text;
    QString timestamp;
    qint64 offset = 0;
    QList<int> in;      // nodes with an edge to this one
    QList<int> out;     // nodes this one has an edge to
    int statement = -1; // the ArgumentGraph node, for I-nodes
    JsonRef data;       // what Argline's own AIF writer adds: {"id", "title", "themes"}
};

// "Emily Thornberry : We had ...", "VCBrown says 'semesterisation ...'", "Participant Rachel: A".
std::pair<QString, QString> speakerAndWords(const QString &text)
{
    static const QRegularExpression says(u"^(.+?) says '(.*)'$"_s,
                                         QRegularExpression::DotMatchesEverythingOption);
    if (const auto match = says.match(text); match.hasMatch())
        return {match.captured(1).trimmed(), match.captured(2)};
    for (const QString &separator : {u" : "_s, u": "_s}) {
        if (const qsizetype at = text.indexOf(separator); at > 0 && at < 80)
            return {text.left(at).trimmed(), text.mid(at + separator.size()).trimmed()};
    }
    return {QString(), text.trimmed()};
}

// A short title for a statement: its text, cut at a word before 90 characters.
QString titleOf(const QString &text)
{
    const QString simple = text.simplified();
    if (simple.size() <= 90)
        return simple;
    qsizetype cut = simple.lastIndexOf(u' ', 88);
    if (cut < 40)
        cut = 88;
    return simple.left(cut) + u'…';
}

std::optional<QDate> dateOf(const QString &timestamp)
{
    // "2021-11-11 20:57:43"; OVA also writes "Thu Nov 11 2021 21:50:00 GMT+0000 (...)".
    const QDate date = QDate::fromString(timestamp.left(10), u"yyyy-MM-dd"_s);
    return date.isValid() ? std::optional(date) : std::nullopt;
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(argline::AifReader)

public:
    Reader(const JsonRef &aif, ImportDiagnostics &diagnostics, ImportBuilder &builder, ImportReport &report,
           const QByteArray &data)
        : m_aif(aif)
        , m_diagnostics(diagnostics)
        , m_builder(builder)
        , m_report(report)
        , m_data(data)
    {}

    void read(const QString &prefix)
    {
        m_prefix = prefix;
        readNodes();
        readEdges();
        if (m_diagnostics.hasErrors())
            return;
        readSpeakers();
        buildStatements();
        buildRelations();
        m_graph.build(m_builder, m_diagnostics, [this](qint64 offset) { return lineOf(offset); });
    }

private:
    QString lineOf(qint64 offset) const
    {
        const qint64 end = std::clamp<qint64>(offset, 0, m_data.size());
        return tr("line %1").arg(std::count(m_data.constBegin(), m_data.constBegin() + end, '\n') + 1);
    }

    QString idText(const JsonRef &value, const QString &path)
    {
        if (value.isString() || value.isNumber())
            return value.toString().trimmed();
        m_diagnostics.error(
            value.isValid() ? value.offset() : 0, path,
            value.isValid()
                ? tr("expected an id (text or a number), found %1").arg(JsonTree::typeName(value.type()))
                : tr("missing id"));
        return {};
    }

    void readNodes()
    {
        const JsonRef nodes = m_aif[u"nodes"];
        if (!nodes.isArray()) {
            m_diagnostics.error(nodes.isValid() ? nodes.offset() : m_aif.offset(), m_prefix + u"/nodes"_s,
                                tr("an AIF file needs a \"nodes\" array"));
            return;
        }
        int index = 0;
        for (const JsonRef &value : nodes.children()) {
            const QString path = m_prefix + u"/nodes/"_s + QString::number(index++);
            if (!value.isObject()) {
                m_diagnostics.error(
                    value.offset(), path,
                    tr("expected a node object, found %1").arg(JsonTree::typeName(value.type())));
                continue;
            }
            AifNode node;
            node.data = value[u"argline"];
            node.id = idText(value[u"nodeID"], path + u"/nodeID"_s);
            node.type = value[u"type"].text();
            node.text = value[u"text"].toString();
            node.timestamp = value[u"timestamp"].text();
            node.offset = value.offset();
            if (node.id.isEmpty())
                continue;
            if (m_byId.contains(node.id)) {
                m_diagnostics.error(value[u"nodeID"].offset(), path + u"/nodeID"_s,
                                    tr("duplicate nodeID %1").arg(node.id));
                continue;
            }
            if (node.type.isEmpty()) {
                m_diagnostics.error(value.offset(), path,
                                    tr("a node needs a \"type\" (I, L, RA, CA, MA, ...)"));
                continue;
            }
            m_byId.insert(node.id, int(m_nodes.size()));
            m_nodes.append(std::move(node));
        }
    }

    void readEdges()
    {
        const JsonRef edges = m_aif[u"edges"];
        if (!edges.isArray()) {
            m_diagnostics.error(edges.isValid() ? edges.offset() : m_aif.offset(), m_prefix + u"/edges"_s,
                                tr("an AIF file needs an \"edges\" array"));
            return;
        }
        int index = 0;
        for (const JsonRef &value : edges.children()) {
            const QString path = m_prefix + u"/edges/"_s + QString::number(index++);
            if (!value.isObject()) {
                m_diagnostics.error(
                    value.offset(), path,
                    tr("expected an edge object, found %1").arg(JsonTree::typeName(value.type())));
                continue;
            }
            const QString from = idText(value[u"fromID"], path + u"/fromID"_s);
            const QString to = idText(value[u"toID"], path + u"/toID"_s);
            if (from.isEmpty() || to.isEmpty())
                continue;
            const int f = m_byId.value(from, -1);
            const int t = m_byId.value(to, -1);
            if (f < 0 || t < 0) {
                const bool fromMissing = f < 0;
                m_diagnostics.error(value[fromMissing ? u"fromID" : u"toID"].offset(),
                                    path + (fromMissing ? u"/fromID"_s : u"/toID"_s),
                                    tr("no node has the id %1").arg(fromMissing ? from : to));
                continue;
            }
            m_nodes[f].out.append(t);
            m_nodes[t].in.append(f);
            m_edgeOffset.insert(qint64(f) << 32 | quint32(t), value.offset());
        }
    }

    // Speakers by locution (personID → participant) where the file says so; else from the L-node text.
    void readSpeakers()
    {
        QHash<QString, QString> participants;
        for (const JsonRef &p : m_aif[u"participants"].children()) {
            const QString name = QString(p[u"firstname"].text() + u' ' + p[u"surname"].text()).trimmed();
            if (!name.isEmpty())
                participants.insert(p[u"participantID"].toString().trimmed(), name);
        }
        for (const JsonRef &locution : m_aif[u"locutions"].children()) {
            const QString node = locution[u"nodeID"].toString().trimmed();
            const QString person = locution[u"personID"].toString().trimmed();
            if (participants.contains(person) && !m_locutionSpeaker.contains(node))
                m_locutionSpeaker.insert(node, participants.value(person));
            const QString start = locution[u"start"].text();
            if (!start.isEmpty() && !m_locutionStart.contains(node))
                m_locutionStart.insert(node, start);
        }
    }

    // I-nodes become statements, quoted by the L-nodes that anchor them (L → YA → I).
    void buildStatements()
    {
        struct Words
        {
            QString speaker;
            QString words;
            QString timestamp;
        };
        QHash<int, QList<Words>> quotesOf; // I-node → its locutions
        QList<QString> speakers;           // in order of first appearance
        QHash<QString, QStringList> wordsOf;
        QHash<QString, QDate> firstDateOf;
        for (int n = 0; n < m_nodes.size(); ++n) {
            const AifNode &node = m_nodes[n];
            if (node.type == u"I")
                ++m_report.statements;
            if (node.type != u"YA")
                continue;
            for (int l : node.in) {
                if (m_nodes[l].type != u"L")
                    continue;
                for (int i : node.out) {
                    if (m_nodes[i].type != u"I")
                        continue;
                    auto [speaker, words] = speakerAndWords(m_nodes[l].text);
                    if (const QString named = m_locutionSpeaker.value(m_nodes[l].id); !named.isEmpty())
                        speaker = named;
                    if (speaker.isEmpty())
                        speaker = tr("unnamed speaker");
                    if (words.isEmpty())
                        continue;
                    const QString timestamp = m_locutionStart.value(m_nodes[l].id, m_nodes[l].timestamp);
                    quotesOf[i].append({speaker, words, timestamp});
                    if (!wordsOf.contains(speaker))
                        speakers.append(speaker);
                    QStringList &said = wordsOf[speaker];
                    if (!said.contains(words))
                        said.append(words);
                    if (const auto date = dateOf(timestamp)) {
                        QDate &first = firstDateOf[speaker];
                        if (!first.isValid() || *date < first)
                            first = *date;
                    }
                }
            }
        }
        // One article per speaker: the speaker's words as the file records them. Without any date for
        // the words, there is no article (and the statements say "no source quote").
        QHash<QString, QString> articleOf;
        for (const QString &speaker : std::as_const(speakers)) {
            const QDate date = firstDateOf.value(speaker);
            if (!date.isValid()) {
                m_diagnostics.fileWarning(
                    tr("the words of %1 have no date in the file, so they are not kept as "
                       "quotes")
                        .arg(speaker));
                continue;
            }
            Article article;
            article.id = m_builder.uniqueId(QString(), u"words of "_s + speaker, u"speaker"_s);
            article.label = tr("%1 in %2").arg(speaker, m_builder.sourceName());
            article.authors = {speaker};
            article.text = wordsOf.value(speaker).join(u"\n\n"_s);
            article.published.date = FuzzyDate::day(date.year(), date.month(), date.day());
            article.published.basis = DateBasis::Inferred;
            article.published.note =
                tr("the AIF timestamp of the first of these locutions, which records when "
                   "they were transcribed or analysed; the file gives no date for the words");
            article.provenance =
                tr("the speaker's locutions (L-nodes) as %1 records them").arg(m_builder.sourceName());
            articleOf.insert(speaker, article.id);
            m_builder.corpus().articles.append(std::move(article));
        }
        for (int n = 0; n < m_nodes.size(); ++n) {
            AifNode &node = m_nodes[n];
            if (node.type != u"I")
                continue;
            ArgumentGraph::Node statement;
            statement.wantedId = QString(); // AIF ids are numbers: titles make better ids
            statement.text = node.text.trimmed();
            statement.title = titleOf(node.text);
            if (statement.title.isEmpty())
                statement.title = tr("(empty statement %1)").arg(node.id);
            if (node.data.isObject()) {
                statement.wantedId = node.data[u"id"].text();
                if (const QString title = node.data[u"title"].text(); !title.isEmpty())
                    statement.title = title;
                for (const JsonRef &theme : node.data[u"themes"].children()) {
                    if (!theme.text().isEmpty())
                        statement.themes.append(m_builder.theme(theme.text()));
                }
                for (const JsonRef &actor : node.data[u"actors"].children()) {
                    if (!actor.text().isEmpty())
                        statement.actors.append(m_builder.actor(actor.text()));
                }
            }
            statement.offset = node.offset;
            for (const Words &words : quotesOf.value(n)) {
                const QString articleId = articleOf.value(words.speaker);
                if (articleId.isEmpty())
                    continue;
                Quote quote;
                quote.articleId = articleId;
                quote.text = words.words;
                if (!statement.evidence.contains(quote))
                    statement.evidence.append(quote);
            }
            node.statement = m_graph.addNode(std::move(statement));
        }
        // Where each quote sits in its article, for the article reader's highlight.
        for (int s = 0; s < m_graph.nodeCount(); ++s) {
            for (Quote &quote : m_graph.node(s).evidence) {
                for (const Article &article : std::as_const(m_builder.corpus().articles)) {
                    if (article.id == quote.articleId) {
                        quote.start = article.text.indexOf(quote.text);
                        quote.length = quote.start >= 0 ? quote.text.size() : 0;
                    }
                }
            }
        }
    }

    // RA: premises support the conclusion; CA: a conflict; MA: a rephrase. Dialogue nodes (L, TA, YA)
    // are not relations between statements.
    void buildRelations()
    {
        int transitions = 0, otherNodes = 0;
        QStringList otherTypes;
        for (int n = 0; n < m_nodes.size(); ++n) {
            const AifNode &node = m_nodes[n];
            const QString &type = node.type;
            if (type == u"I" || type == u"L" || type == u"YA")
                continue;
            if (type == u"TA") {
                ++transitions;
                continue;
            }
            if (type != u"RA" && type != u"CA" && type != u"MA") {
                ++otherNodes;
                if (!otherTypes.contains(type))
                    otherTypes.append(type);
                continue;
            }
            ++m_report.relations;
            QList<int> sources, targets;
            for (int f : node.in) {
                if (m_nodes[f].type != u"YA") // an anchor from the dialogue, not a premise
                    sources.append(f);
            }
            for (int t : node.out)
                targets.append(t);
            if (type == u"RA")
                buildInference(n, sources, targets);
            else if (type == u"CA")
                buildConflict(n, sources, targets);
            else
                buildRephrase(n, sources, targets);
        }
        if (transitions > 0 || otherNodes > 0) {
            QStringList parts;
            if (transitions > 0)
                parts.append(tr("%n transition(s) between locutions (TA nodes)", nullptr, transitions));
            if (otherNodes > 0)
                parts.append(tr("%n node(s) of type %1", nullptr, otherNodes).arg(otherTypes.join(u", "_s)));
            m_diagnostics.fileWarning(
                tr("not kept (the map has no place for them): %1").arg(parts.join(u", "_s)));
        }
    }

    QString describe(int node) const
    {
        const AifNode &n = m_nodes[node];
        return n.type == u"I" ? u'“' + titleOf(n.text) + u'”' : tr("%1 node %2").arg(n.type, n.id);
    }

    void buildInference(int ra, const QList<int> &premises, const QList<int> &conclusions)
    {
        const AifNode &node = m_nodes[ra];
        QList<int> iPremises;
        for (int p : premises) {
            if (m_nodes[p].statement >= 0)
                iPremises.append(p);
            else if (m_nodes[p].type != u"CA") // a CA into an RA is an undercut, read with the CA
                m_graph.addUndrawn(
                    u"support"_s, -1, -1, node.offset,
                    tr("RA node %1: a support from %2 is not between statements; the map does not "
                       "draw it")
                        .arg(node.id, describe(p)));
        }
        const QString inference = iPremises.size() > 1 ? u"ra-"_s + node.id : QString();
        for (int c : conclusions) {
            if (m_nodes[c].statement < 0) {
                m_graph.addUndrawn(
                    u"support"_s, -1, -1, node.offset,
                    tr("RA node %1 supports %2, which is not a statement; the map does not draw it")
                        .arg(node.id, describe(c)));
                continue;
            }
            for (int p : std::as_const(iPremises)) {
                ArgumentGraph::Edge edge;
                edge.from = m_nodes[p].statement;
                edge.to = m_nodes[c].statement;
                edge.role = ArgumentRole::Pro;
                edge.inference = inference;
                edge.offset = edgeOffset(p, ra, node.offset);
                m_graph.addEdge(edge);
            }
        }
        if (iPremises.isEmpty() || conclusions.isEmpty())
            m_graph.addUndrawn(
                u"support"_s, -1, -1, node.offset,
                tr("RA node %1 lacks a premise or a conclusion; the map does not draw it").arg(node.id));
    }

    void buildConflict(int ca, const QList<int> &attackers, const QList<int> &targets)
    {
        const AifNode &node = m_nodes[ca];
        for (int a : attackers) {
            if (m_nodes[a].statement < 0) {
                m_graph.addUndrawn(
                    u"attack"_s, -1, -1, node.offset,
                    tr("CA node %1: an attack from %2 is not from a statement; the map does not draw "
                       "it")
                        .arg(node.id, describe(a)));
                continue;
            }
            for (int t : targets) {
                ArgumentGraph::Edge edge;
                edge.from = m_nodes[a].statement;
                edge.role = ArgumentRole::Con;
                edge.offset = edgeOffset(a, ca, node.offset);
                if (m_nodes[t].statement >= 0) {
                    edge.to = m_nodes[t].statement;
                    m_graph.addEdge(edge);
                } else if (m_nodes[t].type == u"RA" && !raPremise(t).isEmpty()) {
                    // An undercut: it attacks the inference, drawn as an objection to the (first) premise.
                    const auto [premise, inference] = raPremise(t).first();
                    edge.to = m_nodes[premise].statement;
                    edge.relation = u"undercut"_s;
                    edge.inference = inference;
                    m_graph.addEdge(edge);
                } else {
                    m_graph.addUndrawn(
                        u"attack"_s, m_nodes[a].statement, -1, node.offset,
                        tr("CA node %1 attacks %2; the map does not draw it").arg(node.id, describe(t)));
                }
            }
        }
    }

    // Where the edge from `from` to `to` is written (the order in which the file states relations).
    qint64 edgeOffset(int from, int to, qint64 fallback) const
    {
        return m_edgeOffset.value(qint64(from) << 32 | quint32(to), fallback);
    }

    // The first premise of an RA node and the inference key its premises share.
    QList<std::pair<int, QString>> raPremise(int ra) const
    {
        QList<std::pair<int, QString>> result;
        QList<int> premises;
        for (int f : m_nodes[ra].in) {
            if (m_nodes[f].statement >= 0)
                premises.append(f);
        }
        if (!premises.isEmpty())
            result.append({premises.first(), premises.size() > 1 ? u"ra-"_s + m_nodes[ra].id : QString()});
        return result;
    }

    void buildRephrase(int ma, const QList<int> &sources, const QList<int> &targets)
    {
        const AifNode &node = m_nodes[ma];
        for (int s : sources) {
            for (int t : targets) {
                m_graph.addUndrawn(
                    u"rephrase"_s, m_nodes[s].statement, m_nodes[t].statement, node.offset,
                    tr("MA node %1: %2 rephrases %3; the map does not draw rephrasing (it is kept with "
                       "the relations the map does not draw)")
                        .arg(node.id, describe(s), describe(t)));
            }
        }
    }

    JsonRef m_aif;
    ImportDiagnostics &m_diagnostics;
    ImportBuilder &m_builder;
    ImportReport &m_report;
    const QByteArray &m_data;
    QString m_prefix;
    QList<AifNode> m_nodes;
    QHash<QString, int> m_byId;
    QHash<qint64, qint64> m_edgeOffset; // (from << 32 | to) → where the edge is in the file
    QHash<QString, QString> m_locutionSpeaker;
    QHash<QString, QString> m_locutionStart;
    ArgumentGraph m_graph;
};

} // namespace

ReadResult AifReader::read(const QByteArray &data, const QString &fileName, ImportReport *report)
{
    ImportDiagnostics diagnostics(fileName, data);
    ImportReport own;
    ImportReport &counts = report ? *report : own;
    counts.format = CorpusFormat::Aif;
    JsonTree tree;
    if (const auto error = tree.parse(data)) {
        diagnostics.error(error->offset, QString(), error->message);
        return {nullptr, diagnostics.finish()};
    }
    JsonRef aif = tree.root();
    QString prefix;
    if (aif[u"AIF"].isObject()) { // OVA3: {"AIF": {...}, "OVA": {...layout...}, "text": "..."}
        aif = aif[u"AIF"];
        prefix = u"/AIF"_s;
    }
    if (!aif.isObject()) {
        diagnostics.error(aif.offset(), QString(),
                          tr("an AIF file is a JSON object with \"nodes\" and \"edges\""));
        return {nullptr, diagnostics.finish()};
    }
    ImportBuilder builder(QFileInfo(fileName).fileName());
    builder.corpus().title = QFileInfo(fileName).completeBaseName();
    Reader(aif, diagnostics, builder, counts, data).read(prefix);
    if (diagnostics.hasErrors())
        return {nullptr, diagnostics.finish()};
    return {builder.finish(fileName), diagnostics.finish()};
}

} // namespace argline
