#pragma once

#include <QWidget>

namespace argline {

class CorpusDocument;
class SafeTextBrowser;
struct Quote;

// Everything about the current item and where it comes from: title; the date as the corpus states it,
// with its precision and basis; actors and themes; each evidence quote highlighted in its surrounding
// paragraph, with the article's title, outlet, authors and date; and the related items, clickable.
class DetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPanel)

public:
    explicit DetailsPanel(CorpusDocument *document, QWidget *parent = nullptr);

    // The HTML shown for `id` (for tests and export of a briefing note).
    QString html(const QString &id) const;
    SafeTextBrowser *browser() const { return m_browser; }

private:
    void refresh();
    QString evidenceHtml(const QList<Quote> &evidence) const;
    QString facetsHtml(const QStringList &actorIds, const QStringList &themeIds) const;
    QString reasonsHtml(const QString &id) const;
    QString linksHtml(const QString &heading, const QStringList &ids) const;

    CorpusDocument *m_document;
    SafeTextBrowser *m_browser;
    QString m_shownHtml;
};

} // namespace argline
