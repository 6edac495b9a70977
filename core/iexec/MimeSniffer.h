#pragma once

// The MIME type DataProtector writes in a protected data's schema for a binary field, detected
// from the content's first bytes exactly as the SDK does (it asks magic-bytes.js 1.13 for
// every signature that matches and keeps the first type in its supported list, else
// application/octet-stream). Matching follows that library's rules, quirks included: one
// signature trie per offset, a byte takes its exact edge before a wildcard with no going
// back, and the deepest match on a path replaces the shallower ones (so a file starting with
// "G" is video/mpeg unless it is a whole GIF header).

#include "util/Bytes.h"

#include <cstddef>
#include <string>

namespace sr::iexec {

/// How many leading bytes the detection may look at: read this much of a file, no more.
std::size_t mimeSniffLength();

/// The schema type of a binary value whose content starts with `head` (pass at least
/// mimeSniffLength() bytes, or the whole content if it is shorter).
std::string sniffMimeType(ByteView head);

} // namespace sr::iexec
