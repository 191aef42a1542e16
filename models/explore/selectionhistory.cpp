#include "models/explore/selectionhistory.h"

#include "models/explore/sharedselection.h"

namespace argline {

SelectionHistory::SelectionHistory(SharedSelection *selection, QObject *parent)
    : QObject(parent)
    , m_selection(selection)
{
    connect(selection, &SharedSelection::changed, this, &SelectionHistory::record);
}

void SelectionHistory::record()
{
    if (m_applying || m_selection->isEmpty())
        return;
    const Entry entry{m_selection->ids(), m_selection->current()};
    if (m_position >= 0 && m_entries[m_position] == entry)
        return;
    m_entries.resize(m_position + 1); // a new selection drops what lay "forward"
    m_entries.append(entry);
    if (m_entries.size() > limit)
        m_entries.removeFirst();
    m_position = m_entries.size() - 1;
    Q_EMIT changed();
}

void SelectionHistory::go(qsizetype position)
{
    m_position = position;
    m_applying = true;
    m_selection->setSelection(m_entries[position].ids, m_entries[position].current);
    m_applying = false;
    Q_EMIT changed();
}

bool SelectionHistory::isShowing(qsizetype position) const
{
    return m_entries[position].ids == m_selection->ids() &&
           m_entries[position].current == m_selection->current();
}

void SelectionHistory::back()
{
    // After the selection was cleared (which is not recorded), Back first restores what was cleared.
    if (m_position >= 0 && !isShowing(m_position))
        go(m_position);
    else if (m_position > 0)
        go(m_position - 1);
}

void SelectionHistory::forward()
{
    if (canGoForward())
        go(m_position + 1);
}

void SelectionHistory::clear()
{
    m_entries.clear();
    m_position = -1;
    Q_EMIT changed();
}

} // namespace argline
