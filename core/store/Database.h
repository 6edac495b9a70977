#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace sr {

/// The local database (SQLite, WAL journal, synchronous=FULL so a committed row survives a
/// power cut). One Database per thread: SQLite connections are not shared. Errors throw
/// sr::Error(Io), or sr::Error(Corrupt) when the file is not a usable database.
class Database {
public:
    /// Opens (creating if needed, mode 0600) and brings the schema up to date with
    /// `migrations`: migrations[i] moves the schema from version i to i+1, in a transaction.
    Database(const std::filesystem::path& file, const std::vector<std::string>& migrations);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    class Statement {
    public:
        Statement(Statement&&) noexcept;
        ~Statement();
        Statement& bind(int index, std::int64_t value);
        Statement& bind(int index, std::string_view text);
        Statement& bindBlob(int index, const std::vector<std::uint8_t>& blob);
        Statement& bindNull(int index);
        /// Advances; false when there is no (more) row.
        bool step();
        /// Runs to completion (for statements without rows).
        void run();
        /// Makes the statement ready to bind and run again (bound values are kept until bound
        /// anew): one prepared insert for many rows.
        void reset();
        std::int64_t integer(int column) const;
        std::string text(int column) const;
        /// The same without a copy: valid until the next step, reset or destruction.
        std::string_view textView(int column) const;
        std::vector<std::uint8_t> blob(int column) const;
        bool isNull(int column) const;

    private:
        friend class Database;
        Statement(Database& db, sqlite3_stmt* statement);
        Database* db_;
        sqlite3_stmt* statement_;
    };

    Statement prepare(std::string_view sql);
    void exec(std::string_view sql);
    /// Runs `work` in a transaction (BEGIN IMMEDIATE); rolls back if it throws.
    void transaction(const std::function<void()>& work);
    std::int64_t lastInsertId() const;
    int changes() const;
    int schemaVersion();

    const std::filesystem::path& file() const { return file_; }

private:
    [[noreturn]] void fail(const std::string& what) const;
    std::filesystem::path file_;
    sqlite3* db_ = nullptr;
};

} // namespace sr
