#include "session/Contacts.h"

#include "session/ChainSession.h"
#include "store/AddressBook.h"
#include "util/Error.h"

#include <utility>

namespace sr::session {

Contacts::Contacts(const AppPaths& paths)
    : book_(std::make_unique<AddressBook>(paths.databaseFile())) {}

Contacts::~Contacts() = default;

std::vector<Contact> Contacts::list(std::uint64_t chainId) const {
    return book_->list(chainId);
}

std::optional<Contact> Contacts::find(std::uint64_t chainId, const eth::Address& address) const {
    return book_->find(chainId, address);
}

Contact Contacts::save(Contact contact) {
    if (contact.kind != ContactKind::User)
        throw Error(ErrorCode::InvalidArgument,
                    "An app or whitelist entry (" + contact.address.toChecksumHex() +
                        ") is checked on its network before it is saved: save it with the "
                        "network's session.");
    return book_->save(std::move(contact));
}

Contact Contacts::save(const ChainSession& chain, Contact contact, const CancelToken* cancel) {
    return chain.saveContact(*book_, std::move(contact), cancel);
}

void Contacts::remove(std::uint64_t chainId, const eth::Address& address) {
    book_->remove(chainId, address);
}

} // namespace sr::session
