#pragma once

#include "util/Bytes.h"

#include <cstdint>

namespace sr {

/// CRC-32 as zip, zlib and PNG use it (reflected polynomial 0xEDB88320), updated in pieces:
/// start from 0 and pass the previous result back in, as zlib's crc32() does. Uses carry-less
/// multiplication (PCLMULQDQ) where the processor has it, several GB/s, since every byte of
/// protected data goes through it before it is encrypted.
std::uint32_t crc32Update(std::uint32_t crc, ByteView data);

/// The CRC-32 of A followed by B from the CRC-32 of A, that of B and B's size (zlib's
/// crc32_combine), so that two threads can each take a part of a file.
std::uint32_t crc32Combine(std::uint32_t first, std::uint32_t second, std::uint64_t secondSize);

} // namespace sr
