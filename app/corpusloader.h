#pragma once

#include "models/explore/corpusdocument.h"
#include "models/io/corpusreader.h"
#include "render/argmap/argumentmaprenderer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

template <typename T>
class QFutureWatcher;

namespace argline {

// Reads corpus files off the GUI thread, one at a time. load() starts CorpusFormats::read in the thread
// pool and, once it is done, emits finished() on the loader's thread with the whole result: a complete,
// immutable corpus (or diagnostics), never a half-read one. The worker touches nothing but the file and
// what it builds; no widget or QObject of the GUI thread.
//
// A newer load supersedes the running one: the older read is told to stop and its result, should it
// still arrive, is dropped unseen, so an older file never replaces a newer one. cancel() does the same
// without a successor. progress() can be polled at any time (the reader counts the bytes it has parsed).
//
// Once read, the worker also prepares what the views would otherwise derive from the corpus on the GUI
// thread: the document's link index, filter result and time indexes (CorpusDocument::prepare, for the
// filter setFilter() names) and the argument map's card heights (for the fonts setMapFonts() names), so that
// adopting a corpus of 20,000 arguments does not shape every card's text while the user waits. Cancelling
// stops that too: until finished() has been delivered, nothing of the load has reached the window.
class CorpusLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusLoader)

public:
    // Why the file is read: opening another file, or reading the open one again after it changed.
    enum class Purpose : quint8
    {
        Open,
        Reload
    };
    Q_ENUM(Purpose)

    struct Progress
    {
        qint64 done = 0;  // bytes parsed so far
        qint64 total = 0; // the file's size; 0 until the reader has opened it
    };

    explicit CorpusLoader(QObject *parent = nullptr);
    ~CorpusLoader() override;

    // What a load hands over: the reader's result and what was prepared from it.
    struct Loaded
    {
        ReadResult read;
        std::optional<CorpusDocument::Prepared> prepared;                    // when the read succeeded
        std::shared_ptr<const ArgumentMapRenderer::CardHeights> cardHeights; // null if not prepared
    };

    void load(const QString &path, Purpose purpose);
    // The argument map's fonts (ArgumentMapRenderer::fontKey) for the loads that start from now on.
    void setMapFonts(const QString &fontKey) { m_mapFonts = fontKey; }
    // The document's filter, to prepare the new corpus's result with, for the loads from now on.
    void setFilter(const FilterSpec &filter) { m_filter = filter; }
    // For tests: while held, a worker waits before it reads, so that what happens to a load still
    // running can be tested without racing it.
    static void holdWorkersForTesting(bool hold);
    // Stops the running load, if any; the open corpus is not touched. Emits cancelled().
    void cancel();

    // Drops `corpus` on a worker thread a moment from now: if that is the last reference (the document
    // has swapped in another corpus and the views followed), the corpus is freed there, not on the GUI
    // thread.
    static void releaseInBackground(std::shared_ptr<const Corpus> corpus);

    bool isLoading() const { return m_job != nullptr; }
    const QString &path() const { return m_path; }         // of the running load
    Purpose purpose() const { return m_purpose; }          // of the running load
    Progress progress() const;                             // of the running load
    qint64 elapsedMs() const { return m_clock.elapsed(); } // since the running load started

Q_SIGNALS:
    void finished(const QString &path, argline::CorpusLoader::Purpose purpose,
                  const argline::CorpusLoader::Loaded &loaded);
    void cancelled(const QString &path, argline::CorpusLoader::Purpose purpose);

private:
    struct Job;
    void abandon();
    void deliver();

    std::shared_ptr<Job> m_job;
    QFutureWatcher<Loaded> *m_watcher = nullptr;
    QString m_mapFonts;
    FilterSpec m_filter;
    QString m_path;
    Purpose m_purpose = Purpose::Open;
    QElapsedTimer m_clock;
};

} // namespace argline
