// libFuzzer target: the streaming multipart/form-data reader (Kubo's /api/v0/add bodies).
// The first input byte picks how the body is cut into reads; the rest is the body, with the
// boundary "b". Invariant: the parts (headers and content) do not depend on how the body
// arrives, and rejection is an HttpError, never a crash.

#include "sandbox/HttpMessage.h"
#include "sandbox/Multipart.h"
#include "util/Error.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace {

class StepReader final : public sr::sandbox::ByteReader {
public:
    StepReader(std::string_view data, std::size_t step) : data_(data), step_(step) {}
    std::size_t read(char* buffer, std::size_t capacity) override {
        auto n = std::min({capacity, step_, data_.size()});
        std::memcpy(buffer, data_.data(), n);
        data_.remove_prefix(n);
        return n;
    }

private:
    std::string_view data_;
    std::size_t step_;
};

// Every part as "name|filename|type|content", or "error" when rejected.
std::vector<std::string> parse(std::string_view body, std::size_t step, std::size_t readSize) {
    std::vector<std::string> out;
    try {
        StepReader source(body, step);
        sr::sandbox::MultipartReader reader(source, "b");
        while (auto part = reader.next()) {
            std::string entry = part->name + "|" + part->filename + "|" + part->contentType + "|";
            std::vector<char> buffer(readSize);
            while (auto n = reader.read(buffer.data(), buffer.size()))
                entry.append(buffer.data(), n);
            out.push_back(std::move(entry));
        }
    } catch (const sr::sandbox::HttpError& e) {
        if (e.status() != 400)
            __builtin_trap();
        out.assign(1, "error");
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const std::size_t step = 1 + data[0] % 17;
    const std::string_view body(reinterpret_cast<const char*>(data + 1), size - 1);
    auto whole = parse(body, body.size() + 1, 1 << 16);
    auto pieces = parse(body, step, 1 + data[0] % 5);
    if (whole != pieces)
        __builtin_trap();
    try {
        (void)sr::sandbox::multipartBoundary(body);
    } catch (const sr::sandbox::HttpError&) {
    }
    return 0;
}
