#include "render/export/storydeck.h"

#include "models/corpus/citation.h"
#include "models/corpus/linkindex.h"
#include "render/export/exportcomposer.h"

#include <QFontMetricsF>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

constexpr double daysPerYear = 365.2425;

ExportScene wholeCorpus(const std::shared_ptr<const Corpus> &corpus)
{
    ExportScene scene;
    scene.corpus = corpus;
    for (int i = 0; i < corpus->events.size(); ++i)
        scene.events.append(i);
    for (int i = 0; i < corpus->arguments.size(); ++i)
        scene.arguments.append(i);
    return scene;
}

// The list of sources, one paragraph each, filling the page from the top.
void paintSourcesPage(QPainter *p, const QRectF &page, const Corpus &corpus, const ViewStyle &style)
{
    const double margin = std::round(std::min(page.width(), page.height()) * 0.06);
    QRectF area = page.adjusted(margin, margin, -margin, -margin);
    p->fillRect(page, style.background);
    QFont heading = style.font;
    heading.setPointSizeF(style.font.pointSizeF() * 2);
    heading.setBold(true);
    p->setFont(heading);
    p->setPen(style.text);
    const double headingHeight = QFontMetricsF(heading).height();
    p->drawText(QRectF(area.topLeft(), QSizeF(area.width(), headingHeight)), Qt::AlignLeft,
                StoryDeck::tr("Sources"));
    area.setTop(area.top() + headingHeight * 1.5);
    QFont body = style.font;
    body.setPointSizeF(style.font.pointSizeF() * 1.15);
    for (const Article &article : corpus.articles) {
        QString text = Citation::plainText(article);
        if (!article.published.note.isEmpty())
            text += u"\n"_s + StoryDeck::tr("How the date is known: %1").arg(article.published.note);
        const QRectF bounds =
            QFontMetricsF(body).boundingRect(QRectF(0, 0, area.width(), 1e6), Qt::TextWordWrap, text);
        p->setFont(body);
        p->setPen(style.text);
        p->drawText(QRectF(area.left(), area.top(), area.width(), bounds.height()), Qt::TextWordWrap, text);
        area.setTop(area.top() + bounds.height() + QFontMetricsF(body).height() * 0.8);
    }
}

} // namespace

ExportScene StoryDeck::stepScene(const std::shared_ptr<const Corpus> &corpus, const LinkIndex &links,
                                 int step)
{
    return itemScene(corpus, links, corpus->story.steps[step].item);
}

ExportScene StoryDeck::itemScene(const std::shared_ptr<const Corpus> &corpus, const LinkIndex &links,
                                 const QString &id)
{
    ExportScene scene = wholeCorpus(corpus);
    const ItemRef item = corpus->find(id);
    // A slide or a handout page is read from a distance: nothing on it is cut short or sliced.
    scene.timeline.wholeLabelsOnly = true;
    scene.map.wholeCardsOnly = true;
    scene.map.maxDetail = MapDetail::Titles; // large titles; the caption and the quote say the rest
    scene.timeline.selected = scene.map.selected = {id};
    scene.timeline.linked = scene.map.linked = links.linkedTo({id});

    // The dates to frame on the timeline, and the cards to frame on the map.
    QList<int> events;
    const QList<Quote> *evidence = nullptr;
    QString importedFrom;
    if (item.kind == ItemKind::Event) {
        importedFrom = corpus->events[item.index].importedFrom;
        events.append(item.index);
        scene.mapFrame = links.argumentsCitingEvent(item.index);
        evidence = &corpus->events[item.index].evidence;
    } else if (item.kind == ItemKind::Argument) {
        const Argument &argument = corpus->arguments[item.index];
        importedFrom = argument.importedFrom;
        events = links.eventsOfArgument(item.index);
        scene.mapFrame = {item.index}; // first: the card a framing too tight for all centres on
        scene.mapFrame.append(argument.children);
        if (argument.parent >= 0)
            scene.mapFrame.append(argument.parent);
        evidence = &argument.evidence;
    }
    if (!events.isEmpty()) {
        qint64 first = corpus->events[events.first()].date.date.firstDay();
        qint64 last = corpus->events[events.first()].date.date.lastDay();
        for (int event : std::as_const(events)) {
            first = std::min(first, corpus->events[event].date.date.firstDay());
            last = std::max(last, corpus->events[event].date.date.lastDay());
        }
        // Some context either side: a year and a half, or a third of a long span.
        const double pad = std::max(1.5 * daysPerYear, (last - first) / 3.0);
        scene.timeline.firstDay = double(first) - pad;
        scene.timeline.endDay = double(last + 1) + pad;
        scene.fitTimeline = false;
        // Only the lanes of the actors involved: a page about one event reads better with its own lanes
        // large and labelled than with every lane squeezed to a line.
        for (int event : std::as_const(events)) {
            for (const QString &actor : corpus->events[event].actors)
                scene.timeline.onlyLanes.insert(actor);
        }
    }
    // A room and a handout need words on the cards: titles at least 2.5% of the page's height (18 px on
    // a 720p projector, read from the back of a room), around the first card when not all fit.
    scene.minimumTitleShare = 0.025;
    if (evidence && !evidence->isEmpty()) {
        const Quote &quote = evidence->first();
        scene.quote = Citation::quoted(quote.text);
        if (const Article *article = corpus->article(quote.articleId))
            scene.quoteCitation = u"— "_s + Citation::plainText(*article);
    } else if (!importedFrom.isEmpty()) {
        scene.quote = Citation::withoutQuote(importedFrom); // where the quote would be: never one that is not
    }
    return scene;
}

std::unique_ptr<ExportComposer> StoryDeck::stepPage(const std::shared_ptr<const Corpus> &corpus,
                                                    const LinkIndex &links, const ExportOptions &options,
                                                    int step)
{
    const Story &story = corpus->story;
    const QString deckTitle = story.title.isEmpty() ? corpus->title : story.title;
    ExportOptions pageOptions = options;
    pageOptions.view = ExportOptions::View::Both;
    pageOptions.title = tr("%1. %2").arg(step + 1).arg(story.steps[step].caption);
    pageOptions.subtitle = tr("%1 · step %2 of %3").arg(deckTitle).arg(step + 1).arg(story.steps.size());
    pageOptions.legend = false; // it is on the title page
    return std::make_unique<ExportComposer>(stepScene(corpus, links, step), pageOptions);
}

QByteArray StoryDeck::pdf(const std::shared_ptr<const Corpus> &corpus, const ExportOptions &options,
                          const ExportWriter::Progress &progress, bool *cancelled)
{
    const LinkIndex links(*corpus);
    const Story &story = corpus->story;
    const QString deckTitle = story.title.isEmpty() ? corpus->title : story.title;
    const int steps = int(story.steps.size());
    return ExportWriter::pdf(
        options, deckTitle, pageCount(*corpus),
        [&](int index, QPainter *painter, const QRectF &page) {
            ExportOptions pageOptions = options;
            pageOptions.view = ExportOptions::View::Both;
            if (index == 0) { // the title page: both views whole, with the legend
                pageOptions.title = deckTitle;
                pageOptions.subtitle = tr("%1 · %n step(s)", nullptr, steps).arg(corpus->title);
                pageOptions.legend = true;
                ExportComposer(wholeCorpus(corpus), pageOptions).paint(painter, page);
            } else if (index <= steps) {
                stepPage(corpus, links, options, index - 1)->paint(painter, page);
            } else {
                ExportComposer style(wholeCorpus(corpus), pageOptions); // for the theme's colours and fonts
                paintSourcesPage(painter, page, *corpus, style.style());
            }
        },
        progress, cancelled);
}

ExportWriter::Result StoryDeck::write(const std::shared_ptr<const Corpus> &corpus,
                                      const ExportOptions &options, const QString &path,
                                      const ExportWriter::Progress &progress)
{
    if (corpus->story.steps.isEmpty())
        return ExportWriter::Result::failed(tr("This corpus has no story to export."));
    bool cancelled = false;
    const QByteArray bytes = pdf(corpus, options, progress, &cancelled);
    if (cancelled)
        return ExportWriter::Result::cancelledByUser();
    ExportWriter::Result result = ExportWriter::save(path, bytes);
    result.pages = pageCount(*corpus);
    return result;
}

} // namespace argline
