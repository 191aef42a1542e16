#include "app/corpusloader.h"

#include "models/formats/corpusformats.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace argline {

namespace {

std::atomic<bool> s_hold{false};

} // namespace

void CorpusLoader::holdWorkersForTesting(bool hold)
{
    s_hold.store(hold);
}

// What the worker and the GUI thread share: the worker writes the counts, the GUI thread the flag.
struct CorpusLoader::Job
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancelled{false};
};

CorpusLoader::CorpusLoader(QObject *parent)
    : QObject(parent)
{}

CorpusLoader::~CorpusLoader()
{
    abandon(); // a read still running stops at its next record and its result goes nowhere
}

void CorpusLoader::load(const QString &path, Purpose purpose)
{
    abandon();
    auto job = std::make_shared<Job>();
    m_job = job;
    m_path = path;
    m_purpose = purpose;
    m_clock.start();
    m_watcher = new QFutureWatcher<Loaded>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &CorpusLoader::deliver);
    // The job is captured by value: the worker owns what it reads with, whatever happens to the loader.
    m_watcher->setFuture(QtConcurrent::run([job, path, fonts = m_mapFonts, filter = m_filter] {
        const auto going = [job] { return !job->cancelled.load(std::memory_order_relaxed); };
        while (s_hold.load() && going())
            QThread::msleep(2);
        Loaded loaded;
        loaded.read = CorpusFormats::read(path, [job, going](qint64 done, qint64 total) {
            job->done.store(done, std::memory_order_relaxed);
            job->total.store(total, std::memory_order_relaxed);
            return going();
        });
        if (loaded.read.ok() && going())
            loaded.prepared = CorpusDocument::prepare(loaded.read.corpus, filter);
        // The map first frames a new corpus at the text or the titles level: both are laid out then.
        if (loaded.read.ok() && !fonts.isEmpty() && going())
            loaded.cardHeights = ArgumentMapRenderer::measureCards(
                loaded.read.corpus, fonts, {MapDetail::Text, MapDetail::Titles}, going);
        return loaded;
    }));
}

void CorpusLoader::cancel()
{
    if (!m_job)
        return;
    const QString path = m_path;
    abandon();
    Q_EMIT cancelled(path, m_purpose);
}

void CorpusLoader::releaseInBackground(std::shared_ptr<const Corpus> corpus)
{
    if (!corpus)
        return;
    // Handed over through the event loop: by then whatever else held it has let go.
    QTimer::singleShot(0, QCoreApplication::instance(), [corpus = std::move(corpus)]() mutable {
        (void)QtConcurrent::run([corpus = std::move(corpus)]() mutable { corpus.reset(); });
    });
}

CorpusLoader::Progress CorpusLoader::progress() const
{
    if (!m_job)
        return {};
    return {m_job->done.load(std::memory_order_relaxed), m_job->total.load(std::memory_order_relaxed)};
}

void CorpusLoader::abandon()
{
    if (m_job)
        m_job->cancelled.store(true, std::memory_order_relaxed);
    m_job.reset();
    if (m_watcher) {
        // Its future may still be running: the watcher goes, so whatever it brings is never delivered.
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
}

void CorpusLoader::deliver()
{
    QFutureWatcher<Loaded> *watcher = m_watcher;
    const Loaded result = watcher->result();
    const QString path = m_path;
    const Purpose purpose = m_purpose;
    m_job.reset();
    m_watcher = nullptr;
    watcher->deleteLater();
    Q_EMIT finished(path, purpose, result);
}

} // namespace argline
