#include "eth/PackedCalls.h"

#include "eth/Hex.h"
#include "eth/RpcJson.h"
#include "util/Error.h"

#include <array>
#include <optional>

namespace sr::eth {
namespace {

// The init code, written here opcode by opcode. The calls are appended to it, each as
// [20-byte target][2-byte input length][input]. Stack comments list the top last.
//   c = where the calls start in the code (the program's length), n = their total length,
//   p = the call being made (offset in memory), out = where its result goes (after the calls).
constexpr std::uint8_t kLoop = 0x0e;
constexpr std::uint8_t kEnd = 0x50;
constexpr std::array<std::uint8_t, 0x57> kProgram = {
    0x61, 0x00, 0x57,  // 00 PUSH2 c                       [c]
    0x80,              // 03 DUP1                          [c c]
    0x38,              // 04 CODESIZE                      [c c size]
    0x03,              // 05 SUB                           [c n]
    0x80,              // 06 DUP1                          [c n n]
    0x91,              // 07 SWAP2                         [n n c]
    0x60, 0x00,        // 08 PUSH1 0                       [n n c 0]
    0x39,              // 0a CODECOPY: the calls to memory [n]
    0x80,              // 0b DUP1                          [n out=n]
    0x60, 0x00,        // 0c PUSH1 0                       [n out p=0]
    0x5b,              // 0e JUMPDEST (loop)
    0x82,              // 0f DUP3                          [n out p n]
    0x81,              // 10 DUP2                          [n out p n p]
    0x10,              // 11 LT                            [n out p p<n]
    0x15,              // 12 ISZERO
    0x61, 0x00, kEnd,  // 13 PUSH2 end
    0x57,              // 16 JUMPI                         [n out p]
    0x80,              // 17 DUP1                          [n out p p]
    0x60, 0x14,        // 18 PUSH1 20
    0x01,              // 1a ADD
    0x51,              // 1b MLOAD
    0x60, 0xf0,        // 1c PUSH1 240
    0x1c,              // 1e SHR                           [n out p len]
    0x60, 0x00,        // 1f PUSH1 0   (retSize)
    0x60, 0x00,        // 21 PUSH1 0   (retOffset)
    0x82,              // 23 DUP3      (argsSize = len)
    0x84,              // 24 DUP5
    0x60, 0x16,        // 25 PUSH1 22
    0x01,              // 27 ADD       (argsOffset = p + 22)
    0x85,              // 28 DUP6
    0x51,              // 29 MLOAD
    0x60, 0x60,        // 2a PUSH1 96
    0x1c,              // 2c SHR       (target)
    0x5a,              // 2d GAS
    0xfa,              // 2e STATICCALL                    [n out p len ok]
    0x60, 0x18,        // 2f PUSH1 24
    0x1b,              // 31 SHL
    0x3d,              // 32 RETURNDATASIZE
    0x17,              // 33 OR
    0x60, 0xe0,        // 34 PUSH1 224
    0x1b,              // 36 SHL                           [n out p len header]
    0x83,              // 37 DUP4
    0x52,              // 38 MSTORE: header at out         [n out p len]
    0x3d,              // 39 RETURNDATASIZE
    0x60, 0x00,        // 3a PUSH1 0
    0x84,              // 3c DUP5
    0x60, 0x04,        // 3d PUSH1 4
    0x01,              // 3f ADD
    0x3e,              // 40 RETURNDATACOPY to out + 4     [n out p len]
    0x01,              // 41 ADD
    0x60, 0x16,        // 42 PUSH1 22
    0x01,              // 44 ADD                           [n out p']
    0x90,              // 45 SWAP1                         [n p' out]
    0x3d,              // 46 RETURNDATASIZE
    0x01,              // 47 ADD
    0x60, 0x04,        // 48 PUSH1 4
    0x01,              // 4a ADD                           [n p' out']
    0x90,              // 4b SWAP1                         [n out' p']
    0x61, 0x00, kLoop, // 4c PUSH2 loop
    0x56,              // 4f JUMP
    0x5b,              // 50 JUMPDEST (end)               [n out p]
    0x50,              // 51 POP                          [n out]
    0x81,              // 52 DUP2                         [n out n]
    0x81,              // 53 DUP2                         [n out n out]
    0x03,              // 54 SUB                          [n out out-n]
    0x82,              // 55 DUP3                         [n out out-n n]
    0xf3,              // 56 RETURN memory[n, out)
};

constexpr std::size_t kMaxInitCode = 49152;

/// The target and input of a plain eth_call {to, data} at `blockTag`, if it is one.
std::optional<std::pair<Address, Bytes>> plainCall(const RpcCall& call, std::string* blockTag) {
    if (call.method != "eth_call" || !call.params.is_array() || call.params.size() != 2 ||
        !call.params[0].is_object() || call.params[0].size() != 2 || !call.params[1].is_string())
        return std::nullopt;
    const auto& object = call.params[0];
    if (!object.contains("to") || !object.contains("data"))
        return std::nullopt;
    try {
        auto target = rpcjson::address(object["to"], "to");
        auto input = rpcjson::bytes(object["data"], "data");
        if (input.size() > 0xffff)
            return std::nullopt;
        *blockTag = call.params[1].get<std::string>();
        return std::make_pair(target, std::move(input));
    } catch (const Error&) {
        return std::nullopt;
    }
}

RpcError revert(const Bytes& data) {
    return RpcError(3, "execution reverted", toHex(data),
                    "The node refused the request: execution reverted (code 3).");
}

} // namespace

Bytes PackedCalls::initCode(const std::vector<std::pair<Address, Bytes>>& calls) {
    Bytes code(kProgram.begin(), kProgram.end());
    for (const auto& [target, input] : calls) {
        if (input.size() > 0xffff)
            throw Error(ErrorCode::InvalidArgument, "A packed call's input is over 64 KiB.");
        code.insert(code.end(), target.bytes().begin(), target.bytes().end());
        code.push_back(static_cast<std::uint8_t>(input.size() >> 8));
        code.push_back(static_cast<std::uint8_t>(input.size() & 0xff));
        code.insert(code.end(), input.begin(), input.end());
    }
    return code;
}

std::vector<std::pair<bool, Bytes>> PackedCalls::split(ByteView returned, std::size_t count) {
    std::vector<std::pair<bool, Bytes>> out;
    out.reserve(count);
    std::size_t at = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (returned.size() - at < 4 || returned[at] > 1)
            throw Error(ErrorCode::Corrupt, "A packed call's result is malformed.");
        const std::size_t length = (std::size_t(returned[at + 1]) << 16) |
                                   (std::size_t(returned[at + 2]) << 8) | returned[at + 3];
        if (returned.size() - at - 4 < length)
            throw Error(ErrorCode::Corrupt, "A packed call's result is truncated.");
        const auto data = returned.subspan(at + 4, length);
        out.emplace_back(returned[at] == 1, Bytes(data.begin(), data.end()));
        at += 4 + length;
    }
    if (at != returned.size())
        throw Error(ErrorCode::Corrupt, "A packed call's result is longer than its calls.");
    return out;
}

PackedCalls::PackedCalls(const std::vector<RpcCall>& calls, std::size_t perRequest)
    : total_(calls.size()) {
    if (perRequest < 1)
        perRequest = 1;
    std::vector<std::pair<Address, Bytes>> pending;
    std::vector<std::size_t> members;
    std::string tag;
    std::size_t codeSize = kProgram.size();
    auto flush = [&] {
        if (pending.empty())
            return;
        Group g;
        g.request = requests_.size();
        g.members = std::move(members);
        g.packed = true;
        requests_.push_back(
            {"eth_call", nlohmann::json::array({{{"data", toHex(initCode(pending))}}, tag})});
        groups_.push_back(std::move(g));
        pending.clear();
        members.clear();
        codeSize = kProgram.size();
    };
    for (std::size_t i = 0; i < calls.size(); ++i) {
        std::string callTag;
        auto plain = plainCall(calls[i], &callTag);
        if (plain && !pending.empty() && callTag != tag)
            flush(); // one block per packed request
        if (!plain) {
            groups_.push_back({requests_.size(), {i}, false});
            requests_.push_back(calls[i]);
            continue;
        }
        // Init code is limited to 48 KiB (EIP-3860): large inputs make smaller groups.
        const std::size_t size = 22 + plain->second.size();
        if (!pending.empty() && codeSize + size > kMaxInitCode)
            flush();
        tag = callTag;
        pending.push_back(std::move(*plain));
        members.push_back(i);
        codeSize += size;
        if (pending.size() == perRequest)
            flush();
    }
    flush();
}

std::vector<RpcOutcome> PackedCalls::unpack(const std::vector<RpcOutcome>& replies) {
    if (replies.size() != requests_.size())
        throw Error(ErrorCode::Internal, "PackedCalls: one outcome per request is needed.");
    std::vector<RpcOutcome> out(total_);
    std::vector<bool> answered(total_, false);
    for (const auto& g : groups_) {
        const RpcOutcome& reply = replies[g.request];
        if (!g.packed) {
            out[g.members[0]] = reply;
            answered[g.members[0]] = true;
            continue;
        }
        if (reply.error)
            continue;
        std::vector<std::pair<bool, Bytes>> results;
        try {
            results =
                split(rpcjson::bytes(reply.result, "packed eth_call result"), g.members.size());
        } catch (const Error&) {
            continue; // sent again one by one
        }
        for (std::size_t k = 0; k < g.members.size(); ++k) {
            auto& [ok, data] = results[k];
            RpcOutcome& o = out[g.members[k]];
            if (ok)
                o.result = toHex(data);
            else
                o.error = revert(data);
            answered[g.members[k]] = true;
        }
    }
    unanswered_.clear();
    for (std::size_t i = 0; i < total_; ++i)
        if (!answered[i])
            unanswered_.push_back(i);
    return out;
}

} // namespace sr::eth
