#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace argline {

class CorpusDocument;

// The corpus story, step by step (the order presentation mode follows). Choosing a step selects its item
// and asks the window to bring it into view.
class StoryList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryList)

public:
    explicit StoryList(CorpusDocument *document, QWidget *parent = nullptr);
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void stepActivated(int step, const QString &itemId);

private:
    void rebuild();

    CorpusDocument *m_document;
    QLabel *m_title;
    QListWidget *m_list;
};

} // namespace argline
