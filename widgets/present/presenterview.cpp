#include "widgets/present/presenterview.h"

#include "models/corpus/citation.h"
#include "models/corpus/corpus.h"
#include "models/present/storypresenter.h"
#include "widgets/present/presentationview.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

// A copy of the audience's page, kept to the page's shape.
class AudiencePreview final : public QWidget
{
public:
    AudiencePreview(PresentationView *audience, QWidget *parent)
        : QWidget(parent)
        , m_audience(audience)
    {
        setMinimumSize(320, 180);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), palette().window());
        const QSizeF page = m_audience->size();
        if (page.isEmpty())
            return;
        const double factor = std::min(width() / page.width(), height() / page.height());
        const QSizeF shown = page * factor;
        const QRectF target(QPointF((width() - shown.width()) / 2, 0), shown);
        m_audience->paintPage(&painter, target);
        painter.setPen(palette().mid().color());
        painter.drawRect(target);
    }

private:
    PresentationView *m_audience;
};

QString quoteOf(const Corpus &corpus, const QString &id)
{
    const ItemRef item = corpus.find(id);
    const QList<Quote> *evidence = item.kind == ItemKind::Event      ? &corpus.events[item.index].evidence
                                   : item.kind == ItemKind::Argument ? &corpus.arguments[item.index].evidence
                                                                     : nullptr;
    if (evidence && !evidence->isEmpty())
        return Citation::quoted(evidence->first().text);
    const QString &importedFrom = item.kind == ItemKind::Event ? corpus.events[item.index].importedFrom
                                  : item.kind == ItemKind::Argument
                                      ? corpus.arguments[item.index].importedFrom
                                      : QString();
    return Citation::withoutQuote(importedFrom);
}

} // namespace

PresenterView::PresenterView(const Corpus &corpus, StoryPresenter *presenter, PresentationView *audience,
                             QWidget *parent)
    : QWidget(parent)
    , m_corpus(corpus)
    , m_presenter(presenter)
    , m_audience(audience)
    , m_counter(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_current(new QLabel(this))
    , m_next(new QLabel(this))
    , m_state(new QLabel(this))
    , m_preview(new AudiencePreview(audience, this))
    , m_clock(new QTimer(this))
{
    setWindowTitle(tr("Presenter — Argline"));
    setFocusPolicy(Qt::StrongFocus);
    QFont large = font();
    large.setPointSizeF(font().pointSizeF() * 2);
    large.setBold(true);
    for (QLabel *label : {m_counter, m_elapsed})
        label->setFont(large);
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont reading = font();
    reading.setPointSizeF(font().pointSizeF() * 1.5);
    for (QLabel *label : {m_current, m_next, m_state}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setFont(reading);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    auto *help =
        new QLabel(tr("→ PgDn Space: next · ← PgUp Backspace: back · Home/End · number + Enter: go to "
                      "· B: blank · H: high contrast · Ctrl +/−: type size · Esc: end"),
                   this);
    help->setWordWrap(true);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_counter, 0, 0);
    layout->addWidget(m_elapsed, 0, 1);
    layout->addWidget(m_current, 1, 0);
    layout->addWidget(m_preview, 1, 1);
    layout->addWidget(m_next, 2, 0);
    layout->addWidget(m_state, 2, 1);
    layout->addWidget(help, 3, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(1, 3);
    layout->setRowStretch(2, 1);

    m_started.start();
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, [this] { m_elapsed->setText(elapsedText()); });
    m_clock->start();
    connect(presenter, &StoryPresenter::changed, this, &PresenterView::refresh);
    audience->installEventFilter(this);
    refresh();
}

QString PresenterView::currentText() const
{
    const QList<StoryStep> &steps = m_corpus.story.steps;
    if (steps.isEmpty())
        return {};
    const StoryStep &step = steps[m_presenter->step()];
    return u"%1. %2"_s.arg(m_presenter->step() + 1).arg(step.caption);
}

QString PresenterView::nextText() const
{
    const QList<StoryStep> &steps = m_corpus.story.steps;
    const int next = m_presenter->step() + 1;
    return next < steps.size() ? tr("Next: %1. %2").arg(next + 1).arg(steps[next].caption)
                               : tr("This is the last step.");
}

QString PresenterView::elapsedText() const
{
    const qint64 seconds = m_started.elapsed() / 1000;
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

void PresenterView::refresh()
{
    m_counter->setText(tr("Step %1 of %2").arg(m_presenter->step() + 1).arg(m_corpus.story.steps.size()));
    m_elapsed->setText(elapsedText());
    const QString current =
        m_corpus.story.steps.isEmpty() ? QString() : m_corpus.story.steps[m_presenter->step()].item;
    m_current->setText(u"<b>%1</b><p><i>%2</i></p>"_s.arg(currentText().toHtmlEscaped(),
                                                          quoteOf(m_corpus, current).toHtmlEscaped()));
    m_next->setText(nextText().toHtmlEscaped());
    QStringList state;
    if (m_presenter->isBlanked())
        state.append(tr("The screen is blank (B shows it again)."));
    if (m_presenter->isPaused())
        state.append(tr("Exploring off the story (R returns)."));
    if (!m_presenter->typedNumber().isEmpty())
        state.append(tr("Going to step %1…").arg(m_presenter->typedNumber()));
    if (!m_presenter->notice().isEmpty())
        state.append(m_presenter->notice());
    m_state->setText(state.join(u"<br>"_s));
    m_preview->update();
}

void PresenterView::keyPressEvent(QKeyEvent *event)
{
    if (!m_presenter->handleKey(event->key(), event->modifiers()))
        QWidget::keyPressEvent(event);
}

bool PresenterView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_audience && event->type() == QEvent::Paint)
        m_preview->update(); // the copy follows the room's page, animations included
    return QWidget::eventFilter(watched, event);
}

} // namespace argline
