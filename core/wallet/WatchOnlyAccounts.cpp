#include "wallet/WatchOnlyAccounts.h"

#include "store/AtomicFile.h"
#include "util/Error.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace sr::wallet {

namespace fs = std::filesystem;

namespace {

std::vector<AccountInfo>::iterator findWatched(std::vector<AccountInfo>& all,
                                               const eth::Address& address) {
    const auto it = std::find_if(all.begin(), all.end(),
                                 [&](const AccountInfo& a) { return a.address == address; });
    if (it == all.end())
        throw Error(ErrorCode::NotFound,
                    "The address " + address.toChecksumHex() + " is not watched.");
    return it;
}

} // namespace

WatchOnlyAccounts::WatchOnlyAccounts(fs::path keystoreDir)
    : file_(std::move(keystoreDir) / std::string(kFileName)) {}

std::vector<AccountInfo> WatchOnlyAccounts::read() const {
    std::vector<AccountInfo> out;
    std::string text;
    try {
        text = readFile(file_);
    } catch (const Error& e) {
        if (e.code() == ErrorCode::NotFound)
            return out;
        throw;
    }
    try {
        const nlohmann::json doc = nlohmann::json::parse(text);
        for (const auto& entry : doc.at("accounts")) {
            AccountInfo info;
            info.kind = AccountKind::WatchOnly;
            info.address = eth::Address::fromHex(entry.at("address").get<std::string>());
            info.label = checkedLabel(entry.value("label", std::string()));
            if (std::none_of(out.begin(), out.end(),
                             [&](const AccountInfo& a) { return a.address == info.address; }))
                out.push_back(std::move(info));
        }
    } catch (const std::exception&) {
        // Nothing here is secret or irreplaceable: keep the user's bytes aside, start afresh.
        setFileAside(file_);
        return {};
    }
    return out;
}

void WatchOnlyAccounts::write(const std::vector<AccountInfo>& accounts) const {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& a : accounts) {
        nlohmann::json entry = {{"address", a.address.toChecksumHex()}};
        if (!a.label.empty())
            entry["label"] = a.label;
        list.push_back(std::move(entry));
    }
    ensureDirectory(file_.parent_path(), 0700);
    writeFileAtomic(file_, nlohmann::json{{"version", 1}, {"accounts", list}}.dump(2) + "\n");
}

std::vector<AccountInfo> WatchOnlyAccounts::list() const {
    const std::lock_guard lock(mutex_);
    return read();
}

AccountInfo WatchOnlyAccounts::add(const eth::Address& address, std::string_view label) {
    const std::lock_guard lock(mutex_);
    if (address.isZero())
        throw Error(ErrorCode::InvalidArgument, "The zero address belongs to nobody: it cannot "
                                                "be watched.");
    AccountInfo info;
    info.kind = AccountKind::WatchOnly;
    info.address = address;
    info.label = checkedLabel(label);
    auto all = read();
    if (std::any_of(all.begin(), all.end(),
                    [&](const AccountInfo& a) { return a.address == address; }))
        throw Error(ErrorCode::AlreadyExists,
                    "The address " + address.toChecksumHex() + " is already watched.");
    all.push_back(info);
    write(all);
    return info;
}

void WatchOnlyAccounts::remove(const eth::Address& address) {
    const std::lock_guard lock(mutex_);
    auto all = read();
    const auto it = findWatched(all, address);
    all.erase(it);
    write(all);
}

void WatchOnlyAccounts::relabel(const eth::Address& address, std::string_view label) {
    const std::lock_guard lock(mutex_);
    auto all = read();
    const auto it = findWatched(all, address);
    it->label = checkedLabel(label);
    write(all);
}

} // namespace sr::wallet
