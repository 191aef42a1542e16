#pragma once

#include "models/corpus/corpus.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace argline {

class ImportBuilder;
class ImportDiagnostics;

// An argument graph as AIF and Argdown give it — statements, and support and attack between them, where
// a statement may support two others and relations may run in circles — turned into the tree Argline's
// map draws (docs/import-formats.md, "Graphs that are not trees"):
//
// - A statement that supports or attacks nothing is a root (a claim); a map may have many.
// - The tree is grown from the roots, level by level. A statement's original goes under its shallowest
//   parent; among equally shallow ones, under the one where the file defines it, else the one whose
//   relation the file states first. Every other parent gets a copy (Argument::copyOf) that refers to the
//   original; the original keeps its children, so the tree stays finite.
// - A relation that would close a cycle (its source is already above its target) is not drawn: it is
//   kept in Corpus::relations and named in a warning with its source location. So are relations the
//   format gives that the map has no way to draw (they are added with addUndrawn()).
class ArgumentGraph final
{
    Q_DECLARE_TR_FUNCTIONS(argline::ArgumentGraph)

public:
    struct Node
    {
        QString wantedId; // an id the file gives, kept when it is a valid corpus id
        QString title;
        QString text;
        QList<Quote> evidence;
        QStringList themes;
        QStringList actors;
        qint64 offset = 0; // where the statement is defined, for diagnostics
    };

    struct Edge
    {
        int from = -1; // the supporting or attacking statement (the child)
        int to = -1;   // the statement it supports or attacks (the parent)
        ArgumentRole role = ArgumentRole::Pro;
        QString relation;  // Argument::relation
        QString inference; // Argument::inference
        qint64 offset = 0;
        bool home = false; // the file defines the statement here (Argdown: "+ [T]: text" under this parent)
    };

    int addNode(Node node);
    int nodeCount() const { return int(m_nodes.size()); }
    Node &node(int index) { return m_nodes[index]; }
    // Adds a relation; an exact repeat of one already given is ignored. Returns whether it was new.
    bool addEdge(const Edge &edge);
    // A relation the map cannot draw at all (an AIF rephrase, an undercut of an undercut, ...).
    void addUndrawn(const QString &kind, int from, int to, qint64 offset, const QString &why);

    // Adds the arguments (and Corpus::relations) to the builder's corpus. `where` turns an offset into
    // the location named in notes ("line 42").
    void build(ImportBuilder &builder, ImportDiagnostics &diagnostics,
               const std::function<QString(qint64)> &where) const;

    static QString kindName(const QString &kind); // translated, e.g. "support"

private:
    struct Undrawn
    {
        QString kind;
        int from = -1;
        int to = -1;
        qint64 offset = 0;
        QString why;
    };
    QList<Node> m_nodes;
    QList<Edge> m_edges;
    QList<Undrawn> m_undrawn;
};

} // namespace argline
