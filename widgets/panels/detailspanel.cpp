#include "widgets/panels/detailspanel.h"

#include "models/corpus/citation.h"
#include "models/explore/corpusdocument.h"
#include "models/explore/filterdescription.h"
#include "render/style/stancestyle.h"
#include "widgets/common/safetextbrowser.h"
#include "widgets/panels/importdetails.h"

#include <QDesktopServices>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// The paragraph of `text` that contains [start, start + length).
std::pair<qsizetype, qsizetype> paragraphAround(const QString &text, qsizetype start, qsizetype length)
{
    const qsizetype begin = text.lastIndexOf(u'\n', std::max<qsizetype>(0, start - 1)) + 1;
    qsizetype end = text.indexOf(u'\n', start + length);
    if (end < 0)
        end = text.size();
    return {begin, end};
}

} // namespace

DetailsPanel::DetailsPanel(CorpusDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_browser(new SafeTextBrowser(this))
{
    setAccessibleName(tr("Details"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    connect(m_browser, &SafeTextBrowser::paletteChanged, this, [this] {
        m_shownHtml.clear();
        refresh();
    });
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
        const QStringList ids = SafeTextBrowser::itemIds(link);
        if (!ids.isEmpty())
            m_document->selection()->select(ids.first());
        else if (ImportDetails::isExternal(link)) // an imported event's media: the user asked to see it
            QDesktopServices::openUrl(link);
    });
    connect(document->selection(), &SharedSelection::changed, this, &DetailsPanel::refresh);
    connect(document, &CorpusDocument::corpusChanged, this, &DetailsPanel::refresh);
    connect(document, &CorpusDocument::resultChanged, this, &DetailsPanel::refresh); // why it is shown
    refresh();
}

void DetailsPanel::refresh()
{
    const SharedSelection *selection = m_document->selection();
    if (selection->isEmpty()) {
        m_shownHtml.clear();
        m_browser->setHtml(u"<p style='color:gray'>%1</p>"_s.arg(escaped(
            tr("Select an event or an argument to see what it rests on: the quotes, in their paragraphs, "
               "and the articles they come from."))));
        return;
    }
    QString html = this->html(selection->current());
    if (selection->ids().size() > 1) {
        QStringList others = selection->ids();
        others.removeAll(selection->current());
        html += linksHtml(tr("Also selected"), others);
    }
    if (html == m_shownHtml && !m_browser->toPlainText().isEmpty())
        return; // a new filter result that changes nothing here: keep the reader's scroll position
    m_shownHtml = html;
    m_browser->setHtml(html);
}

QString DetailsPanel::linksHtml(const QString &heading, const QStringList &ids) const
{
    if (ids.isEmpty())
        return {};
    const Corpus &corpus = m_document->corpus();
    QString html = u"<h4>%1</h4><ul>"_s.arg(escaped(heading));
    for (const QString &id : ids) {
        QString label = id;
        if (const Event *event = corpus.event(id))
            label = event->date.date.displayText() + u" — "_s + event->title;
        else if (const Argument *argument = corpus.argument(id))
            label = StanceStyle::header(*argument) + u": "_s + argument->title;
        html += u"<li><a href='%1'>%2</a></li>"_s.arg(SafeTextBrowser::itemLink({id}), escaped(label));
    }
    return html + u"</ul>"_s;
}

QString DetailsPanel::facetsHtml(const QStringList &actorIds, const QStringList &themeIds) const
{
    const Corpus &corpus = m_document->corpus();
    QStringList actors;
    for (const QString &a : actorIds) {
        const Facet *f = corpus.actor(a);
        actors.append(u"<span style='color:%1'>●</span> %2"_s.arg(f ? f->color.name() : u"gray"_s,
                                                                  escaped(f ? f->name : a)));
    }
    QStringList themes;
    for (const QString &t : themeIds) {
        const Facet *f = corpus.theme(t);
        themes.append(escaped(f ? f->name : t));
    }
    return u"<p><small>%1 %2<br>%3 %4</small></p>"_s.arg(escaped(tr("Actors:")), actors.join(u", "_s),
                                                         escaped(tr("Themes:")), themes.join(u", "_s));
}

QString DetailsPanel::reasonsHtml(const QString &id) const
{
    const QStringList reasons =
        FilterDescription::reasons(m_document->corpus(), m_document->links(), m_document->filter(), id);
    if (reasons.isEmpty())
        return {};
    QString html = u"<h4>%1</h4><ul>"_s.arg(escaped(tr("Why it is shown")));
    for (const QString &reason : reasons)
        html += u"<li>%1</li>"_s.arg(escaped(reason));
    return html + u"</ul>"_s;
}

QString DetailsPanel::evidenceHtml(const QList<Quote> &evidence) const
{
    const Corpus &corpus = m_document->corpus();
    QString html = u"<h4>%1</h4>"_s.arg(escaped(tr("Evidence")));
    for (const Quote &quote : evidence) {
        const Article *article = corpus.article(quote.articleId);
        if (!article)
            continue;
        // The quote, marked, inside the paragraph it comes from.
        QString paragraph;
        if (quote.start >= 0) {
            const auto [begin, end] = paragraphAround(article->text, quote.start, quote.length);
            paragraph =
                escaped(article->text.mid(begin, quote.start - begin)) +
                u"<b style='background:#fff2a8;color:#111'>"_s +
                escaped(article->text.mid(quote.start, quote.length)) + u"</b>"_s +
                escaped(article->text.mid(quote.start + quote.length, end - quote.start - quote.length));
        } else {
            paragraph = u"<b>"_s + escaped(quote.text) + u"</b>"_s;
        }
        QStringList credit;
        for (const QString &part : Citation::parts(*article))
            credit.append(escaped(part));
        credit.first() = u"<i>%1</i>"_s.arg(credit.first());
        html += u"<blockquote>%1<br><small>— %2</small></blockquote>"_s.arg(paragraph, credit.join(u" · "_s));
        if (!quote.note.isEmpty())
            html += u"<p><small>%1</small></p>"_s.arg(escaped(quote.note));
    }
    return html;
}

QString DetailsPanel::html(const QString &id) const
{
    const Corpus &corpus = m_document->corpus();
    const LinkIndex &links = m_document->links();
    if (const Event *event = corpus.event(id)) {
        const DateInfo &date = event->date;
        QString html = u"<h3>%1</h3>"_s.arg(escaped(event->title));
        QString when = u"<b>%1</b>"_s.arg(escaped(date.date.displayText()));
        if (!date.asWritten.isEmpty())
            when += u" — “%1”"_s.arg(escaped(date.asWritten));
        const QString precision = date.date.isRange()                             ? tr("a range")
                                  : date.date.precision() == DatePrecision::Day   ? tr("to the day")
                                  : date.date.precision() == DatePrecision::Month ? tr("to the month")
                                                                                  : tr("to the year");
        when += u"<br><small>%1 · %2%3</small>"_s.arg(
            escaped(dateBasisDisplayName(date.basis)), escaped(precision),
            event->status == EventStatus::Planned ? u" · "_s + escaped(tr("planned")) : QString());
        if (!date.note.isEmpty())
            when += u"<br><small>%1</small>"_s.arg(escaped(date.note));
        html += u"<p>%1</p><p>%2</p>"_s.arg(when, escaped(event->summary));
        html += facetsHtml(event->actors, event->themes);
        html += reasonsHtml(id);
        html += evidenceHtml(event->evidence);
        html += ImportDetails::eventHtml(corpus, *event);
        return html + linksHtml(tr("Arguments that rest on it"), links.linkedIds(id));
    }
    if (const Argument *argument = corpus.argument(id)) {
        // Its stance on the claim first (what a reader means by for and against), then what it does to its
        // parent.
        const QString relation = relationPhrase(corpus, *argument);
        const QString stance = stanceName(stanceOf(*argument));
        QString html = u"<p><small><b>%1</b><br>%2</small></p><h3>%3</h3><p>%4</p>"_s.arg(
            escaped(StanceStyle::header(*argument)),
            escaped(relation.isEmpty() ? stance : stance + u" · "_s + relation), escaped(argument->title),
            escaped(argument->text));
        html += facetsHtml(argument->actors, argument->themes);
        html += reasonsHtml(id);
        html += evidenceHtml(argument->evidence);
        html += ImportDetails::argumentHtml(corpus, *argument);
        if (!argument->parentId.isEmpty())
            html += linksHtml(argument->role == ArgumentRole::Pro ? tr("Supports") : tr("Attacks"),
                              {argument->parentId});
        QStringList children;
        for (int child : argument->children)
            children.append(corpus.arguments[child].id);
        html += linksHtml(tr("Answered by"), children);
        return html + linksHtml(tr("Events it rests on"), links.linkedIds(id));
    }
    if (const Article *article = corpus.article(id)) {
        return u"<h3>%1</h3><p>%2</p>"_s.arg(escaped(article->label), escaped(article->title)) +
               linksHtml(tr("Items quoting it"), links.linkedIds(id));
    }
    return {};
}

} // namespace argline
