#include "widgets/present/presentationview.h"

#include "models/present/storypresenter.h"
#include "render/export/storydeck.h"

#include <QFontMetricsF>
#include <QKeyEvent>
#include <QPainter>
#include <QTimer>
#include <QVariantAnimation>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

// Type for a room: about twice the screen's, in proportion to the screen's height, so a 720p and a 1080p
// projector show the same page.
constexpr double roomTypeScale = 1.9;

} // namespace

PresentationView::PresentationView(std::shared_ptr<const Corpus> corpus, StoryPresenter *presenter,
                                   QWidget *parent)
    : QWidget(parent)
    , m_corpus(std::move(corpus))
    , m_links(*m_corpus)
    , m_presenter(presenter)
    , m_move(new QVariantAnimation(this))
    , m_reveal(new QTimer(this))
{
    setAccessibleName(tr("Presentation"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::PointingHandCursor);
    m_move->setDuration(moveMs);
    m_move->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_move, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        const QPointF window = value.toPointF();
        m_composer->setTimelineWindow(window.x(), window.y());
        update();
    });
    m_reveal->setInterval(revealMs);
    connect(m_reveal, &QTimer::timeout, this, &PresentationView::revealNext);
    connect(presenter, &StoryPresenter::changed, this, &PresentationView::rebuild);
    rebuild();
}

PresentationView::~PresentationView() = default;

void PresentationView::setAnimated(bool animated)
{
    m_animated = animated;
    if (!animated) { // finish what is under way
        if (m_move->state() == QAbstractAnimation::Running) {
            const QPointF end = m_move->endValue().toPointF();
            m_move->stop();
            m_composer->setTimelineWindow(end.x(), end.y());
        }
        m_reveal->stop();
        m_toReveal.clear();
        m_ghosts.clear();
        m_composer->setGhosted({});
        update();
    }
}

void PresentationView::setTheme(Theme theme)
{
    m_theme = theme == Theme::Print ? Theme::Light : theme; // print is for paper, not a projector
    rebuild();
}

QList<int> PresentationView::revealedBy(const Corpus &corpus, const LinkIndex &links, int step)
{
    QList<bool> shown(corpus.arguments.size(), false);
    for (int s = 0; s <= step && s < corpus.story.steps.size(); ++s) {
        const QString &id = corpus.story.steps[s].item;
        const ItemRef item = corpus.find(id);
        QList<int> brought;
        if (item.kind == ItemKind::Argument)
            brought.append(item.index);
        else if (item.kind == ItemKind::Event)
            brought = links.argumentsCitingEvent(item.index);
        for (int argument : std::as_const(brought)) {
            for (int a = argument; a >= 0 && !shown[a]; a = corpus.arguments[a].parent)
                shown[a] = true;
        }
    }
    QList<int> revealed;
    for (int a = 0; a < shown.size(); ++a) {
        if (shown[a])
            revealed.append(a);
    }
    return revealed;
}

ExportOptions PresentationView::optionsForPage() const
{
    ExportOptions options;
    options.view = ExportOptions::View::Both;
    options.legend = false;  // a room reads the cards' own words
    options.credits = false; // the quote names its source
    options.theme = m_presenter->isHighContrast() ? Theme::HighContrast : m_theme;
    options.typeScale = m_presenter->typeScale() * roomTypeScale * std::max(1, height()) / 1080.0;
    const Story &story = m_corpus->story;
    const int step = m_presenter->step();
    if (m_presenter->isPaused()) {
        const ItemRef item = m_corpus->find(m_presenter->exploring());
        options.title = item.kind == ItemKind::Event      ? m_corpus->events[item.index].title
                        : item.kind == ItemKind::Argument ? m_corpus->arguments[item.index].title
                                                          : m_presenter->exploring();
        options.subtitle = tr("Exploring · press R or a step key to return to step %1 of %2")
                               .arg(step + 1)
                               .arg(story.steps.size());
    } else if (!story.steps.isEmpty()) {
        options.title = story.steps[step].caption;
        // The step count first: a long story title may be cut short, the count must not be.
        options.subtitle = tr("Step %1 of %2 · %3")
                               .arg(step + 1)
                               .arg(story.steps.size())
                               .arg(story.title.isEmpty() ? m_corpus->title : story.title);
    }
    return options;
}

void PresentationView::rebuild()
{
    const int step = m_presenter->step();
    const QString &exploring = m_presenter->exploring();
    const bool newPage = step != m_builtStep || exploring != m_builtExploring;
    const bool restyled = m_presenter->typeScale() != m_builtTypeScale ||
                          m_presenter->isHighContrast() != m_builtContrast || m_theme != m_builtTheme ||
                          size() != m_builtSize;
    if (m_composer && !newPage && !restyled) {
        update(); // blanking, a typed number: overlays only
        return;
    }
    std::optional<std::pair<double, double>> from;
    if (m_composer && newPage)
        from = timelineWindow();
    const bool oneStepOn = exploring.isEmpty() && m_builtExploring.isEmpty() && step == m_builtStep + 1;

    ExportScene scene;
    if (!exploring.isEmpty()) {
        scene = StoryDeck::itemScene(m_corpus, m_links, exploring);
    } else if (!m_corpus->story.steps.isEmpty()) {
        scene = StoryDeck::stepScene(m_corpus, m_links, step);
        scene.arguments = revealedBy(*m_corpus, m_links, step);
    } else {
        scene = StoryDeck::itemScene(m_corpus, m_links, QString());
    }
    m_composer = std::make_unique<ExportComposer>(scene, optionsForPage());
    const std::pair<double, double> to = timelineWindow();

    if (newPage) {
        m_reveal->stop();
        m_toReveal.clear();
        m_ghosts.clear();
        if (m_animated && oneStepOn) {
            // This step's new arguments start as ghosts and appear one by one, in tree order.
            const QList<int> before = revealedBy(*m_corpus, m_links, step - 1);
            for (int argument : revealedBy(*m_corpus, m_links, step)) {
                if (!before.contains(argument)) {
                    m_toReveal.append(m_corpus->arguments[argument].id);
                    m_ghosts.insert(m_corpus->arguments[argument].id);
                }
            }
            if (!m_toReveal.isEmpty())
                m_reveal->start();
        }
    }
    m_composer->setGhosted(m_ghosts);
    if (newPage && from && m_animated && *from != to)
        startMoving(*from, to);
    else if (m_move->state() == QAbstractAnimation::Running && !newPage)
        m_composer->setTimelineWindow(m_move->currentValue().toPointF().x(),
                                      m_move->currentValue().toPointF().y());

    m_builtStep = step;
    m_builtExploring = exploring;
    m_builtTypeScale = m_presenter->typeScale();
    m_builtContrast = m_presenter->isHighContrast();
    m_builtTheme = m_theme;
    m_builtSize = size();
    update();
}

std::pair<double, double> PresentationView::timelineWindow() const
{
    const TimelineViewState &state = m_composer->timelineRenderer().state();
    return {state.firstDay, state.endDay};
}

void PresentationView::startMoving(std::pair<double, double> from, std::pair<double, double> to)
{
    m_move->stop();
    m_move->setStartValue(QPointF(from.first, from.second));
    m_move->setEndValue(QPointF(to.first, to.second));
    m_composer->setTimelineWindow(from.first, from.second);
    m_move->start();
}

void PresentationView::revealNext()
{
    if (m_toReveal.isEmpty()) {
        m_reveal->stop();
        return;
    }
    m_ghosts.remove(m_toReveal.takeFirst());
    m_composer->setGhosted(m_ghosts);
    update();
}

void PresentationView::paintPage(QPainter *painter, const QRectF &target)
{
    const QSizeF page = size();
    const double factor = std::min(target.width() / page.width(), target.height() / page.height());
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(factor, factor);
    if (m_presenter->isBlanked())
        painter->fillRect(QRectF(QPointF(0, 0), page), Qt::black);
    else
        m_composer->paint(painter, QRectF(QPointF(0, 0), page));
    painter->restore();
}

void PresentationView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_presenter->isBlanked()) { // for a pause in the lesson: nothing on the wall
        painter.fillRect(rect(), Qt::black);
        return;
    }
    m_composer->paint(&painter, QRectF(rect()));
    paintOverlays(&painter);
}

void PresentationView::paintOverlays(QPainter *p) const
{
    const ViewStyle &style = m_composer->style();
    QFont big = style.boldFont;
    big.setPointSizeF(style.font.pointSizeF() * 1.4);
    const QFontMetricsF fm(big);
    p->setFont(big);
    // A number being typed, or why it could not be used: a box in the middle. (The step count is in the
    // subtitle.)
    QString message;
    if (!m_presenter->typedNumber().isEmpty())
        message = tr("Go to step %1").arg(m_presenter->typedNumber()) + u"▌"_s;
    else if (!m_presenter->notice().isEmpty())
        message = m_presenter->notice();
    if (message.isEmpty())
        return;
    const QRectF box =
        QRectF(0, 0, fm.horizontalAdvance(message) + 2 * fm.height(), fm.height() * 2.2)
            .translated(QPointF(width(), height()) / 2 -
                        QPointF(fm.horizontalAdvance(message) / 2 + fm.height(), fm.height() * 1.1));
    p->setPen(QPen(style.text, 2));
    p->setBrush(style.alternateBackground);
    p->drawRoundedRect(box, 8, 8);
    p->drawText(box, Qt::AlignCenter, message);
}

QString PresentationView::itemAt(QPointF point) const
{
    const QRectF timeline = m_composer->timelineRect();
    if (timeline.contains(point)) {
        const int event = m_composer->timelineRenderer().layout(timeline).eventAt(point);
        return event >= 0 ? m_corpus->events[event].id : QString();
    }
    const QRectF map = m_composer->mapRect();
    if (map.contains(point)) {
        const int argument = m_composer->mapRenderer().argumentAt(map, point);
        return argument >= 0 ? m_corpus->arguments[argument].id : QString();
    }
    return {};
}

void PresentationView::keyPressEvent(QKeyEvent *event)
{
    if (!m_presenter->handleKey(event->key(), event->modifiers()))
        QWidget::keyPressEvent(event);
}

void PresentationView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_presenter->isBlanked())
        return;
    const QString id = itemAt(event->position());
    if (!id.isEmpty())
        m_presenter->explore(id); // free exploration: the story waits
}

void PresentationView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rebuild();
}

} // namespace argline
