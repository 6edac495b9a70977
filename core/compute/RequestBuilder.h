#pragma once

// The request order a requester signs to run an app, built as the iexec SDK 9 builds it
// (createRequestorder + signRequestorder, computations.md §1 and §2): the TDX tag 0x…09 is
// always ORed into the tag, volume 1, trust 0, beneficiary = requester, no callback, and the
// params string written byte for byte as the SDK's JSON.stringify writes it.

#include "eth/Address.h"
#include "eth/U256.h"
#include "iexec/IexecOrders.h"
#include "util/Bytes.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sr::compute {

/// What goes into a request's `params`.
struct RequestParams {
    std::optional<std::string> args;     ///< iexec_args (the app's command line)
    std::vector<std::string> inputFiles; ///< iexec_input_files: http(s) URLs
    /// iexec_secrets: requester secret number (1, 2, ...) -> the secret's name in the SMS.
    std::map<std::uint64_t, std::string> secrets;
    bool encryptResult = true; ///< iexec_result_encryption (omitted when false, as the SDK)
};

/// The params string, exactly as the SDK writes it for a TEE request without a callback when
/// given DataProtector's params: keys in the SDK's order (iexec_secrets, always present as
/// DataProtector always passes it; iexec_result_storage_provider
/// "ipfs"; iexec_result_encryption when true; iexec_input_files when any; iexec_args when
/// set), secrets ordered by number, strings escaped as JSON.stringify does. Throws
/// Error(InvalidArgument) for an input file that is not an http(s) URL, a secret number 0, an
/// empty secret name, or text that is not UTF-8.
std::string requestParamsJson(const RequestParams& params);

/// The order's fields before signing.
struct RequestFields {
    eth::Address app;
    eth::U256 appmaxprice;
    eth::Address dataset; ///< zero for none
    eth::U256 datasetmaxprice;
    eth::Address workerpool; ///< zero for any
    eth::U256 workerpoolmaxprice;
    eth::Address requester;
    eth::U256 category;
    Hash32 tag{}; ///< the TDX tag 0x…09 is ORed in
    eth::U256 volume{1};
    eth::U256 trust{0};
    std::optional<eth::Address> beneficiary; ///< the requester when unset
    RequestParams params;
};

/// The SDK's TDX default tag 0x…09 (TEE bit 0, TDX bit 3).
Hash32 tdxTag();
/// a | b, bit for bit.
Hash32 orTags(const Hash32& a, const Hash32& b);

/// The unsigned order, its salt given (the SDK draws 32 random bytes).
iexec::RequestOrder buildRequestOrder(const RequestFields& fields, const Hash32& salt);
/// The same with a fresh random salt.
iexec::RequestOrder buildRequestOrder(const RequestFields& fields);

} // namespace sr::compute
