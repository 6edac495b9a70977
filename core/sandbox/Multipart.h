#pragma once

// A streaming multipart/form-data reader (RFC 7578 / RFC 2046) for request bodies: parts are
// read one after another with bounded memory, whatever their size. Strict: a missing boundary,
// a truncated body or malformed part headers throw HttpError(400) with a clear message.
//
//     MultipartReader parts(*request.body.reader(),
//     multipartBoundary(*request.header("Content-Type"))); while (auto part = parts.next()) {
//         // part->name, part->filename, part->contentType, part->headers
//         char buffer[65536];
//         while (std::size_t n = parts.read(buffer, sizeof buffer)) ...
//     }

#include "sandbox/HttpMessage.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sr::sandbox {

struct MultipartPart {
    std::vector<std::pair<std::string, std::string>> headers; ///< as received
    std::string name;                                         ///< Content-Disposition name
    std::string filename;    ///< Content-Disposition filename (percent-decoded), may be empty
    std::string contentType; ///< empty when absent
    /// The first header named `name` (case-insensitive).
    std::optional<std::string> header(std::string_view name) const;
};

/// The boundary of a `multipart/form-data; boundary=...` Content-Type (quoted or not).
/// Throws HttpError(400) for another type or a missing or invalid boundary.
std::string multipartBoundary(std::string_view contentType);

class MultipartReader {
public:
    /// `body` must outlive the reader.
    MultipartReader(ByteReader& body, std::string boundary);

    /// Moves to the next part (skipping what is left of the current one); none after the last.
    std::optional<MultipartPart> next();
    /// Reads the current part's content; 0 at its end.
    std::size_t read(char* buffer, std::size_t capacity);
    /// A reader over the current part's content (valid until next()).
    ByteReader& partReader() { return partReader_; }

private:
    class PartReader final : public ByteReader {
    public:
        explicit PartReader(MultipartReader& owner) : owner_(owner) {}
        std::size_t read(char* buffer, std::size_t capacity) override {
            return owner_.read(buffer, capacity);
        }

    private:
        MultipartReader& owner_;
    };

    bool fill(); // false at the end of the body
    MultipartPart readPartHeaders();

    ByteReader& body_;
    std::string delimiter_; // "\r\n--" + boundary
    std::string buffer_;
    std::size_t start_ = 0;  // consumed bytes at the front of buffer_
    bool inPart_ = false;    // reading a part's content
    bool partEnded_ = false; // the current part's delimiter was reached
    bool finished_ = false;  // the close delimiter was read
    bool eof_ = false;
    PartReader partReader_{*this};
};

} // namespace sr::sandbox
