#include "widgets/panels/articlereader.h"

#include "models/corpus/citation.h"
#include "models/explore/corpusdocument.h"
#include "widgets/common/safetextbrowser.h"

#include <QComboBox>
#include <QLabel>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

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
    connect(document->selection(), &SharedSelection::changed, this, &ArticleReader::followSelection);
    refreshArticles();
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
    if (m_article < 0 || m_article >= m_document->corpus().articles.size()) {
        m_header->clear();
        m_browser->clear();
        return;
    }
    const Corpus &corpus = m_document->corpus();
    const Article &article = corpus.articles[m_article];
    m_header->setText(header(m_article));
    m_browser->setPlainText(article.text); // positions in the document are offsets in the text

    // Which items quote each span, and which of them are selected.
    struct Span
    {
        qsizetype start;
        qsizetype length;
        QStringList items;
    };
    QList<Span> spans;
    const auto collect = [&](const QString &id, const QList<Quote> &evidence) {
        for (const Quote &quote : evidence) {
            if (quote.articleId != article.id || quote.start < 0)
                continue;
            auto same = std::find_if(spans.begin(), spans.end(), [&](const Span &s) {
                return s.start == quote.start && s.length == quote.length;
            });
            if (same == spans.end())
                spans.append({quote.start, quote.length, {id}});
            else
                same->items.append(id);
        }
    };
    for (const Event &event : corpus.events)
        collect(event.id, event.evidence);
    for (const Argument &argument : corpus.arguments)
        collect(argument.id, argument.evidence);

    const QStringList &selected = m_document->selection()->ids();
    QTextCursor cursor(m_browser->document());
    for (const Span &span : std::as_const(spans)) {
        const bool strong = std::any_of(span.items.begin(), span.items.end(),
                                        [&](const QString &id) { return selected.contains(id); });
        QTextCharFormat format;
        format.setBackground(strong ? QColor(0xff, 0xc8, 0x3d) : QColor(0xff, 0xf2, 0xa8));
        format.setForeground(QColor(0x11, 0x11, 0x11));
        format.setAnchor(true);
        format.setAnchorHref(SafeTextBrowser::itemLink(span.items));
        QStringList names;
        for (const QString &id : span.items) {
            if (const Event *e = corpus.event(id))
                names.append(e->title);
            else if (const Argument *a = corpus.argument(id))
                names.append(a->title);
        }
        // Plain text: a corpus title must never be read as markup (an <img> could load a local file).
        format.setToolTip(Qt::convertFromPlainText(tr("Quoted by: %1").arg(names.join(u"; "_s))));
        cursor.setPosition(int(span.start));
        cursor.setPosition(int(span.start + span.length), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    }
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
    render();
    const int position = quotePosition(current);
    if (position < 0)
        return;
    // Scroll so that the quote sits a third of the way down.
    QTextCursor cursor(m_browser->document());
    cursor.setPosition(position);
    m_browser->setTextCursor(cursor);
    const QRect at = m_browser->cursorRect(cursor);
    QScrollBar *bar = m_browser->verticalScrollBar();
    bar->setValue(bar->value() + at.top() - m_browser->viewport()->height() / 3);
}

} // namespace argline
