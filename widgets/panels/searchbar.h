#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace argline {

class CorpusDocument;

// Incremental search by words over titles, texts and quotes (Search). Matches are marked in both views as
// you type, and counted; Enter and Shift+Enter step through them best first, selecting each.
class SearchBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchBar)

public:
    explicit SearchBar(CorpusDocument *document, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    const QStringList &matches() const { return m_matches; }
    int currentMatch() const { return m_current; }
    void step(int direction); // +1 next, -1 previous
    void focusField();

Q_SIGNALS:
    void matchesChanged(const QSet<QString> &ids);
    void matchChosen(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void updateCount();

    CorpusDocument *m_document;
    QLineEdit *m_field;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
    QStringList m_matches;
    int m_current = -1;
};

} // namespace argline
