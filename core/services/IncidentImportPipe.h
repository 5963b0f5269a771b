#pragma once

#include "core/io/CsvReader.h"
#include "core/storage/repositories/IncidentBulkInsert.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

namespace proxima {

/// Hands batches of records from IncidentImportService's reading thread to the thread that validates and stores
/// them; bounded so memory stays flat. Batches go back and forth: the consumer returns each one it is done with, and
/// the reader refills it, so that the buffers are allocated once.
class IncidentImportPipe
{
public:
    static constexpr size_t MaxBatches = 8;

    /// A batch as the reading thread hands it over: the records, and the fingerprint of each record whose reference
    /// alone makes it, computed there so that the two threads share the work more evenly.
    struct Batch
    {
        io::CsvRecordBatch records;
        std::vector<IncidentBulkInsert::Digest> digests; // one per record
        std::vector<char> digested;                      // whether digests[i] is set

        bool isEmpty() const { return records.isEmpty(); }
        void clear()
        {
            records.clear();
            digests.clear();
            digested.clear();
        }
        /// Fingerprints the records by their reference (column referenceColumn, < 0 = none).
        void digest(int referenceColumn)
        {
            const qsizetype count = records.size();
            digests.resize(size_t(count));
            digested.assign(size_t(count), 0);
            if (referenceColumn < 0)
                return;
            for (qsizetype i = 0; i < count; ++i) {
                if (referenceColumn < records.fieldCount(i))
                    digested[size_t(i)] =
                        io::referenceFingerprintDigest(records.field(i, referenceColumn), digests[size_t(i)].data());
            }
        }
    };

    /// Takes the batch's records (waiting while the pipe is full), leaving an empty batch (a returned one when there
    /// is one) in its place. Does nothing once cancelled.
    void push(Batch& batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_batches.size() < MaxBatches || m_cancelled.load(); });
        if (m_cancelled.load() || batch.isEmpty())
            return;
        m_batches.push_back(std::move(batch));
        if (m_spent.empty()) {
            batch = Batch();
        } else {
            batch = std::move(m_spent.back());
            m_spent.pop_back();
        }
        m_changed.notify_all();
    }
    /// The reader has pushed its last batch.
    void finish()
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    /// Stops the reader at its next push or progress report, and drops what is waiting.
    void cancel()
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled.store(true);
        m_batches.clear();
        m_changed.notify_all();
    }
    bool isCancelled() const { return m_cancelled.load(); }
    /// The next batch (the previous one is handed back); false when the reader has finished and all was taken.
    bool pop(Batch& batch)
    {
        std::unique_lock lock(m_mutex);
        if (!batch.isEmpty()) {
            batch.clear();
            m_spent.push_back(std::move(batch));
            batch = Batch();
        }
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty())
            return false;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return true;
    }

    /// How far the reader is (bytes read, bytes in all), for progress reports from the other thread.
    void setRead(qint64 done, qint64 total)
    {
        m_done.store(done);
        m_total.store(total);
    }
    qint64 bytesRead() const { return m_done.load(); }
    qint64 bytesTotal() const { return m_total.load(); }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    std::vector<Batch> m_spent;
    bool m_finished = false;
    std::atomic<bool> m_cancelled{false};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
};

} // namespace proxima
