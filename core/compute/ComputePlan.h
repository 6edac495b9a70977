#pragma once

// Which orders a computation would use and what it costs, before anything is signed: for an
// app and a protected data, the app's orders, the dataset orders that allow this app and this
// requester (a grant), and the workerpool orders with the tag and category the deal needs;
// the cheapest compatible set is kept (computations.md §1). When nothing matches, the reason
// is said plainly: no order for the app, no grant for this requester or app, a grant used up,
// no workerpool for the tag, or a price above the requester's maximum. The price is always
// shown: there is no silent "max price 0".

#include "eth/Address.h"
#include "eth/ContractCaller.h"
#include "eth/U256.h"
#include "iexec/MarketClient.h"
#include "iexec/PocoHub.h"
#include "util/CancelToken.h"

#include <optional>
#include <string>

namespace sr::compute {

struct PlanRequest {
    eth::Address app;
    eth::Address dataset; ///< zero for an app run without data
    eth::Address requester;
    std::optional<eth::Address> workerpool; ///< any when unset
    std::optional<eth::U256> maxPrice;      ///< nRLC for the whole task; unset: no maximum
    std::uint64_t category = 0;
    Hash32 tag{}; ///< the request's tag; the TDX tag is ORed in
};

struct Plan {
    iexec::SignedOrder<iexec::AppOrder> app;
    iexec::SignedOrder<iexec::DatasetOrder> dataset; ///< all zero without data
    iexec::SignedOrder<iexec::WorkerpoolOrder> workerpool;
    Hash32 tag{}; ///< the deal's tag (app | dataset | request)
    std::uint64_t category = 0;

    eth::U256 appPrice() const { return app.order.appprice; }
    eth::U256 datasetPrice() const { return dataset.order.datasetprice; }
    eth::U256 workerpoolPrice() const { return workerpool.order.workerpoolprice; }
    eth::U256 total() const { return appPrice() + datasetPrice() + workerpoolPrice(); }
};

/// Reads the order books (and the chain, for how much of a grant is left) and returns the
/// cheapest compatible set. Throws Error(NotFound) with the reason when none matches,
/// Error(InvalidArgument) when the cheapest costs more than `maxPrice` (the cost in the
/// message), Error(Network|Corrupt) for the market.
Plan planComputation(iexec::MarketClient& market, eth::ContractCaller& caller,
                     const iexec::PocoHub& hub, const PlanRequest& request,
                     const CancelToken* cancel = nullptr);

/// "0.15 RLC" / "150000000 nRLC" style text for an nRLC amount: "0.15 RLC".
std::string formatRlc(const eth::U256& nrlc);

} // namespace sr::compute
