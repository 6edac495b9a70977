#pragma once

// The address book's front door: what the GUI and the command line may do with the named
// addresses of a data folder (the book itself, store/AddressBook.h, is private to core).

#include "eth/Address.h"
#include "store/Contact.h"
#include "util/CancelToken.h"
#include "util/Paths.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace sr {
class AddressBook;
}

namespace sr::session {

class ChainSession;

/// The named addresses of one data folder, per network, in its database (opened when this is
/// built: Error(Io or Corrupt) when it cannot be). Calls touch the disk, and saving an app or
/// a whitelist asks the node: run them off the GUI thread. Thread-safe: the GUI shares one
/// through shared_ptr with its jobs.
class Contacts {
public:
    explicit Contacts(const AppPaths& paths);
    ~Contacts();
    Contacts(const Contacts&) = delete;
    Contacts& operator=(const Contacts&) = delete;

    /// The entries of a network, by label.
    std::vector<Contact> list(std::uint64_t chainId) const;
    std::optional<Contact> find(std::uint64_t chainId, const eth::Address& address) const;
    /// Saves (adds or updates) a person's entry as it is, on its `chainId`: no network.
    /// Error(InvalidArgument) for an app or a whitelist (saved through the overload below, which
    /// checks them on chain), an empty or bad label and the zero address.
    Contact save(Contact contact);
    /// Saves any entry on `chain`'s network: a person's as it is, an app or a whitelist checked
    /// on that chain first (Error(InvalidArgument) saying what the address is instead).
    Contact save(const ChainSession& chain, Contact contact, const CancelToken* cancel = nullptr);
    /// Error(NotFound) if absent.
    void remove(std::uint64_t chainId, const eth::Address& address);

private:
    const std::unique_ptr<AddressBook> book_;
};

} // namespace sr::session
