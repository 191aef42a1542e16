#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;

namespace argline {

class CorpusDocument;
class SafeTextBrowser;

// The full cleaned text of an article with every passage the corpus quotes highlighted (the current
// selection's quotes strongest). Clicking a highlight selects the items that quote it; selecting an
// item opens its source and scrolls to the quote. The header says what the text states of its title,
// outlet, authors and date — and what it does not.
//
// An article may be quoted 100,000 times. Its passages are indexed once when it is shown (through the
// link index: only the items citing it), cut into disjoint segments, and only the segments on screen are
// formatted, as they scroll into view; a selection change restyles only the segments of the items that
// entered or left it. Nothing does work per quote over the whole text.
class ArticleReader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleReader)

public:
    explicit ArticleReader(CorpusDocument *document, QWidget *parent = nullptr);

    void showArticle(int article);
    int currentArticle() const { return m_article; }
    SafeTextBrowser *browser() const { return m_browser; }
    // Where a quote of `itemId` starts in the shown text, or -1.
    int quotePosition(const QString &itemId) const;
    // How many highlighted segments the shown text has, and how many of them are formatted so far.
    int segmentCount() const { return int(m_segments.size()); }
    int formattedSegmentCount() const { return m_formatted; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Span
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QStringList items; // the events and arguments quoting exactly this passage
    };
    struct Segment
    {
        qsizetype start = 0;
        qsizetype end = 0;
        bool formatted = false;
    };

    void refreshArticles();
    void followSelection();
    void render();
    void indexSpans();
    void highlightVisible();
    void formatSegment(qsizetype segment);
    QString header(int article) const;

    CorpusDocument *m_document;
    QComboBox *m_articles;
    QLabel *m_header;
    SafeTextBrowser *m_browser;
    int m_article = -1;

    QList<Span> m_spans; // by start
    qsizetype m_longestSpan = 0;
    QList<Segment> m_segments; // disjoint, in text order: each is covered by the same spans throughout
    QHash<QString, QList<int>> m_spansOfItem;
    QSet<QString> m_selected;
    int m_formatted = 0;
    bool m_highlighting = false;
};

} // namespace argline
