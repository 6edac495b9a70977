#pragma once

// An app registered in the AppRegistry as any app is on Arbitrum today: a Docker image, its
// checksum, and no MREnclave (as `strongroom-sandbox app add` registers one too).

#include "crypto/Sha256.h"
#include "eth/Abi.h"
#include "eth/JsonRpcClient.h"
#include "sandbox/DevAccountSender.h"

#include <string>
#include <vector>

namespace sr::test {

/// Registers an app named `name` for `owner` (an unlocked dev account of the node) in
/// `appRegistry`; returns its address.
inline eth::Address registerTestApp(eth::JsonRpcClient& rpc, const eth::Address& appRegistry,
                                    const eth::Address& owner, const std::string& name) {
    const std::string image = "registry.example.org/" + name + ":1";
    const Hash32 checksum = crypto::sha256(asBytes(image));
    const std::vector<eth::AbiValue> args = {
        eth::AbiValue::address(owner),
        eth::AbiValue::string(name),
        eth::AbiValue::string("DOCKER"),
        eth::AbiValue::bytes(Bytes(image.begin(), image.end())),
        eth::AbiValue::bytes(Bytes(checksum.begin(), checksum.end())),
        eth::AbiValue::bytes({})};
    sandbox::DevAccountSender sender(rpc, owner);
    const eth::Address app =
        sender
            .call(appRegistry, "predictApp(address,string,string,bytes,bytes32,bytes)", args,
                  {eth::AbiType::address()})[0]
            .asAddress();
    sender.transact(appRegistry, "createApp(address,string,string,bytes,bytes32,bytes)", args);
    return app;
}

} // namespace sr::test
