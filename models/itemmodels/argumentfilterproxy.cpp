#include "models/itemmodels/argumentfilterproxy.h"

#include "models/corpus/linkindex.h"
#include "models/explore/itemfilter.h"
#include "models/itemmodels/argumentmodel.h"

namespace argline {

ArgumentFilterProxy::ArgumentFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void ArgumentFilterProxy::setArgumentModel(ArgumentModel *model)
{
    m_arguments = model;
    setSourceModel(model);
}

void ArgumentFilterProxy::setLinkIndex(const LinkIndex *links)
{
    m_links = links;
    invalidateFilter();
}

void ArgumentFilterProxy::setFilterSpec(const FilterSpec &spec)
{
    if (spec == m_spec)
        return;
    m_spec = spec;
    invalidateFilter();
}

bool ArgumentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_arguments || !m_arguments->corpus())
        return false;
    const QModelIndex index = m_arguments->index(sourceRow, 0, sourceParent);
    const Argument *argument = m_arguments->argumentAt(index);
    if (!argument)
        return false;
    if (m_spec.isEmpty() || !m_links)
        return true;
    const int argumentIndex = m_arguments->corpus()->indexOf(ItemKind::Argument, argument->id);
    return ItemFilter(*m_arguments->corpus(), *m_links, m_spec).acceptsArgument(argumentIndex);
}

} // namespace argline
