#include "models/layout/tidytree.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace argline {

namespace {

// Per-node state of the Buchheim–Walker walk. Node n is a virtual root above all real roots.
struct Walk
{
    QList<int> parent;
    QList<QList<int>> children;
    QList<int> number;     // index among siblings
    QList<double> breadth; // size across the levels (width top-down, height left-to-right)
    QList<double> x, mod, shift, change;
    QList<int> thread, ancestor;
    double siblingGap = 0;
    double subtreeGap = 0;
    int virtualRoot = -1;

    int leftmostSibling(int v) const
    {
        return parent[v] >= 0 && number[v] > 0 ? children[parent[v]].first() : -1;
    }
    int leftBrother(int v) const
    {
        return parent[v] >= 0 && number[v] > 0 ? children[parent[v]][number[v] - 1] : -1;
    }
    int nextLeft(int v) const { return children[v].isEmpty() ? thread[v] : children[v].first(); }
    int nextRight(int v) const { return children[v].isEmpty() ? thread[v] : children[v].last(); }
    double separation(int a, int b) const
    {
        // Separate trees (children of the virtual root) stand further apart than any subtrees.
        const double gap = parent[a] != parent[b]     ? subtreeGap
                           : parent[a] == virtualRoot ? 2 * subtreeGap
                                                      : siblingGap;
        return (breadth[a] + breadth[b]) / 2 + gap;
    }

    void moveSubtree(int wl, int wr, double amount)
    {
        const double subtrees = number[wr] - number[wl];
        change[wr] -= amount / subtrees;
        shift[wr] += amount;
        change[wl] += amount / subtrees;
        x[wr] += amount;
        mod[wr] += amount;
    }

    void executeShifts(int v)
    {
        double s = 0;
        double c = 0;
        for (qsizetype i = children[v].size() - 1; i >= 0; --i) {
            const int w = children[v][i];
            x[w] += s;
            mod[w] += s;
            c += change[w];
            s += shift[w] + c;
        }
    }

    int greatestDistinctAncestor(int vil, int v, int defaultAncestor) const
    {
        return parent[ancestor[vil]] == parent[v] ? ancestor[vil] : defaultAncestor;
    }

    int apportion(int v, int defaultAncestor)
    {
        const int w = leftBrother(v);
        if (w < 0)
            return defaultAncestor;
        int vir = v;
        int vor = v;
        int vil = w;
        int vol = leftmostSibling(v);
        double sir = mod[vir];
        double sor = mod[vor];
        double sil = mod[vil];
        double sol = mod[vol];
        while (nextRight(vil) >= 0 && nextLeft(vir) >= 0) {
            vil = nextRight(vil);
            vir = nextLeft(vir);
            vol = nextLeft(vol);
            vor = nextRight(vor);
            ancestor[vor] = v;
            const double amount = (x[vil] + sil) - (x[vir] + sir) + separation(vil, vir);
            if (amount > 0) {
                moveSubtree(greatestDistinctAncestor(vil, v, defaultAncestor), v, amount);
                sir += amount;
                sor += amount;
            }
            sil += mod[vil];
            sir += mod[vir];
            sol += mod[vol];
            sor += mod[vor];
        }
        if (nextRight(vil) >= 0 && nextRight(vor) < 0) {
            thread[vor] = nextRight(vil);
            mod[vor] += sil - sor;
        }
        if (nextLeft(vir) >= 0 && nextLeft(vol) < 0) {
            thread[vol] = nextLeft(vir);
            mod[vol] += sir - sol;
            defaultAncestor = v;
        }
        return defaultAncestor;
    }

    // First walk, post-order without recursion: children are finished before their parent.
    void firstWalk(int root)
    {
        QList<std::pair<int, int>> stack{{root, 0}}; // (node, next child to visit)
        QList<int> defaultAncestor(parent.size(), -1);
        while (!stack.isEmpty()) {
            auto &[v, next] = stack.last();
            if (next < children[v].size()) {
                const int child = children[v][next++];
                stack.append({child, 0});
                continue;
            }
            const int node = v;
            stack.removeLast();
            if (children[node].isEmpty()) {
                const int brother = leftBrother(node);
                x[node] = brother >= 0 ? x[brother] + separation(brother, node) : 0;
            } else {
                executeShifts(node);
                const double midpoint = (x[children[node].first()] + x[children[node].last()]) / 2;
                const int brother = leftBrother(node);
                if (brother >= 0) {
                    x[node] = x[brother] + separation(brother, node);
                    mod[node] = x[node] - midpoint;
                } else {
                    x[node] = midpoint;
                }
            }
            // Apportion against the left siblings as soon as a node is finished, as the recursive
            // algorithm does after each child's walk.
            if (parent[node] >= 0) {
                int &shared = defaultAncestor[parent[node]];
                if (shared < 0)
                    shared = children[parent[node]].first();
                shared = apportion(node, shared);
            }
        }
    }
};

} // namespace

TidyTree::Result TidyTree::layout(const Input &in)
{
    const qsizetype n = in.sizes.size();
    Result result;
    result.rects.resize(n);
    result.depth.fill(-1, n);
    if (n == 0 || in.roots.isEmpty())
        return result;

    const bool topDown = in.orientation == Orientation::TopDown;
    const auto breadthOf = [&](const QSizeF &s) { return topDown ? s.width() : s.height(); };
    const auto depthExtentOf = [&](const QSizeF &s) { return topDown ? s.height() : s.width(); };

    // Node n is a virtual root, so several trees pack side by side like subtrees of one parent.
    Walk w;
    const int virtualRoot = int(n);
    w.parent.fill(-1, n + 1);
    w.children.resize(n + 1);
    w.number.fill(0, n + 1);
    w.breadth.fill(0, n + 1);
    w.x.fill(0, n + 1);
    w.mod.fill(0, n + 1);
    w.shift.fill(0, n + 1);
    w.change.fill(0, n + 1);
    w.thread.fill(-1, n + 1);
    w.ancestor.resize(n + 1);
    std::iota(w.ancestor.begin(), w.ancestor.end(), 0);
    w.virtualRoot = virtualRoot;
    w.siblingGap = in.siblingGap;
    w.subtreeGap = in.subtreeGap;
    for (qsizetype i = 0; i < n; ++i)
        w.breadth[i] = breadthOf(in.sizes[i]);
    w.children[virtualRoot] = in.roots;

    // Depths, and only nodes reachable from the roots (each once), in a breadth-first pass.
    QList<int> order{virtualRoot};
    QList<int> depth(n + 1, -1);
    depth[virtualRoot] = -1;
    for (qsizetype head = 0; head < order.size(); ++head) {
        const int v = order[head];
        const QList<int> &kids = v == virtualRoot ? in.roots : in.children[v];
        QList<int> kept;
        for (int child : kids) {
            if (child < 0 || child >= n || w.parent[child] >= 0 || child == v)
                continue; // out of range, or already placed: never loop
            w.parent[child] = v;
            w.number[child] = int(kept.size());
            depth[child] = v == virtualRoot ? 0 : depth[v] + 1;
            kept.append(child);
            order.append(child);
        }
        w.children[v] = kept;
    }

    w.firstWalk(virtualRoot);

    // Second walk (pre-order): final breadth positions.
    QList<double> position(n + 1, 0);
    QList<std::pair<int, double>> stack{{virtualRoot, -w.x[virtualRoot]}};
    double lowest = std::numeric_limits<double>::max();
    while (!stack.isEmpty()) {
        const auto [v, modSum] = stack.takeLast();
        position[v] = w.x[v] + modSum;
        if (v != virtualRoot)
            lowest = std::min(lowest, position[v] - w.breadth[v] / 2);
        for (int child : w.children[v])
            stack.append({child, modSum + w.mod[v]});
    }

    int maxDepth = 0;
    for (qsizetype i = 0; i < n; ++i)
        maxDepth = std::max(maxDepth, depth[i]);
    QList<double> levelExtent(maxDepth + 1, 0);
    for (qsizetype i = 0; i < n; ++i) {
        if (depth[i] >= 0)
            levelExtent[depth[i]] = std::max(levelExtent[depth[i]], depthExtentOf(in.sizes[i]));
    }
    QList<double> levelStart(maxDepth + 1, 0);
    for (int d = 1; d <= maxDepth; ++d)
        levelStart[d] = levelStart[d - 1] + levelExtent[d - 1] + in.levelGap;

    for (qsizetype i = 0; i < n; ++i) {
        if (depth[i] < 0)
            continue;
        result.depth[i] = depth[i];
        const double across = position[i] - lowest - w.breadth[i] / 2;
        const QSizeF size = in.sizes[i];
        result.rects[i] = topDown ? QRectF(QPointF(across, levelStart[depth[i]]), size)
                                  : QRectF(QPointF(levelStart[depth[i]], across), size);
        result.bounds = result.bounds.isNull() ? result.rects[i] : result.bounds.united(result.rects[i]);
    }
    return result;
}

} // namespace argline
