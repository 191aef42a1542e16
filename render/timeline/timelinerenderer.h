#pragma once

#include "models/corpus/corpus.h"
#include "models/layout/timelinelayout.h"
#include "models/time/axislayout.h"
#include "models/time/timeindex.h"
#include "render/style/viewstyle.h"
#include "render/timeline/timelinelabeltext.h"
#include "render/timeline/timelineviewstate.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QRectF>
#include <QSet>
#include <QStaticText>

#include <memory>
#include <optional>

class QPainter;

namespace argline {

// Paints the timeline for any window into any QPainter at any size: the widget, the PNG/SVG/PDF export
// and presentation mode all draw through here. Zoom is a remapped time axis, never a scaled painter, so
// text stays crisp. The layout for a size and state is cached, so a repaint without changes only paints.
class TimelineRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(argline::TimelineRenderer)

public:
    // The regions of a target rectangle.
    struct Frame
    {
        QRectF target;
        QRectF eras;   // one row per era group
        QRectF axis;   // two tiers of ticks
        QRectF gutter; // lane names, left of the lanes
        QRectF lanes;
        TimeScale scale;
    };

    TimelineRenderer();

    // The events to show (indices into corpus->events, e.g. those passing the filters). `index`, when
    // given, is those events' time index already built (shared, so not built twice) for some lane mode.
    void setData(std::shared_ptr<const Corpus> corpus, const QList<int> &events,
                 const TimeIndex *index = nullptr);
    const Corpus *corpus() const { return m_corpus.get(); }
    const QList<int> &events() const { return m_events; }

    void setState(const TimelineViewState &state);
    const TimelineViewState &state() const { return m_state; }
    void setStyle(const ViewStyle &style);
    const ViewStyle &style() const { return m_style; }

    const TimeIndex &index() const { return m_index; }
    const TimeWarp &warp() const { return isBalanced() ? m_balancedWarp : m_linearWarp; }
    // Whether the axis is density-balanced: chosen, or automatic and the corpus's events bunch up.
    bool isBalanced() const
    {
        return m_state.scaleMode == ScaleMode::Balanced ||
               (m_state.scaleMode == ScaleMode::Automatic && m_eventsBunch);
    }
    // The days the data covers, with a little margin: what "fit all" shows.
    std::pair<double, double> fullSpan() const;

    Frame frame(const QRectF &target) const;
    // Laid out on demand and cached until the data, state, style or target change.
    const TimelineLayout &layout(const QRectF &target) const;
    const AxisLayout &axis(const QRectF &target) const;
    const TimelineMetrics &metrics() const { return m_metrics; }

    void paint(QPainter *painter, const QRectF &target);

    // How many events lane `lane` shows in the current window (the number beside its name).
    int laneCount(int lane) const { return m_laneCounts.value(lane); }
    // The lane whose header (name or disclosure triangle) is at `point`, or -1.
    int laneHeaderAt(const QRectF &target, QPointF point) const;
    // The "as of" cursor: its x and its draggable date tab, when it is on and in view.
    std::optional<double> asOfX(const QRectF &target) const;
    QRectF asOfHandle(const QRectF &target) const;
    // The lane where the focused event gets the keyboard-focus ring (around its label, else its marker):
    // one lane, and none unless the view has focus (state().focusVisible). -1 when no ring is drawn. Reads
    // the layout last made for painting.
    int focusRingLane() const;
    // Tooltip text (rich text) for an event.
    QString tooltip(int event) const;

private:
    void ensureLayout(const QRectF &target) const;
    void rebuildIndex(const TimeIndex *built = nullptr);
    void updateGutterWidth();
    void updateLaneCounts();
    QSet<int> boostedEvents() const;
    bool isDimmed(const Event &event) const;

    void paintEras(QPainter *p, const Frame &f) const;
    void paintAxis(QPainter *p, const Frame &f) const;
    void paintLanes(QPainter *p, const Frame &f) const;
    void paintLaneContent(QPainter *p) const;
    void paintMarker(QPainter *p, const TimelineMarker &marker, const QColor &color, bool sprites) const;
    void paintSpan(QPainter *p, const TimelineMarker &marker, const QColor &laneColor, double dim, bool fuzzy,
                   bool planned) const;
    void paintEcho(QPainter *p, const TimelineMarker &marker, const QColor &laneColor) const;
    void paintLabel(QPainter *p, const TimelineLabel &label, const QColor &color) const;
    void paintEmpty(QPainter *p, const Frame &f) const;
    void paintAsOfCursor(QPainter *p, const Frame &f) const;
    QString asOfLabel() const;
    QColor laneColor(int lane) const;
    const QStaticText &smallText(const QString &text) const;

    std::shared_ptr<const Corpus> m_corpus;
    QList<int> m_events;
    TimeIndex m_index;
    TimeWarp m_linearWarp;
    TimeWarp m_balancedWarp;
    bool m_eventsBunch = false; // half the events within a fifth of their span: automatic is balanced
    QStringList m_eraGroups;
    TimelineViewState m_state;
    ViewStyle m_style;

    // Derived from the style's fonts once, not per marker and label while painting.
    TimelineMetrics m_metrics;
    QFontMetricsF m_fontMetrics{QFont()};
    QFontMetricsF m_smallMetrics{QFont()};
    QFontMetricsF m_boldMetrics{QFont()};

    double m_gutterWidth = 150;                 // fits the widest lane name, within limits
    mutable QList<QStaticText> m_laneNameTexts; // elided to the gutter, shaped once per data, style or width
    mutable QList<QStaticText> m_laneCountTexts;
    mutable QList<bool> m_laneShowsCount;             // per lane, for the gutter width the names have
    mutable QHash<QString, double> m_axisLabelWidths; // in the small font (see axisLabelWidth())
    QList<int> m_laneCounts;                          // events each lane shows in the window

    // Text measured and shaped once, drawn many times: event labels, and axis labels by their text.
    TimelineLabelText m_labelText;
    mutable QHash<QString, QStaticText> m_smallTexts;
    // Lane names elided to the gutter's width (which narrows on small views), with their counts.
    mutable double m_laneTextsWidth = -1;
    void prepareLaneTexts(double gutterWidth) const;
    double axisLabelWidth(const QString &text) const;
    mutable bool m_layoutDirty = true;
    mutable QRectF m_layoutTarget;
    mutable TimelineLayout m_layout;
    mutable AxisLayout m_axis;
};

} // namespace argline
