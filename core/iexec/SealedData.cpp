#include "iexec/SealedData.h"

#include "iexec/DataZip.h"
#include "util/Error.h"
#include "util/FileStream.h"

#include <optional>

namespace sr::iexec {

namespace {
// The encrypted file is handed to the disk as it grows, this much at a time, rather than all
// in the fsync at the end, which then waits only for the last piece.
constexpr std::uint64_t kWritebackEvery = 32u << 20;
} // namespace

SealedData sealDataObject(DataObject object, const std::filesystem::path& out,
                          const crypto::SecretBytes& key,
                          const std::function<void(std::uint64_t, std::uint64_t)>& progress,
                          const CancelToken* cancel, StoredZipOptions zipOptions) {
    if (zipOptions.dosDate == StoredZipOptions{}.dosDate && zipOptions.dosTime == 0)
        currentDosDateTime(zipOptions);
    nlohmann::ordered_json schema = extractDataSchema(object);
    const std::filesystem::path partial = out.string() + ".partial";
    try {
        OutputFile file(partial);
        DataZipWriter zip(std::move(object), zipOptions);
        std::optional<EncryptedDigest> digest;
        {
            std::uint64_t unflushed = 0;
            DatasetEncryptor encryptor(key, [&](ByteView piece) {
                file.write(piece);
                unflushed += piece.size();
                if (unflushed >= kWritebackEvery) {
                    file.startWriteback();
                    unflushed = 0;
                }
            });
            zip.write([&](ByteView piece) { encryptor.update(piece); }, progress, cancel);
            digest = encryptor.finish();
        }
        // On disk before it takes its name, and its name on disk before the journal moves on
        // (a crash must not leave a named but empty or short sealed file behind).
        file.close(true);
        std::error_code ec;
        std::filesystem::rename(partial, out, ec);
        if (ec)
            throw Error(ErrorCode::Io,
                        "Could not write " + out.string() + ": " + ec.message() + ".");
        syncDirectory(out.has_parent_path() ? out.parent_path() : std::filesystem::path("."));
        return SealedData{std::move(schema), zip.zipSize(), *digest};
    } catch (...) {
        std::error_code ec;
        std::filesystem::remove(partial, ec);
        throw;
    }
}

} // namespace sr::iexec
