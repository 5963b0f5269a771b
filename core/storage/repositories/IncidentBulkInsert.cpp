#include "core/storage/repositories/IncidentBulkInsert.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace proxima {
namespace {

// Keeps the index pages in memory while a modest batch goes into a large table (dates and categories at random).
constexpr int ImportCacheKiB = 64 * 1024;
// How often write() asks whether to go on.
constexpr size_t CancelCheckRows = 16384;

void digits(char* out, int value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// 40 hex digits into 20 bytes; false for anything else.
template <typename Key>
bool decodeKey(const char* hex, size_t size, Key& key)
{
    if (size != key.size() * 2)
        return false;
    for (size_t i = 0; i < key.size(); ++i) {
        const int high = hexValue(hex[2 * i]);
        const int low = hexValue(hex[2 * i + 1]);
        if (high < 0 || low < 0)
            return false;
        key[i] = static_cast<unsigned char>(high * 16 + low);
    }
    return true;
}

// UTF-16 to UTF-8 straight into the arena (no temporary QByteArray per field); a lone surrogate becomes U+FFFD,
// as QString::toUtf8() writes it. Room for the longest encoding is made once, then trimmed to what was written.
void appendUtf8(std::vector<char>& arena, const QString& text, quint32& length)
{
    const size_t start = arena.size();
    arena.resize(start + size_t(text.size()) * 3);
    char* out = arena.data() + start;
    const char16_t* p = reinterpret_cast<const char16_t*>(text.utf16());
    const char16_t* end = p + text.size();
    while (p < end) {
        char32_t u = *p++;
        if (u < 0x80) {
            *out++ = char(u);
            continue;
        }
        if (u >= 0xd800 && u <= 0xdfff) {
            if (u <= 0xdbff && p < end && *p >= 0xdc00 && *p <= 0xdfff)
                u = 0x10000 + ((u - 0xd800) << 10) + (char32_t(*p++) - 0xdc00);
            else
                u = 0xfffd;
        }
        if (u < 0x800) {
            *out++ = char(0xc0 | (u >> 6));
        } else if (u < 0x10000) {
            *out++ = char(0xe0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
        } else {
            *out++ = char(0xf0 | (u >> 18));
            *out++ = char(0x80 | ((u >> 12) & 0x3f));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
        }
        *out++ = char(0x80 | (u & 0x3f));
    }
    const size_t written = size_t(out - (arena.data() + start));
    arena.resize(start + written);
    length = quint32(written);
}

} // namespace

namespace {

// Stable LSD radix sort of items by their `when` field, 11 bits a pass; passes where every item has the same digit
// (the century, usually) are skipped.
template <typename Item>
void radixSortByWhen(std::vector<Item>& items)
{
    constexpr int DigitBits = 11;
    constexpr size_t Buckets = size_t(1) << DigitBits;
    if (items.size() < 2)
        return;
    quint64 highest = 0;
    for (const Item& item : items)
        highest = std::max(highest, item.when);
    std::vector<Item> scratch(items.size());
    std::vector<size_t> count(Buckets);
    for (int shift = 0; shift < 64 && (highest >> shift) != 0; shift += DigitBits) {
        std::fill(count.begin(), count.end(), 0);
        for (const Item& item : items)
            ++count[(item.when >> shift) & (Buckets - 1)];
        if (count[(items.front().when >> shift) & (Buckets - 1)] == items.size())
            continue;
        size_t at = 0;
        for (size_t& bucket : count)
            at += std::exchange(bucket, at);
        for (const Item& item : items)
            scratch[count[(item.when >> shift) & (Buckets - 1)]++] = item;
        items.swap(scratch);
    }
}

} // namespace

IncidentBulkInsert::KeySet::KeySet(size_t count)
{
    size_t size = 1024;
    while (size < count * 2)
        size *= 2;
    m_slots.assign(size, 0);
    m_mask = size - 1;
}

quint64 IncidentBulkInsert::KeySet::hashOf(const Key& key)
{
    // SHA-1 output is evenly spread: its first eight bytes are the hash, the next four the slot's check.
    quint64 hash = 0;
    std::memcpy(&hash, key.data(), sizeof hash);
    return hash;
}

quint32 IncidentBulkInsert::KeySet::checkOf(const Key& key)
{
    quint32 check = 0;
    std::memcpy(&check, key.data() + sizeof(quint64), sizeof check);
    return check;
}

void IncidentBulkInsert::KeySet::prefetch(const Key& key) const
{
    __builtin_prefetch(&m_slots[hashOf(key) & m_mask]);
}

template <typename KeyOf>
bool IncidentBulkInsert::KeySet::insert(quint32 id, const Key& key, const KeyOf& keyOf)
{
    const quint64 slot = (quint64(checkOf(key)) << 32) | (quint64(id) + 1);
    for (size_t at = hashOf(key) & m_mask;; at = (at + 1) & m_mask) {
        const quint64 there = m_slots[at];
        if (there == 0) {
            m_slots[at] = slot;
            return true;
        }
        if ((there >> 32) == (slot >> 32) && keyOf(quint32(there & 0xffffffffu) - 1) == key)
            return false;
    }
}

IncidentBulkInsert::IncidentBulkInsert(Workspace& ws) : m_ws(ws), m_db(ws.handle()) {}

IncidentBulkInsert::~IncidentBulkInsert() = default;

Error IncidentBulkInsert::sqliteError(const char* context) const
{
    Error error;
    error.message = QCoreApplication::translate("Workspace", "%1 failed: %2")
                        .arg(QString::fromLatin1(context), QString::fromUtf8(sqlite3_errmsg(m_db)));
    const int code = sqlite3_errcode(m_db) & 0xff;
    error.code = (code == SQLITE_BUSY || code == SQLITE_LOCKED) ? ErrorCode::Busy : ErrorCode::Internal;
    return error;
}

Status IncidentBulkInsert::start(const QString& fileName)
{
    if (!m_db)
        return Error{QCoreApplication::translate("Workspace", "the workspace has no open database"), {}, 0, {}};
    m_fileName = fileName;
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO incident_imports (file_name, imported_at, actor) "
                                            "VALUES (?, ?, ?)"),
                             {fileName, m_ws.clock().now().toString(Qt::ISODateWithMs), m_ws.actor()});
        !s)
        return s;
    m_importId = q.lastInsertId().toLongLong();
    return {};
}

void IncidentBulkInsert::reserve(qint64 rows, qint64 textBytes)
{
    if (rows <= 0)
        return;
    m_rows.reserve(size_t(rows));
    m_text.reserve(size_t(textBytes > 0 ? textBytes : rows * 48));
}

void IncidentBulkInsert::add(const io::Incident& incident, qint64 areaId, const Digest* digest)
{
    Row row;
    if (digest) {
        row.key = *digest;
    } else if (incident.fingerprint.isEmpty()) {
        io::incidentFingerprintDigest(incident, row.key.data());
    } else if (!decodeKey(incident.fingerprint.constData(), size_t(incident.fingerprint.size()), row.key)) {
        // Not a SHA-1 in hex (never produced by incidentFingerprint): fall back to hashing what was given.
        const QByteArray hashed = QCryptographicHash::hash(incident.fingerprint, QCryptographicHash::Sha1);
        std::memcpy(row.key.data(), hashed.constData(), row.key.size());
    }
    int year = 0, month = 0, day = 0;
    incident.date.getDate(&year, &month, &day);
    row.day = year * 10000 + month * 100 + day;
    if (incident.time)
        row.minute = qint16(incident.time->hour() * 60 + incident.time->minute());
    row.line = incident.sourceLine;
    const std::optional<double> coordinates[4] = {incident.latitude, incident.longitude, incident.x, incident.y};
    for (int i = 0; i < 4; ++i) {
        if (coordinates[i]) {
            row.present |= quint8(1u << i);
            row.coordinate[i] = *coordinates[i];
        }
    }
    row.areaId = areaId;
    row.text = qint64(m_text.size());
    appendUtf8(m_text, incident.reference, row.length[0]);
    appendUtf8(m_text, incident.category, row.length[1]);
    appendUtf8(m_text, incident.address, row.length[2]);
    appendUtf8(m_text, incident.description, row.length[3]);
    m_rows.push_back(row);
}

Status IncidentBulkInsert::loadStoredKeys(std::vector<Key>& keys) const
{
    sqlite3_stmt* select = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT fingerprint FROM incidents", -1, &select, nullptr) != SQLITE_OK)
        return sqliteError("SELECT fingerprint");
    int rc;
    Key key;
    while ((rc = sqlite3_step(select)) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(select, 0));
        if (text && decodeKey(text, size_t(sqlite3_column_bytes(select, 0)), key))
            keys.push_back(key);
    }
    sqlite3_finalize(select);
    return rc == SQLITE_DONE ? Status{} : Status{sqliteError("SELECT fingerprint")};
}

Status IncidentBulkInsert::dropIndexes(bool withAreas, QStringList& created)
{
    // The area index only covers incidents that have an area (schema 7): when no new row has one, it gets nothing
    // new, and rebuilding it would cost a scan of the whole table for nothing.
    const QString areaIndex = QStringLiteral("incidents_area");
    QSqlQuery indexes(m_ws.database());
    if (Status s = sql::exec(indexes, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                                     "AND tbl_name = 'incidents' AND sql IS NOT NULL"));
        !s)
        return s;
    QStringList names;
    while (indexes.next()) {
        if (!withAreas && indexes.value(0).toString() == areaIndex)
            continue;
        names << indexes.value(0).toString();
        created << indexes.value(1).toString();
    }
    indexes.finish(); // a statement still reading would make DROP INDEX fail with "table is locked"
    for (const QString& name : std::as_const(names)) {
        QSqlQuery drop(m_ws.database());
        if (Status s = sql::exec(drop, QStringLiteral("DROP INDEX \"%1\"").arg(name)); !s)
            return s;
    }
    return {};
}

Status IncidentBulkInsert::rebuildIndexes(const QStringList& created)
{
    // SQLite's sorter may use a helper thread while it builds an index from the date-ordered rows.
    QSqlQuery pragma(m_ws.database());
    pragma.exec(QStringLiteral("PRAGMA threads = 2"));
    Status status;
    for (qsizetype i = 0; i < created.size(); ++i) {
        if (!keepGoing(m_storingShare + (1 - m_storingShare) * double(i) / double(created.size()))) {
            status = Error{QCoreApplication::translate("IncidentRepository", "nothing was imported"),
                           {}, 0, {}, ErrorCode::Cancelled};
            break;
        }
        QSqlQuery index(m_ws.database());
        if (status = sql::exec(index, created.at(i)); !status)
            break;
    }
    pragma.exec(QStringLiteral("PRAGMA threads = 0"));
    return status;
}

// The batch is handed to SQLite as an eponymous virtual table, so one INSERT ... SELECT statement stores every row:
// no prepare/bind/step/reset round trip per row, and the text goes in straight from the UTF-8 arena.
struct IncidentBulkInsert::BatchTable
{
    sqlite3_vtab base{};
    IncidentBulkInsert* owner = nullptr;
};

struct IncidentBulkInsert::BatchCursor
{
    sqlite3_vtab_cursor base{};
    size_t position = 0;
    char fingerprint[40];
    char date[10];
    char time[5];
};

namespace {

int batchConnect(sqlite3* db, void* aux, int, const char* const*, sqlite3_vtab** table, char**)
{
    const int rc = sqlite3_declare_vtab(db, "CREATE TABLE x(fingerprint, reference, occurred_on, occurred_time, "
                                            "category, address, lat, lon, x, y, description, area_id)");
    if (rc != SQLITE_OK)
        return rc;
    auto* batch = new IncidentBulkInsert::BatchTable;
    batch->owner = static_cast<IncidentBulkInsert*>(aux);
    *table = &batch->base;
    return SQLITE_OK;
}

int batchDisconnect(sqlite3_vtab* table)
{
    delete reinterpret_cast<IncidentBulkInsert::BatchTable*>(table);
    return SQLITE_OK;
}

int batchBestIndex(sqlite3_vtab*, sqlite3_index_info* info)
{
    info->estimatedCost = 1e6;
    return SQLITE_OK;
}

int batchOpen(sqlite3_vtab*, sqlite3_vtab_cursor** cursor)
{
    auto* batch = new IncidentBulkInsert::BatchCursor;
    *cursor = &batch->base;
    return SQLITE_OK;
}

int batchClose(sqlite3_vtab_cursor* cursor)
{
    delete reinterpret_cast<IncidentBulkInsert::BatchCursor*>(cursor);
    return SQLITE_OK;
}

int batchFilter(sqlite3_vtab_cursor* cursor, int, const char*, int, sqlite3_value**)
{
    reinterpret_cast<IncidentBulkInsert::BatchCursor*>(cursor)->position = 0;
    const auto* table = reinterpret_cast<IncidentBulkInsert::BatchTable*>(cursor->pVtab);
    return table->owner->keepGoingAt(0) ? SQLITE_OK : SQLITE_ABORT;
}

int batchNext(sqlite3_vtab_cursor* cursor)
{
    auto* batch = reinterpret_cast<IncidentBulkInsert::BatchCursor*>(cursor);
    ++batch->position;
    const auto* table = reinterpret_cast<IncidentBulkInsert::BatchTable*>(cursor->pVtab);
    return table->owner->keepGoingAt(batch->position) ? SQLITE_OK : SQLITE_ABORT;
}

int batchEof(sqlite3_vtab_cursor* cursor)
{
    const auto* batch = reinterpret_cast<IncidentBulkInsert::BatchCursor*>(cursor);
    const auto* table = reinterpret_cast<IncidentBulkInsert::BatchTable*>(cursor->pVtab);
    return batch->position >= table->owner->batchSize() ? 1 : 0;
}

int batchColumn(sqlite3_vtab_cursor* cursor, sqlite3_context* context, int column)
{
    auto* batch = reinterpret_cast<IncidentBulkInsert::BatchCursor*>(cursor);
    const auto* table = reinterpret_cast<IncidentBulkInsert::BatchTable*>(cursor->pVtab);
    table->owner->column(*batch, context, column);
    return SQLITE_OK;
}

int batchRowid(sqlite3_vtab_cursor* cursor, sqlite3_int64* rowid)
{
    *rowid = sqlite3_int64(reinterpret_cast<IncidentBulkInsert::BatchCursor*>(cursor)->position);
    return SQLITE_OK;
}

const sqlite3_module BatchModule = {
    /* iVersion */ 0,       /* xCreate */ nullptr,  /* xConnect */ batchConnect,       /* xBestIndex */ batchBestIndex,
    /* xDisconnect */ batchDisconnect, /* xDestroy */ batchDisconnect, /* xOpen */ batchOpen, /* xClose */ batchClose,
    /* xFilter */ batchFilter, /* xNext */ batchNext, /* xEof */ batchEof, /* xColumn */ batchColumn,
    /* xRowid */ batchRowid, /* xUpdate */ nullptr, /* xBegin */ nullptr, /* xSync */ nullptr, /* xCommit */ nullptr,
    /* xRollback */ nullptr, /* xFindFunction */ nullptr, /* xRename */ nullptr, /* xSavepoint */ nullptr,
    /* xRelease */ nullptr, /* xRollbackTo */ nullptr, /* xShadowName */ nullptr};

constexpr const char* BatchModuleName = "proxima_incident_batch";

} // namespace

bool IncidentBulkInsert::keepGoingAt(size_t position)
{
    if (position % GatherRows == 0 && position < m_order.size())
        gather(position);
    if (position == 0 || position % CancelCheckRows != 0)
        return true;
    return keepGoing(m_storingShare * double(position) / double(m_order.size()));
}

bool IncidentBulkInsert::keepGoing(double done)
{
    if (!m_keepGoing || m_keepGoing(done))
        return true;
    m_cancelled = true;
    return false;
}

void IncidentBulkInsert::gather(size_t position)
{
    // The rows go to SQLite in date order, which is random in memory: SQLite's work on each row would wait for its
    // cache misses one by one. Copying the next rows and their text into a small window first, in tight loops that
    // fetch ahead, lets the misses overlap, and SQLite then reads the window in sequence. Two windows alternate, so
    // the previous one stays valid while SQLite finishes with its last row.
    constexpr size_t Ahead = 16;
    m_window = 1 - m_window;
    std::vector<Row>& rows = m_windowRows[m_window];
    std::vector<char>& text = m_windowText[m_window];
    const size_t count = std::min(GatherRows, m_order.size() - position);
    const quint32* order = m_order.data() + position;
    rows.resize(count);
    for (size_t i = 0; i < count; ++i) {
        if (i + Ahead < count)
            __builtin_prefetch(&m_rows[order[i + Ahead]]);
        rows[i] = m_rows[order[i]];
    }
    text.clear();
    for (size_t i = 0; i < count; ++i) {
        Row& row = rows[i];
        if (i + Ahead < count)
            __builtin_prefetch(m_text.data() + rows[i + Ahead].text);
        const size_t bytes = size_t(row.length[0]) + row.length[1] + row.length[2] + row.length[3];
        const char* from = m_text.data() + row.text;
        row.text = qint64(text.size());
        text.insert(text.end(), from, from + bytes);
    }
    m_windowStart = position;
}

void IncidentBulkInsert::column(BatchCursor& cursor, sqlite3_context* context, int column) const
{
    static constexpr char Hex[] = "0123456789abcdef";
    const Row& row = m_windowRows[m_window][cursor.position - m_windowStart];
    switch (column) {
    case 0:
        for (size_t i = 0; i < row.key.size(); ++i) {
            cursor.fingerprint[2 * i] = Hex[row.key[i] >> 4];
            cursor.fingerprint[2 * i + 1] = Hex[row.key[i] & 0xf];
        }
        sqlite3_result_text(context, cursor.fingerprint, 40, SQLITE_TRANSIENT);
        return;
    case 2:
        digits(cursor.date, row.day / 10000, 4);
        cursor.date[4] = '-';
        digits(cursor.date + 5, row.day / 100 % 100, 2);
        cursor.date[7] = '-';
        digits(cursor.date + 8, row.day % 100, 2);
        sqlite3_result_text(context, cursor.date, 10, SQLITE_TRANSIENT);
        return;
    case 3:
        if (row.minute < 0) {
            sqlite3_result_null(context);
            return;
        }
        digits(cursor.time, row.minute / 60, 2);
        cursor.time[2] = ':';
        digits(cursor.time + 3, row.minute % 60, 2);
        sqlite3_result_text(context, cursor.time, 5, SQLITE_TRANSIENT);
        return;
    case 6:
    case 7:
    case 8:
    case 9:
        if (row.present & (1u << (column - 6)))
            sqlite3_result_double(context, row.coordinate[column - 6]);
        else
            sqlite3_result_null(context);
        return;
    case 11:
        if (row.areaId > 0)
            sqlite3_result_int64(context, row.areaId);
        else
            sqlite3_result_null(context);
        return;
    default:
        break;
    }
    // The four text columns, back to back in the arena: reference, category, address, description.
    const int field = column == 1 ? 0 : column == 4 ? 1 : column == 5 ? 2 : 3;
    const char* text = m_windowText[m_window].data() + row.text;
    for (int i = 0; i < field; ++i)
        text += row.length[i];
    sqlite3_result_text(context, text, int(row.length[field]), SQLITE_STATIC);
}


Result<qint64> IncidentBulkInsert::write(const std::function<bool(double)>& keepGoing)
{
    if (m_rows.empty())
        return qint64(0);
    QSqlQuery counted(m_ws.database());
    if (Status s = sql::exec(counted, QStringLiteral("SELECT COUNT(*) FROM incidents")); !s)
        return s.error();
    const qint64 stored = counted.next() ? counted.value(0).toLongLong() : 0;
    counted.finish();

    // Which rows are new: the stored fingerprints, read once (no index keeps them unique), then the rows in file
    // order go into one set; a row whose key is there already (stored, or an earlier row's) is skipped. The set is
    // filled in a tight loop that fetches each key's slot a few keys ahead, so the cache misses overlap.
    std::vector<Key> storedKeys;
    if (stored > 0) {
        storedKeys.reserve(size_t(stored));
        if (Status s = loadStoredKeys(storedKeys); !s)
            return s.error();
    }
    std::vector<quint32> fresh;
    fresh.reserve(m_rows.size());
    {
        const size_t storedCount = storedKeys.size();
        const auto keyOf = [&](quint32 id) -> const Key& {
            return id < storedCount ? storedKeys[id] : m_rows[id - storedCount].key;
        };
        KeySet keys(storedCount + m_rows.size());
        constexpr size_t Ahead = 16;
        for (size_t i = 0; i < storedCount; ++i) {
            if (i + Ahead < storedCount)
                keys.prefetch(storedKeys[i + Ahead]);
            keys.insert(quint32(i), storedKeys[i], keyOf);
        }
        for (size_t i = 0; i < m_rows.size(); ++i) {
            if (i + Ahead < m_rows.size())
                keys.prefetch(m_rows[i + Ahead].key);
            if (keys.insert(quint32(storedCount + i), m_rows[i].key, keyOf))
                fresh.push_back(quint32(i));
        }
    }
    storedKeys = {};

    // Oldest first, so that ids follow time within a day and the indexes are built from date-ordered rows. A stable
    // radix sort on (day, minute) over compact (when, row) pairs: the rows come in the order they were added (a
    // file's line order), which stable passes keep among equal times.
    struct Slot
    {
        quint64 when;    // yyyymmdd, then minutes + 1 (0 = time unknown, first in its day as SQLite orders NULL)
        quint32 row;
    };
    std::vector<Slot> byTime(fresh.size());
    for (size_t i = 0; i < byTime.size(); ++i) {
        const Row& row = m_rows[fresh[i]];
        byTime[i] = {(quint64(quint32(row.day)) << 16) | quint64(row.minute + 1), fresh[i]};
    }
    radixSortByWhen(byTime);
    std::vector<quint32> order(byTime.size());
    for (size_t i = 0; i < byTime.size(); ++i)
        order[i] = byTime[i].row;
    byTime = {};
    fresh = {};
    const qint64 freshRows = qint64(order.size());
    const bool rebuild = freshRows >= BulkIndexRows && freshRows * 2 >= stored;
    QStringList indexes;
    if (rebuild) {
        const bool withAreas = std::any_of(order.begin(), order.end(),
                                           [&](quint32 i) { return m_rows[i].areaId > 0; });
        if (Status s = dropIndexes(withAreas, indexes); !s)
            return s.error();
    }
    int previousCacheKiB = 0;
    if (!rebuild && stored >= BulkIndexRows) {
        QSqlQuery cache(m_ws.database());
        if (cache.exec(QStringLiteral("PRAGMA cache_size")) && cache.next()) {
            previousCacheKiB = cache.value(0).toInt();
            cache.finish();
            cache.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(ImportCacheKiB));
        }
    }
    // Only the rows still to store, in the order computed above, are visible to the statement.
    m_order = std::move(order);
    m_keepGoing = keepGoing;
    m_cancelled = false;
    // Rebuilding the indexes takes about two thirds as long as storing the rows (measured on 1M rows).
    m_storingShare = rebuild ? 0.6 : 1.0;
    Result<qint64> written = qint64(0);
    if (sqlite3_create_module_v2(m_db, BatchModuleName, &BatchModule, this, nullptr) != SQLITE_OK) {
        written = sqliteError("sqlite3_create_module");
    } else {
        const QByteArray statement =
            QByteArrayLiteral("INSERT INTO incidents (fingerprint, reference, occurred_on, occurred_time, category, "
                              "address, lat, lon, x, y, description, area_id, import_id) SELECT fingerprint, "
                              "reference, occurred_on, occurred_time, category, address, lat, lon, x, y, description, "
                              "area_id, ?1 FROM ")
            + BatchModuleName;
        sqlite3_stmt* insert = nullptr;
        if (sqlite3_prepare_v2(m_db, statement.constData(), int(statement.size()), &insert, nullptr) != SQLITE_OK) {
            written = sqliteError("INSERT INTO incidents");
        } else {
            sqlite3_bind_int64(insert, 1, m_importId);
            const int rc = sqlite3_step(insert);
            if (m_cancelled)
                written = Error{QCoreApplication::translate("IncidentRepository", "nothing was imported"),
                                {}, 0, {}, ErrorCode::Cancelled};
            else if (rc != SQLITE_DONE)
                written = sqliteError("INSERT INTO incidents");
            else
                written = qint64(sqlite3_changes64(m_db));
        }
        sqlite3_finalize(insert);
        sqlite3_create_module_v2(m_db, BatchModuleName, nullptr, nullptr, nullptr);
    }
    m_order.clear();
    m_order.shrink_to_fit();
    for (int side = 0; side < 2; ++side) {
        m_windowRows[side] = {};
        m_windowText[side] = {};
    }
    if (previousCacheKiB != 0) {
        QSqlQuery cache(m_ws.database());
        cache.exec(QStringLiteral("PRAGMA cache_size = %1").arg(previousCacheKiB));
    }
    if (written && rebuild) {
        if (Status s = rebuildIndexes(indexes); !s)
            written = s.error();
    }
    m_keepGoing = {};
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_text.clear();
    m_text.shrink_to_fit();
    return written;
}

Status IncidentBulkInsert::finish(int rowsRead, int imported, int alreadyPresent, int rejected)
{
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q,
                             QStringLiteral("UPDATE incident_imports SET rows_read = ?, rows_imported = ?, "
                                            "rows_already = ?, rows_rejected = ? WHERE id = ?"),
                             {rowsRead, imported, alreadyPresent, rejected, m_importId});
        !s)
        return s;
    return m_ws.logChange(QStringLiteral("incident_import"), m_importId, QStringLiteral("create"),
                          QCoreApplication::translate("Workspace", "%1: %2 incidents imported, %3 already present")
                              .arg(m_fileName)
                              .arg(imported)
                              .arg(alreadyPresent));
}

} // namespace proxima
