#pragma once

#include <QMainWindow>

namespace argline {

class CorpusDocument;
class ArgumentMapPane;
class SourcesChart;
class TimelinePane;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(CorpusDocument *document, QWidget *parent = nullptr);

    // Opens `path`; on errors shows them and keeps the current corpus. Returns whether it opened.
    bool openCorpus(const QString &path);

private:
    void buildMenus();
    void updateTitle();

    CorpusDocument *m_document;
    TimelinePane *m_timeline = nullptr;
    ArgumentMapPane *m_map = nullptr;
    SourcesChart *m_sources = nullptr;
};

} // namespace argline
