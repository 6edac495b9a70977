#pragma once

#include "util/Bytes.h"

#include <cstdint>

namespace sr {

/// CRC-32 as zip, zlib and PNG use it (reflected polynomial 0xEDB88320), updated in pieces:
/// start from 0 and pass the previous result back in, as zlib's crc32() does. Uses carry-less
/// multiplication (PCLMULQDQ) where the processor has it, several GB/s, since every byte of
/// protected data goes through it before it is encrypted.
std::uint32_t crc32Update(std::uint32_t crc, ByteView data);

} // namespace sr
