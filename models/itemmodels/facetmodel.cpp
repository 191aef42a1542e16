#include "models/itemmodels/facetmodel.h"

#include "models/corpus/citation.h"

namespace argline {

FacetModel::FacetModel(Facet facet, QObject *parent)
    : QAbstractListModel(parent)
    , m_facet(facet)
{}

void FacetModel::setCorpus(std::shared_ptr<const Corpus> corpus)
{
    beginResetModel();
    m_entries.clear();
    m_checked.clear();
    if (corpus) {
        switch (m_facet) {
        case Facet::Actors:
            for (const argline::Facet &f : corpus->actors)
                m_entries.append({f.id, f.name, f.name, f.color});
            break;
        case Facet::Themes:
            for (const argline::Facet &f : corpus->themes)
                m_entries.append({f.id, f.name, f.name, f.color});
            break;
        case Facet::Articles:
            for (const Article &a : corpus->articles)
                m_entries.append({a.id, a.label, Citation::plainText(a), QColor()});
            break;
        }
    }
    endResetModel();
}

void FacetModel::setChecked(const QSet<QString> &ids)
{
    if (ids == m_checked)
        return;
    m_checked = ids;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1), {Qt::CheckStateRole});
}

QString FacetModel::idAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].id : QString();
}

QModelIndex FacetModel::indexOf(const QString &id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].id == id)
            return index(row);
    }
    return {};
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return entry.name;
    case Qt::ToolTipRole:
        return entry.toolTip;
    case Qt::DecorationRole:
        return entry.color.isValid() ? QVariant(entry.color) : QVariant();
    case Qt::CheckStateRole:
        return m_checked.contains(entry.id) ? Qt::Checked : Qt::Unchecked;
    case Qt::UserRole:
        return entry.id;
    default:
        return {};
    }
}

bool FacetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString &id = m_entries[index.row()].id;
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    if (checked == m_checked.contains(id))
        return true;
    if (checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags FacetModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

} // namespace argline
