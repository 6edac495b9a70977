#include "iexec/ProtectedData.h"

#include "eth/Hex.h"
#include "iexec/Multiaddr.h"
#include "util/Error.h"
#include "util/JsonDepth.h"

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

// The leaves of the parsed schema, walked with an explicit stack; false past kMaxSchemaFields.
bool collectFields(const nlohmann::json& root, std::vector<std::string>& out) {
    struct Pending {
        const nlohmann::json* node;
        std::string prefix;
    };
    std::vector<Pending> stack{{&root, {}}};
    while (!stack.empty()) {
        Pending top = std::move(stack.back());
        stack.pop_back();
        for (const auto& [key, value] : top.node->items()) {
            std::string path = top.prefix.empty() ? key : top.prefix + "." + key;
            if (value.is_object()) {
                stack.push_back({&value, std::move(path)});
            } else if (value.is_string()) {
                if (out.size() == kMaxSchemaFields)
                    return false;
                out.push_back(path + ":" + value.get<std::string>());
            }
        }
    }
    return true;
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

std::optional<std::vector<std::string>> readSchemaFields(const std::string& schema) {
    std::vector<std::string> out;
    if (schema.empty())
        return out;
    // Checked on the text first: the parser is iterative, but a document nested without end
    // would still cost memory, and nothing that reads it later need be recursive-safe.
    if (schema.size() > kMaxSchemaBytes || jsonDeeperThan(schema, kMaxSchemaDepth))
        return std::nullopt;
    const auto json = nlohmann::json::parse(schema, nullptr, false);
    if (json.is_discarded() || !json.is_object() || !collectFields(json, out))
        return std::nullopt;
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> schemaFields(const std::string& schema) {
    return readSchemaFields(schema).value_or(std::vector<std::string>{});
}

bool schemaReadable(const std::string& schema) {
    return readSchemaFields(schema).has_value();
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
