// libFuzzer target: a protected data's schema as recorded on chain (anyone's text), read as the
// listings and the grant dialog read it. Invariants: an unreadable schema has no fields; a
// readable one has at most kMaxSchemaFields, sorted, each "path:type"; an app's need is missing
// exactly when the data's fields lack it.

#include "iexec/AppCatalog.h"
#include "iexec/ProtectedData.h"
#include "util/Error.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sr::iexec;
    const std::string schema(reinterpret_cast<const char*>(data), size);
    const auto fields = readSchemaFields(schema);
    if (schemaReadable(schema) != fields.has_value())
        __builtin_trap();
    if (!fields) {
        if (!schemaFields(schema).empty())
            __builtin_trap();
    } else {
        if (fields->size() > kMaxSchemaFields || !std::is_sorted(fields->begin(), fields->end()))
            __builtin_trap();
        for (const auto& f : *fields)
            if (f.find(':') == std::string::npos)
                __builtin_trap();
    }
    static const nlohmann::json need = {{"email", "string"}, {"profile", {{"age", "f64"}}}};
    const auto missing = missingSchemaFields(need, schema);
    const auto has = [&](const char* field) {
        return fields && std::find(fields->begin(), fields->end(), field) != fields->end();
    };
    const bool emailMissing =
        std::find(missing.begin(), missing.end(), "email: string") != missing.end();
    if (emailMissing == has("email:string"))
        __builtin_trap();
    ProtectedData d;
    d.schema = schema;
    ProtectedDataQuery query;
    query.schemaField = "email";
    (void)matches(d, query);
    return 0;
}
