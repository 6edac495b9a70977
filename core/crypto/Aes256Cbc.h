#pragma once

#include "crypto/SecretBytes.h"
#include "util/Bytes.h"

#include <cstddef>
#include <memory>

namespace sr::crypto {

/// AES-256-CBC with PKCS#7 padding, as iExec encrypts datasets and results (the file is
/// IV || ciphertext; the IV handling is the caller's). Streaming: feed chunks of any size to
/// update(), which appends what it can already produce, then call final() once.
/// Keys must be 32 bytes and IVs 16 bytes, else Error(InvalidArgument).
class Aes256CbcStream {
public:
    ~Aes256CbcStream();
    Aes256CbcStream(Aes256CbcStream&&) noexcept;
    Aes256CbcStream& operator=(Aes256CbcStream&&) noexcept;

    /// Encrypts or decrypts `input`, appending what it can already produce to `output` (a
    /// decryptor holds the last block back until final(): it carries the padding).
    void update(ByteView input, Bytes& output);
    Bytes update(ByteView input);

protected:
    Aes256CbcStream(const SecretBytes& key, ByteView iv, bool encrypt);
    struct Context;
    /// Throws Error(Internal) once moved from.
    Context& context();

private:
    std::unique_ptr<Context> context_;
};

class Aes256CbcEncryptor : public Aes256CbcStream {
public:
    Aes256CbcEncryptor(const SecretBytes& key, ByteView iv);

    /// Pads and appends the last block (always 1 to 16 bytes of padding).
    void final(Bytes& output);
    Bytes final();
};

class Aes256CbcDecryptor : public Aes256CbcStream {
public:
    Aes256CbcDecryptor(const SecretBytes& key, ByteView iv);

    /// Checks and strips the padding. Throws Error(Crypto) when the ciphertext is truncated
    /// (not a whole number of blocks, or empty) or the padding is wrong (wrong key or
    /// corrupt data).
    void final(Bytes& output);
    Bytes final();
};

/// One-shot forms of the classes above.
Bytes aes256CbcEncrypt(const SecretBytes& key, ByteView iv, ByteView plaintext);
Bytes aes256CbcDecrypt(const SecretBytes& key, ByteView iv, ByteView ciphertext);

} // namespace sr::crypto
