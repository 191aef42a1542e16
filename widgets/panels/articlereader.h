#pragma once

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

private:
    void refreshArticles();
    void followSelection();
    void render();
    QString header(int article) const;

    CorpusDocument *m_document;
    QComboBox *m_articles;
    QLabel *m_header;
    SafeTextBrowser *m_browser;
    int m_article = -1;
};

} // namespace argline
