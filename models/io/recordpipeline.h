#pragma once

#include "models/io/jsonrecordparser.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace argline {

// Builds items on a second thread while the parser reads on. Stands between JsonRecordParser and the sink
// that turns records into items (CorpusRecordReader): the parser's thread scans the JSON and hands each
// finished record over, in batches, and a consumer thread passes them to the sink in the order they were
// read. Parsing and building each took about half of loading a 100,000-event file; side by side on two
// cores the load no longer waits for their sum.
//
// The sink sees exactly what it would see without the pipeline, in the same order: its record()
// calls come from the consumer thread, one at a time, and everything else (rootMember(), restart())
// waits until every record handed over before it has been delivered. Each record carries a copy of its
// bytes of the document, so the positions of diagnostics are found as before after the parser's window
// has moved on. The sink's isRecordArray(), wantsRootMember() and isKnownField() are called from the
// parser's thread while it builds a record, so they must not depend on what record() changes.
class RecordPipeline final : public JsonRecordSink
{
public:
    // Records are handed over in batches of about `batchBytes` of the document.
    explicit RecordPipeline(JsonRecordSink &sink, qint64 batchBytes = 64 * 1024);
    ~RecordPipeline() override;
    Q_DISABLE_COPY_MOVE(RecordPipeline)

    // Waits until every record handed over has been delivered; rethrows what the sink threw (the sink got
    // no records after that).
    void finish();

    void rootMember(std::string_view key, qint64 keyOffset) override;
    bool isRecordArray(std::string_view key) const override { return m_sink.isRecordArray(key); }
    bool wantsRootMember(std::string_view key) const override { return m_sink.wantsRootMember(key); }
    bool isKnownField(std::string_view key) const override { return m_sink.isKnownField(key); }
    void record(std::string_view key, int index, const JsonRecord &record) override;
    void takeRecord(std::string_view key, int index, JsonRecord &record) override;
    bool canRestart() const override { return m_sink.canRestart(); }
    void restart() override;
    // False once the sink has thrown, which stops the parse.
    bool progress(qint64 consumed) override;

private:
    struct Item
    {
        std::string key;
        int index = -1;
        JsonRecord record;
    };
    struct Batch
    {
        std::vector<Item> items; // the first `count` are in use; the rest keep their storage for reuse
        size_t count = 0;
        std::string bytes; // the document from `window.start` to the last record's end
        DocumentWindow window;
    };

    // A slot in the batch being filled, with the document up to `record` copied into the batch.
    Item &nextItem(std::string_view key, int index, const JsonRecord &record);
    void handOver();
    void drain();
    void consume();

    JsonRecordSink &m_sink;
    const qint64 m_batchBytes;
    std::unique_ptr<Batch> m_filling;
    qint64 m_copiedTo = 0; // the document before this offset is in a batch (or never needed)

    std::mutex m_mutex;
    std::condition_variable m_work; // a batch is ready, or the consumer must stop
    std::condition_variable m_done; // a batch was delivered
    std::deque<std::unique_ptr<Batch>> m_ready;
    std::vector<std::unique_ptr<Batch>> m_spare;
    bool m_delivering = false;
    bool m_stop = false;
    std::atomic<bool> m_failed = false; // read by progress() without the lock
    std::exception_ptr m_error;
    std::thread m_consumer; // last: started once everything above exists
};

} // namespace argline
