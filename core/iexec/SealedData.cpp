#include "iexec/SealedData.h"

#include "util/Error.h"
#include "util/FileStream.h"

#include <optional>

namespace sr::iexec {

namespace {
// The encrypted file is handed to the disk as it grows, this much at a time, rather than all
// in the fsync at the end, which then waits only for the last piece.
constexpr std::uint64_t kWritebackEvery = 32u << 20;

StoredZipOptions stamped(StoredZipOptions options) {
    if (options.dosDate == StoredZipOptions{}.dosDate && options.dosTime == 0)
        currentDosDateTime(options);
    return options;
}
} // namespace

// The schema is read before the zip writer takes the object.
DataSealer::DataSealer(DataObject object, StoredZipOptions zipOptions)
    : schema_(extractDataSchema(object)), zip_(std::move(object), stamped(zipOptions)) {}

std::uint64_t DataSealer::encryptedSize() const {
    constexpr std::uint64_t kBlock = 16;
    return kBlock + (zip_.zipSize() / kBlock + 1) * kBlock; // IV, then PKCS#7 padding
}

SealedData DataSealer::seal(const crypto::SecretBytes& key, const DatasetEncryptor::Sink& sink,
                            const SealProgress& progress, const CancelToken* cancel) {
    std::optional<EncryptedDigest> digest;
    {
        DatasetEncryptor encryptor(key, sink);
        zip_.write([&](ByteView piece) { encryptor.update(piece); }, progress, cancel);
        digest = encryptor.finish();
    }
    if (digest->size != encryptedSize())
        throw Error(ErrorCode::Internal, "the sealed data is not the size announced");
    return SealedData{std::move(schema_), zip_.zipSize(), *digest};
}

SealedData sealDataObject(DataObject object, const std::filesystem::path& out,
                          const crypto::SecretBytes& key, const SealProgress& progress,
                          const CancelToken* cancel, StoredZipOptions zipOptions) {
    DataSealer sealer(std::move(object), zipOptions);
    const std::filesystem::path partial = out.string() + ".partial";
    try {
        OutputFile file(partial);
        std::uint64_t unflushed = 0;
        SealedData sealed = sealer.seal(
            key,
            [&](ByteView piece) {
                file.write(piece);
                unflushed += piece.size();
                if (unflushed >= kWritebackEvery) {
                    file.startWriteback();
                    unflushed = 0;
                }
            },
            progress, cancel);
        // On disk before it takes its name, and its name on disk before the journal moves on
        // (a crash must not leave a named but empty or short sealed file behind).
        file.close(true);
        std::error_code ec;
        std::filesystem::rename(partial, out, ec);
        if (ec)
            throw Error(ErrorCode::Io,
                        "Could not write " + out.string() + ": " + ec.message() + ".");
        syncDirectory(out.has_parent_path() ? out.parent_path() : std::filesystem::path("."));
        return sealed;
    } catch (...) {
        std::error_code ec;
        std::filesystem::remove(partial, ec);
        throw;
    }
}

} // namespace sr::iexec
