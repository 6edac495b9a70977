#pragma once

#include "eth/Address.h"
#include "eth/JsonRpcClient.h"
#include "util/Bytes.h"

#include <cstddef>
#include <utility>
#include <vector>

namespace sr::eth {

/// Many eth_calls run as a few: each packed request is one eth_call that creates no contract
/// but runs init code which calls (STATICCALL) every target in turn and returns all the return
/// data. Nothing is deployed and no helper contract has to exist on the chain: the node runs
/// the code on its state at the block asked for, as it would the calls one by one.
///
/// Only plain reads pack: an eth_call with exactly {to, data} and a block tag. Anything else
/// (another method, a sender, a value) stays a request of its own. A packed request the node
/// refuses as a whole (an old node, a gas cap, results over the code-size limit) leaves its
/// calls unanswered: the caller sends those one by one (see `unanswered`).
class PackedCalls {
public:
    /// Calls per packed request: the returned data stays well under the 24 KiB a creation may
    /// return, even for strings of a few hundred bytes.
    static constexpr std::size_t kDefaultPerRequest = 80;

    /// Packs `calls` into requests() (at most `perRequest` calls in each, and fewer when their
    /// inputs would take the init code over the 48 KiB limit; calls that can't be packed are
    /// passed through). All the eth_calls of one PackedCalls must use one block tag.
    explicit PackedCalls(const std::vector<RpcCall>& calls,
                         std::size_t perRequest = kDefaultPerRequest);

    /// What to send, in one JSON-RPC batch or as the caller likes.
    const std::vector<RpcCall>& requests() const { return requests_; }

    /// Each original call's outcome from the outcomes of requests(), as the node would have
    /// answered it alone: the return data as a hex result, or for a call that reverted an
    /// RpcError carrying the revert data. Calls of a packed request that failed as a whole (or
    /// answered something that does not decode) get no outcome: see unanswered().
    std::vector<RpcOutcome> unpack(const std::vector<RpcOutcome>& replies);
    /// The calls unpack() could not answer, in call order: send these as they are.
    const std::vector<std::size_t>& unanswered() const { return unanswered_; }

    /// The init code that calls each target with its input and returns every result as
    /// [1 byte: 1 for success, 0 for a revert][3 bytes: length][return data], one after another.
    static Bytes initCode(const std::vector<std::pair<Address, Bytes>>& calls);
    /// Splits what initCode's program returned into `count` results (success, data). Throws
    /// Error(Corrupt) for data of another shape.
    static std::vector<std::pair<bool, Bytes>> split(ByteView returned, std::size_t count);

private:
    struct Group {
        std::size_t request = 0;          ///< index in requests_
        std::vector<std::size_t> members; ///< indices of the original calls
        bool packed = false;
    };
    std::size_t total_ = 0;
    std::vector<RpcCall> requests_;
    std::vector<Group> groups_;
    std::vector<std::size_t> unanswered_;
};

} // namespace sr::eth
