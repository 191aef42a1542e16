#pragma once

#include <QWidget>

class QLabel;
class QListView;

namespace argline {

class CorpusDocument;
class StoryModel;

// The corpus story, step by step: a list view of a StoryModel (the order presentation mode follows). Choosing
// a step selects its item and asks the window to bring it into view.
class StoryList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryList)

public:
    explicit StoryList(CorpusDocument *document, QWidget *parent = nullptr);
    QListView *list() const { return m_list; }
    StoryModel *model() const { return m_model; }

Q_SIGNALS:
    void stepActivated(int step, const QString &itemId);

private:
    void rebuild();

    CorpusDocument *m_document;
    QLabel *m_title;
    StoryModel *m_model;
    QListView *m_list;
};

} // namespace argline
