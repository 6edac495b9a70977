#pragma once

// The journal of computation requests, in the data folder's SQLite database: one row per
// request, written before and after every step (plan, result key to the SMS, requester
// secrets, request order signed, matchOrders sent, deal confirmed), so that a killed process or
// a lost network resumes where it stopped. Nothing is paid twice: the signed request order is
// kept, it asks for one task, and the hub refuses to match it a second time; a matchOrders
// already in the transaction journal is found again rather than sent again. Secret values
// are never stored: only the files they are read from and the names they get in the SMS.

#include "compute/ComputeTypes.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace sr {
class Database;
}

namespace sr::compute {

/// Thread-safe; several processes may share the file.
class ComputeJournal {
public:
    explicit ComputeJournal(const std::filesystem::path& databaseFile);
    ~ComputeJournal();
    ComputeJournal(const ComputeJournal&) = delete;
    ComputeJournal& operator=(const ComputeJournal&) = delete;

    ComputeOperation insert(ComputeOperation operation);
    void update(ComputeOperation& operation);
    std::optional<ComputeOperation> find(std::int64_t id) const;
    std::optional<ComputeOperation> findByTask(const Hash32& taskId) const;
    /// Newest first. `chainId` 0: every chain.
    std::vector<ComputeOperation> list(std::uint64_t chainId = 0, bool unfinishedOnly = false,
                                       const std::optional<eth::Address>& requester = {}) const;

    /// The operation as a JSON document (what the `doc` column holds), and back.
    static nlohmann::json toJson(const ComputeOperation& operation);
    static ComputeOperation fromJson(const nlohmann::json& doc);

private:
    mutable std::mutex mutex_;
    std::unique_ptr<Database> db_;
};

} // namespace sr::compute
