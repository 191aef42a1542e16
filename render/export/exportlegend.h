#pragma once

#include "models/corpus/corpus.h"
#include "render/style/viewstyle.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>

class QPainter;

namespace argline {

// The key to an exported page: the timeline's lane colours and date marks, and on the map what a card's
// colour and outline mean (its stance on the claim) and what a line means (what the card does to the card
// above it: supports or attacks). Entries flow into as many rows as the width needs.
class ExportLegend final
{
    Q_DECLARE_TR_FUNCTIONS(argline::ExportLegend)

public:
    struct Lane
    {
        QString name;
        QColor color;
    };

    ExportLegend(const ViewStyle &style, const QList<Lane> &lanes, bool timeline,
                 const QList<Stance> &stances);

    double height(double width) const;
    void paint(QPainter *p, const QRectF &rect) const;

private:
    enum class Mark : quint8
    {
        Swatch,
        ExactDate,
        VagueDate,
        PlannedDate,
        Stance,
        Supports,
        Attacks
    };
    struct Entry
    {
        Mark mark;
        QString text;
        QColor color;
        argline::Stance stance = argline::Stance::Claim;
    };
    double entryWidth(const Entry &entry) const;
    // Entry rectangles for `width`, row by row.
    QList<QRectF> flow(double width) const;
    void paintMark(QPainter *p, const Entry &entry, const QRectF &box) const;

    ViewStyle m_style;
    QList<Entry> m_entries;
    double m_rowHeight = 0;
};

} // namespace argline
