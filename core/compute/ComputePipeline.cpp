#include "compute/ComputePipeline.h"

#include "compute/RequestBuilder.h"
#include "crypto/SecureRandom.h"
#include "eth/ContractCaller.h"
#include "eth/Eip191.h"
#include "eth/Hex.h"
#include "iexec/IexecOrders.h"
#include "iexec/MarketClient.h"
#include "iexec/PocoHub.h"
#include "iexec/SmsClient.h"
#include "store/AtomicFile.h"
#include "util/Base64.h"
#include "util/Error.h"

#include <atomic>

namespace sr::compute {
namespace {

std::atomic<ComputePipeline::StepHook> testHook{nullptr};

void testStopAt(ComputeStep step) {
    if (const auto hook = testHook.load())
        hook(step);
}

template <typename Order> nlohmann::json signedJson(const iexec::SignedOrder<Order>& o) {
    nlohmann::json j = iexec::toJson(o.order);
    j["sign"] = eth::toHex(o.sign);
    return j;
}

Bytes signOf(const nlohmann::json& j) {
    return eth::fromHex(j.at("sign").get<std::string>());
}

iexec::OrderDomain domainOf(eth::JsonRpcClient& rpc, const iexec::PocoHub& hub,
                            const CancelToken* cancel) {
    eth::ContractCaller caller(rpc);
    return caller.call(hub.domain(), cancel);
}

crypto::SecretBytes readSecretFile(const std::filesystem::path& file, std::uint64_t number) {
    std::string value;
    try {
        value = readFile(file);
    } catch (const Error& e) {
        throw Error(e.code(), "Secret " + std::to_string(number) + " cannot be read from " +
                                  file.string() + ": " + e.what());
    }
    crypto::SecretBytes out(asBytes(value));
    std::fill(value.begin(), value.end(), '\0');
    if (out.size() == 0)
        throw Error(ErrorCode::InvalidArgument,
                    "Secret " + std::to_string(number) + " (" + file.string() + ") is empty.");
    return out;
}

} // namespace

void ComputePipeline::setTestStepHook(StepHook hook) {
    testHook.store(hook);
}

ComputePipeline::ComputePipeline(NetworkProfile profile, eth::JsonRpcClient& rpc,
                                 eth::TransactionManager& manager, ComputeJournal& journal)
    : profile_(std::move(profile)), rpc_(rpc), manager_(manager), journal_(journal) {}

ComputeOperation ComputePipeline::find(std::int64_t id) const {
    auto op = journal_.find(id);
    if (!op)
        throw Error(ErrorCode::NotFound, "No computation " + std::to_string(id) + ".");
    return *op;
}

Plan ComputePipeline::plan(const ComputeOperation& op, const CancelToken* cancel) {
    const iexec::PocoHub hub(profile_.hubAddress());
    iexec::MarketClient market(profile_.marketApi, domainOf(rpc_, hub, cancel));
    eth::ContractCaller caller(rpc_);
    PlanRequest r;
    r.app = op.app;
    r.dataset = op.dataset;
    r.requester = op.requester;
    r.workerpool = op.workerpool;
    r.maxPrice = op.maxPrice;
    r.category = op.category;
    return planComputation(market, caller, hub, r, cancel);
}

ComputeOperation ComputePipeline::create(ComputeOperation op) {
    // Checked now, so that a bad request is refused before anything is recorded.
    RequestParams params;
    params.args = op.args;
    params.inputFiles = op.inputFiles;
    params.encryptResult = op.encrypt;
    for (auto& [number, secret] : op.secrets) {
        (void)readSecretFile(secret.file, number);
        // The name DataProtector draws: "0x" + 16 random bytes, fixed for the operation so
        // that a resumed push finds its own secret.
        secret.name = eth::toHex(crypto::randomBytes(16));
        params.secrets[number] = secret.name;
    }
    (void)requestParamsJson(params);
    op.chainId = profile_.chainId;
    op.step = ComputeStep::Plan;
    op.state = ComputeState::Active;
    return journal_.insert(std::move(op));
}

eth::TransactionRequest ComputePipeline::matchRequest(const ComputeOperation& op) const {
    const auto& o = op.orders;
    const iexec::SignedOrder<iexec::AppOrder> app{iexec::appOrderFromJson(o.at("app")),
                                                  signOf(o.at("app"))};
    iexec::SignedOrder<iexec::DatasetOrder> dataset;
    if (!o.at("dataset").is_null())
        dataset = {iexec::datasetOrderFromJson(o.at("dataset")), signOf(o.at("dataset"))};
    const iexec::SignedOrder<iexec::WorkerpoolOrder> pool{
        iexec::workerpoolOrderFromJson(o.at("workerpool")), signOf(o.at("workerpool"))};
    const iexec::SignedOrder<iexec::RequestOrder> request{
        iexec::requestOrderFromJson(op.requestOrder), signOf(op.requestOrder)};
    auto tx = iexec::PocoHub(profile_.hubAddress()).matchOrders(app, dataset, pool, request);
    tx.purpose = eth::TxPurpose::RunApp;
    tx.details.app = op.app;
    if (!op.dataset.isZero())
        tx.details.dataset = op.dataset;
    return tx;
}

std::optional<TxRecord>
ComputePipeline::journaledMatch(const ComputeOperation& op,
                                const eth::TransactionRequest& wanted) const {
    return manager_.journal().findJournaledCall(op.chainId, op.requester, wanted.to, wanted.data,
                                                op.createdAt);
}

void ComputePipeline::step(ComputeOperation& op, const eth::Signer& signer,
                           const std::string& publicKeyPem, const CancelToken* cancel) {
    const iexec::PocoHub hub(profile_.hubAddress());
    switch (op.step) {
    case ComputeStep::Plan: {
        const Plan p = plan(op, cancel);
        op.orders = {
            {"app", signedJson(p.app)},
            {"dataset", op.dataset.isZero() ? nlohmann::json(nullptr) : signedJson(p.dataset)},
            {"workerpool", signedJson(p.workerpool)},
            {"tag", eth::toHex(p.tag)},
            {"total", p.total().toDecimal()}};
        testStopAt(ComputeStep::Plan);
        op.step = op.encrypt ? ComputeStep::PushKey : ComputeStep::PushSecrets;
        break;
    }
    case ComputeStep::PushKey: {
        if (publicKeyPem.empty())
            throw Error(ErrorCode::InvalidArgument,
                        "This account has no result key: the result cannot be encrypted for it.");
        iexec::SmsClient(profile_.sms)
            .setWeb2Secret(kResultKeySecret, base64Encode(asBytes(publicKeyPem)), signer, cancel);
        testStopAt(ComputeStep::PushKey);
        op.step = ComputeStep::PushSecrets;
        break;
    }
    case ComputeStep::PushSecrets: {
        iexec::SmsClient sms(profile_.sms);
        for (const auto& [number, secret] : op.secrets) {
            // 409 after a crash right after our own push: the name is ours, drawn once.
            (void)sms.pushRequesterSecret(secret.name, readSecretFile(secret.file, number), signer,
                                          cancel);
        }
        testStopAt(ComputeStep::PushSecrets);
        op.step = ComputeStep::Sign;
        break;
    }
    case ComputeStep::Sign: {
        const auto pool = iexec::workerpoolOrderFromJson(op.orders.at("workerpool"));
        RequestFields f;
        f.app = op.app;
        f.appmaxprice = iexec::appOrderFromJson(op.orders.at("app")).appprice;
        f.dataset = op.dataset;
        if (!op.dataset.isZero())
            f.datasetmaxprice = iexec::datasetOrderFromJson(op.orders.at("dataset")).datasetprice;
        f.workerpool = pool.workerpool;
        f.workerpoolmaxprice = pool.workerpoolprice;
        f.requester = op.requester;
        f.category = pool.category;
        f.params.args = op.args;
        f.params.inputFiles = op.inputFiles;
        f.params.encryptResult = op.encrypt;
        for (const auto& [number, secret] : op.secrets)
            f.params.secrets[number] = secret.name;
        const auto order = buildRequestOrder(f);
        const auto domain = domainOf(rpc_, hub, cancel);
        op.requestOrder = iexec::toJson(order);
        const crypto::Signature sig = signer.signHash(iexec::orderHash(domain, order));
        op.requestOrder["sign"] = eth::toHex(eth::toRsv(sig));
        testStopAt(ComputeStep::Sign);
        op.step = ComputeStep::Match;
        break;
    }
    case ComputeStep::Match: {
        const auto domain = domainOf(rpc_, hub, cancel);
        const Hash32 requestHash =
            iexec::orderHash(domain, iexec::requestOrderFromJson(op.requestOrder));
        eth::ContractCaller caller(rpc_);
        if (caller.call(hub.viewConsumed(requestHash), cancel) != eth::U256(0)) {
            // Already matched (a crash after sending): the deal is there, nothing to send.
            op.dealId = iexec::PocoHub::taskId(requestHash, 0);
            op.step = ComputeStep::Confirm;
            break;
        }
        const auto wanted = matchRequest(op);
        std::optional<TxRecord> sent = journaledMatch(op, wanted);
        if (!sent)
            sent = manager_.send(wanted, signer, cancel);
        testStopAt(ComputeStep::Match);
        op.txId = sent->id;
        op.txHash = sent->hash;
        op.step = ComputeStep::Confirm;
        break;
    }
    case ComputeStep::Confirm: {
        const auto domain = domainOf(rpc_, hub, cancel);
        const Hash32 requestHash =
            iexec::orderHash(domain, iexec::requestOrderFromJson(op.requestOrder));
        if (op.txId) {
            const TxRecord settled = manager_.wait(*op.txId, std::chrono::minutes(10), cancel);
            if (settled.status != TxStatus::Confirmed) {
                op.txId.reset();
                op.txHash.reset();
                op.step = ComputeStep::Match;
                journal_.update(op);
                throw Error(settled.status == TxStatus::Failed ? ErrorCode::Reverted
                                                               : ErrorCode::Network,
                            "The request (matchOrders) did not succeed (" +
                                std::string(txStatusName(settled.status)) +
                                (settled.error.empty() ? "" : ": " + settled.error) +
                                "); nothing was paid. Resume to try again, or cancel.");
            }
        }
        // Deal id = keccak256(request order hash || what was consumed before: 0).
        const Hash32 dealId = iexec::PocoHub::taskId(requestHash, 0);
        eth::ContractCaller caller(rpc_);
        if (!caller.call(hub.viewDeal(dealId), cancel).exists())
            throw Error(ErrorCode::Corrupt, "The request was mined but the hub has no deal " +
                                                eth::toHex(dealId) + ".");
        testStopAt(ComputeStep::Confirm);
        op.dealId = dealId;
        op.taskId = iexec::PocoHub::taskId(dealId, 0);
        op.step = ComputeStep::Done;
        break;
    }
    case ComputeStep::Done:
        break;
    }
}

ComputeOperation ComputePipeline::run(std::int64_t id, const eth::Signer& signer,
                                      const std::string& publicKeyPem, const Observer& observer,
                                      const CancelToken* cancel) {
    ComputeOperation op = find(id);
    if (op.finished())
        return op;
    if (signer.address() != op.requester)
        throw Error(ErrorCode::InvalidArgument,
                    "Computation " + std::to_string(id) + " is requested by " +
                        op.requester.toChecksumHex() + ": unlock that account to resume it.");
    op.state = ComputeState::Active;
    op.failure.reset();
    journal_.update(op);
    try {
        while (op.step != ComputeStep::Done) {
            if (observer)
                observer(op);
            step(op, signer, publicKeyPem, cancel);
            journal_.update(op);
        }
    } catch (const Error& e) {
        op.state = ComputeState::Failed;
        op.failure = RecordedError::of(e);
        journal_.update(op);
        throw;
    }
    op.state = ComputeState::Done;
    journal_.update(op);
    if (observer)
        observer(op);
    return op;
}

ComputeOperation ComputePipeline::cancel(std::int64_t id) {
    ComputeOperation op = find(id);
    if (op.finished())
        throw Error(ErrorCode::InvalidArgument, "Computation " + std::to_string(id) +
                                                    " is already " +
                                                    std::string(computeStateName(op.state)) + ".");
    if (op.step >= ComputeStep::Match && !op.requestOrder.is_null() &&
        (op.txId || journaledMatch(op, matchRequest(op))))
        throw Error(ErrorCode::InvalidArgument,
                    "Computation " + std::to_string(id) +
                        " already sent its request to the chain: resume it to follow it.");
    op.state = ComputeState::Cancelled;
    journal_.update(op);
    return op;
}

} // namespace sr::compute
