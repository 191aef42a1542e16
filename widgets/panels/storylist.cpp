#include "widgets/panels/storylist.h"

#include "models/explore/corpusdocument.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace argline {

StoryList::StoryList(CorpusDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setAccessibleName(tr("Story"));
    m_title->setWordWrap(true);
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Story steps"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int step = m_list->row(item);
        const QString id = item->data(Qt::UserRole).toString();
        m_document->selection()->select(id);
        Q_EMIT stepActivated(step, id);
    });
    connect(m_list, &QListWidget::itemClicked, m_list, &QListWidget::itemActivated);
    connect(document, &CorpusDocument::corpusChanged, this, &StoryList::rebuild);
    rebuild();
}

void StoryList::rebuild()
{
    const Story &story = m_document->corpus().story;
    m_title->setText(story.title.isEmpty() ? tr("This corpus has no story.")
                                           : u"<b>%1</b>"_s.arg(story.title.toHtmlEscaped()));
    m_list->clear();
    for (int i = 0; i < story.steps.size(); ++i) {
        auto *item = new QListWidgetItem(u"%1. %2"_s.arg(i + 1).arg(story.steps[i].caption), m_list);
        item->setData(Qt::UserRole, story.steps[i].item);
    }
}

} // namespace argline
