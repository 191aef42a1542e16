#include "widgets/timeline/timelineoverview.h"

#include "models/explore/corpusdocument.h"
#include "models/itemmodels/eventsperyearmodel.h"
#include "models/time/fuzzydate.h"
#include "widgets/common/barchart.h"
#include "widgets/timeline/timelinewidget.h"

#include <QDate>
#include <QVBoxLayout>

namespace argline {

TimelineOverview::TimelineOverview(CorpusDocument *document, TimelineWidget *timeline, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_timeline(timeline)
    , m_model(new EventsPerYearModel(this))
    , m_chart(new BarChart(BarChart::Orientation::Vertical, this))
{
    setAccessibleName(tr("Overview: events per year"));
    setToolTip(tr("Events per year. Drag the shaded window to move it, its edges to resize it."));
    m_chart->setModel(m_model);
    m_chart->setValueAxisVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart);
    setMinimumHeight(80);

    connect(m_chart, &BarChart::plotPressed, this, [this](QPointF position) { pressed(position); });
    connect(m_chart, &BarChart::plotDragged, this, [this](QPointF position) { dragged(position); });
    connect(m_chart, &BarChart::plotReleased, this, [this] { m_drag = Drag::None; });
    connect(timeline, &TimelineWidget::windowChanged, this, &TimelineOverview::showWindow);
    connect(document, &CorpusDocument::corpusChanged, this, &TimelineOverview::refresh);
    connect(document, &CorpusDocument::resultChanged, this, &TimelineOverview::refresh);
    // Only the lane mode matters among the timeline's options: the bars are stacked by its lanes.
    connect(timeline, &TimelineWidget::viewOptionsChanged, this, [this] {
        if (m_timeline->state().laneMode != m_laneMode)
            refresh();
    });
    refresh();
}

void TimelineOverview::setTheme(const ViewStyle &style)
{
    m_chart->setTheme(style);
}

void TimelineOverview::refresh()
{
    m_laneMode = m_timeline->state().laneMode;
    m_model->setIndex(m_document->timeIndex(m_laneMode)); // the timeline's, not built again
    QStringList years;
    for (int i = 0; i < m_model->yearCount(); ++i)
        years.append(FuzzyDate::yearText(yearFromAstronomical(m_model->firstYear() + i)));
    const int every = m_model->yearCount() > 40 ? 10 : m_model->yearCount() > 12 ? 5 : 1;
    m_chart->setCategoryLabels(years, every);
    showWindow(m_timeline->state().firstDay, m_timeline->state().endDay);
}

double TimelineOverview::categoryOfDay(double day) const
{
    const QDate date = QDate::fromJulianDay(qint64(std::floor(day)));
    const double yearStart = double(QDate(date.year(), 1, 1).toJulianDay());
    const double fraction = (day - yearStart) / date.daysInYear();
    return (astronomicalYear(date.year()) - m_model->firstYear()) + fraction - 0.5;
}

double TimelineOverview::dayOfCategory(double category) const
{
    const double years = category + 0.5;
    const int year = m_model->firstYear() + int(std::floor(years));
    const QDate start(yearFromAstronomical(year), 1, 1);
    return double(start.toJulianDay()) + (years - std::floor(years)) * start.daysInYear();
}

void TimelineOverview::showWindow(double firstDay, double endDay)
{
    if (m_model->yearCount() == 0)
        return;
    m_chart->setShadedRange(categoryOfDay(firstDay), categoryOfDay(endDay));
}

void TimelineOverview::pressed(QPointF position)
{
    const auto [first, end] = m_timeline->window();
    const double x0 = m_chart->positionOf(categoryOfDay(first));
    const double x1 = m_chart->positionOf(categoryOfDay(end));
    const double day = dayOfCategory(m_chart->categoryAt(position));
    constexpr double grip = 6;
    if (std::abs(position.x() - x0) <= grip) {
        m_drag = Drag::ResizeStart;
    } else if (std::abs(position.x() - x1) <= grip) {
        m_drag = Drag::ResizeEnd;
    } else if (position.x() > x0 && position.x() < x1) {
        m_drag = Drag::Move;
        m_dragOffset = day - first;
    } else { // elsewhere: centre the window on the click, then drag it from there
        const double span = end - first;
        m_timeline->setWindow(day - span / 2, day + span / 2);
        m_drag = Drag::Move;
        m_dragOffset = span / 2;
    }
}

void TimelineOverview::dragged(QPointF position)
{
    const double day = dayOfCategory(m_chart->categoryAt(position));
    const auto [first, end] = m_timeline->window();
    switch (m_drag) {
    case Drag::Move:
        m_timeline->setWindow(day - m_dragOffset, day - m_dragOffset + (end - first));
        break;
    case Drag::ResizeStart:
        if (day < end - TimelineWidget::minimumSpanDays)
            m_timeline->setWindow(day, end);
        break;
    case Drag::ResizeEnd:
        if (day > first + TimelineWidget::minimumSpanDays)
            m_timeline->setWindow(first, day);
        break;
    case Drag::None:
        break;
    }
}

} // namespace argline
