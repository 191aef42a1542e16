#pragma once

#include "models/explore/filterspec.h"

#include <QSortFilterProxyModel>

namespace argline {

class ArgumentModel;
class LinkIndex;

// Arguments filtered by the shared FilterSpec (its "as of" date included). A match keeps its ancestors,
// so a reason is never shown without the claim it answers.
class ArgumentFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArgumentFilterProxy)

public:
    explicit ArgumentFilterProxy(QObject *parent = nullptr);

    void setArgumentModel(ArgumentModel *model);
    void setLinkIndex(const LinkIndex *links);
    void setFilterSpec(const FilterSpec &spec);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ArgumentModel *m_arguments = nullptr;
    const LinkIndex *m_links = nullptr;
    FilterSpec m_spec;
};

} // namespace argline
