#include "models/itemmodels/argumentfilterproxy.h"

#include "models/explore/filterresult.h"
#include "models/itemmodels/argumentmodel.h"

namespace argline {

ArgumentFilterProxy::ArgumentFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void ArgumentFilterProxy::setArgumentModel(ArgumentModel *model, const FilterResult *result)
{
    m_arguments = model;
    m_result = result;
    setSourceModel(model);
}

void ArgumentFilterProxy::resultChanged()
{
    invalidateFilter();
}

bool ArgumentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_arguments || !m_arguments->corpus())
        return false;
    const int argument = m_arguments->corpusIndex(m_arguments->index(sourceRow, 0, sourceParent));
    // The result already holds every ancestor of a match, so no recursive filtering is needed.
    return argument >= 0 && (!m_result || m_result->argumentShown(argument));
}

} // namespace argline
