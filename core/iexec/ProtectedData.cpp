#include "iexec/ProtectedData.h"

#include "eth/Hex.h"
#include "iexec/Multiaddr.h"
#include "util/Error.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

namespace sr::iexec {

namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

void collectFields(const nlohmann::json& node, const std::string& prefix,
                   std::vector<std::string>& out) {
    for (const auto& [key, value] : node.items()) {
        const std::string path = prefix.empty() ? key : prefix + "." + key;
        if (value.is_object())
            collectFields(value, path, out);
        else if (value.is_string())
            out.push_back(path + ":" + value.get<std::string>());
    }
}

} // namespace

std::string ProtectedData::multiaddrText() const {
    try {
        return p2pMultiaddrString(cidFromP2pMultiaddr(multiaddr));
    } catch (const Error&) {
    }
    const bool printable =
        !multiaddr.empty() && std::all_of(multiaddr.begin(), multiaddr.end(),
                                          [](std::uint8_t c) { return c >= 0x20 && c < 0x7f; });
    if (printable)
        return std::string(multiaddr.begin(), multiaddr.end());
    return eth::toHex(multiaddr);
}

std::vector<std::string> schemaFields(const std::string& schema) {
    std::vector<std::string> out;
    if (schema.empty())
        return out;
    const auto json = nlohmann::json::parse(schema, nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return out;
    collectFields(json, "", out);
    std::sort(out.begin(), out.end());
    return out;
}

bool matches(const ProtectedData& data, const ProtectedDataQuery& query) {
    if (!query.text.empty()) {
        const std::string needle = lower(query.text);
        const bool inName = lower(data.name).find(needle) != std::string::npos;
        const bool addressStart = needle.starts_with("0x") && needle.size() > 2 &&
                                  data.address.toLowerHex().starts_with(needle);
        if (!inName && !addressStart)
            return false;
    }
    if (!query.schemaField.empty()) {
        const bool typed = query.schemaField.find(':') != std::string::npos;
        const auto fields = schemaFields(data.schema);
        const bool found = std::any_of(fields.begin(), fields.end(), [&](const std::string& f) {
            return typed ? f == query.schemaField : f.substr(0, f.rfind(':')) == query.schemaField;
        });
        if (!found)
            return false;
    }
    return true;
}

std::vector<ProtectedData> filterProtectedData(const std::vector<ProtectedData>& list,
                                               const ProtectedDataQuery& query) {
    std::vector<ProtectedData> out;
    std::copy_if(list.begin(), list.end(), std::back_inserter(out),
                 [&](const ProtectedData& d) { return matches(d, query); });
    return out;
}

} // namespace sr::iexec
