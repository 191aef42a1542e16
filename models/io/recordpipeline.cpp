#include "models/io/recordpipeline.h"

namespace argline {

namespace {

// Batches waiting for the consumer: enough to keep it busy through a slow stretch of parsing, few enough
// that memory stays a few batches' worth.
constexpr size_t maxReady = 2;
// Records per batch at most, so that small records are still handed over often.
constexpr size_t maxItems = 256;

} // namespace

RecordPipeline::RecordPipeline(JsonRecordSink &sink, qint64 batchBytes)
    : m_sink(sink)
    , m_batchBytes(batchBytes)
    , m_filling(std::make_unique<Batch>())
    , m_consumer([this] { consume(); })
{}

RecordPipeline::~RecordPipeline()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
        m_ready.clear(); // after finish() nothing is left; otherwise the read failed and they are not wanted
    }
    m_work.notify_all();
    m_consumer.join();
}

RecordPipeline::Item &RecordPipeline::nextItem(std::string_view key, int index, const JsonRecord &record)
{
    Batch &batch = *m_filling;
    const DocumentWindow *document = record.document();
    // The bytes between records (separators, the member name of a scalar record) are copied too, so that
    // every record's bytes sit in one contiguous stretch with the batch.
    const qint64 from = std::max(m_copiedTo, document ? document->start : record.endOffset());
    if (batch.count == 0) {
        batch.bytes.clear();
        batch.window.start = from;
    } else if (from != batch.window.start + qint64(batch.bytes.size())) {
        // Not contiguous (a restart): the record belongs in a batch of its own.
        handOver();
        return nextItem(key, index, record);
    }
    if (document && record.endOffset() > from)
        batch.bytes.append(document->data + (from - document->start), size_t(record.endOffset() - from));
    m_copiedTo = std::max(from, record.endOffset());
    if (batch.count == batch.items.size())
        batch.items.emplace_back();
    Item &item = batch.items[batch.count++];
    item.key.assign(key);
    item.index = index;
    return item;
}

void RecordPipeline::record(std::string_view key, int index, const JsonRecord &record)
{
    nextItem(key, index, record).record = record;
    if (qint64(m_filling->bytes.size()) >= m_batchBytes || m_filling->count >= maxItems)
        handOver();
}

void RecordPipeline::takeRecord(std::string_view key, int index, JsonRecord &record)
{
    std::swap(nextItem(key, index, record).record, record); // the parser clears what it gets back
    if (qint64(m_filling->bytes.size()) >= m_batchBytes || m_filling->count >= maxItems)
        handOver();
}

void RecordPipeline::handOver()
{
    if (m_filling->count == 0)
        return;
    Batch &batch = *m_filling;
    batch.window.data = batch.bytes.data();
    batch.window.end = batch.window.start + qint64(batch.bytes.size());
    for (size_t i = 0; i < batch.count; ++i)
        batch.items[i].record.setDocument(&batch.window);

    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [this] { return m_ready.size() < maxReady; });
    m_ready.push_back(std::move(m_filling));
    if (!m_spare.empty()) {
        m_filling = std::move(m_spare.back());
        m_spare.pop_back();
    } else {
        m_filling = std::make_unique<Batch>();
    }
    lock.unlock();
    m_work.notify_one();
}

void RecordPipeline::drain()
{
    handOver();
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [this] { return m_ready.empty() && !m_delivering; });
}

void RecordPipeline::finish()
{
    drain();
    const std::lock_guard lock(m_mutex);
    if (m_error)
        std::rethrow_exception(std::exchange(m_error, nullptr));
}

void RecordPipeline::rootMember(std::string_view key, qint64 keyOffset)
{
    drain(); // the sink's state for the next member must not change under the records of the last one
    m_sink.rootMember(key, keyOffset);
    m_copiedTo = std::max(m_copiedTo, keyOffset);
}

void RecordPipeline::restart()
{
    drain();
    m_sink.restart();
    m_copiedTo = 0; // the parser starts again from the first byte
}

bool RecordPipeline::progress(qint64 consumed)
{
    return !m_failed.load(std::memory_order_relaxed) && m_sink.progress(consumed);
}

void RecordPipeline::consume()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_work.wait(lock, [this] { return m_stop || !m_ready.empty(); });
        if (m_stop)
            return;
        std::unique_ptr<Batch> batch = std::move(m_ready.front());
        m_ready.pop_front();
        m_delivering = true;
        const bool failed = m_failed.load(std::memory_order_relaxed);
        lock.unlock();
        if (!failed) {
            try {
                for (size_t i = 0; i < batch->count; ++i)
                    m_sink.record(batch->items[i].key, batch->items[i].index, batch->items[i].record);
            } catch (...) { // out of memory, most likely: the reading thread reports it
                lock.lock();
                m_error = std::current_exception();
                m_failed = true;
                lock.unlock();
            }
        }
        batch->count = 0;
        lock.lock();
        m_spare.push_back(std::move(batch));
        m_delivering = false;
        m_done.notify_all();
    }
}

} // namespace argline
