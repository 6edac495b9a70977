#include "util/RecordedError.h"

#include "util/EnumNames.h"

#include <nlohmann/json.hpp>
#include <utility>

namespace sr {
namespace {

constexpr EnumName<ErrorReason> kReasonNames[] = {
    {ErrorReason::Unspecified, "unspecified"},
    {ErrorReason::Unreachable, "unreachable"},
    {ErrorReason::NoAnswer, "no-answer"},
    {ErrorReason::BrokeOff, "broke-off"},
    {ErrorReason::ReplyTooLarge, "reply-too-large"},
    {ErrorReason::HttpStatus, "http-status"},
    {ErrorReason::WrongChain, "wrong-chain"},
    {ErrorReason::NotEnoughFunds, "not-enough-funds"},
    {ErrorReason::FileMissing, "file-missing"},
    {ErrorReason::DiskFull, "disk-full"},
    {ErrorReason::FileDenied, "file-denied"},
    {ErrorReason::AddressLength, "address-length"},
    {ErrorReason::AddressNotHex, "address-not-hex"},
    {ErrorReason::AddressChecksum, "address-checksum"},
};

} // namespace

std::optional<ErrorCode> errorCodeFromName(std::string_view name) noexcept {
    // Codes run from Internal (1) to Reverted without a gap (Error.h never renumbers), and
    // errorCodeName names each: its names are the only table.
    for (int c = static_cast<int>(ErrorCode::Internal); c <= static_cast<int>(ErrorCode::Reverted);
         ++c)
        if (errorCodeName(static_cast<ErrorCode>(c)) == name)
            return static_cast<ErrorCode>(c);
    return std::nullopt;
}

std::string_view errorReasonName(ErrorReason reason) noexcept {
    return enumName(kReasonNames, reason, "unspecified");
}

ErrorReason errorReasonFromName(std::string_view name) noexcept {
    return enumFromName(kReasonNames, name).value_or(ErrorReason::Unspecified);
}

RecordedError RecordedError::of(const Error& error) {
    return {error.code(), error.reason(), error.params(), error.what()};
}

RecordedError RecordedError::fromCodeName(std::string_view codeName, std::string message) {
    RecordedError recorded;
    recorded.code = errorCodeFromName(codeName).value_or(ErrorCode::Internal);
    recorded.message = std::move(message);
    return recorded;
}

Error RecordedError::toError() const {
    return Error(code, reason, params, message);
}

std::string errorParamsToText(const ErrorParams& params) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& [name, value] : params)
        list.push_back({name, value});
    return list.dump();
}

ErrorParams errorParamsFromText(std::string_view text) {
    const auto list = nlohmann::json::parse(text, nullptr, false);
    if (!list.is_array())
        throw Error(ErrorCode::Corrupt, "A journal holds malformed error parameters.");
    ErrorParams params;
    for (const auto& pair : list) {
        if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string() || !pair[1].is_string())
            throw Error(ErrorCode::Corrupt, "A journal holds a malformed error parameter.");
        params.emplace_back(pair[0].get<std::string>(), pair[1].get<std::string>());
    }
    return params;
}

} // namespace sr
