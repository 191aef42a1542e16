#include "widgets/panels/articlereader.h"

#include "models/corpus/citation.h"
#include "models/explore/corpusdocument.h"
#include "widgets/common/safetextbrowser.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QVarLengthArray>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace argline {

ArticleReader::ArticleReader(CorpusDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_articles(new QComboBox(this))
    , m_header(new QLabel(this))
    , m_browser(new SafeTextBrowser(this))
{
    setAccessibleName(tr("Article reader"));
    m_articles->setAccessibleName(tr("Article"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_articles);
    layout->addWidget(m_header);
    layout->addWidget(m_browser, 1);
    connect(m_articles, &QComboBox::activated, this, &ArticleReader::showArticle);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
        const QStringList ids = SafeTextBrowser::itemIds(link);
        if (!ids.isEmpty())
            m_document->selection()->setSelection(ids, ids.first());
    });
    connect(document, &CorpusDocument::corpusChanged, this, &ArticleReader::refreshArticles);
    // Highlights are formatted as they come into view: on scrolling, and when the view grows.
    connect(m_browser->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &ArticleReader::highlightVisible);
    m_browser->viewport()->installEventFilter(this);
    connect(document->selection(), &SharedSelection::changed, this, &ArticleReader::followSelection);
    refreshArticles();
}

bool ArticleReader::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        highlightVisible();
    return QWidget::eventFilter(watched, event);
}

void ArticleReader::refreshArticles()
{
    const QSignalBlocker blocker(m_articles);
    m_articles->clear();
    for (const Article &article : m_document->corpus().articles)
        m_articles->addItem(article.label);
    m_article = -1;
    showArticle(m_document->corpus().articles.isEmpty() ? -1 : 0);
}

QString ArticleReader::header(int index) const
{
    const Article &a = m_document->corpus().articles[index];
    const auto stated = [](const QString &value, const QString &missing) {
        return value.isEmpty() ? u"<i>%1</i>"_s.arg(missing.toHtmlEscaped()) : value.toHtmlEscaped();
    };
    QString date = a.published.date.displayText().toHtmlEscaped();
    if (a.published.basis != DateBasis::Stated)
        date += u" <small>(%1: %2)</small>"_s.arg(dateBasisDisplayName(a.published.basis).toHtmlEscaped(),
                                                  a.published.note.toHtmlEscaped());
    QString html = u"<b>%1</b><br>%2 · %3 · %4"_s.arg(
        stated(a.title, tr("no title in the text")), stated(Citation::outlet(a), tr("outlet not stated")),
        stated(a.authors.join(u", "_s), tr("author not stated")), date);
    if (!a.cleaning.isEmpty())
        html += u"<br><small>%1 %2</small>"_s.arg(tr("Cleaned:").toHtmlEscaped(), a.cleaning.toHtmlEscaped());
    return html;
}

void ArticleReader::showArticle(int article)
{
    if (article == m_article)
        return;
    m_article = article;
    {
        const QSignalBlocker blocker(m_articles);
        m_articles->setCurrentIndex(article);
    }
    render();
}

void ArticleReader::render()
{
    m_spans.clear();
    m_segments.clear();
    m_spansOfItem.clear();
    m_formatted = 0;
    if (m_article < 0 || m_article >= m_document->corpus().articles.size()) {
        m_header->clear();
        m_browser->clear();
        return;
    }
    m_header->setText(header(m_article));
    m_browser->setPlainText(m_document->corpus().articles[m_article].text); // positions are text offsets
    m_selected =
        QSet<QString>(m_document->selection()->ids().cbegin(), m_document->selection()->ids().cend());
    indexSpans();
    highlightVisible();
}

void ArticleReader::indexSpans()
{
    // Which items quote each passage: only the items that cite this article, grouped by passage.
    const Corpus &corpus = m_document->corpus();
    const Article &article = corpus.articles[m_article];
    QHash<std::pair<qsizetype, qsizetype>, int> spanAt;
    const auto collect = [&](const QString &id, const QList<Quote> &evidence) {
        for (const Quote &quote : evidence) {
            if (quote.articleId != article.id || quote.start < 0 || quote.length <= 0)
                continue;
            const std::pair<qsizetype, qsizetype> key{quote.start, quote.length};
            int span = spanAt.value(key, -1);
            if (span < 0) {
                span = int(m_spans.size());
                spanAt.insert(key, span);
                m_spans.append({quote.start, quote.start + quote.length, {}});
            }
            QStringList &items = m_spans[span].items;
            if (items.isEmpty() || items.last() != id)
                items.append(id);
        }
    };
    const LinkIndex &links = m_document->links();
    for (int event : links.eventsCitingArticle(m_article))
        collect(corpus.events[event].id, corpus.events[event].evidence);
    for (int argument : links.argumentsCitingArticle(m_article))
        collect(corpus.arguments[argument].id, corpus.arguments[argument].evidence);
    std::sort(m_spans.begin(), m_spans.end(), [](const Span &a, const Span &b) {
        return std::tie(a.start, a.end) < std::tie(b.start, b.end);
    });

    // Cut the text at every span boundary: each piece between two boundaries that some span covers is a
    // segment, covered by the same spans throughout, so it can be formatted on its own, in any order.
    QList<std::pair<qsizetype, int>> boundaries; // position, +1 where a span starts, -1 where one ends
    boundaries.reserve(m_spans.size() * 2);
    m_longestSpan = 0;
    for (int i = 0; i < m_spans.size(); ++i) {
        const Span &span = m_spans[i];
        boundaries.append({span.start, 1});
        boundaries.append({span.end, -1});
        m_longestSpan = std::max(m_longestSpan, span.end - span.start);
        for (const QString &id : span.items)
            m_spansOfItem[id].append(i);
    }
    std::sort(boundaries.begin(), boundaries.end());
    int covering = 0;
    for (qsizetype i = 0; i < boundaries.size(); ++i) {
        covering += boundaries[i].second;
        const qsizetype next = i + 1 < boundaries.size() ? boundaries[i + 1].first : boundaries[i].first;
        if (covering > 0 && next > boundaries[i].first)
            m_segments.append({boundaries[i].first, next, false});
    }
}

void ArticleReader::highlightVisible()
{
    if (m_segments.isEmpty() || m_highlighting)
        return;
    const QRect view = m_browser->viewport()->rect();
    const qsizetype first = m_browser->cursorForPosition(view.topLeft()).position();
    const qsizetype last = m_browser->cursorForPosition(view.bottomRight()).position();
    // A screen's worth either side, so that scrolling a little finds its highlights ready.
    const qsizetype from = std::max<qsizetype>(0, first - (last - first) - 1);
    const qsizetype to = last + (last - first) + 1;
    const QScopedValueRollback guard(m_highlighting, true); // formatting relayouts and may scroll
    auto it =
        std::lower_bound(m_segments.begin(), m_segments.end(), from,
                         [](const Segment &segment, qsizetype position) { return segment.end <= position; });
    for (; it != m_segments.end() && it->start < to; ++it) {
        if (!it->formatted)
            formatSegment(it - m_segments.begin());
    }
}

void ArticleReader::formatSegment(qsizetype index)
{
    Segment &segment = m_segments[index];
    if (!segment.formatted)
        ++m_formatted;
    segment.formatted = true;
    // The spans covering it start at most the longest span's length before it.
    QVarLengthArray<const Span *, 8> covering;
    auto it = std::upper_bound(m_spans.cbegin(), m_spans.cend(), segment.start,
                               [](qsizetype position, const Span &span) { return position < span.start; });
    while (it != m_spans.cbegin()) {
        --it;
        if (it->start < segment.start - m_longestSpan)
            break;
        if (it->end >= segment.end)
            covering.append(&*it);
    }
    QStringList items; // those of the span that starts first, first; each once
    QSet<QString> listed;
    for (auto span = covering.crbegin(); span != covering.crend(); ++span) {
        for (const QString &id : (*span)->items) {
            if (covering.size() == 1 || !listed.contains(id)) {
                items.append(id);
                if (covering.size() > 1)
                    listed.insert(id);
            }
        }
    }
    const Corpus &corpus = m_document->corpus();
    const bool strong =
        std::any_of(items.cbegin(), items.cend(), [&](const QString &id) { return m_selected.contains(id); });
    QTextCharFormat format;
    format.setBackground(strong ? QColor(0xff, 0xc8, 0x3d) : QColor(0xff, 0xf2, 0xa8));
    format.setForeground(QColor(0x11, 0x11, 0x11));
    format.setAnchor(true);
    format.setAnchorHref(SafeTextBrowser::itemLink(items));
    constexpr qsizetype namesShown = 12;
    QStringList names;
    for (const QString &id : std::as_const(items)) {
        if (names.size() == namesShown) {
            names.append(tr("and %n more", nullptr, int(items.size() - namesShown)));
            break;
        }
        if (const Event *e = corpus.event(id))
            names.append(e->title);
        else if (const Argument *a = corpus.argument(id))
            names.append(a->title);
    }
    // Plain text: a corpus title must never be read as markup (an <img> could load a local file).
    format.setToolTip(Qt::convertFromPlainText(tr("Quoted by: %1").arg(names.join(u"; "_s))));
    QTextCursor cursor(m_browser->document());
    cursor.setPosition(int(segment.start));
    cursor.setPosition(int(segment.end), QTextCursor::KeepAnchor);
    cursor.mergeCharFormat(format);
}

int ArticleReader::quotePosition(const QString &itemId) const
{
    const Corpus &corpus = m_document->corpus();
    if (m_article < 0)
        return -1;
    const QList<Quote> *evidence = nullptr;
    if (const Event *e = corpus.event(itemId))
        evidence = &e->evidence;
    else if (const Argument *a = corpus.argument(itemId))
        evidence = &a->evidence;
    if (!evidence)
        return -1;
    for (const Quote &quote : *evidence) {
        if (quote.articleId == corpus.articles[m_article].id && quote.start >= 0)
            return int(quote.start);
    }
    return -1;
}

void ArticleReader::followSelection()
{
    const QString current = m_document->selection()->current();
    const Corpus &corpus = m_document->corpus();
    const QList<Quote> *evidence = nullptr;
    if (const Event *e = corpus.event(current))
        evidence = &e->evidence;
    else if (const Argument *a = corpus.argument(current))
        evidence = &a->evidence;
    if (evidence && !evidence->isEmpty()) {
        // Stay on the shown article when it has a quote of the item; else open the item's first source.
        if (quotePosition(current) < 0)
            showArticle(corpus.indexOf(ItemKind::Article, evidence->first().articleId));
    }

    // Restyle only the segments of the items that entered or left the selection.
    const QStringList &ids = m_document->selection()->ids();
    const QSet<QString> selected(ids.cbegin(), ids.cend());
    QSet<QString> changed = selected;
    changed.unite(m_selected);
    changed.subtract(QSet<QString>(selected).intersect(m_selected));
    m_selected = selected;
    {
        const QScopedValueRollback guard(m_highlighting, true);
        for (const QString &id : std::as_const(changed)) {
            for (int span : m_spansOfItem.value(id)) {
                auto it = std::lower_bound(
                    m_segments.begin(), m_segments.end(), m_spans[span].start,
                    [](const Segment &segment, qsizetype position) { return segment.start < position; });
                for (; it != m_segments.end() && it->start < m_spans[span].end; ++it) {
                    if (it->formatted)
                        formatSegment(it - m_segments.begin());
                }
            }
        }
    }

    const int position = quotePosition(current);
    if (position >= 0) {
        // Scroll so that the quote sits a third of the way down.
        QTextCursor cursor(m_browser->document());
        cursor.setPosition(position);
        m_browser->setTextCursor(cursor);
        const QRect at = m_browser->cursorRect(cursor);
        QScrollBar *bar = m_browser->verticalScrollBar();
        bar->setValue(bar->value() + at.top() - m_browser->viewport()->height() / 3);
    }
    highlightVisible();
}

} // namespace argline
