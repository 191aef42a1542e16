#pragma once

#include <QObject>
#include <QStringList>

namespace argline {

class SharedSelection;

// Back and forward through what has been selected, like a browser's history. Every change of the shared
// selection is recorded (consecutive duplicates and empty selections are not); going back or forward
// re-applies a recorded selection without recording it again.
class SelectionHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectionHistory)

public:
    static constexpr int limit = 200;

    explicit SelectionHistory(SharedSelection *selection, QObject *parent = nullptr);

    bool canGoBack() const { return m_position > 0 || (m_position == 0 && !isShowing(0)); }
    bool canGoForward() const { return m_position + 1 < m_entries.size(); }
    void back();
    void forward();
    void clear();
    qsizetype size() const { return m_entries.size(); }

Q_SIGNALS:
    void changed(); // canGoBack/canGoForward may have changed

private:
    struct Entry
    {
        QStringList ids;
        QString current;
        bool operator==(const Entry &) const = default;
    };
    void record();
    void go(qsizetype position);
    bool isShowing(qsizetype position) const;

    SharedSelection *m_selection;
    QList<Entry> m_entries;
    qsizetype m_position = -1;
    bool m_applying = false;
};

} // namespace argline
