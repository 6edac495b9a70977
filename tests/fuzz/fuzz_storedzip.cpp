// libFuzzer target: a zip read back (a protected data's content, downloaded or decrypted, is a
// stranger's file until checked): StoredZipReader on the raw bytes, every entry read, then
// readDataZip with a small schema. Invariants: rejection is an sr::Error; an entry's reported
// data lies inside the file; what readAll returns has the size the directory gives.

#include "iexec/DataZip.h"
#include "iexec/StoredZip.h"
#include "util/Error.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <unistd.h>

namespace {

const std::filesystem::path& scratch() {
    static const std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("fuzz_storedzip." + std::to_string(::getpid()));
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sr::iexec;
    {
        std::ofstream out(scratch(), std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    try {
        const StoredZipReader reader(scratch());
        for (const auto& entry : reader.entries()) {
            if (entry.dataOffset > size || entry.header.size > size - entry.dataOffset)
                __builtin_trap();
            try {
                if (reader.readAll(entry).size() != entry.header.size)
                    __builtin_trap();
            } catch (const sr::Error&) {
            }
        }
    } catch (const sr::Error&) {
    }
    static const nlohmann::ordered_json schema = {
        {"email", "string"}, {"n", "f64"},           {"big", "i128"},
        {"ok", "bool"},      {"photo", "image/png"}, {"folder", {{"inner", "string"}}}};
    try {
        (void)readDataZip(scratch(), schema, 1u << 20);
    } catch (const sr::Error&) {
    }
    std::error_code ec;
    std::filesystem::remove(scratch(), ec);
    return 0;
}
