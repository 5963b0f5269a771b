#pragma once

#include "core/common/Result.h"
#include "core/io/Incident.h"

#include <QStringList>

#include <array>
#include <functional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;
struct sqlite3_context;

namespace proxima {

class Workspace;

/// Stores a batch of incidents the fast way: add() packs each one compactly (UTF-8 text in one arena); write() reads
/// the stored fingerprints once and drops the rows already there or repeated in the batch, sorts the rest by date
/// and time and hands them to SQLite as a virtual table, so that one INSERT ... SELECT stores them all. A large batch
/// is inserted with the incident indexes dropped, and they are rebuilt once from the date-ordered rows, which is
/// several times cheaper than keeping them up to date row by row. This class is the only writer of incidents: no
/// index keeps fingerprints unique, it does. Use inside Workspace::write(): it neither begins nor commits, and a
/// rollback brings everything back, indexes included.
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
    /// A fingerprint in binary (see io::incidentFingerprintDigest()).
    using Digest = std::array<unsigned char, io::IncidentDigestBytes>;

    /// Takes one valid incident, in file order (repeats are dropped in write(): the first of equal fingerprints is
    /// kept). The fingerprint is `digest` when given, else the incident's own, else computed here.
    void add(const io::Incident& incident, qint64 areaId, const Digest* digest = nullptr);
    /// Room for this many incidents and this much text (estimates; add() grows as needed). Without a text size,
    /// 48 bytes a row.
    void reserve(qint64 rows, qint64 textBytes = 0);
    /// Stores the incidents taken, oldest first; returns how many were new (the rest were stored already).
    /// keepGoing is told now and then how much of the work is done (0 to 1: storing the rows, then rebuilding the
    /// indexes); returning false stops with a Cancelled error.
    Result<qint64> write(const std::function<bool(double done)>& keepGoing = {});
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
    using Key = Digest;
    /// An open-addressing set of keys, sized once for all it will take. Keys are referred to by number, and each
    /// slot keeps 32 more bits of its key beside the number, so a probe reads a key only when those bits agree.
    class KeySet
    {
    public:
        explicit KeySet(size_t count);
        /// Inserts key number `id` (equal keys are read through `keyOf`); false when an equal key is present.
        template <typename KeyOf>
        bool insert(quint32 id, const Key& key, const KeyOf& keyOf);
        /// Starts fetching the slot where `key` goes.
        void prefetch(const Key& key) const;

    private:
        static quint64 hashOf(const Key& key);
        static quint32 checkOf(const Key& key);
        std::vector<quint64> m_slots;   // check << 32 | (id + 1), 0 = empty
        size_t m_mask = 0;
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
    /// Drops the incident indexes that the rows to store would fill (the area index only `withAreas`) and gives
    /// the statements that create them again.
    Status dropIndexes(bool withAreas, QStringList& created);
    Status rebuildIndexes(const QStringList& created);
    /// Asks m_keepGoing, when there is one; false (and m_cancelled) when it says stop.
    bool keepGoing(double done);
    void gather(size_t position);

    Workspace& m_ws;
    sqlite3* m_db;
    qint64 m_importId = 0;
    QString m_fileName;
    std::vector<Row> m_rows;
    std::vector<char> m_text;
    std::vector<quint32> m_order;           // rows to store, oldest first
    static constexpr size_t GatherRows = 4096;
    std::vector<Row> m_windowRows[2];       // the rows SQLite reads now, copied from m_rows (see gather())
    std::vector<char> m_windowText[2];
    int m_window = 0;
    size_t m_windowStart = 0;
    std::function<bool(double)> m_keepGoing;
    double m_storingShare = 1;              // the part of write()'s work that storing the rows takes
    bool m_cancelled = false;
};

} // namespace proxima
