#pragma once

#include <QObject>
#include <QStringList>

namespace argline {

// The one selection every view follows, held as item ids (events and arguments alike).
//
// Flow: a view turns a click into select()/toggle(); SharedSelection emits changed(); every view
// (timeline, map, detail panel, reader, item views) redraws its highlight from ids() and current(), and
// asks LinkIndex for the items linked to them. Views never talk to each other directly.
class SharedSelection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedSelection)

public:
    explicit SharedSelection(QObject *parent = nullptr);

    const QStringList &ids() const { return m_ids; }
    // The item that has focus within the selection (the last one clicked); empty when none.
    const QString &current() const { return m_current; }
    bool contains(const QString &id) const { return m_ids.contains(id); }
    bool isEmpty() const { return m_ids.isEmpty(); }

    void select(const QString &id); // replace the selection with one item
    void toggle(const QString &id); // add or remove one item (Ctrl-click)
    void setSelection(const QStringList &ids, const QString &current = {});
    void clear();

Q_SIGNALS:
    void changed();

private:
    QStringList m_ids;
    QString m_current;
};

} // namespace argline
