#include "widgets/common/barchart.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QMouseEvent>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBarModelMapper>
#include <QVBoxLayout>

namespace argline {

namespace {

// A chart view that keeps its rendering of the chart in a pixmap and draws the shaded band over it. The
// overview's band follows the timeline's window on every zoom step; as an item of the scene it made the
// view render every bar under it again, a sixth of a zoom step at 5,000 events. The pixmap is rendered
// again only when the scene changes (data, colours, size).
class ShadedChartView final : public QChartView
{
public:
    explicit ShadedChartView(QChart *chart, QWidget *parent)
        : QChartView(chart, parent)
    {
        connect(scene(), &QGraphicsScene::changed, this, [this] {
            m_cacheValid = false;
            viewport()->update();
        });
    }

    // The band in scene coordinates; an empty rectangle hides it.
    void setShade(const QRectF &band)
    {
        if (band == m_shade)
            return;
        viewport()->update(shadeOnViewport().adjusted(-2, -2, 2, 2));
        m_shade = band;
        viewport()->update(shadeOnViewport().adjusted(-2, -2, 2, 2));
    }
    void setShadeStyle(const QBrush &brush, const QPen &pen)
    {
        m_brush = brush;
        m_pen = pen;
        viewport()->update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        const qreal ratio = viewport()->devicePixelRatioF();
        const QSize pixels = viewport()->size() * ratio;
        if (!m_cacheValid || m_cache.size() != pixels) {
            m_cache = QPixmap(pixels);
            m_cache.setDevicePixelRatio(ratio);
            m_cache.fill(backgroundBrush().color());
            QPainter painter(&m_cache);
            painter.setRenderHints(renderHints());
            render(&painter, QRectF(QPointF(), viewport()->size()), viewport()->rect());
            m_cacheValid = true;
        }
        QPainter painter(viewport());
        painter.drawPixmap(0, 0, m_cache);
        if (!m_shade.isEmpty()) {
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(m_pen);
            painter.setBrush(m_brush);
            painter.drawRect(mapFromScene(m_shade).boundingRect());
        }
    }
    void resizeEvent(QResizeEvent *event) override
    {
        m_cacheValid = false;
        QChartView::resizeEvent(event);
    }

private:
    QRect shadeOnViewport() const
    {
        return m_shade.isEmpty() ? QRect() : mapFromScene(m_shade).boundingRect();
    }

    QPixmap m_cache;
    bool m_cacheValid = false;
    QRectF m_shade;
    QBrush m_brush;
    QPen m_pen;
};

} // namespace

struct BarChart::Private
{
    Orientation orientation;
    QChart *chart = nullptr;
    ShadedChartView *view = nullptr;
    QAbstractBarSeries *series = nullptr;
    QVBarModelMapper *mapper = nullptr;
    QAbstractAxis *categoryAxis = nullptr;
    QValueAxis *valueAxis = nullptr;
    QAbstractItemModel *model = nullptr;
    int firstColumn = 0;
    int lastColumn = -1;
    QList<QColor> setColors;
    double shadeFrom = 0;
    double shadeTo = -1;
    ViewStyle style = ViewStyle::forTheme(Theme::Light);

    bool vertical() const { return orientation == Orientation::Vertical; }
    int lastMapped() const { return lastColumn >= 0 ? lastColumn : (model ? model->columnCount() - 1 : -1); }

    void applyColors()
    {
        if (!model)
            return;
        const QList<QBarSet *> sets = series->barSets();
        for (int i = 0; i < sets.size(); ++i) {
            const QColor base =
                i < setColors.size()
                    ? setColors[i]
                    : model->headerData(firstColumn + i, Qt::Horizontal, Qt::DecorationRole).value<QColor>();
            const QColor color = style.adjusted(base);
            sets[i]->setColor(color);
            sets[i]->setBorderColor(style.background);
            sets[i]->setLabelColor(style.textOn(color));
        }
    }

    void updateRange()
    {
        const int categories = model ? model->rowCount() : 0;
        int most = 1;
        for (int row = 0; row < categories; ++row) {
            int total = 0;
            for (int column = firstColumn; column <= lastMapped(); ++column)
                total += model->index(row, column).data().toInt();
            most = std::max(most, total);
        }
        valueAxis->setRange(0, most);
        if (auto *axis = qobject_cast<QCategoryAxis *>(categoryAxis))
            axis->setRange(-0.5, std::max(categories, 1) - 0.5);
    }

    void updateShade()
    {
        const QRectF plot = chart->plotArea();
        const int categories = model ? model->rowCount() : 0;
        if (shadeTo < shadeFrom || categories == 0) {
            view->setShade({});
            return;
        }
        const auto position = [&](double category) {
            const double t = (category + 0.5) / categories;
            return vertical() ? plot.left() + t * plot.width() : plot.top() + t * plot.height();
        };
        const double a = std::clamp(position(shadeFrom), vertical() ? plot.left() : plot.top(),
                                    vertical() ? plot.right() : plot.bottom());
        const double b = std::clamp(position(shadeTo), vertical() ? plot.left() : plot.top(),
                                    vertical() ? plot.right() : plot.bottom());
        view->setShade(vertical() ? QRectF(a, plot.top(), std::max(b - a, 2.0), plot.height())
                                  : QRectF(plot.left(), a, plot.width(), std::max(b - a, 2.0)));
    }
};

BarChart::BarChart(Orientation orientation, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->orientation = orientation;
    d->chart = new QChart;
    d->chart->setMargins(QMargins(2, 2, 2, 2));
    d->chart->setBackgroundRoundness(0);
    d->chart->legend()->hide();
    d->chart->setAnimationOptions(QChart::NoAnimation);
    if (d->vertical())
        d->series = new QStackedBarSeries;
    else
        d->series = new QHorizontalStackedBarSeries;
    d->series->setBarWidth(0.85);
    d->chart->addSeries(d->series);

    d->valueAxis = new QValueAxis;
    d->valueAxis->setLabelFormat(QStringLiteral("%d"));
    d->valueAxis->setGridLineVisible(true);
    if (d->vertical())
        d->categoryAxis = new QCategoryAxis;
    else
        d->categoryAxis = new QBarCategoryAxis;
    d->chart->addAxis(d->categoryAxis, d->vertical() ? Qt::AlignBottom : Qt::AlignLeft);
    d->chart->addAxis(d->valueAxis, d->vertical() ? Qt::AlignLeft : Qt::AlignBottom);
    d->series->attachAxis(d->categoryAxis);
    d->series->attachAxis(d->valueAxis);

    d->mapper = new QVBarModelMapper(this);
    d->mapper->setSeries(d->series);

    d->view = new ShadedChartView(d->chart, this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setFrameShape(QFrame::NoFrame);
    d->view->viewport()->installEventFilter(this);
    d->view->setMouseTracking(true);

    connect(d->chart, &QChart::plotAreaChanged, this, [this] { d->updateShade(); });
    connect(d->series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *set) {
        Q_EMIT barClicked(index, int(d->series->barSets().indexOf(set)));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->view);
    setTheme(d->style);
}

BarChart::~BarChart() = default;

void BarChart::setModel(QAbstractItemModel *model, int firstColumn, int lastColumn)
{
    d->model = model;
    d->firstColumn = firstColumn;
    d->lastColumn = lastColumn;
    d->mapper->setModel(model);
    const auto remap = [this] {
        d->mapper->setFirstBarSetColumn(d->firstColumn);
        d->mapper->setLastBarSetColumn(d->lastMapped());
        d->mapper->setFirstRow(0);
        d->mapper->setRowCount(d->model->rowCount());
        d->applyColors();
        d->updateRange();
        d->updateShade();
    };
    connect(model, &QAbstractItemModel::modelReset, this, remap);
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { d->updateRange(); });
    remap();
}

void BarChart::setCategoryLabels(const QStringList &labels, int every)
{
    if (auto *axis = qobject_cast<QCategoryAxis *>(d->categoryAxis)) {
        for (const QString &label : axis->categoriesLabels())
            axis->remove(label);
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        for (int i = 0; i < labels.size(); i += std::max(every, 1))
            axis->append(labels[i], i);
        axis->setStartValue(-0.5);
        d->updateRange();
    } else if (auto *bars = qobject_cast<QBarCategoryAxis *>(d->categoryAxis)) {
        bars->clear();
        bars->append(labels);
    }
}

void BarChart::setSetColors(const QList<QColor> &colors)
{
    d->setColors = colors;
    d->applyColors();
}

void BarChart::setLegendVisible(bool visible)
{
    d->chart->legend()->setVisible(visible);
    d->chart->legend()->setAlignment(Qt::AlignBottom);
}

void BarChart::setValueAxisVisible(bool visible)
{
    d->valueAxis->setLabelsVisible(visible);
}

void BarChart::setTitle(const QString &title)
{
    d->chart->setTitle(title);
}

void BarChart::setTheme(const ViewStyle &style)
{
    d->style = style;
    d->chart->setBackgroundBrush(style.background);
    d->chart->setPlotAreaBackgroundVisible(false);
    d->chart->setTitleBrush(style.text);
    d->chart->setTitleFont(style.boldFont);
    d->chart->legend()->setLabelColor(style.text);
    d->chart->legend()->setFont(style.smallFont);
    for (QAbstractAxis *axis : {d->categoryAxis, static_cast<QAbstractAxis *>(d->valueAxis)}) {
        axis->setLabelsBrush(style.mutedText);
        axis->setLabelsFont(style.smallFont);
        axis->setLinePenColor(style.strongGrid);
        axis->setGridLineColor(style.grid);
    }
    d->categoryAxis->setGridLineVisible(false);
    QColor shade = style.selection;
    shade.setAlphaF(0.18f);
    d->view->setShadeStyle(shade, QPen(style.selection, 1.5));
    d->view->setBackgroundBrush(style.background);
    d->applyColors();
}

void BarChart::setShadedRange(double from, double to)
{
    d->shadeFrom = from;
    d->shadeTo = to;
    d->updateShade();
}

QRectF BarChart::plotArea() const
{
    const QRectF plot = d->chart->plotArea();
    const QPointF topLeft = d->view->mapTo(this, d->view->mapFromScene(plot.topLeft()));
    const QPointF bottomRight = d->view->mapTo(this, d->view->mapFromScene(plot.bottomRight()));
    return QRectF(topLeft, bottomRight);
}

double BarChart::categoryAt(QPointF point) const
{
    const QRectF plot = plotArea();
    const int categories = d->model ? d->model->rowCount() : 0;
    if (categories == 0 || plot.isEmpty())
        return 0;
    const double t =
        d->vertical() ? (point.x() - plot.left()) / plot.width() : (point.y() - plot.top()) / plot.height();
    return t * categories - 0.5;
}

double BarChart::positionOf(double category) const
{
    const QRectF plot = plotArea();
    const int categories = d->model ? d->model->rowCount() : 0;
    const double t = categories ? (category + 0.5) / categories : 0;
    return d->vertical() ? plot.left() + t * plot.width() : plot.top() + t * plot.height();
}

bool BarChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != d->view->viewport())
        return QWidget::eventFilter(watched, event);
    const auto position = [&](QMouseEvent *e) {
        return d->view->viewport()->mapTo(this, e->position().toPoint());
    };
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() == Qt::LeftButton && plotArea().contains(position(e)))
            Q_EMIT plotPressed(position(e), e->modifiers());
        break;
    }
    case QEvent::MouseMove: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->buttons() & Qt::LeftButton)
            Q_EMIT plotDragged(position(e));
        break;
    }
    case QEvent::MouseButtonRelease:
        Q_EMIT plotReleased();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace argline
