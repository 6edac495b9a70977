#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sr {

/// One CSV record (RFC 4180): the fields joined by commas, each quoted when it holds a comma, a
/// double quote (doubled), a CR or an LF, or starts with a space; ended by CRLF.
std::string csvRecord(const std::vector<std::string>& fields);

/// The records of an RFC 4180 text (CRLF or LF line ends, quoted fields with doubled quotes
/// and line breaks inside). A blank last line is not a record. Throws Error(Corrupt) naming the
/// line for an unclosed quote or text after a closing quote.
std::vector<std::vector<std::string>> parseCsv(std::string_view text);

} // namespace sr
