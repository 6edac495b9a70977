#include "iexec/ProtectJournal.h"

#include "eth/Hex.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "util/EnumNames.h"
#include "util/Error.h"

#include <chrono>
#include <nlohmann/json.hpp>
#include <utility>

namespace sr::iexec {
namespace {

constexpr EnumName<ProtectStep> kSteps[] = {
    {ProtectStep::Seal, "seal"},          {ProtectStep::Upload, "upload"},
    {ProtectStep::Gateway, "gateway"},    {ProtectStep::Register, "register"},
    {ProtectStep::Confirm, "confirm"},    {ProtectStep::PushKey, "push-key"},
    {ProtectStep::CheckKey, "check-key"}, {ProtectStep::Done, "done"},
};

constexpr EnumName<ProtectState> kStates[] = {
    {ProtectState::Active, "active"},
    {ProtectState::Failed, "failed"},
    {ProtectState::Done, "done"},
    {ProtectState::Cancelled, "cancelled"},
};

constexpr const char* kColumns =
    "id, chain_id, owner, name, paths, step, state, sealed_key, encrypted_file, schema, "
    "checksum, cid, encrypted_size, zip_size, tx_id, tx_hash, dataset, error_code, error, "
    "created_at, updated_at, fields, error_reason, error_params";

std::int64_t now() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string pathsToText(const std::vector<std::filesystem::path>& paths) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& p : paths)
        list.push_back(p.string());
    return list.dump();
}

// Typed fields as [{"key", "type" (the schema's scalar names), "value"}]; an i128 is kept as
// its decimal text, which JSON numbers cannot hold exactly.
} // namespace

std::string protectFieldsToText(const std::vector<DataField>& fields) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& f : fields) {
        nlohmann::json j = {{"key", f.key}};
        switch (f.value.kind) {
        case DataKind::Bool:
            j["type"] = "bool";
            j["value"] = f.value.boolean;
            break;
        case DataKind::F64:
            j["type"] = "f64";
            j["value"] = f.value.number;
            break;
        case DataKind::I128:
            j["type"] = "i128";
            j["value"] = formatInt128(f.value.integer);
            break;
        case DataKind::String:
            j["type"] = "string";
            j["value"] = f.value.text;
            break;
        default:
            throw Error(ErrorCode::InvalidArgument,
                        "The field \"" + f.key +
                            "\" is not a text, a number or a boolean; add files as paths.");
        }
        list.push_back(std::move(j));
    }
    return list.dump();
}

std::vector<DataField> protectFieldsFromText(const std::string& text) {
    const auto list = nlohmann::json::parse(text, nullptr, false);
    if (!list.is_array())
        throw Error(ErrorCode::Corrupt, "The protect journal holds a malformed list of fields.");
    std::vector<DataField> fields;
    try {
        for (const auto& j : list) {
            const std::string type = j.at("type").get<std::string>();
            const auto& v = j.at("value");
            DataValue value;
            if (type == "bool")
                value = DataValue::ofBool(v.get<bool>());
            else if (type == "f64")
                value = DataValue::ofNumber(v.get<double>());
            else if (type == "i128")
                value = DataValue::ofInteger(parseInt128(v.get<std::string>()));
            else if (type == "string")
                value = DataValue::ofText(v.get<std::string>());
            else
                throw Error(ErrorCode::Corrupt,
                            "The protect journal holds a field of unknown type \"" + type + "\".");
            fields.push_back({j.at("key").get<std::string>(), std::move(value)});
        }
    } catch (const nlohmann::json::exception&) {
        throw Error(ErrorCode::Corrupt, "The protect journal holds a malformed field.");
    }
    return fields;
}

namespace {

std::vector<std::filesystem::path> pathsFromText(const std::string& text) {
    const auto list = nlohmann::json::parse(text, nullptr, false);
    if (!list.is_array())
        throw Error(ErrorCode::Corrupt, "The protect journal holds a malformed list of files.");
    std::vector<std::filesystem::path> paths;
    for (const auto& p : list)
        paths.emplace_back(p.get<std::string>());
    return paths;
}

ProtectOperation readRow(const Database::Statement& s) {
    ProtectOperation o;
    o.id = s.integer(0);
    o.chainId = static_cast<std::uint64_t>(s.integer(1));
    o.owner = eth::Address::fromHex(s.text(2));
    o.name = s.text(3);
    o.paths = pathsFromText(s.text(4));
    o.step = protectStepFromName(s.text(5));
    o.state = protectStateFromName(s.text(6));
    o.sealedKey = s.text(7);
    o.encryptedFile = s.text(8);
    o.schema = s.text(9);
    if (!s.isNull(10))
        o.checksum = eth::fromHexFixed<32>(s.text(10));
    o.cid = s.text(11);
    o.encryptedSize = static_cast<std::uint64_t>(s.integer(12));
    o.zipSize = static_cast<std::uint64_t>(s.integer(13));
    if (!s.isNull(14))
        o.txId = s.integer(14);
    if (!s.isNull(15))
        o.txHash = eth::fromHexFixed<32>(s.text(15));
    if (!s.isNull(16))
        o.dataset = eth::Address::fromHex(s.text(16));
    if (!s.text(17).empty() || !s.text(18).empty()) {
        // A row written before reasons were kept has none: it is shown by its message.
        o.failure = RecordedError::fromCodeName(s.text(17), s.text(18));
        o.failure->reason = errorReasonFromName(s.text(22));
        o.failure->params = errorParamsFromText(s.text(23));
    }
    o.createdAt = s.integer(19);
    o.updatedAt = s.integer(20);
    // Written in clear by versions before the fields were sealed with the key: read so that
    // the next run seals them (and its update blanks the column).
    o.fields = protectFieldsFromText(s.text(21));
    return o;
}

// Binds the mutable fields as ?1..?18 in the order of the UPDATE below (?19 is the id).
void bindMutable(Database::Statement& s, const ProtectOperation& o) {
    s.bind(1, protectStepName(o.step));
    s.bind(2, protectStateName(o.state));
    s.bind(3, o.sealedKey);
    s.bind(4, o.encryptedFile.string());
    s.bind(5, o.schema);
    if (o.checksum)
        s.bind(6, eth::toHex(*o.checksum));
    else
        s.bindNull(6);
    s.bind(7, o.cid);
    s.bind(8, static_cast<std::int64_t>(o.encryptedSize));
    s.bind(9, static_cast<std::int64_t>(o.zipSize));
    if (o.txId)
        s.bind(10, *o.txId);
    else
        s.bindNull(10);
    if (o.txHash)
        s.bind(11, eth::toHex(*o.txHash));
    else
        s.bindNull(11);
    if (o.dataset)
        s.bind(12, o.dataset->toChecksumHex());
    else
        s.bindNull(12);
    s.bind(13, o.failure ? errorCodeName(o.failure->code) : std::string_view(""));
    s.bind(14, o.failure ? o.failure->message : std::string());
    s.bind(15, o.updatedAt);
    // Never in clear: the pipeline seals the typed fields with the dataset key, under the
    // wallet password (ProtectOperation::sealedKey). Checked all the same, so that a bad
    // field is refused here as before.
    (void)protectFieldsToText(o.fields);
    s.bind(16, std::string("[]"));
    s.bind(17, o.failure ? errorReasonName(o.failure->reason) : std::string_view(""));
    s.bind(18, errorParamsToText(o.failure ? o.failure->params : ErrorParams()));
}

void writeMutable(Database& db, ProtectOperation& o) {
    o.updatedAt = now();
    auto s = db.prepare(
        "UPDATE protect_operations SET step = ?1, state = ?2, sealed_key = ?3, "
        "encrypted_file = ?4, schema = ?5, checksum = ?6, cid = ?7, encrypted_size = ?8, "
        "zip_size = ?9, tx_id = ?10, tx_hash = ?11, dataset = ?12, error_code = ?13, "
        "error = ?14, updated_at = ?15, fields = ?16, error_reason = ?17, error_params = ?18 "
        "WHERE id = ?19");
    bindMutable(s, o);
    s.bind(19, o.id);
    s.run();
    if (db.changes() != 1)
        throw Error(ErrorCode::NotFound,
                    "Protect operation " + std::to_string(o.id) + " is not in the journal.");
}

} // namespace

std::string_view protectStepName(ProtectStep step) noexcept {
    return enumName(kSteps, step);
}

ProtectStep protectStepFromName(std::string_view name) {
    return storedEnum(kSteps, name, "The protect journal", "step");
}

std::string_view protectStepLabel(ProtectStep step) noexcept {
    switch (step) {
    case ProtectStep::Seal:
        return "Encrypting";
    case ProtectStep::Upload:
        return "Uploading to IPFS";
    case ProtectStep::Gateway:
        return "Checking the IPFS gateway";
    case ProtectStep::Register:
        return "Registering on chain";
    case ProtectStep::Confirm:
        return "Waiting for the transaction";
    case ProtectStep::PushKey:
        return "Handing the key to the SMS";
    case ProtectStep::CheckKey:
        return "Checking the SMS holds the key";
    case ProtectStep::Done:
        return "Done";
    }
    return "";
}

std::string_view protectStateName(ProtectState state) noexcept {
    return enumName(kStates, state);
}

ProtectState protectStateFromName(std::string_view name) {
    return storedEnum(kStates, name, "The protect journal", "state");
}

ProtectJournal::ProtectJournal(const std::filesystem::path& databaseFile)
    : db_(std::make_unique<Database>(databaseFile, strongroomMigrations())) {}

ProtectJournal::~ProtectJournal() = default;

ProtectOperation ProtectJournal::insert(ProtectOperation o) {
    std::lock_guard lock(mutex_);
    o.createdAt = o.updatedAt = now();
    db_->transaction([&] {
        auto s = db_->prepare("INSERT INTO protect_operations (chain_id, owner, name, paths, "
                              "step, state, sealed_key, created_at, updated_at) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)");
        s.bind(1, static_cast<std::int64_t>(o.chainId))
            .bind(2, o.owner.toChecksumHex())
            .bind(3, o.name)
            .bind(4, pathsToText(o.paths))
            .bind(5, protectStepName(o.step))
            .bind(6, protectStateName(o.state))
            .bind(7, o.sealedKey)
            .bind(8, o.createdAt);
        s.run();
        o.id = db_->lastInsertId();
        writeMutable(*db_, o); // the other fields, through their one writer
    });
    return o;
}

void ProtectJournal::update(ProtectOperation& o) {
    std::lock_guard lock(mutex_);
    writeMutable(*db_, o);
}

std::optional<ProtectOperation> ProtectJournal::find(std::int64_t id) const {
    std::lock_guard lock(mutex_);
    auto s =
        db_->prepare(std::string("SELECT ") + kColumns + " FROM protect_operations WHERE id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readRow(s);
}

std::vector<ProtectOperation> ProtectJournal::list(std::uint64_t chainId, bool unfinishedOnly,
                                                   const std::optional<eth::Address>& owner) const {
    std::lock_guard lock(mutex_);
    auto s = db_->prepare(std::string("SELECT ") + kColumns +
                          " FROM protect_operations WHERE (?1 = 0 OR chain_id = ?1)"
                          " AND (?2 = 0 OR state IN ('active', 'failed'))"
                          " AND (?3 = '' OR owner = ?3) ORDER BY id DESC");
    s.bind(1, static_cast<std::int64_t>(chainId));
    s.bind(2, static_cast<std::int64_t>(unfinishedOnly ? 1 : 0));
    s.bind(3, owner ? owner->toChecksumHex() : std::string());
    std::vector<ProtectOperation> out;
    while (s.step())
        out.push_back(readRow(s));
    return out;
}

} // namespace sr::iexec
