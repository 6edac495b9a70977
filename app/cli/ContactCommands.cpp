// strongroom-cli contacts: the address book of a network (people, apps, app whitelists), the
// same one the desktop app's Send and address book dialogs use.

#include "Commands.h"
#include "Support.h"
#include "iexec/AppCatalog.h"
#include "session/Contacts.h"
#include "util/Error.h"

#include <iomanip>
#include <nlohmann/json.hpp>
#include <ostream>

namespace sr::cli {
namespace {

nlohmann::json contactJson(const Contact& c) {
    return {{"address", c.address.toChecksumHex()},
            {"name", c.label},
            {"kind", std::string(contactKindName(c.kind))},
            {"chainId", c.chainId},
            {"createdAt", c.createdAt}};
}

ContactKind kindOption(const CommandLine& line) {
    const std::string kind = option(line, "kind");
    if (kind.empty() || kind == "user")
        return ContactKind::User;
    if (kind == "app")
        return ContactKind::App;
    if (kind == "whitelist")
        return ContactKind::Whitelist;
    throw UsageError("--kind must be user, app or whitelist");
}

int contactsList(const CommandLine& line, const std::vector<std::string>&, Io& io) {
    const Network network = openNetwork(line);
    const auto list = session::Contacts(pathsFor(line)).list(network.profile.chainId);
    if (line.global.json) {
        nlohmann::json rows = nlohmann::json::array();
        for (const auto& c : list)
            rows.push_back(contactJson(c));
        io.out << nlohmann::json{{"network", network.profile.name},
                                 {"count", rows.size()},
                                 {"contacts", rows}}
                      .dump(2)
               << "\n";
        return 0;
    }
    if (list.empty())
        io.out << "No contact on " << network.profile.name << ".\n";
    for (const auto& c : list)
        io.out << c.address.toChecksumHex() << "  " << std::left << std::setw(10)
               << contactKindName(c.kind) << printable(c.label) << "\n";
    return 0;
}

int contactsAdd(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    Contact contact;
    contact.address = parseAddress(args.at(0), "ADDRESS");
    contact.label = required(line, "name");
    contact.kind = kindOption(line);
    Network network = openNetwork(line);
    session::Contacts book(pathsFor(line));
    const Contact saved = book.save(*network.session, std::move(contact));
    if (line.global.json)
        io.out << contactJson(saved).dump(2) << "\n";
    else
        io.out << "Saved " << saved.address.toChecksumHex() << " as \"" << printable(saved.label)
               << "\" (" << contactKindName(saved.kind) << ") on " << network.profile.name << ".\n";
    return 0;
}

int contactsRemove(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    const eth::Address address = parseAddress(args.at(0), "ADDRESS");
    const Network network = openNetwork(line);
    session::Contacts(pathsFor(line)).remove(network.profile.chainId, address);
    if (line.global.json)
        io.out << nlohmann::json{{"removed", address.toChecksumHex()}}.dump(2) << "\n";
    else
        io.out << "Removed " << address.toChecksumHex() << " from the contacts of "
               << network.profile.name << ".\n";
    return 0;
}

} // namespace

std::vector<Command> contactCommands() {
    return {
        {{"contacts", "list"},
         "",
         "the address book of the network",
         {},
         {},
         0,
         0,
         guarded(contactsList)},
        {{"contacts", "add"},
         "ADDRESS --name N [--kind user|app|whitelist]",
         "save or rename an address (apps and whitelists are checked on chain)",
         {"name", "kind"},
         {},
         1,
         1,
         guarded(contactsAdd)},
        {{"contacts", "remove"},
         "ADDRESS",
         "take an address out of the address book",
         {},
         {},
         1,
         1,
         guarded(contactsRemove)},
    };
}

} // namespace sr::cli
