#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace argline {

class ArgumentMapWidget;
class CorpusDocument;
class TimelineWidget;

// What links the two views beyond the shared selection itself (which each view already draws):
//   - selecting an event brings the arguments that cite it into view on the map; selecting an argument
//     pans the timeline to its events;
//   - "show only linked" narrows both views to the selection and what it links to, following the
//     selection as it changes;
//   - the "as of" cursor dims later events on the timeline and hides arguments not yet published;
//   - search matches are marked on both views.
// The document's filter stays the one source of truth: a removed chip turns a mode off here too.
class LinkedNavigation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkedNavigation)

public:
    static constexpr int animationMs = 300;

    LinkedNavigation(CorpusDocument *document, TimelineWidget *timeline, ArgumentMapWidget *map,
                     QObject *parent = nullptr);

    bool isOnlyLinked() const { return m_onlyLinked; }
    void setOnlyLinked(bool on);

    std::optional<qint64> asOfDay() const;
    void setAsOfDay(std::optional<qint64> day);
    // Turns the cursor on at a sensible date (the last one used, else the middle of the timeline's
    // window), or off.
    void setAsOfEnabled(bool on);

    void setMatches(const QSet<QString> &ids);
    // Brings `id` into view in both views: the item itself and what it links to.
    void reveal(const QString &id);

Q_SIGNALS:
    void onlyLinkedChanged(bool on);
    void asOfChanged(std::optional<qint64> day);

private:
    void followSelection();
    void followFilter();
    void applyOnlyLinked();
    void bringIntoView(const QString &id);

    CorpusDocument *m_document;
    TimelineWidget *m_timeline;
    ArgumentMapWidget *m_map;
    bool m_onlyLinked = false;
    std::optional<qint64> m_lastAsOfDay;  // where the cursor comes back when switched on again
    std::optional<qint64> m_shownAsOfDay; // what asOfChanged() last announced
};

} // namespace argline
