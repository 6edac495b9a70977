// libFuzzer target: a task result archive as an IPFS gateway hands it over (anyone's bytes
// until checked): compute::openResult decrypts when it holds aes-key.rsa and
// iexec_out.zip.aes (with a key of ours, which a stranger's archive does not fit), unpacks into
// a scratch folder and reads computed.json. Invariants: rejection is an sr::Error; nothing is
// written outside the scratch folder; a rejected archive leaves no result folder behind.

#include "compute/TaskResult.h"
#include "crypto/RsaPrivateKey.h"
#include "util/Error.h"
#include "util/ZipReader.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

const fs::path& scratch() {
    static const fs::path path =
        fs::temp_directory_path() / ("fuzz_resultzip." + std::to_string(::getpid()));
    return path;
}

const sr::crypto::RsaPrivateKey& key() {
    static const auto k = sr::crypto::RsaPrivateKey::generate(2048);
    return k;
}

std::size_t entriesIn(const fs::path& dir) {
    std::error_code ec;
    std::size_t n = 0;
    for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator();
         it.increment(ec))
        ++n;
    return n;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const fs::path root = scratch();
    const fs::path box = root / "box";
    fs::create_directories(box);
    const fs::path archive = root / "result.zip";
    {
        std::ofstream out(archive, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    const fs::path folder = box / "task";
    bool opened = false;
    try {
        (void)sr::compute::openResult(archive, folder, &key());
        opened = true;
    } catch (const sr::Error&) {
    }
    // Only `task` may appear in the box, and only when the archive opened.
    if (entriesIn(box) != (opened ? 1u : 0u))
        __builtin_trap();
    // Beside the archive: the box, and nothing the archive's names could have made.
    if (entriesIn(root) != 2)
        __builtin_trap();
    try {
        const sr::ZipReader zip(archive);
        for (const auto& entry : zip.entries()) {
            std::uint64_t seen = 0;
            try {
                zip.read(entry, [&](sr::ByteView piece) { seen += piece.size(); });
                if (seen != entry.size)
                    __builtin_trap();
            } catch (const sr::Error&) {
                if (seen > entry.size)
                    __builtin_trap();
            }
        }
    } catch (const sr::Error&) {
    }
    std::error_code ec;
    fs::remove_all(root, ec);
    return 0;
}
