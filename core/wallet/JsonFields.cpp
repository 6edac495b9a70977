#include "wallet/JsonFields.h"

#include "eth/Hex.h"
#include "util/Error.h"
#include "util/JsonDepth.h"

#include <cctype>

namespace sr::wallet::json_fields {
namespace {

bool sameName(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) !=
            std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

std::string child(const std::string& path, std::string_view name) {
    return path.empty() ? std::string(name) : path + "." + std::string(name);
}

constexpr std::size_t kMaxDepth = 16;

} // namespace

void corrupt(const std::string& path, const std::string& what) {
    throw Error(ErrorCode::Corrupt, "The keystore's " + (path.empty() ? "content" : path) + " " +
                                        what + "; the file is damaged or is not a keystore.");
}

const nlohmann::json* find(const nlohmann::json& object, std::string_view name,
                           const std::string& path) {
    if (!object.is_object())
        corrupt(path, "is not a JSON object");
    const nlohmann::json* found = nullptr;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!sameName(it.key(), name))
            continue;
        if (found)
            corrupt(child(path, name), "appears twice (in different letter cases)");
        found = &it.value();
    }
    return found;
}

const nlohmann::json& require(const nlohmann::json& object, std::string_view name,
                              const std::string& path) {
    const nlohmann::json* value = find(object, name, path);
    if (!value)
        corrupt(child(path, name), "is missing");
    return *value;
}

const nlohmann::json& requireObject(const nlohmann::json& object, std::string_view name,
                                    const std::string& path) {
    const nlohmann::json& value = require(object, name, path);
    if (!value.is_object())
        corrupt(child(path, name), "is not a JSON object");
    return value;
}

std::string requireString(const nlohmann::json& object, std::string_view name,
                          const std::string& path) {
    const nlohmann::json& value = require(object, name, path);
    if (!value.is_string())
        corrupt(child(path, name), "is not a string");
    return value.get<std::string>();
}

std::uint64_t requireUnsigned(const nlohmann::json& object, std::string_view name,
                              const std::string& path) {
    const nlohmann::json& value = require(object, name, path);
    if (!value.is_number_unsigned())
        corrupt(child(path, name), "is not a non-negative integer");
    return value.get<std::uint64_t>();
}

Bytes requireHex(const nlohmann::json& object, std::string_view name, const std::string& path,
                 std::size_t minBytes, std::size_t maxBytes) {
    const std::string text = requireString(object, name, path);
    // Checked before decoding so that a huge string costs nothing more.
    const std::size_t digits = text.size() - (text.starts_with("0x") ? 2 : 0);
    if (digits > maxBytes * 2 || digits < minBytes * 2) {
        const std::string expected =
            minBytes == maxBytes ? std::to_string(minBytes)
                                 : std::to_string(minBytes) + " to " + std::to_string(maxBytes);
        corrupt(child(path, name), "does not hold " + expected + " bytes of hex");
    }
    try {
        return eth::fromHex(text);
    } catch (const Error&) {
        corrupt(child(path, name), "is not valid hex");
    }
}

nlohmann::json parseDocument(std::string_view text, std::size_t maxSize) {
    if (text.size() > maxSize)
        corrupt("", "is larger than " + std::to_string(maxSize / 1024) +
                        " KiB, far more than any keystore");
    // Nesting depth, outside strings: a keystore is three levels deep.
    if (jsonDeeperThan(text, kMaxDepth))
        corrupt("", "is nested too deeply");
    nlohmann::json document = nlohmann::json::parse(text, nullptr, false);
    if (document.is_discarded())
        corrupt("", "is not valid JSON");
    if (!document.is_object())
        corrupt("", "is not a JSON object");
    return document;
}

} // namespace sr::wallet::json_fields
