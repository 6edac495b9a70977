#pragma once

#include "eth/Address.h"
#include "eth/U256.h"

#include <cstdint>

namespace sr::iexec {

/// What an account holds on a network, all read at one block.
struct Balances {
    eth::Address account;
    std::uint64_t block = 0;
    eth::U256 eth;    ///< wei
    eth::U256 rlc;    ///< nRLC in the wallet
    eth::U256 stake;  ///< nRLC in the iExec account, free to withdraw or to pay with
    eth::U256 locked; ///< nRLC in the iExec account promised to running deals
};

} // namespace sr::iexec
