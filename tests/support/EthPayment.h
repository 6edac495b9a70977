#pragma once

// A plain ETH payment request, as the wallet's Send builds one, for the transaction tests.

#include "eth/TransactionRequest.h"
#include "eth/U256.h"

#include <string>

namespace sr::test {

inline eth::TransactionRequest ethPayment(const eth::Address& to, const char* eth) {
    eth::TransactionRequest r;
    r.to = to;
    r.value = eth::parseUnits(eth, eth::kEthDecimals);
    r.purpose = eth::TxPurpose::SendEth;
    r.label = std::string("Send ") + eth + " ETH";
    return r;
}

} // namespace sr::test
