#include "store/AddressBook.h"

#include "store/Database.h"
#include "store/Schema.h"
#include "util/EnumNames.h"
#include "util/Error.h"

#include <chrono>

namespace sr {

namespace {

constexpr EnumName<ContactKind> kKindNames[] = {
    {ContactKind::User, "user"},
    {ContactKind::App, "app"},
    {ContactKind::Whitelist, "whitelist"},
};

} // namespace

std::string_view contactKindName(ContactKind kind) noexcept {
    return enumName(kKindNames, kind, "user");
}

ContactKind contactKindFromName(std::string_view name) {
    return storedEnum(kKindNames, name, "The address book", "entry kind");
}

namespace {

Contact read(const Database::Statement& row) {
    Contact c;
    c.chainId = std::uint64_t(row.integer(0));
    c.address = eth::Address::fromHex(row.text(1));
    c.label = row.text(2);
    c.kind = contactKindFromName(row.text(3));
    c.createdAt = row.integer(4);
    return c;
}

constexpr std::size_t kMaxLabelBytes = 64;

} // namespace

AddressBook::AddressBook(const std::filesystem::path& databaseFile)
    : db_(std::make_unique<Database>(databaseFile, strongroomMigrations())) {}

AddressBook::~AddressBook() = default;

std::vector<Contact> AddressBook::list(std::uint64_t chainId) const {
    const std::lock_guard lock(mutex_);
    auto query = db_->prepare("SELECT chain_id, address, label, kind, created_at FROM address_book"
                              " WHERE chain_id = ? ORDER BY label COLLATE NOCASE, address");
    query.bind(1, std::int64_t(chainId));
    std::vector<Contact> out;
    while (query.step())
        out.push_back(read(query));
    return out;
}

std::optional<Contact> AddressBook::find(std::uint64_t chainId, const eth::Address& address) const {
    const std::lock_guard lock(mutex_);
    auto query = db_->prepare("SELECT chain_id, address, label, kind, created_at FROM address_book"
                              " WHERE chain_id = ? AND address = ?");
    query.bind(1, std::int64_t(chainId)).bind(2, address.toChecksumHex());
    if (!query.step())
        return std::nullopt;
    return read(query);
}

Contact AddressBook::save(Contact contact) {
    if (contact.address.isZero())
        throw Error(ErrorCode::InvalidArgument, "The zero address cannot be saved: it belongs to "
                                                "nobody.");
    if (contact.label.empty())
        throw Error(ErrorCode::InvalidArgument, "An address book entry needs a name.");
    if (contact.label.size() > kMaxLabelBytes)
        throw Error(ErrorCode::InvalidArgument, "A name is at most 64 bytes long.");
    for (const char c : contact.label)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            throw Error(ErrorCode::InvalidArgument, "A name cannot hold control characters.");
    const std::lock_guard lock(mutex_);
    if (contact.createdAt == 0)
        contact.createdAt = std::chrono::duration_cast<std::chrono::seconds>(
                                std::chrono::system_clock::now().time_since_epoch())
                                .count();
    auto upsert =
        db_->prepare("INSERT INTO address_book (chain_id, address, label, kind, created_at)"
                     " VALUES (?, ?, ?, ?, ?) ON CONFLICT (chain_id, address)"
                     " DO UPDATE SET label = excluded.label, kind = excluded.kind");
    upsert.bind(1, std::int64_t(contact.chainId))
        .bind(2, contact.address.toChecksumHex())
        .bind(3, contact.label)
        .bind(4, contactKindName(contact.kind))
        .bind(5, contact.createdAt);
    upsert.run();
    return contact;
}

void AddressBook::remove(std::uint64_t chainId, const eth::Address& address) {
    const std::lock_guard lock(mutex_);
    auto erase = db_->prepare("DELETE FROM address_book WHERE chain_id = ? AND address = ?");
    erase.bind(1, std::int64_t(chainId)).bind(2, address.toChecksumHex());
    erase.run();
    if (db_->changes() == 0)
        throw Error(ErrorCode::NotFound,
                    "The address book has no entry for " + address.toChecksumHex() + ".");
}

} // namespace sr
