#include "compute/ComputeJournal.h"

#include "eth/Hex.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "util/EnumNames.h"
#include "util/Error.h"

#include <chrono>

namespace sr::compute {
namespace {

constexpr EnumName<ComputeStep> kStepNames[] = {
    {ComputeStep::Plan, "plan"},
    {ComputeStep::PushKey, "push-key"},
    {ComputeStep::PushSecrets, "push-secrets"},
    {ComputeStep::Sign, "sign"},
    {ComputeStep::Match, "match"},
    {ComputeStep::Confirm, "confirm"},
    {ComputeStep::Done, "done"},
};
constexpr std::string_view kStepLabels[] = {"Choosing the orders",
                                            "Writing the result key to the SMS",
                                            "Writing the secrets to the SMS",
                                            "Signing the request",
                                            "Sending the request (matchOrders)",
                                            "Waiting for the deal",
                                            "Requested"};
constexpr EnumName<ComputeState> kStateNames[] = {
    {ComputeState::Active, "active"},
    {ComputeState::Failed, "failed"},
    {ComputeState::Done, "done"},
    {ComputeState::Cancelled, "cancelled"},
};

std::int64_t secondsNow() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

nlohmann::json optionalHash(const std::optional<Hash32>& h) {
    return h ? nlohmann::json(eth::toHex(*h)) : nlohmann::json(nullptr);
}

std::optional<Hash32> hashFrom(const nlohmann::json& j) {
    if (j.is_null())
        return std::nullopt;
    return eth::fromHexFixed<32>(j.get<std::string>());
}

} // namespace

std::string_view computeStepName(ComputeStep step) noexcept {
    return enumName(kStepNames, step);
}

ComputeStep computeStepFromName(std::string_view name) {
    return storedEnum(kStepNames, name, "The computation journal", "step");
}

std::string_view computeStepLabel(ComputeStep step) noexcept {
    return kStepLabels[static_cast<std::size_t>(step)];
}

std::string_view computeStateName(ComputeState state) noexcept {
    return enumName(kStateNames, state);
}

ComputeState computeStateFromName(std::string_view name) {
    return storedEnum(kStateNames, name, "The computation journal", "state");
}

nlohmann::json ComputeJournal::toJson(const ComputeOperation& o) {
    nlohmann::json secrets = nlohmann::json::object();
    for (const auto& [n, s] : o.secrets)
        secrets[std::to_string(n)] = {{"file", s.file.string()}, {"name", s.name}};
    return {{"requester", o.requester.toChecksumHex()},
            {"app", o.app.toChecksumHex()},
            {"dataset", o.dataset.toChecksumHex()},
            {"workerpool", o.workerpool ? nlohmann::json(o.workerpool->toChecksumHex())
                                        : nlohmann::json(nullptr)},
            {"maxPrice",
             o.maxPrice ? nlohmann::json(o.maxPrice->toDecimal()) : nlohmann::json(nullptr)},
            {"category", o.category},
            {"args", o.args ? nlohmann::json(*o.args) : nlohmann::json(nullptr)},
            {"inputFiles", o.inputFiles},
            {"secrets", secrets},
            {"encrypt", o.encrypt},
            {"step", computeStepName(o.step)},
            {"orders", o.orders},
            {"requestOrder", o.requestOrder},
            {"txId", o.txId ? nlohmann::json(*o.txId) : nlohmann::json(nullptr)},
            {"txHash", optionalHash(o.txHash)},
            {"dealId", optionalHash(o.dealId)},
            {"taskId", optionalHash(o.taskId)},
            {"errorCode", o.failure ? errorCodeName(o.failure->code) : std::string_view("")},
            {"error", o.failure ? o.failure->message : std::string()},
            {"errorReason", o.failure ? errorReasonName(o.failure->reason) : std::string_view("")},
            {"errorParams", nlohmann::json::parse(
                                errorParamsToText(o.failure ? o.failure->params : ErrorParams()))}};
}

ComputeOperation ComputeJournal::fromJson(const nlohmann::json& d) {
    try {
        ComputeOperation o;
        o.requester = eth::Address::fromHex(d.at("requester").get<std::string>());
        o.app = eth::Address::fromHex(d.at("app").get<std::string>());
        o.dataset = eth::Address::fromHex(d.at("dataset").get<std::string>());
        if (!d.at("workerpool").is_null())
            o.workerpool = eth::Address::fromHex(d["workerpool"].get<std::string>());
        if (!d.at("maxPrice").is_null())
            o.maxPrice = eth::U256::fromDecimal(d["maxPrice"].get<std::string>());
        o.category = d.at("category").get<std::uint64_t>();
        if (!d.at("args").is_null())
            o.args = d["args"].get<std::string>();
        o.inputFiles = d.at("inputFiles").get<std::vector<std::string>>();
        for (const auto& [n, s] : d.at("secrets").items())
            o.secrets[std::stoull(n)] = {s.at("file").get<std::string>(),
                                         s.at("name").get<std::string>()};
        o.encrypt = d.at("encrypt").get<bool>();
        o.step = computeStepFromName(d.at("step").get<std::string>());
        o.orders = d.at("orders");
        o.requestOrder = d.at("requestOrder");
        if (!d.at("txId").is_null())
            o.txId = d["txId"].get<std::int64_t>();
        o.txHash = hashFrom(d.at("txHash"));
        o.dealId = hashFrom(d.at("dealId"));
        o.taskId = hashFrom(d.at("taskId"));
        const auto errorCode = d.at("errorCode").get<std::string>();
        auto error = d.at("error").get<std::string>();
        if (!errorCode.empty() || !error.empty()) {
            // A computation journaled before reasons were kept has none: shown by its message.
            o.failure = RecordedError::fromCodeName(errorCode, std::move(error));
            o.failure->reason = errorReasonFromName(d.value("errorReason", std::string()));
            o.failure->params =
                errorParamsFromText(d.value("errorParams", nlohmann::json::array()).dump());
        }
        return o;
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::Corrupt,
                    std::string("A computation in the journal is damaged: ") + e.what());
    } catch (const std::invalid_argument&) {
        throw Error(ErrorCode::Corrupt, "A computation in the journal has a bad secret number.");
    } catch (const std::out_of_range&) {
        throw Error(ErrorCode::Corrupt, "A computation in the journal has a bad secret number.");
    } catch (const Error& e) {
        throw Error(ErrorCode::Corrupt,
                    std::string("A computation in the journal is damaged: ") + e.what());
    }
}

namespace {

constexpr const char* kColumns = "id, chain_id, state, doc, created_at, updated_at";

ComputeOperation readRow(const Database::Statement& s) {
    const auto doc = nlohmann::json::parse(s.text(3), nullptr, false);
    if (doc.is_discarded())
        throw Error(ErrorCode::Corrupt, "A computation in the journal is not JSON.");
    ComputeOperation o = ComputeJournal::fromJson(doc);
    o.id = s.integer(0);
    o.chainId = static_cast<std::uint64_t>(s.integer(1));
    o.state = computeStateFromName(s.text(2));
    o.createdAt = s.integer(4);
    o.updatedAt = s.integer(5);
    return o;
}

} // namespace

ComputeJournal::ComputeJournal(const std::filesystem::path& databaseFile)
    : db_(std::make_unique<Database>(databaseFile, strongroomMigrations())) {}

ComputeJournal::~ComputeJournal() = default;

ComputeOperation ComputeJournal::insert(ComputeOperation o) {
    std::lock_guard lock(mutex_);
    o.createdAt = o.updatedAt = secondsNow();
    auto s = db_->prepare("INSERT INTO compute_operations (chain_id, requester, state, deal_id, "
                          "task_id, doc, created_at, updated_at) "
                          "VALUES (?1, ?2, ?3, NULL, NULL, ?4, ?5, ?5)");
    s.bind(1, static_cast<std::int64_t>(o.chainId))
        .bind(2, o.requester.toChecksumHex())
        .bind(3, computeStateName(o.state))
        .bind(4, toJson(o).dump())
        .bind(5, o.createdAt);
    s.run();
    o.id = db_->lastInsertId();
    return o;
}

void ComputeJournal::update(ComputeOperation& o) {
    std::lock_guard lock(mutex_);
    o.updatedAt = secondsNow();
    auto s = db_->prepare("UPDATE compute_operations SET state = ?2, deal_id = ?3, task_id = ?4, "
                          "doc = ?5, updated_at = ?6 WHERE id = ?1");
    s.bind(1, o.id).bind(2, computeStateName(o.state));
    if (o.dealId)
        s.bind(3, eth::toHex(*o.dealId));
    else
        s.bindNull(3);
    if (o.taskId)
        s.bind(4, eth::toHex(*o.taskId));
    else
        s.bindNull(4);
    s.bind(5, toJson(o).dump()).bind(6, o.updatedAt);
    s.run();
}

std::optional<ComputeOperation> ComputeJournal::find(std::int64_t id) const {
    std::lock_guard lock(mutex_);
    auto s =
        db_->prepare(std::string("SELECT ") + kColumns + " FROM compute_operations WHERE id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readRow(s);
}

std::optional<ComputeOperation> ComputeJournal::findByTask(const Hash32& taskId) const {
    std::lock_guard lock(mutex_);
    auto s = db_->prepare(std::string("SELECT ") + kColumns +
                          " FROM compute_operations WHERE task_id = ?1 ORDER BY id DESC");
    s.bind(1, eth::toHex(taskId));
    if (!s.step())
        return std::nullopt;
    return readRow(s);
}

std::vector<ComputeOperation>
ComputeJournal::list(std::uint64_t chainId, bool unfinishedOnly,
                     const std::optional<eth::Address>& requester) const {
    std::lock_guard lock(mutex_);
    auto s = db_->prepare(std::string("SELECT ") + kColumns +
                          " FROM compute_operations WHERE (?1 = 0 OR chain_id = ?1)"
                          " AND (?2 = 0 OR state IN ('active', 'failed'))"
                          " AND (?3 = '' OR requester = ?3) ORDER BY id DESC");
    s.bind(1, static_cast<std::int64_t>(chainId));
    s.bind(2, static_cast<std::int64_t>(unfinishedOnly ? 1 : 0));
    s.bind(3, requester ? requester->toChecksumHex() : std::string());
    std::vector<ComputeOperation> out;
    while (s.step())
        out.push_back(readRow(s));
    return out;
}

} // namespace sr::compute
