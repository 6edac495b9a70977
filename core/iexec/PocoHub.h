#pragma once

#include "eth/Abi.h"
#include "eth/Address.h"
#include "eth/ContractCall.h"
#include "eth/TransactionRequest.h"
#include "eth/U256.h"
#include "iexec/DealTypes.h"
#include "iexec/IexecOrders.h"
#include "util/Bytes.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sr::iexec {

/// An iExec account held by the hub: RLC staked (free to withdraw or to pay with) and locked
/// (promised to running deals).
struct IexecAccount {
    eth::U256 stake;
    eth::U256 locked;
};

/// IexecLibCore_v5.Task.
struct Task {
    TaskStatus status = TaskStatus::Unset;
    Hash32 dealid{};
    eth::U256 idx;
    eth::U256 timeref;
    eth::U256 contributionDeadline;
    eth::U256 revealDeadline;
    eth::U256 finalDeadline;
    Hash32 consensusValue{};
    eth::U256 revealCounter;
    eth::U256 winnerCounter;
    std::vector<eth::Address> contributors;
    Hash32 resultDigest{};
    Bytes results; ///< e.g. {"storage":"ipfs","location":"/ipfs/..."} as bytes
    eth::U256 resultsTimestamp;
    Bytes resultsCallback;
};

/// An order with its `sign` field (65-byte signature, or empty when presigned on chain).
template <typename Order> struct SignedOrder {
    Order order;
    Bytes sign;
};

/// The PoCo hub (Diamond) of @iexec/poco@6.1.0: reads are ContractCalls (run them with a
/// ContractCaller, batched where a screen needs many), writes are TransactionRequests for the
/// TransactionManager. Stateless: copy it freely.
class PocoHub {
public:
    explicit PocoHub(eth::Address hub) : hub_(hub) {}
    const eth::Address& address() const { return hub_; }

    eth::ContractCall<OrderDomain> domain() const;
    eth::ContractCall<eth::Address> token() const;
    eth::ContractCall<eth::Address> appRegistry() const;
    eth::ContractCall<eth::Address> datasetRegistry() const;
    eth::ContractCall<eth::Address> workerpoolRegistry() const;
    eth::ContractCall<IexecAccount> viewAccount(const eth::Address& account) const;
    eth::ContractCall<eth::U256> viewConsumed(const Hash32& orderHash) const;
    /// The presigner of an order hash (zero if not presigned).
    eth::ContractCall<eth::Address> viewPresigned(const Hash32& orderHash) const;
    eth::ContractCall<Deal> viewDeal(const Hash32& dealId) const;
    eth::ContractCall<Task> viewTask(const Hash32& taskId) const;
    eth::ContractCall<eth::U256> countCategory() const;
    /// True when `signature` (65 or 64 bytes) is `identity`'s signature of `hash` (or an
    /// ERC-1271 contract's). Other lengths revert "invalid-signature-format".
    eth::ContractCall<bool> verifySignature(const eth::Address& identity, const Hash32& hash,
                                            const Bytes& signature) const;
    /// Reverts IncompatibleDatasetOrder(reason) unless the order can be used with the deal; the
    /// value is then true.
    eth::ContractCall<bool> assertDatasetDealCompatibility(const SignedOrder<DatasetOrder>& order,
                                                           const Hash32& dealId) const;

    /// deposit(amount): needs an RLC allowance to the hub first (use RlcToken::approveAndCall
    /// to do both in one transaction).
    eth::TransactionRequest deposit(const eth::U256& amount) const;
    eth::TransactionRequest withdraw(const eth::U256& amount) const;
    /// Presigns (Sign) or revokes (Close) a dataset order. Sent by the dataset owner,
    /// `operationSign` may stay empty; anyone else sends the owner's signature of the operation.
    eth::TransactionRequest manageDatasetOrder(const SignedOrder<DatasetOrder>& order,
                                               OrderOperation operation,
                                               const Bytes& operationSign = {}) const;
    eth::TransactionRequest manageAppOrder(const SignedOrder<AppOrder>& order,
                                           OrderOperation operation,
                                           const Bytes& operationSign = {}) const;
    eth::TransactionRequest manageWorkerpoolOrder(const SignedOrder<WorkerpoolOrder>& order,
                                                  OrderOperation operation,
                                                  const Bytes& operationSign = {}) const;
    eth::TransactionRequest manageRequestOrder(const SignedOrder<RequestOrder>& order,
                                               OrderOperation operation,
                                               const Bytes& operationSign = {}) const;
    /// Matches the four orders into a deal (dataset order all zero for no dataset).
    eth::TransactionRequest matchOrders(const SignedOrder<AppOrder>& app,
                                        const SignedOrder<DatasetOrder>& dataset,
                                        const SignedOrder<WorkerpoolOrder>& workerpool,
                                        const SignedOrder<RequestOrder>& request) const;

    /// Task id = keccak256(dealid || uint256(index)).
    static Hash32 taskId(const Hash32& dealId, std::uint64_t index);

    // The hub's events (human-readable signatures, for EventDecoder / LogScanner).
    static constexpr std::string_view kOrdersMatched =
        "OrdersMatched(bytes32 dealid, bytes32 appHash, bytes32 datasetHash, bytes32 "
        "workerpoolHash, bytes32 requestHash, uint256 volume)";
    static constexpr std::string_view kSchedulerNotice =
        "SchedulerNotice(address indexed workerpool, bytes32 dealid)";
    static constexpr std::string_view kReward =
        "Reward(address owner, uint256 amount, bytes32 ref)";
    static constexpr std::string_view kSeize = "Seize(address owner, uint256 amount, bytes32 ref)";
    static constexpr std::string_view kLock = "Lock(address owner, uint256 amount)";
    static constexpr std::string_view kUnlock = "Unlock(address owner, uint256 amount)";
    static constexpr std::string_view kTransfer =
        "Transfer(address indexed from, address indexed to, uint256 value)";
    static constexpr std::string_view kSignedDatasetOrder =
        "SignedDatasetOrder(bytes32 datasetHash)";
    static constexpr std::string_view kClosedDatasetOrder =
        "ClosedDatasetOrder(bytes32 datasetHash)";
    static constexpr std::string_view kTaskInitialize =
        "TaskInitialize(bytes32 indexed taskid, address indexed workerpool)";
    static constexpr std::string_view kTaskFinalize =
        "TaskFinalize(bytes32 indexed taskid, bytes results)";
    static constexpr std::string_view kTaskClaimed = "TaskClaimed(bytes32 indexed taskid)";
    /// Every event above.
    static const std::vector<std::string_view>& events();

    // The ABI tuple types of the orders, `sign` included (as matchOrders takes them).
    static eth::AbiType appOrderType();
    static eth::AbiType datasetOrderType();
    static eth::AbiType workerpoolOrderType();
    static eth::AbiType requestOrderType();
    static eth::AbiValue toAbi(const SignedOrder<AppOrder>& order);
    static eth::AbiValue toAbi(const SignedOrder<DatasetOrder>& order);
    static eth::AbiValue toAbi(const SignedOrder<WorkerpoolOrder>& order);
    static eth::AbiValue toAbi(const SignedOrder<RequestOrder>& order);

private:
    eth::Address hub_;
};

} // namespace sr::iexec
