#include "widgets/panels/storylist.h"

#include "models/explore/corpusdocument.h"
#include "models/itemmodels/storymodel.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace argline {

StoryList::StoryList(CorpusDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_model(new StoryModel(this))
    , m_list(new QListView(this))
{
    setAccessibleName(tr("Story"));
    m_title->setWordWrap(true);
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Story steps"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    const auto activate = [this](const QModelIndex &index) {
        const QString id = m_model->itemAt(index.row());
        m_document->selection()->select(id);
        Q_EMIT stepActivated(index.row(), id);
    };
    connect(m_list, &QListView::activated, this, activate);
    connect(m_list, &QListView::clicked, this, activate);
    connect(document, &CorpusDocument::corpusChanged, this, &StoryList::rebuild);
    rebuild();
}

void StoryList::rebuild()
{
    const Story &story = m_document->corpus().story;
    m_title->setText(story.title.isEmpty() ? tr("This corpus has no story.")
                                           : u"<b>%1</b>"_s.arg(story.title.toHtmlEscaped()));
    m_model->setCorpus(m_document->corpusPointer());
}

} // namespace argline
