#include "sandbox/Multipart.h"

#include "util/Text.h"

#include <algorithm>
#include <cstring>

namespace sr::sandbox {

namespace {

constexpr std::size_t kReadChunk = 64u << 10;
constexpr std::size_t kMaxPartHeaderBytes = 8u << 10;

using text::iequals;

[[noreturn]] void malformed(const std::string& what) {
    throw HttpError(400, "malformed multipart body: " + what);
}

// Parses `; key=value; key="quoted \"value\""` parameters after a media type or disposition.
std::vector<std::pair<std::string, std::string>> parameters(std::string_view text) {
    std::vector<std::pair<std::string, std::string>> out;
    while (true) {
        text = text::trimBlanks(text);
        if (text.empty())
            return out;
        if (text.front() != ';')
            malformed("bad header parameters");
        text.remove_prefix(1);
        text = text::trimBlanks(text);
        auto eq = text.find('=');
        if (eq == std::string_view::npos || eq == 0)
            malformed("bad header parameters");
        std::string key(text::trimBlanks(text.substr(0, eq)));
        for (auto& c : key)
            c = text::asciiLower(c);
        text.remove_prefix(eq + 1);
        text = text::trimBlanks(text);
        std::string value;
        if (!text.empty() && text.front() == '"') {
            std::size_t i = 1;
            bool closed = false;
            for (; i < text.size(); ++i) {
                if (text[i] == '\\' && i + 1 < text.size()) {
                    value.push_back(text[++i]);
                } else if (text[i] == '"') {
                    closed = true;
                    break;
                } else {
                    value.push_back(text[i]);
                }
            }
            if (!closed)
                malformed("unterminated quoted string");
            text.remove_prefix(i + 1);
        } else {
            auto end = text.find(';');
            value = std::string(text::trimBlanks(text.substr(0, end)));
            text = end == std::string_view::npos ? std::string_view() : text.substr(end);
        }
        out.emplace_back(std::move(key), std::move(value));
    }
}

bool isBoundaryChar(char c) {
    // RFC 2046 bchars.
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::string_view("'()+_,-./:=? ").find(c) != std::string_view::npos;
}

} // namespace

std::optional<std::string> MultipartPart::header(std::string_view wanted) const {
    for (const auto& [key, value] : headers)
        if (iequals(key, wanted))
            return value;
    return std::nullopt;
}

std::string multipartBoundary(std::string_view contentType) {
    auto semicolon = contentType.find(';');
    auto type = text::trimBlanks(contentType.substr(0, semicolon));
    if (!iequals(type, "multipart/form-data"))
        throw HttpError(400, "expected a multipart/form-data body");
    auto params = parameters(semicolon == std::string_view::npos ? std::string_view()
                                                                 : contentType.substr(semicolon));
    for (const auto& [key, value] : params) {
        if (key != "boundary")
            continue;
        if (value.empty() || value.size() > 70 || value.back() == ' ' ||
            !std::all_of(value.begin(), value.end(), isBoundaryChar))
            throw HttpError(400, "invalid multipart boundary");
        return value;
    }
    throw HttpError(400, "multipart/form-data without a boundary");
}

MultipartReader::MultipartReader(ByteReader& body, std::string boundary)
    : body_(body), delimiter_("\r\n--" + boundary) {
    if (boundary.empty())
        throw HttpError(400, "invalid multipart boundary");
    // The first delimiter may start the body: a virtual CRLF lets one search find it.
    buffer_ = "\r\n";
    inPart_ = true; // the preamble is read (and dropped) like a part
}

bool MultipartReader::fill() {
    if (eof_)
        return false;
    if (start_ > 0 && start_ >= buffer_.size() / 2) {
        buffer_.erase(0, start_);
        start_ = 0;
    }
    char chunk[kReadChunk];
    auto n = body_.read(chunk, sizeof chunk);
    if (n == 0) {
        eof_ = true;
        return false;
    }
    buffer_.append(chunk, n);
    return true;
}

std::size_t MultipartReader::read(char* buffer, std::size_t capacity) {
    if (!inPart_ || partEnded_ || capacity == 0)
        return 0;
    while (true) {
        auto at = buffer_.find(delimiter_, start_);
        if (at == start_) {
            start_ += delimiter_.size();
            partEnded_ = true;
            return 0;
        }
        std::size_t available = 0;
        if (at != std::string::npos) {
            available = at - start_;
        } else {
            // The tail may be the beginning of a delimiter: keep it until more arrives.
            std::size_t held = delimiter_.size() - 1;
            auto size = buffer_.size() - start_;
            available = size > held ? size - held : 0;
        }
        if (available > 0) {
            auto n = std::min(available, capacity);
            std::memcpy(buffer, buffer_.data() + start_, n);
            start_ += n;
            return n;
        }
        if (!fill())
            malformed("the body ends before the closing boundary");
    }
}

MultipartPart MultipartReader::readPartHeaders() {
    std::string_view headerBlock;
    while (true) {
        auto end = buffer_.find("\r\n\r\n", start_);
        // A part may have no headers at all: its content starts right after the CRLF.
        if (buffer_.compare(start_, 2, "\r\n") == 0) {
            start_ += 2;
            break;
        }
        if (end != std::string::npos) {
            headerBlock = std::string_view(buffer_).substr(start_, end - start_ + 2);
            if (headerBlock.size() > kMaxPartHeaderBytes)
                malformed("part headers too large");
            break;
        }
        if (buffer_.size() - start_ > kMaxPartHeaderBytes)
            malformed("part headers too large");
        if (!fill())
            malformed("the body ends inside part headers");
    }
    MultipartPart part;
    std::size_t consumed = headerBlock.empty() ? 0 : headerBlock.size() + 2;
    while (!headerBlock.empty()) {
        auto end = headerBlock.find("\r\n");
        auto line = headerBlock.substr(0, end);
        headerBlock.remove_prefix(end + 2);
        if (line.empty() || line.front() == ' ' || line.front() == '\t')
            malformed("bad part header line");
        auto colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0)
            malformed("bad part header line");
        auto name = line.substr(0, colon);
        if (name.find_first_of(" \t") != std::string_view::npos)
            malformed("bad part header name");
        auto value = text::trimBlanks(line.substr(colon + 1));
        for (char c : value)
            if (static_cast<unsigned char>(c) < 0x20 && c != '\t')
                malformed("control character in a part header");
        part.headers.emplace_back(std::string(name), std::string(value));
    }
    start_ += consumed;

    if (auto disposition = part.header("Content-Disposition")) {
        std::string_view text = *disposition;
        auto semicolon = text.find(';');
        auto kind = text::trimBlanks(text.substr(0, semicolon));
        if (!iequals(kind, "form-data") && !iequals(kind, "file") && !iequals(kind, "attachment"))
            malformed("unexpected Content-Disposition");
        auto params = parameters(semicolon == std::string_view::npos ? std::string_view()
                                                                     : text.substr(semicolon));
        for (const auto& [key, value] : params) {
            if (key == "name")
                part.name = value;
            else if (key == "filename")
                part.filename = percentDecode(value, false);
        }
    }
    if (auto type = part.header("Content-Type"))
        part.contentType = *type;
    return part;
}

std::optional<MultipartPart> MultipartReader::next() {
    if (finished_)
        return std::nullopt;
    // Drop the rest of the current part (or the preamble).
    char sink[kReadChunk];
    while (read(sink, sizeof sink) > 0) {
    }
    // After a delimiter: "--" closes the body; otherwise optional padding, then CRLF.
    while (buffer_.size() - start_ < 2)
        if (!fill())
            malformed("the body ends after a boundary");
    if (buffer_.compare(start_, 2, "--") == 0) {
        finished_ = true;
        inPart_ = false;
        return std::nullopt; // the epilogue is ignored
    }
    while (true) {
        while (start_ < buffer_.size() && (buffer_[start_] == ' ' || buffer_[start_] == '\t'))
            ++start_;
        if (buffer_.size() - start_ >= 2)
            break;
        if (!fill())
            malformed("the body ends after a boundary");
    }
    if (buffer_.compare(start_, 2, "\r\n") != 0)
        malformed("a boundary must be followed by CRLF");
    start_ += 2;
    auto part = readPartHeaders();
    inPart_ = true;
    partEnded_ = false;
    return part;
}

} // namespace sr::sandbox
