#pragma once

#include "render/style/viewstyle.h"

#include <QWidget>

#include <memory>

class QAbstractItemModel;

namespace argline {

// A stacked bar chart that views a table model: rows are categories, columns are the stacked sets
// (named by the horizontal header; its DecorationRole gives each set's colour). This is the only class
// that touches Qt Charts, which is deprecated upstream since Qt 6.10 in favour of Qt Graphs (no Widgets
// API yet): moving to another chart library means rewriting barchart.cpp and nothing else.
class BarChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarChart)

public:
    enum class Orientation
    {
        Vertical,  // categories along x (e.g. years)
        Horizontal // categories down y (e.g. articles)
    };

    explicit BarChart(Orientation orientation, QWidget *parent = nullptr);
    ~BarChart() override;

    // Maps columns [firstColumn, lastColumn] (all when -1) of `model` to the stacked sets.
    void setModel(QAbstractItemModel *model, int firstColumn = 0, int lastColumn = -1);
    // Colours for the sets, instead of the model's header decorations.
    void setSetColors(const QList<QColor> &colors);
    // Category labels; for many categories label only every `every`th one (vertical charts).
    void setCategoryLabels(const QStringList &labels, int every = 1);
    void setLegendVisible(bool visible);
    void setValueAxisVisible(bool visible);
    void setTheme(const ViewStyle &style);
    void setTitle(const QString &title);

    // A shaded band over categories [from, to] (fractional: category i spans i − 0.5 .. i + 0.5);
    // the timeline overview uses it for the visible window.
    void setShadedRange(double from, double to);
    // The fractional category under a point in this widget's coordinates, and back.
    double categoryAt(QPointF point) const;
    double positionOf(double category) const;
    QRectF plotArea() const; // in this widget's coordinates

Q_SIGNALS:
    void barClicked(int category, int set);
    void plotPressed(QPointF position, Qt::KeyboardModifiers modifiers);
    void plotDragged(QPointF position);
    void plotReleased();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace argline
