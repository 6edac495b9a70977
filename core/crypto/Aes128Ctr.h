#pragma once

#include "crypto/SecretBytes.h"
#include "util/Bytes.h"

namespace sr::crypto {

/// AES-128-CTR as Web3 Secret Storage uses it: a 16-byte key, the 16-byte IV is the initial
/// counter block (incremented as one 128-bit big-endian number). Encryption and decryption are
/// the same operation; two names make it clear which output is secret.
/// Throws Error(InvalidArgument) for a key or IV that is not 16 bytes.
Bytes aes128CtrEncrypt(const SecretBytes& key, ByteView iv, ByteView plaintext);
SecretBytes aes128CtrDecrypt(const SecretBytes& key, ByteView iv, ByteView ciphertext);

} // namespace sr::crypto
