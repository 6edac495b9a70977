#pragma once

#include "eth/Abi.h"
#include "eth/ContractCaller.h"

#include <cstddef>
#include <vector>

namespace sr::eth {

/// Reads the same few fields of many contracts (an app's name, type, multiaddr...) in as few
/// requests as the caller allows, and assembles each contract's record from its fields.
/// `callsOf(address)` gives one contract's calls (the same number for every contract),
/// `assemble(address, values)` its record from their decoded values. A contract one of whose
/// calls fails gets that error; the others are unaffected. `alongside` reads go in the same
/// batch (see ContractCaller::tryAll).
template <typename Record, typename CallsOf, typename Assemble>
std::vector<CallResult<Record>>
readRecords(ContractCaller& caller, const std::vector<Address>& contracts, CallsOf&& callsOf,
            Assemble&& assemble, const std::vector<RpcCall>& alongside = {},
            std::vector<RpcOutcome>* alongsideOut = nullptr, const CancelToken* cancel = nullptr) {
    std::vector<ContractCall<std::vector<AbiValue>>> calls;
    std::size_t fields = 0;
    for (const auto& a : contracts) {
        auto mine = callsOf(a);
        fields = mine.size();
        for (auto& c : mine)
            calls.push_back(std::move(c));
    }
    const auto results = caller.tryAll(calls, alongside, alongsideOut, cancel);
    std::vector<CallResult<Record>> out(contracts.size());
    for (std::size_t i = 0; i < contracts.size(); ++i) {
        std::vector<std::vector<AbiValue>> values;
        for (std::size_t f = 0; f < fields && !out[i].error; ++f) {
            const auto& r = results[i * fields + f];
            if (r.error)
                out[i].error = r.error;
            else
                values.push_back(*r.value);
        }
        if (!out[i].error)
            out[i].value = assemble(contracts[i], values);
    }
    return out;
}

} // namespace sr::eth
