#pragma once

#include "eth/Address.h"
#include "store/Contact.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sr {

class Database;

/// Named addresses per network, in the data folder's database (table address_book). The Send
/// dialog completes from it and warns about an address that is in neither it nor the history.
/// Thread-safe.
class AddressBook {
public:
    explicit AddressBook(const std::filesystem::path& databaseFile);
    ~AddressBook();

    /// The entries of a network, by label.
    std::vector<Contact> list(std::uint64_t chainId) const;
    std::optional<Contact> find(std::uint64_t chainId, const eth::Address& address) const;
    /// Adds or updates (by chain and address). Error(InvalidArgument) for an empty label (or one
    /// over 64 bytes or with control characters) and for the zero address.
    Contact save(Contact contact);
    /// Error(NotFound) if absent.
    void remove(std::uint64_t chainId, const eth::Address& address);

private:
    mutable std::mutex mutex_;
    std::unique_ptr<Database> db_;
};

} // namespace sr
