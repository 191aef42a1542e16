#include "widgets/panels/searchbar.h"

#include "models/explore/corpusdocument.h"
#include "models/explore/search.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace argline {

SearchBar::SearchBar(CorpusDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_field(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
{
    m_field->setPlaceholderText(tr("Search words in titles, texts and quotes (Ctrl+F)"));
    m_field->setToolTip(tr("Finds every word, in any order; put a phrase in quotes to find it as written. "
                           "Best matches first: words in the title, then in the text, then in quotes; then "
                           "the more important. Enter steps to the next, Shift+Enter to the previous."));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search"));
    m_field->installEventFilter(this);
    m_previous->setText(tr("‹"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_next->setText(tr("›"));
    m_next->setToolTip(tr("Next match (Enter)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    connect(m_field, &QLineEdit::textChanged, this, &SearchBar::search);
    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(1); });
    connect(document, &CorpusDocument::corpusChanged, this, &SearchBar::search);
    updateCount();
}

void SearchBar::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchBar::search()
{
    m_matches = Search::matches(m_document->corpus(), m_field->text());
    m_current = -1;
    updateCount();
    Q_EMIT matchesChanged(QSet<QString>(m_matches.begin(), m_matches.end()));
}

void SearchBar::step(int direction)
{
    if (m_matches.isEmpty())
        return;
    const qsizetype n = m_matches.size();
    m_current = m_current < 0 ? (direction > 0 ? 0 : int(n - 1)) : int((m_current + direction + n) % n);
    updateCount();
    m_document->selection()->select(m_matches[m_current]);
    Q_EMIT matchChosen(m_matches[m_current]);
}

void SearchBar::updateCount()
{
    const bool any = !m_matches.isEmpty();
    m_previous->setEnabled(any);
    m_next->setEnabled(any);
    if (m_field->text().trimmed().isEmpty())
        m_count->clear();
    else if (!any)
        m_count->setText(tr("no matches"));
    else if (m_current < 0)
        m_count->setText(tr("%n match(es)", nullptr, int(m_matches.size())));
    else
        m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
}

bool SearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            step(key->modifiers() & Qt::ShiftModifier ? -1 : 1);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_field->text().isEmpty()) {
            m_field->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace argline
