#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QList>
#include <QStaticText>
#include <QString>

class QPainter;

namespace argline {

// Event titles as timeline labels: how wide each is on one, two or three lines (for the layout), and
// the shaped text, drawn many times and shaped once. A wrapped label breaks between words where its
// lines come out most even (the widest line as short as it can be), and is drawn broken exactly there.
class TimelineLabelText final
{
public:
    static constexpr int maxLines = 3;

    void setFont(const QFont &font);
    void clear();

    // The narrowest width that holds `title` on `lines` lines (1 to maxLines). `event` keys the caches.
    double width(int event, const QString &title, int lines) const;
    // Draws `title` in `rect` on `lines` lines, shortened with an ellipsis when `rect` is too narrow for
    // it, each line centred in a row of `rowHeight`.
    void paint(QPainter *painter, const QRectF &rect, double rowHeight, int event, const QString &title,
               int lines) const;

private:
    struct Measure
    {
        double widths[maxLines] = {0, 0, 0};
        QList<qsizetype> breaks[maxLines]; // where lines 2, 3 start, for each line count
    };
    struct Shaped
    {
        double width = 0;
        int lines = 1;
        QList<QStaticText> text;
    };

    const Measure &measure(int event, const QString &title) const;
    QStaticText shape(const QString &text) const;

    QFont m_font;
    QFontMetricsF m_metrics{QFont()};
    mutable QHash<int, Measure> m_measures;
    mutable QHash<int, Shaped> m_shaped;
};

} // namespace argline
