#pragma once

#include "models/corpus/corpus.h"

#include <QAbstractListModel>
#include <QSet>

#include <memory>

namespace argline {

// One facet of the corpus as a checkable list — its actors, its themes or its source articles — for the
// filter panel's item views. The check boxes are the filter's state for that facet: the panel sets them
// from the document's FilterSpec (setChecked) and a user's click arrives as setData() and checkedChanged().
class FacetModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacetModel)

public:
    enum class Facet : quint8
    {
        Actors,
        Themes,
        Articles
    };

    explicit FacetModel(Facet facet, QObject *parent = nullptr);

    void setCorpus(std::shared_ptr<const Corpus> corpus);
    const QSet<QString> &checked() const { return m_checked; }
    // Sets the check boxes without emitting checkedChanged (it follows the filter rather than the user).
    void setChecked(const QSet<QString> &ids);
    QString idAt(int row) const;
    QModelIndex indexOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void checkedChanged(); // a user ticked or unticked an entry

private:
    struct Entry
    {
        QString id;
        QString name;
        QString toolTip;
        QColor color; // invalid for articles
    };

    Facet m_facet;
    QList<Entry> m_entries;
    QSet<QString> m_checked;
};

} // namespace argline
