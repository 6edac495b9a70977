#include "eth/RevertDecoder.h"

#include "eth/AbiJson.h"
#include "eth/Hex.h"
#include "eth/JsonRpcClient.h"

#include <algorithm>
#include <cctype>

namespace sr::eth {
namespace {

constexpr std::array<std::uint8_t, 4> kErrorSelector = {0x08, 0xc3, 0x79, 0xa0}; // Error(string)
constexpr std::array<std::uint8_t, 4> kPanicSelector = {0x4e, 0x48, 0x7b, 0x71}; // Panic(uint256)

// A string from a contract is untrusted: keep it printable and short.
std::string sanitize(std::string_view text, std::size_t limit = 300) {
    std::string out;
    for (unsigned char c : text) {
        if (out.size() >= limit) {
            out += "...";
            break;
        }
        out += (c >= 0x20 && c != 0x7f) ? static_cast<char>(c) : '?';
    }
    return out;
}

std::string formatValue(const AbiType& type, const AbiValue& value) {
    using K = AbiType::Kind;
    switch (type.kind()) {
    case K::Uint:
        return value.asNumber().toDecimal();
    case K::Int:
        return value.asSignedDecimal();
    case K::Address:
        return value.asAddress().toChecksumHex();
    case K::Bool:
        return value.asBool() ? "true" : "false";
    case K::FixedBytes:
    case K::Bytes:
        return toHex(value.asBytes());
    case K::String:
        return "\"" + sanitize(value.asString(), 200) + "\"";
    case K::Array:
    case K::FixedArray:
    case K::Tuple: {
        const bool tuple = type.kind() == K::Tuple;
        std::string out = tuple ? "(" : "[";
        const auto& items = value.asList();
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i)
                out += ", ";
            out += formatValue(tuple ? type.components()[i] : type.element(), items[i]);
            if (out.size() > 400)
                return out + "...";
        }
        return out + (tuple ? ")" : "]");
    }
    }
    return "?";
}

// The meaning of PoCo's matchOrders require codes, so that "iExecV5-matchOrders-0x31" tells
// the user what to fix.
std::string_view matchOrdersMeaning(std::string_view code) {
    static const std::pair<std::string_view, std::string_view> table[] = {
        {"0x00", "the request and workerpool orders are for different categories"},
        {"0x01", "the category does not exist"},
        {"0x02", "the workerpool order's trust is below the request's"},
        {"0x03", "the app price is above the request's maximum"},
        {"0x04", "the dataset price is above the request's maximum"},
        {"0x05", "the workerpool price is above the request's maximum"},
        {"0x06", "the workerpool does not offer every feature (tag) the orders ask for"},
        {"0x07", "the app order does not allow the TEE the other orders ask for"},
        {"0x10", "the request is for another app"},
        {"0x11", "the request is for another dataset"},
        {"0x12", "the request is restricted to another workerpool"},
        {"0x13", "the app order is restricted to another dataset"},
        {"0x14", "the app order is restricted to another workerpool"},
        {"0x15", "the app order is restricted to another requester"},
        {"0x16", "the dataset order is restricted to another app"},
        {"0x17", "the dataset order is restricted to another workerpool"},
        {"0x18", "the dataset order is restricted to another requester"},
        {"0x19", "the workerpool order is restricted to another app"},
        {"0x1a", "the workerpool order is restricted to another dataset"},
        {"0x1b", "the workerpool order is restricted to another requester"},
        {"0x20", "the app is not registered"},
        {"0x21", "the app order's signature is invalid"},
        {"0x30", "the dataset is not registered"},
        {"0x31", "the dataset order's signature is invalid"},
        {"0x40", "the workerpool is not registered"},
        {"0x41", "the workerpool order's signature is invalid"},
        {"0x50", "the request order's signature is invalid"},
        {"0x60", "one of the orders is revoked or fully consumed"},
    };
    for (const auto& [c, meaning] : table)
        if (c == code)
            return meaning;
    return {};
}

std::string explainString(const std::string& text) {
    constexpr std::string_view prefix = "iExecV5-matchOrders-";
    if (text.starts_with(prefix)) {
        const auto meaning = matchOrdersMeaning(std::string_view(text).substr(prefix.size()));
        if (!meaning.empty())
            return std::string(meaning) + " (" + text + ")";
    }
    return text;
}

std::string customMessage(const AbiSignature& sig, const std::vector<AbiValue>& args) {
    auto arg = [&](std::size_t i) { return formatValue(sig.params[i].type, args[i]); };
    const std::string& n = sig.name;
    if (n == "IncompatibleDatasetOrder" && args.size() == 1)
        return "The dataset order can't be used with this deal: " + sanitize(args[0].asString()) +
               ".";
    if (n == "FunctionNotFound" && args.size() == 1)
        return "The contract has no function " + arg(0) +
               ": check the hub address of the network profile.";
    if (n == "NotContractOwner" && args.size() == 2)
        return "Only the contract owner " + arg(1) + " may do this, not " + arg(0) + ".";
    if (n == "OwnableUnauthorizedAccount" && args.size() == 1)
        return "Only the contract owner may do this, not " + arg(0) + ".";
    if (n == "MathOverflowedMulDiv")
        return "An amount is too large for the contract (overflow).";
    if (n.starts_with("ECDSAInvalidSignature"))
        return "The signature is not valid (" + n + ").";
    std::string out = n + "(";
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (i)
            out += ", ";
        if (!sig.params[i].name.empty())
            out += sig.params[i].name + "=";
        out += arg(i);
    }
    return out + ")";
}

bool looksLikeRevertMessage(std::string_view message) {
    std::string lower(message);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower.find("revert") != std::string::npos;
}

std::optional<Bytes> hexData(const nlohmann::json& value) {
    if (!value.is_string())
        return std::nullopt;
    std::string s = value.get<std::string>();
    // Nethermind: "Reverted 0x...".
    if (s.starts_with("Reverted "))
        s = s.substr(9);
    if (!s.starts_with("0x"))
        return std::nullopt;
    try {
        return fromHex(s);
    } catch (const Error&) {
        return std::nullopt;
    }
}

} // namespace

const std::vector<std::string_view>& RevertDecoder::pocoErrors() {
    // Every {"type": "error"} of @iexec/poco@6.1.0 (artifacts/, abis/, deployments/), with the
    // parameter names from the sources where they have one. tst_revertdecoder checks this list
    // against the installed package.
    static const std::vector<std::string_view> list = {
        "CannotAddFunctionToDiamondThatAlreadyExists(bytes4 _selector)",
        "CannotAddSelectorsToZeroAddress(bytes4[] _selectors)",
        "CannotRemoveFunctionThatDoesNotExist(bytes4 _selector)",
        "CannotRemoveImmutableFunction(bytes4 _selector)",
        "CannotReplaceFunctionThatDoesNotExists(bytes4 _selector)",
        "CannotReplaceFunctionWithTheSameFunctionFromTheSameFacet(bytes4 _selector)",
        "CannotReplaceFunctionsFromFacetWithZeroAddress(bytes4[] _selectors)",
        "CannotReplaceImmutableFunction(bytes4 _selector)",
        "ECDSAInvalidSignature()",
        "ECDSAInvalidSignatureLength(uint256 length)",
        "ECDSAInvalidSignatureS(bytes32 s)",
        "FailedContractCreation(address emitter)",
        "FailedContractInitialisation(address emitter, bytes revertData)",
        "FailedEtherTransfer(address emitter, bytes revertData)",
        "FunctionNotFound(bytes4 _functionSelector)",
        "IncompatibleDatasetOrder(string reason)",
        "IncorrectFacetCutAction(uint8 _action)",
        "InitializationFunctionReverted(address _initializationContractAddress, bytes _calldata)",
        "InvalidNonceValue(address emitter)",
        "InvalidSalt(address emitter)",
        "MathOverflowedMulDiv()",
        "NoBytecodeAtAddress(address _contractAddress, string _message)",
        "NoSelectorsProvidedForFacetForCut(address _facetAddress)",
        "NotContractOwner(address _user, address _contractOwner)",
        "OwnableInvalidOwner(address owner)",
        "OwnableUnauthorizedAccount(address account)",
        "RemoveFacetAddressMustBeZeroAddress(address _facetAddress)",
        "SafeCastOverflowedIntDowncast(uint8 bits, int256 value)",
        "SafeCastOverflowedIntToUint(int256 value)",
        "SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)",
        "SafeCastOverflowedUintToInt(uint256 value)",
        "StringsInsufficientHexLength(uint256 value, uint256 length)",
    };
    return list;
}

RevertDecoder::RevertDecoder() {
    for (std::string_view sig : pocoErrors())
        addError(sig);
}

const RevertDecoder& RevertDecoder::standard() {
    static const RevertDecoder decoder;
    return decoder;
}

void RevertDecoder::addError(std::string_view signature) {
    if (signature.starts_with("error "))
        signature.remove_prefix(6);
    AbiSignature sig = AbiSignature::parse(signature);
    std::string canonical = sig.canonical();
    const auto selector = Abi::selector(canonical);
    if (selector == kErrorSelector || selector == kPanicSelector)
        return; // built in
    errors_.try_emplace(selector, Known{std::move(sig), std::move(canonical)});
}

std::size_t RevertDecoder::addAbi(const nlohmann::json& abi) {
    if (!abi.is_array())
        throw Error(ErrorCode::InvalidArgument, "An ABI must be a JSON array.");
    const std::size_t before = errors_.size();
    for (const auto& entry : abi) {
        if (entry.is_string() && entry.get<std::string>().starts_with("error ")) {
            addError(entry.get<std::string>());
            continue;
        }
        if (!entry.is_object() || entry.value("type", "") != "error")
            continue;
        // The error's shape is a function's: reuse the JSON ABI reader.
        nlohmann::json asFunction = entry;
        asFunction["type"] = "function";
        const AbiSignature sig = abijson::signature(asFunction);
        std::string text = sig.name + "(";
        for (std::size_t i = 0; i < sig.params.size(); ++i)
            text += (i ? ", " : "") + sig.params[i].type.canonical() +
                    (sig.params[i].name.empty() ? "" : " " + sig.params[i].name);
        addError(text + ")");
    }
    return errors_.size() - before;
}

std::vector<std::string> RevertDecoder::knownErrors() const {
    std::vector<std::string> out;
    for (const auto& [selector, known] : errors_)
        out.push_back(known.canonical);
    std::sort(out.begin(), out.end());
    return out;
}

std::string RevertDecoder::panicMeaning(const U256& code) {
    if (!code.fitsUint64())
        return "an unknown failure";
    switch (code.toUint64()) {
    case 0x00:
        return "a generic compiler panic";
    case 0x01:
        return "an assertion failed";
    case 0x11:
        return "arithmetic overflow or underflow";
    case 0x12:
        return "division or modulo by zero";
    case 0x21:
        return "a value out of an enum's range";
    case 0x22:
        return "an incorrectly encoded storage byte array";
    case 0x31:
        return "pop() on an empty array";
    case 0x32:
        return "an array index out of bounds";
    case 0x41:
        return "too much memory allocated";
    case 0x51:
        return "a call to an uninitialised function";
    default:
        return "an unknown failure";
    }
}

RevertReason RevertDecoder::decode(ByteView data) const {
    RevertReason r;
    r.data.assign(data.begin(), data.end());
    if (data.empty()) {
        r.kind = RevertReason::Kind::Empty;
        r.message = "the contract gave no reason";
        return r;
    }
    auto unknown = [&] {
        r.kind = RevertReason::Kind::Unknown;
        r.errorName.clear();
        r.signature.clear();
        r.args.clear();
        const std::string hex = toHex(data);
        r.message = "unknown error " + (hex.size() > 74 ? hex.substr(0, 74) + "..." : hex);
        return r;
    };
    if (data.size() < 4)
        return unknown();
    std::array<std::uint8_t, 4> selector{};
    std::copy(data.begin(), data.begin() + 4, selector.begin());
    const ByteView body = data.subspan(4);
    try {
        if (selector == kErrorSelector) {
            r.args = Abi::decode({AbiType::string()}, body);
            r.kind = RevertReason::Kind::ErrorString;
            r.errorName = "Error";
            r.signature = "Error(string)";
            const std::string text = sanitize(r.args[0].asString());
            r.message = text.empty() ? "the contract gave an empty reason" : explainString(text);
            return r;
        }
        if (selector == kPanicSelector) {
            r.args = Abi::decode({AbiType::uint()}, body);
            r.kind = RevertReason::Kind::Panic;
            r.errorName = "Panic";
            r.signature = "Panic(uint256)";
            r.panicCode = r.args[0].asNumber();
            r.message = panicMeaning(*r.panicCode) + " (panic " + r.panicCode->toHex() + ")";
            return r;
        }
        auto it = errors_.find(selector);
        if (it == errors_.end())
            return unknown();
        r.args = Abi::decode(it->second.signature.types(), body);
        r.kind = RevertReason::Kind::CustomError;
        r.errorName = it->second.signature.name;
        r.signature = it->second.canonical;
        r.message = customMessage(it->second.signature, r.args);
        return r;
    } catch (const Error&) {
        return unknown();
    }
}

std::optional<Bytes> RevertDecoder::revertData(const RpcError& error) {
    const nlohmann::json& data = error.data();
    if (auto bytes = hexData(data))
        return bytes;
    if (data.is_object()) {
        for (const char* key : {"data", "originalError"}) {
            auto it = data.find(key);
            if (it == data.end())
                continue;
            if (auto bytes = hexData(*it))
                return bytes;
            if (it->is_object())
                if (auto inner = it->find("data"); inner != it->end())
                    if (auto bytes = hexData(*inner))
                        return bytes;
        }
    }
    // geth's code 3 is "execution reverted"; others only say so in the message.
    if (error.rpcCode() == 3 || looksLikeRevertMessage(error.rpcMessage()))
        return Bytes{};
    return std::nullopt;
}

std::optional<Error> RevertDecoder::explain(const RpcError& error, std::string_view what) const {
    const auto data = revertData(error);
    if (!data)
        return std::nullopt;
    RevertReason reason = decode(*data);
    if (reason.kind == RevertReason::Kind::Empty) {
        // Some nodes put the reason only in the message ("execution reverted: text").
        const std::string& m = error.rpcMessage();
        const auto colon = m.find("reverted: ");
        if (colon != std::string::npos)
            reason.message = explainString(sanitize(m.substr(colon + 10)));
    }
    std::string message = reason.message;
    if (!message.empty() && message.back() == '.')
        message.pop_back();
    return Error(ErrorCode::Reverted,
                 std::string(what) + " was refused by the contract: " + message + ".");
}

} // namespace sr::eth
