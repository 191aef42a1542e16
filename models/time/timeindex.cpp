#include "models/time/timeindex.h"

#include "models/corpus/idresolver.h"

#include <QCoreApplication>

#include <algorithm>

namespace argline {

namespace {

bool entryLess(const LaneEntry &a, const LaneEntry &b)
{
    return std::tie(a.firstDay, a.endDay, a.event) < std::tie(b.firstDay, b.endDay, b.event);
}

void buildBuckets(Lane &lane)
{
    lane.bestPerBucket.resize(TimeIndex::bandDays.size());
    for (size_t band = 0; band < TimeIndex::bandDays.size(); ++band) {
        const qint64 size = TimeIndex::bandDays[band];
        QList<std::pair<qint64, int>> &buckets = lane.bestPerBucket[band];
        for (int i = 0; i < lane.entries.size(); ++i) {
            const LaneEntry &entry = lane.entries[i];
            const qint64 bucket = entry.firstDay - ((entry.firstDay % size) + size) % size;
            if (buckets.isEmpty() || buckets.last().first != bucket)
                buckets.append({bucket, i});
            else if (entry.importance > lane.entries[buckets.last().second].importance)
                buckets.last().second = i;
        }
    }
}

} // namespace

std::pair<qsizetype, qsizetype> Lane::overlapping(double firstDay, double endDay) const
{
    const auto startsBefore = [](const LaneEntry &entry, double day) { return double(entry.firstDay) < day; };
    const auto end = std::lower_bound(entries.begin(), entries.end(), endDay, startsBefore);
    const auto begin = std::lower_bound(entries.begin(), end, firstDay - double(longestSpan), startsBefore);
    return {begin - entries.begin(), end - entries.begin()};
}

QList<qsizetype> Lane::countStartingEach(const QList<double> &edges) const
{
    QList<qsizetype> counts;
    if (edges.size() < 2)
        return counts;
    counts.reserve(edges.size() - 1);
    const auto startsBefore = [](const LaneEntry &entry, double day) { return double(entry.firstDay) < day; };
    auto from = std::lower_bound(entries.begin(), entries.end(), edges.first(), startsBefore);
    for (qsizetype i = 1; i < edges.size(); ++i) {
        const double day = edges[i];
        // Gallop: [from, low) start before `day`, `high` is the end or starts on or after it.
        auto low = from;
        auto high = from;
        for (qsizetype step = 1; high != entries.end() && double(high->firstDay) < day; step *= 2) {
            low = high + 1;
            high = entries.end() - high > step ? high + step : entries.end();
        }
        const auto to = std::lower_bound(low, high, day, startsBefore);
        counts.append(to - from);
        from = to;
    }
    return counts;
}

qsizetype Lane::countOverlapping(double firstDay, double endDay) const
{
    const auto [begin, end] = overlapping(firstDay, endDay);
    return std::count_if(entries.begin() + begin, entries.begin() + end,
                         [&](const LaneEntry &entry) { return double(entry.endDay) > firstDay; });
}

TimeIndex::TimeIndex(const Corpus &corpus, const QList<int> &events, LaneMode mode)
    : m_mode(mode)
{
    const QList<Facet> &facets = mode == LaneMode::Actor ? corpus.actors : corpus.themes;
    m_lanes.resize(facets.size());
    for (qsizetype i = 0; i < facets.size(); ++i)
        m_lanes[i] = {facets[i].id, facets[i].name, facets[i].color, {}, 0, {}};
    Lane other{
        {}, QCoreApplication::translate("argline::TimeIndex", "Other"), QColor(0x88, 0x88, 0x88), {}, 0, {}};

    IdResolver resolver(corpus);
    const ItemKind kind = mode == LaneMode::Actor ? ItemKind::Actor : ItemKind::Theme;
    m_chronological = events;
    for (int event : events) {
        const Event &e = corpus.events[event];
        const LaneEntry entry{e.date.date.firstDay(), e.date.date.lastDay() + 1, event, quint8(e.importance)};
        const QStringList &ids = mode == LaneMode::Actor ? e.actors : e.themes;
        bool placed = false;
        for (const QString &id : ids) {
            const int lane = resolver.indexOf(kind, id);
            if (lane >= 0) {
                m_lanes[lane].entries.append(entry);
                placed = true;
            }
        }
        if (!placed)
            other.entries.append(entry);
    }
    if (!other.entries.isEmpty())
        m_lanes.append(std::move(other));
    // A lane with nothing in it (say, every actor but France once filtered to France) only takes room.
    m_lanes.removeIf([](const Lane &lane) { return lane.entries.isEmpty(); });

    for (Lane &lane : m_lanes) {
        std::sort(lane.entries.begin(), lane.entries.end(), entryLess);
        for (const LaneEntry &entry : std::as_const(lane.entries))
            lane.longestSpan = std::max(lane.longestSpan, entry.endDay - entry.firstDay);
        buildBuckets(lane);
    }
    std::sort(m_chronological.begin(), m_chronological.end(), [&](int a, int b) {
        const FuzzyDate &x = corpus.events[a].date.date;
        const FuzzyDate &y = corpus.events[b].date.date;
        return std::tuple(x.firstDay(), x.lastDay(), a) < std::tuple(y.firstDay(), y.lastDay(), b);
    });
    if (!m_chronological.isEmpty()) {
        m_span = {corpus.events[m_chronological.first()].date.date.firstDay(), 0};
        for (int event : std::as_const(m_chronological))
            m_span.second = std::max(m_span.second, corpus.events[event].date.date.lastDay() + 1);
    }
}

void TimeIndex::keepLanes(const QSet<QString> &ids)
{
    m_lanes.removeIf([&](const Lane &lane) { return !ids.contains(lane.id); });
    QSet<int> placed;
    for (const Lane &lane : std::as_const(m_lanes)) {
        for (const LaneEntry &entry : lane.entries)
            placed.insert(entry.event);
    }
    m_chronological.removeIf([&](int event) { return !placed.contains(event); });
    m_span = {0, 0};
    bool first = true;
    for (const Lane &lane : std::as_const(m_lanes)) {
        for (const LaneEntry &entry : lane.entries) {
            m_span = first ? std::pair(entry.firstDay, entry.endDay)
                           : std::pair(std::min(m_span.first, entry.firstDay),
                                       std::max(m_span.second, entry.endDay));
            first = false;
        }
    }
}

QList<int> TimeIndex::lanesOf(int event) const
{
    QList<int> lanes;
    for (int i = 0; i < m_lanes.size(); ++i) {
        const QList<LaneEntry> &entries = m_lanes[i].entries;
        if (std::any_of(entries.begin(), entries.end(),
                        [event](const LaneEntry &e) { return e.event == event; }))
            lanes.append(i);
    }
    return lanes;
}

} // namespace argline
