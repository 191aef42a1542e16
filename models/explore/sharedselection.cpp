#include "models/explore/sharedselection.h"

namespace argline {

SharedSelection::SharedSelection(QObject *parent)
    : QObject(parent)
{}

void SharedSelection::select(const QString &id)
{
    setSelection(id.isEmpty() ? QStringList() : QStringList{id}, id);
}

void SharedSelection::toggle(const QString &id)
{
    if (id.isEmpty())
        return;
    QStringList ids = m_ids;
    if (ids.removeOne(id))
        setSelection(ids, ids.isEmpty() ? QString() : ids.last());
    else
        setSelection(ids << id, id);
}

void SharedSelection::setSelection(const QStringList &ids, const QString &current)
{
    QStringList unique;
    for (const QString &id : ids) {
        if (!id.isEmpty() && !unique.contains(id))
            unique.append(id);
    }
    const QString focus = unique.contains(current) ? current : (unique.isEmpty() ? QString() : unique.last());
    if (unique == m_ids && focus == m_current)
        return;
    m_ids = unique;
    m_current = focus;
    Q_EMIT changed();
}

void SharedSelection::clear()
{
    setSelection({});
}

} // namespace argline
