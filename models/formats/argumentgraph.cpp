#include "models/formats/argumentgraph.h"

#include "models/formats/importbuilder.h"
#include "models/formats/importdiagnostics.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

QString quoted(const QString &text)
{
    return u'“' + text + u'”';
}

} // namespace

int ArgumentGraph::addNode(Node node)
{
    m_nodes.append(std::move(node));
    return int(m_nodes.size()) - 1;
}

bool ArgumentGraph::addEdge(const Edge &edge)
{
    for (Edge &e : m_edges) {
        if (e.from == edge.from && e.to == edge.to && e.role == edge.role && e.relation == edge.relation &&
            e.inference == edge.inference) {
            e.home = e.home || edge.home;
            return false;
        }
    }
    m_edges.append(edge);
    return true;
}

void ArgumentGraph::addUndrawn(const QString &kind, int from, int to, qint64 offset, const QString &why)
{
    m_undrawn.append({kind, from, to, offset, why});
}

QString ArgumentGraph::kindName(const QString &kind)
{
    if (kind == u"support")
        return tr("support");
    if (kind == u"attack")
        return tr("attack");
    if (kind == u"undercut")
        return tr("undercut");
    if (kind == u"rephrase")
        return tr("rephrase");
    if (kind == u"contrary")
        return tr("contrary");
    if (kind == u"contradiction")
        return tr("contradiction");
    return kind;
}

void ArgumentGraph::build(ImportBuilder &builder, ImportDiagnostics &diagnostics,
                          const std::function<QString(qint64)> &where) const
{
    Corpus &corpus = builder.corpus();
    const int count = int(m_nodes.size());
    QList<QList<int>> incoming(count); // edge indices, in the file's order
    QList<int> outgoing(count, 0);
    for (int e = 0; e < m_edges.size(); ++e) {
        const Edge &edge = m_edges[e];
        if (edge.from < 0 || edge.from >= count || edge.to < 0 || edge.to >= count)
            continue;
        incoming[edge.to].append(e);
        ++outgoing[edge.from];
    }

    // Grow the tree breadth first from the roots. `placed[n]` is the argument holding node n's original.
    QList<int> placed(count, -1);
    QList<int> nodeOf; // argument index → node
    QList<int> edgeOf; // argument index → the edge that put it there (-1 for a root)
    const int first = int(corpus.arguments.size());
    const auto makeArgument = [&](int node, int parentArgument, int edge, bool copy) {
        const Node &n = m_nodes[node];
        Argument argument;
        argument.title = n.title;
        argument.text = n.text;
        argument.importedFrom = builder.sourceName();
        argument.role = ArgumentRole::Claim;
        if (edge >= 0) {
            const Edge &e = m_edges[edge];
            argument.role = e.role;
            argument.relation = e.relation;
            argument.inference = e.inference;
            argument.parentId = corpus.arguments[parentArgument].id;
        }
        if (copy) {
            const Argument &original = corpus.arguments[placed[node]];
            argument.copyOf = original.id;
            argument.id = builder.uniqueId(QString(), original.id.left(50) + u"-also"_s, u"also"_s);
        } else {
            argument.evidence = n.evidence;
            argument.themes = n.themes;
            argument.actors = n.actors;
            argument.id = builder.uniqueId(n.wantedId, n.title, u"statement"_s);
            placed[node] = int(corpus.arguments.size());
        }
        corpus.arguments.append(std::move(argument));
        nodeOf.append(node);
        edgeOf.append(edge);
    };
    // Level by level: a statement's original goes under the shallowest parent, and among parents equally
    // shallow, under the one whose relation the file states first (where the statement is usually
    // defined); every other parent gets a copy.
    QList<int> queue; // the level being expanded (argument indices)
    const auto grow = [&] {
        while (!queue.isEmpty()) {
            QList<std::pair<int, int>> candidates; // (parent argument, edge)
            QHash<int, qsizetype> best;            // unplaced child node → its best candidate
            for (int argument : std::as_const(queue)) {
                for (int e : std::as_const(incoming[nodeOf[argument - first]])) {
                    const int child = m_edges[e].from;
                    candidates.append({argument, e});
                    if (placed[child] >= 0)
                        continue;
                    const auto it = best.find(child);
                    const auto better = [&](const Edge &a, const Edge &b) {
                        return a.home != b.home ? a.home : a.offset < b.offset;
                    };
                    if (it == best.end() || better(m_edges[e], m_edges[candidates[*it].second]))
                        best[child] = candidates.size() - 1;
                }
            }
            QList<int> next;
            QList<bool> original(candidates.size(), false);
            for (qsizetype c = 0; c < candidates.size(); ++c) {
                const int child = m_edges[candidates[c].second].from;
                if (placed[child] < 0 && best.value(child, -1) == c) {
                    makeArgument(child, candidates[c].first, candidates[c].second, false);
                    next.append(int(corpus.arguments.size()) - 1);
                    original[c] = true;
                }
            }
            for (qsizetype c = 0; c < candidates.size(); ++c) {
                if (!original[c]) // a copy: never expanded
                    makeArgument(m_edges[candidates[c].second].from, candidates[c].first,
                                 candidates[c].second, true);
            }
            queue = next;
        }
    };
    for (int n = 0; n < count; ++n) {
        if (outgoing[n] == 0 && placed[n] < 0) {
            makeArgument(n, -1, -1, false);
            queue.append(int(corpus.arguments.size()) - 1);
        }
    }
    grow();
    // Statements only in cycles: each cycle's first statement in the file becomes a root.
    for (int n = 0; n < count; ++n) {
        if (placed[n] < 0) {
            makeArgument(n, -1, -1, false);
            queue.append(int(corpus.arguments.size()) - 1);
            grow();
        }
    }

    // A copy whose original is above it (or is its parent itself) closes a cycle: undraw it. The tree's
    // preorder intervals answer "is above" in constant time.
    const int total = int(corpus.arguments.size()) - first;
    QList<QList<int>> children(total);
    QHash<QString, int> indexOfId;
    for (int a = 0; a < total; ++a)
        indexOfId.insert(corpus.arguments[first + a].id, a);
    QList<int> parentOf(total, -1);
    for (int a = 0; a < total; ++a) {
        const QString &parentId = corpus.arguments[first + a].parentId;
        if (!parentId.isEmpty()) {
            parentOf[a] = indexOfId.value(parentId, -1);
            if (parentOf[a] >= 0)
                children[parentOf[a]].append(a);
        }
    }
    QList<int> enter(total, 0), leave(total, 0);
    int clock = 0;
    for (int root = 0; root < total; ++root) {
        if (parentOf[root] >= 0)
            continue;
        QList<std::pair<int, qsizetype>> stack{{root, 0}};
        enter[root] = clock++;
        while (!stack.isEmpty()) {
            auto &[node, next] = stack.last();
            if (next < children[node].size()) {
                const int child = children[node][next++];
                enter[child] = clock++;
                stack.append({child, 0});
            } else {
                leave[node] = clock++;
                stack.removeLast();
            }
        }
    }
    QSet<int> undrawnCopies;
    for (int a = 0; a < total; ++a) {
        const Argument &argument = corpus.arguments[first + a];
        if (argument.copyOf.isEmpty())
            continue;
        const int original = indexOfId.value(argument.copyOf, -1);
        const int parent = parentOf[a];
        if (original >= 0 && parent >= 0 && enter[original] <= enter[parent] &&
            leave[parent] <= leave[original])
            undrawnCopies.insert(a);
    }

    // Relations not drawn: the cycles found above, then what the reader could not draw at all.
    QList<QString> placedId(count);
    for (int n = 0; n < count; ++n)
        placedId[n] = placed[n] >= 0 ? corpus.arguments[placed[n]].id : QString();
    QList<Argument> kept;
    kept.reserve(total);
    for (int a = 0; a < total; ++a) {
        const Argument &argument = corpus.arguments[first + a];
        if (!undrawnCopies.contains(a)) {
            kept.append(argument);
            continue;
        }
        const Edge &edge = m_edges[edgeOf[a]];
        const QString kind = !edge.relation.isEmpty() && edge.relation != u"premise"
                                 ? edge.relation
                                 : (edge.role == ArgumentRole::Con ? u"attack"_s : u"support"_s);
        const Argument &from = corpus.arguments[first + indexOfId.value(argument.copyOf)];
        const Argument &to = corpus.arguments[first + parentOf[a]];
        corpus.relations.append({kind, from.id, to.id, where(edge.offset)});
        diagnostics.warning(
            edge.offset, QString(),
            tr("the %1 from %2 to %3 closes a cycle; the map does not draw it (it is kept with "
               "the relations the map does not draw)")
                .arg(kindName(kind), quoted(from.title), quoted(to.title)));
    }
    corpus.arguments.resize(first);
    corpus.arguments.append(kept);
    for (const Undrawn &undrawn : m_undrawn) {
        const QString fromId = undrawn.from >= 0 && undrawn.from < count ? placedId[undrawn.from] : QString();
        const QString toId = undrawn.to >= 0 && undrawn.to < count ? placedId[undrawn.to] : QString();
        corpus.relations.append({undrawn.kind, fromId, toId, where(undrawn.offset)});
        diagnostics.warning(undrawn.offset, QString(), undrawn.why);
    }
}

} // namespace argline
