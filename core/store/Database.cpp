#include "store/Database.h"

#include "store/AtomicFile.h"
#include "util/Error.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sr {

namespace {

// Makes `file` (when it exists) 0600, without following a link planted in its place.
void restrictMode(const std::filesystem::path& file) {
    const int fd = ::open(file.c_str(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        if (errno == ENOENT)
            return;
        throw Error(ErrorCode::Io, "Cannot open " + file.string() +
                                       " to make it private: " + std::strerror(errno) + ".");
    }
    const int result = ::fchmod(fd, 0600);
    const int saved = errno;
    ::close(fd);
    if (result != 0)
        throw Error(ErrorCode::Io,
                    "Cannot make " + file.string() +
                        " readable by you alone (mode 0600): " + std::strerror(saved) + ".");
}

} // namespace

void Database::fail(const std::string& what) const {
    const int code = db_ ? sqlite3_extended_errcode(db_) : SQLITE_ERROR;
    const std::string reason = db_ ? sqlite3_errmsg(db_) : "unknown error";
    const int primary = code & 0xff;
    const ErrorCode kind = (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
                               ? ErrorCode::Corrupt
                               : ErrorCode::Io;
    std::string hint;
    if (primary == SQLITE_FULL)
        hint = " The disk is full: free some space and try again.";
    else if (kind == ErrorCode::Corrupt)
        hint = " The file is damaged or is not a Strongroom database.";
    throw Error(kind, what + " (" + file_.string() + "): " + reason + "." + hint);
}

Database::Database(const std::filesystem::path& file, const std::vector<std::string>& migrations)
    : file_(file) {
    ensureDirectory(file.parent_path());
    // Create the file ourselves so that it is 0600 from the start, and make it 0600 again on
    // every open (a copy, a restore or another tool may have widened it), with its WAL and
    // shared-memory files: SQLite creates new ones with the database's own mode, but keeps the
    // mode of those it finds.
    const int fd = ::open(file.c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0600);
    if (fd >= 0)
        ::close(fd);
    restrictMode(file);
    restrictMode(file.string() + "-wal");
    restrictMode(file.string() + "-shm");
    restrictMode(file.string() + "-journal");
    if (sqlite3_open_v2(file.c_str(), &db_,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        const std::string reason = db_ ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        db_ = nullptr;
        throw Error(ErrorCode::Io, "Cannot open the database " + file.string() + ": " + reason);
    }
    sqlite3_busy_timeout(db_, 5000);
    sqlite3_extended_result_codes(db_, 1);
    try {
        exec("PRAGMA journal_mode=WAL");
        exec("PRAGMA synchronous=FULL");
        exec("PRAGMA foreign_keys=ON");
        // What is deleted or overwritten (a sealed key once used, fields of old versions) is
        // zeroed on disk, not left in free pages.
        exec("PRAGMA secure_delete=ON");
        const int version = schemaVersion();
        if (version > static_cast<int>(migrations.size()))
            throw Error(ErrorCode::Unsupported,
                        file.string() + " was written by a newer Strongroom (schema " +
                            std::to_string(version) + "); update Strongroom to open it.");
        for (int v = version; v < static_cast<int>(migrations.size()); ++v) {
            transaction([&] {
                exec(migrations[static_cast<std::size_t>(v)]);
                exec("PRAGMA user_version=" + std::to_string(v + 1));
            });
        }
    } catch (...) {
        sqlite3_close(db_);
        db_ = nullptr;
        throw;
    }
}

Database::~Database() {
    if (db_)
        sqlite3_close_v2(db_);
}

Database::Statement Database::prepare(std::string_view sql) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &statement, nullptr) !=
        SQLITE_OK)
        fail("Cannot prepare a database statement");
    return Statement(*this, statement);
}

void Database::exec(std::string_view sql) {
    char* message = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        sqlite3_free(message);
        fail("A database update failed");
    }
}

void Database::transaction(const std::function<void()>& work) {
    exec("BEGIN IMMEDIATE");
    try {
        work();
        exec("COMMIT");
    } catch (...) {
        sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

std::int64_t Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(db_);
}
int Database::changes() const {
    return sqlite3_changes(db_);
}

int Database::schemaVersion() {
    auto statement = prepare("PRAGMA user_version");
    if (!statement.step())
        fail("Cannot read the schema version");
    return static_cast<int>(statement.integer(0));
}

Database::Statement::Statement(Database& db, sqlite3_stmt* statement)
    : db_(&db), statement_(statement) {}

Database::Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), statement_(other.statement_) {
    other.statement_ = nullptr;
}

Database::Statement::~Statement() {
    if (statement_)
        sqlite3_finalize(statement_);
}

Database::Statement& Database::Statement::bind(int index, std::int64_t value) {
    if (sqlite3_bind_int64(statement_, index, value) != SQLITE_OK)
        db_->fail("Cannot bind a value");
    return *this;
}

Database::Statement& Database::Statement::bind(int index, std::string_view text) {
    if (sqlite3_bind_text(statement_, index, text.data(), static_cast<int>(text.size()),
                          SQLITE_TRANSIENT) != SQLITE_OK)
        db_->fail("Cannot bind a value");
    return *this;
}

Database::Statement& Database::Statement::bindBlob(int index,
                                                   const std::vector<std::uint8_t>& blob) {
    if (sqlite3_bind_blob(statement_, index, blob.data(), static_cast<int>(blob.size()),
                          SQLITE_TRANSIENT) != SQLITE_OK)
        db_->fail("Cannot bind a value");
    return *this;
}

Database::Statement& Database::Statement::bindNull(int index) {
    if (sqlite3_bind_null(statement_, index) != SQLITE_OK)
        db_->fail("Cannot bind a value");
    return *this;
}

bool Database::Statement::step() {
    const int rc = sqlite3_step(statement_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    db_->fail("A database query failed");
}

void Database::Statement::run() {
    while (step()) {
    }
}

void Database::Statement::reset() {
    if (sqlite3_reset(statement_) != SQLITE_OK)
        db_->fail("A database statement failed");
}

std::int64_t Database::Statement::integer(int column) const {
    return sqlite3_column_int64(statement_, column);
}

std::string Database::Statement::text(int column) const {
    const auto* p = sqlite3_column_text(statement_, column);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<std::size_t>(sqlite3_column_bytes(statement_, column)))
             : std::string();
}

std::string_view Database::Statement::textView(int column) const {
    const auto* p = sqlite3_column_text(statement_, column);
    return p ? std::string_view(reinterpret_cast<const char*>(p),
                                static_cast<std::size_t>(sqlite3_column_bytes(statement_, column)))
             : std::string_view();
}

std::vector<std::uint8_t> Database::Statement::blob(int column) const {
    const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(statement_, column));
    const int n = sqlite3_column_bytes(statement_, column);
    return p ? std::vector<std::uint8_t>(p, p + n) : std::vector<std::uint8_t>();
}

bool Database::Statement::isNull(int column) const {
    return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

} // namespace sr
