#pragma once

#include "common/Result.h"
#include "io/Incident.h"

#include <QStringList>

#include <array>
#include <functional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;
struct sqlite3_context;

namespace proxima {

class Workspace;

/// Stores a batch of incidents the fast way: add() packs each one compactly (UTF-8 text in one arena) and drops
/// repeats of a fingerprint seen earlier in the batch; write() reads the stored fingerprints once to skip what is
/// there, sorts the rest by date and time and hands them to SQLite as a virtual table, so that one INSERT ... SELECT
/// stores them all. A large batch is inserted with the incident indexes dropped, and they are rebuilt once from the
/// date-ordered rows, which is several times cheaper than keeping them up to date row by row. This class is the only
/// writer of incidents: no index keeps fingerprints unique, it does. Use inside Workspace::write(): it neither
/// begins nor commits, and a rollback brings everything back, indexes included.
class IncidentBulkInsert
{
public:
    /// From this many new rows on, the indexes are dropped and rebuilt (when the rows also outnumber half the stored).
    static constexpr qint64 BulkIndexRows = 50000;

    explicit IncidentBulkInsert(Workspace& ws);
    ~IncidentBulkInsert();
    IncidentBulkInsert(const IncidentBulkInsert&) = delete;
    IncidentBulkInsert& operator=(const IncidentBulkInsert&) = delete;

    /// Records the import (file name, time, actor); call once first.
    Status start(const QString& fileName);
    /// Takes one valid incident, in file order; false when an earlier incident of the batch had its fingerprint.
    /// The fingerprint is computed here when the incident has none.
    bool add(const io::Incident& incident, qint64 areaId);
    /// Room for this many incidents (an estimate; add() grows as needed).
    void reserve(qint64 rows);
    /// Stores the incidents taken, oldest first; returns how many were new (the rest were stored already).
    /// keepGoing is asked now and then; returning false stops with a Cancelled error.
    Result<qint64> write(const std::function<bool()>& keepGoing = {});
    /// Writes the counts into the import record and logs the import.
    Status finish(int rowsRead, int imported, int alreadyPresent, int rejected);

    qint64 importId() const { return m_importId; }

    // For the virtual table write() reads the batch through (see IncidentBulkInsert.cpp).
    struct BatchTable;
    struct BatchCursor;
    size_t batchSize() const { return m_order.size(); }
    bool keepGoingAt(size_t position);
    void column(BatchCursor& cursor, sqlite3_context* context, int column) const;
    /// Incidents taken by add() and not yet written.
    qint64 pending() const { return qint64(m_rows.size()); }

private:
    using Key = std::array<unsigned char, 20>;   // the SHA-1 fingerprint in binary
    /// An open-addressing set of keys (SHA-1 output is evenly spread, so its first bytes are the hash). Keys are
    /// either stored in it or referred to by row number, so a million rows cost a few megabytes and no allocation.
    class KeySet
    {
    public:
        void reserve(size_t count);
        /// Inserts the key of row `row` (keys are read through `keyOf`); false when an equal key is present.
        template <typename KeyOf>
        bool insert(quint32 row, const KeyOf& keyOf);
        /// Whether an equal key is present.
        template <typename KeyOf>
        bool contains(const Key& key, const KeyOf& keyOf) const;
        void clear();

    private:
        std::vector<quint32> m_slots;   // row + 1, 0 = empty
        size_t m_count = 0;
    };
    struct Row
    {
        Key key;
        qint32 day = 0;          // yyyymmdd
        qint16 minute = -1;      // minutes after midnight, -1 when unknown
        quint8 present = 0;      // which of lat, lon, x, y are set (bits 0..3)
        qint32 line = 0;
        qint64 text = 0;         // offset of reference, category, address, description in m_text
        quint32 length[4] = {};
        double coordinate[4] = {};
        qint64 areaId = 0;
    };

    Error sqliteError(const char* context) const;
    Status loadStoredKeys(std::vector<Key>& keys) const;
    Status dropIndexes(QStringList& created);
    Status rebuildIndexes(const QStringList& created);

    Workspace& m_ws;
    sqlite3* m_db;
    qint64 m_importId = 0;
    QString m_fileName;
    std::vector<Row> m_rows;
    std::vector<char> m_text;
    KeySet m_seen;                          // keys of m_rows
    std::vector<quint32> m_order;           // rows to store, oldest first
    std::function<bool()> m_keepGoing;
    bool m_cancelled = false;
};

} // namespace proxima
