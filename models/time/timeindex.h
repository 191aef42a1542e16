#pragma once

#include "models/corpus/corpus.h"

#include <QColor>
#include <QList>
#include <QString>

namespace argline {

enum class LaneMode : quint8
{
    Actor,
    Theme
};

// One event's place in a lane, kept small and contiguous for fast range queries.
struct LaneEntry
{
    qint64 firstDay = 0;
    qint64 endDay = 0; // exclusive
    int event = -1;    // index in corpus.events
    quint8 importance = 3;
};

struct Lane
{
    QString id; // the actor or theme id; empty for the lane of events that have none
    QString name;
    QColor color;
    QList<LaneEntry> entries; // sorted by (firstDay, endDay, event)
    qint64 longestSpan = 0;   // the longest entry, so overlap queries know how far back to look

    // Entries whose span overlaps [firstDay, endDay): a contiguous index range [begin, end) that may
    // include a few entries ending before firstDay (callers check), found by binary search.
    std::pair<qsizetype, qsizetype> overlapping(double firstDay, double endDay) const;
    // How many entries start in each span between consecutive `edges` (ascending): counts[i] for
    // [edges[i], edges[i+1]). One pass that gallops over crowded spans, where a density strip once made two
    // binary searches per bucket, a few hundred buckets per lane on every zoom step.
    QList<qsizetype> countStartingEach(const QList<double> &edges) const;
    // How many entries' spans overlap [firstDay, endDay): what a lane shows in that window.
    qsizetype countOverlapping(double firstDay, double endDay) const;

    // Label candidates per zoom band: for each band, the most important entry of every non-empty bucket
    // of `bandDays[band]` days, as (bucket start day, entry index), by bucket. Lets layout consider a few
    // dozen candidates per lane instead of thousands when zoomed out over a dense corpus.
    QList<QList<std::pair<qint64, int>>> bestPerBucket;
};

// The events in view (the filtered ones), grouped into lanes by actor or theme and sorted by time: the
// time index the timeline lays out and hit-tests from. An event with several actors sits in each of
// their lanes; lanes without events are left out.
class TimeIndex final
{
public:
    static constexpr std::array<qint64, 8> bandDays = {1, 7, 30, 91, 365, 1826, 3652, 18262};

    TimeIndex() = default;
    TimeIndex(const Corpus &corpus, const QList<int> &events, LaneMode mode);

    LaneMode mode() const { return m_mode; }
    const QList<Lane> &lanes() const { return m_lanes; }
    // The events in time order (each once), for keyboard navigation.
    const QList<int> &chronological() const { return m_chronological; }
    // The span of all entries, or {0, 0} when empty.
    std::pair<qint64, qint64> span() const { return m_span; }
    // Every lane holding `event`.
    QList<int> lanesOf(int event) const;
    bool isEmpty() const { return m_chronological.isEmpty(); }
    // Keeps only the lanes whose id is in `ids` (a slide about one event shows just its actors' lanes);
    // events left in no lane drop out.
    void keepLanes(const QSet<QString> &ids);

private:
    LaneMode m_mode = LaneMode::Actor;
    QList<Lane> m_lanes;
    QList<int> m_chronological;
    std::pair<qint64, qint64> m_span{0, 0};
};

} // namespace argline
