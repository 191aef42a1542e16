#pragma once

#include <QSortFilterProxyModel>

namespace argline {

class ArgumentModel;
struct FilterResult;

// The argument tree as the document's FilterResult shows it (its "as of" date included), for item views:
// the matching arguments and their ancestors, so a reason is never shown without the claim it answers.
// Each row is looked up in the result; the filter is not evaluated again.
class ArgumentFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArgumentFilterProxy)

public:
    explicit ArgumentFilterProxy(QObject *parent = nullptr);

    void setArgumentModel(ArgumentModel *model, const FilterResult *result);
    // The result has been recomputed: filter again, once.
    void resultChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ArgumentModel *m_arguments = nullptr;
    const FilterResult *m_result = nullptr;
};

} // namespace argline
