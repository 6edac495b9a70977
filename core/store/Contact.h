#pragma once

// The value type of an address book entry as the front ends see it. No I/O here:
// session/Contacts.h is the front ends' door to the book (store/AddressBook.h, private to core).

#include "eth/Address.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace sr {

/// What an address book entry is: a person's account, an iExec app, or an app whitelist
/// (ERC-734). Apps and whitelists are checked on chain before they are saved as such.
enum class ContactKind { User, App, Whitelist };
std::string_view contactKindName(ContactKind kind) noexcept; ///< "user", "app", "whitelist"
/// Error(Corrupt) for an unknown name.
ContactKind contactKindFromName(std::string_view name);

struct Contact {
    std::uint64_t chainId = 0;
    eth::Address address;
    std::string label;
    ContactKind kind = ContactKind::User;
    std::int64_t createdAt = 0; ///< unix seconds
};

} // namespace sr
