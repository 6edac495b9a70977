#pragma once

#include "eth/Address.h"
#include "util/Bytes.h"

#include <initializer_list>
#include <string_view>

namespace sr::iexec {

/// What iExec's Secret Management Service has the owner of a secret sign (EIP-191
/// personal_sign of these 32 bytes) to set it:
/// keccak256(keccak256("IEXEC_SMS_DOMAIN") || address || keccak256(part) for each part).
/// - a dataset key: the dataset, {key}
/// - a web2 secret: its owner, {name, value}
/// - a requester secret: the requester, {key, value}
/// - an app developer secret: the app, {"1", value}
/// Strongroom's SMS client and the sandbox SMS both use it; the iexec SDK interop test checks
/// it against the SDK's own.
Hash32 smsChallenge(const eth::Address& address, std::initializer_list<std::string_view> parts);

} // namespace sr::iexec
