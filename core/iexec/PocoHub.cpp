#include "iexec/PocoHub.h"

#include "crypto/Keccak.h"
#include "util/Error.h"

namespace sr::iexec {

using eth::AbiType;
using eth::AbiValue;
using eth::Address;
using eth::U256;

namespace {

constexpr const char* kAppOrder =
    "(address,uint256,uint256,bytes32,address,address,address,bytes32,bytes)";
constexpr const char* kDatasetOrder =
    "(address,uint256,uint256,bytes32,address,address,address,bytes32,bytes)";
constexpr const char* kWorkerpoolOrder =
    "(address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes)";
constexpr const char* kRequestOrder = "(address,uint256,address,uint256,address,uint256,address,"
                                      "uint256,bytes32,uint256,uint256,address,address,string,"
                                      "bytes32,bytes)";
constexpr const char* kDeal =
    "((address,address,uint256),(address,address,uint256),(address,address,uint256),uint256,"
    "uint256,bytes32,address,address,address,string,uint256,uint256,uint256,uint256,uint256,"
    "address)";
constexpr const char* kTask = "(uint8,bytes32,uint256,uint256,uint256,uint256,uint256,bytes32,"
                              "uint256,uint256,address[],bytes32,bytes,uint256,bytes)";

AbiValue b32(const Hash32& h) {
    return AbiValue::bytes(Bytes(h.begin(), h.end()));
}
AbiValue addr(const Address& a) {
    return AbiValue::address(a);
}
AbiValue num(const U256& n) {
    return AbiValue::number(n);
}
Hash32 toHash(const AbiValue& v) {
    Hash32 h{};
    const Bytes& b = v.asBytes();
    std::copy(b.begin(), b.end(), h.begin());
    return h;
}

DealResource resource(const AbiValue& v) {
    const auto& f = v.asList();
    return {f[0].asAddress(), f[1].asAddress(), f[2].asNumber()};
}

eth::TxDetails ofDataset(const Address& dataset) {
    eth::TxDetails d;
    d.dataset = dataset;
    return d;
}

eth::TxDetails ofApp(const Address& app) {
    eth::TxDetails d;
    d.app = app;
    return d;
}

template <typename Order>
eth::TransactionRequest manage(const Address& hub, std::string_view function, const char* orderType,
                               const AbiValue& order, OrderOperation operation,
                               const Bytes& operationSign, eth::TxDetails details) {
    const std::string signature = std::string(function) + "((" + orderType + ",uint8,bytes))";
    eth::TransactionRequest r;
    r.to = hub;
    r.data = eth::Abi::encodeCall(
        signature, {AbiValue::list({order, AbiValue::number(static_cast<unsigned>(operation)),
                                    AbiValue::bytes(operationSign)})});
    r.purpose = operation == OrderOperation::Sign ? eth::TxPurpose::PresignOrder
                                                  : eth::TxPurpose::CloseOrder;
    r.details = std::move(details);
    return r;
}

/// A hub call that moves `amount` nRLC between the wallet and the iExec account.
eth::TransactionRequest accountMove(const eth::Address& hub, const char* signature,
                                    eth::TxPurpose purpose, const U256& amount) {
    eth::TransactionRequest r;
    r.to = hub;
    r.data = eth::Abi::encodeCall(signature, {num(amount)});
    r.purpose = purpose;
    r.details.amount = amount;
    r.details.token = eth::kTokenRlc;
    return r;
}

} // namespace

std::string_view taskStatusName(TaskStatus status) noexcept {
    switch (status) {
    case TaskStatus::Unset:
        return "unset";
    case TaskStatus::Active:
        return "active";
    case TaskStatus::Revealing:
        return "revealing";
    case TaskStatus::Completed:
        return "completed";
    case TaskStatus::Failed:
        return "failed";
    }
    return "unset";
}

AbiType PocoHub::appOrderType() {
    return AbiType::parse(kAppOrder);
}
AbiType PocoHub::datasetOrderType() {
    return AbiType::parse(kDatasetOrder);
}
AbiType PocoHub::workerpoolOrderType() {
    return AbiType::parse(kWorkerpoolOrder);
}
AbiType PocoHub::requestOrderType() {
    return AbiType::parse(kRequestOrder);
}

AbiValue PocoHub::toAbi(const SignedOrder<AppOrder>& s) {
    const AppOrder& o = s.order;
    return AbiValue::list({addr(o.app), num(o.appprice), num(o.volume), b32(o.tag),
                           addr(o.datasetrestrict), addr(o.workerpoolrestrict),
                           addr(o.requesterrestrict), b32(o.salt), AbiValue::bytes(s.sign)});
}

AbiValue PocoHub::toAbi(const SignedOrder<DatasetOrder>& s) {
    const DatasetOrder& o = s.order;
    return AbiValue::list({addr(o.dataset), num(o.datasetprice), num(o.volume), b32(o.tag),
                           addr(o.apprestrict), addr(o.workerpoolrestrict),
                           addr(o.requesterrestrict), b32(o.salt), AbiValue::bytes(s.sign)});
}

AbiValue PocoHub::toAbi(const SignedOrder<WorkerpoolOrder>& s) {
    const WorkerpoolOrder& o = s.order;
    return AbiValue::list({addr(o.workerpool), num(o.workerpoolprice), num(o.volume), b32(o.tag),
                           num(o.category), num(o.trust), addr(o.apprestrict),
                           addr(o.datasetrestrict), addr(o.requesterrestrict), b32(o.salt),
                           AbiValue::bytes(s.sign)});
}

AbiValue PocoHub::toAbi(const SignedOrder<RequestOrder>& s) {
    const RequestOrder& o = s.order;
    return AbiValue::list({addr(o.app), num(o.appmaxprice), addr(o.dataset), num(o.datasetmaxprice),
                           addr(o.workerpool), num(o.workerpoolmaxprice), addr(o.requester),
                           num(o.volume), b32(o.tag), num(o.category), num(o.trust),
                           addr(o.beneficiary), addr(o.callback), AbiValue::string(o.params),
                           b32(o.salt), AbiValue::bytes(s.sign)});
}

eth::ContractCall<OrderDomain> PocoHub::domain() const {
    // The interface declares (string,string,uint256,address); read exactly that.
    return eth::calls::abiCall(hub_, "domain()", {},
                               {AbiType::parse("(string,string,uint256,address)")},
                               "Reading the hub's EIP-712 domain")
        .then([](const std::vector<AbiValue>& v) {
            const auto& f = v.at(0).asList();
            OrderDomain d;
            d.name = f[0].asString();
            d.version = f[1].asString();
            d.chainId = f[2].asNumber().toUint64();
            d.verifyingContract = f[3].asAddress();
            return d;
        });
}

eth::ContractCall<Address> PocoHub::token() const {
    return eth::calls::addressCall(hub_, "token()", {}, "Reading the hub's RLC token address");
}
eth::ContractCall<Address> PocoHub::appRegistry() const {
    return eth::calls::addressCall(hub_, "appregistry()", {}, "Reading the app registry address");
}
eth::ContractCall<Address> PocoHub::datasetRegistry() const {
    return eth::calls::addressCall(hub_, "datasetregistry()", {},
                                   "Reading the dataset registry address");
}
eth::ContractCall<Address> PocoHub::workerpoolRegistry() const {
    return eth::calls::addressCall(hub_, "workerpoolregistry()", {},
                                   "Reading the workerpool registry address");
}

eth::ContractCall<IexecAccount> PocoHub::viewAccount(const Address& account) const {
    return eth::calls::abiCall(hub_, "viewAccount(address)", {addr(account)},
                               {AbiType::parse("(uint256,uint256)")}, "Reading the iExec account")
        .then([](const std::vector<AbiValue>& v) {
            const auto& f = v.at(0).asList();
            return IexecAccount{f[0].asNumber(), f[1].asNumber()};
        });
}

eth::ContractCall<U256> PocoHub::viewConsumed(const Hash32& orderHash) const {
    return eth::calls::uintCall(hub_, "viewConsumed(bytes32)", {b32(orderHash)},
                                "Reading how much of an order was used");
}

eth::ContractCall<Address> PocoHub::viewPresigned(const Hash32& orderHash) const {
    return eth::calls::addressCall(hub_, "viewPresigned(bytes32)", {b32(orderHash)},
                                   "Reading an order's presignature");
}

eth::ContractCall<U256> PocoHub::countCategory() const {
    return eth::calls::uintCall(hub_, "countCategory()", {}, "Reading the categories");
}

eth::ContractCall<Deal> PocoHub::viewDeal(const Hash32& dealId) const {
    return eth::calls::abiCall(hub_, "viewDeal(bytes32)", {b32(dealId)}, {AbiType::parse(kDeal)},
                               "Reading a deal")
        .then([](const std::vector<AbiValue>& v) {
            const auto& f = v.at(0).asList();
            Deal d;
            d.app = resource(f[0]);
            d.dataset = resource(f[1]);
            d.workerpool = resource(f[2]);
            d.trust = f[3].asNumber();
            d.category = f[4].asNumber();
            d.tag = toHash(f[5]);
            d.requester = f[6].asAddress();
            d.beneficiary = f[7].asAddress();
            d.callback = f[8].asAddress();
            d.params = f[9].asString();
            d.startTime = f[10].asNumber();
            d.botFirst = f[11].asNumber();
            d.botSize = f[12].asNumber();
            d.workerStake = f[13].asNumber();
            d.schedulerRewardRatio = f[14].asNumber();
            d.sponsor = f[15].asAddress();
            return d;
        });
}

eth::ContractCall<Task> PocoHub::viewTask(const Hash32& taskId) const {
    return eth::calls::abiCall(hub_, "viewTask(bytes32)", {b32(taskId)}, {AbiType::parse(kTask)},
                               "Reading a task")
        .then([](const std::vector<AbiValue>& v) {
            const auto& f = v.at(0).asList();
            Task t;
            const U256 status = f[0].asNumber();
            if (status > U256(4))
                throw Error(ErrorCode::Corrupt, "The hub returned an unknown task status.");
            t.status = static_cast<TaskStatus>(status.toUint64());
            t.dealid = toHash(f[1]);
            t.idx = f[2].asNumber();
            t.timeref = f[3].asNumber();
            t.contributionDeadline = f[4].asNumber();
            t.revealDeadline = f[5].asNumber();
            t.finalDeadline = f[6].asNumber();
            t.consensusValue = toHash(f[7]);
            t.revealCounter = f[8].asNumber();
            t.winnerCounter = f[9].asNumber();
            for (const auto& c : f[10].asList())
                t.contributors.push_back(c.asAddress());
            t.resultDigest = toHash(f[11]);
            t.results = f[12].asBytes();
            t.resultsTimestamp = f[13].asNumber();
            t.resultsCallback = f[14].asBytes();
            return t;
        });
}

eth::ContractCall<bool> PocoHub::verifySignature(const Address& identity, const Hash32& hash,
                                                 const Bytes& signature) const {
    return eth::calls::boolCall(hub_, "verifySignature(address,bytes32,bytes)",
                                {addr(identity), b32(hash), AbiValue::bytes(signature)},
                                "Checking a signature");
}

eth::ContractCall<bool>
PocoHub::assertDatasetDealCompatibility(const SignedOrder<DatasetOrder>& order,
                                        const Hash32& dealId) const {
    return eth::calls::abiCall(
               hub_, std::string("assertDatasetDealCompatibility(") + kDatasetOrder + ",bytes32)",
               {toAbi(order), b32(dealId)}, {}, "Checking the dataset order against the deal")
        .then([](const std::vector<AbiValue>&) { return true; });
}

eth::TransactionRequest PocoHub::deposit(const U256& amount) const {
    return accountMove(hub_, "deposit(uint256)", eth::TxPurpose::Deposit, amount);
}

eth::TransactionRequest PocoHub::withdraw(const U256& amount) const {
    return accountMove(hub_, "withdraw(uint256)", eth::TxPurpose::Withdraw, amount);
}

eth::TransactionRequest PocoHub::manageDatasetOrder(const SignedOrder<DatasetOrder>& order,
                                                    OrderOperation operation,
                                                    const Bytes& operationSign) const {
    return manage<DatasetOrder>(hub_, "manageDatasetOrder", kDatasetOrder, toAbi(order), operation,
                                operationSign, ofDataset(order.order.dataset));
}

eth::TransactionRequest PocoHub::manageAppOrder(const SignedOrder<AppOrder>& order,
                                                OrderOperation operation,
                                                const Bytes& operationSign) const {
    return manage<AppOrder>(hub_, "manageAppOrder", kAppOrder, toAbi(order), operation,
                            operationSign, ofApp(order.order.app));
}

eth::TransactionRequest PocoHub::manageWorkerpoolOrder(const SignedOrder<WorkerpoolOrder>& order,
                                                       OrderOperation operation,
                                                       const Bytes& operationSign) const {
    return manage<WorkerpoolOrder>(hub_, "manageWorkerpoolOrder", kWorkerpoolOrder, toAbi(order),
                                   operation, operationSign, {});
}

eth::TransactionRequest PocoHub::manageRequestOrder(const SignedOrder<RequestOrder>& order,
                                                    OrderOperation operation,
                                                    const Bytes& operationSign) const {
    return manage<RequestOrder>(hub_, "manageRequestOrder", kRequestOrder, toAbi(order), operation,
                                operationSign, ofApp(order.order.app));
}

eth::TransactionRequest PocoHub::matchOrders(const SignedOrder<AppOrder>& app,
                                             const SignedOrder<DatasetOrder>& dataset,
                                             const SignedOrder<WorkerpoolOrder>& workerpool,
                                             const SignedOrder<RequestOrder>& request) const {
    eth::TransactionRequest r;
    r.to = hub_;
    r.data = eth::Abi::encodeCall(std::string("matchOrders(") + kAppOrder + "," + kDatasetOrder +
                                      "," + kWorkerpoolOrder + "," + kRequestOrder + ")",
                                  {toAbi(app), toAbi(dataset), toAbi(workerpool), toAbi(request)});
    r.purpose = eth::TxPurpose::RunApp;
    r.details.app = app.order.app;
    if (!dataset.order.dataset.isZero())
        r.details.dataset = dataset.order.dataset;
    return r;
}

Hash32 PocoHub::taskId(const Hash32& dealId, std::uint64_t index) {
    Bytes packed(dealId.begin(), dealId.end());
    const auto idx = U256(index).toBigEndian();
    packed.insert(packed.end(), idx.begin(), idx.end());
    return crypto::keccak256(packed);
}

const std::vector<std::string_view>& PocoHub::events() {
    static const std::vector<std::string_view> list = {kOrdersMatched,
                                                       kSchedulerNotice,
                                                       kReward,
                                                       kSeize,
                                                       kLock,
                                                       kUnlock,
                                                       kTransfer,
                                                       kSignedDatasetOrder,
                                                       kClosedDatasetOrder,
                                                       kTaskInitialize,
                                                       kTaskFinalize,
                                                       kTaskClaimed};
    return list;
}

} // namespace sr::iexec
