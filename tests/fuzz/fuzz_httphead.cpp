// libFuzzer target: the sandbox HTTP server's request head parser (request line, header
// fields, framing, Host check, path and query decoding), apart from any socket. Invariants:
// rejection is an HttpError with a 4xx/5xx status; an accepted head has a method, a target
// starting with '/', never both chunked framing and a length, and a Host naming loopback.

#include "sandbox/HttpMessage.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sr::sandbox;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const RequestHead head = parseRequestHead(text);
        if (head.method.empty() || head.target.empty() || head.target.front() != '/')
            __builtin_trap();
        if (head.chunked && head.contentLength != 0)
            __builtin_trap();
        for (const auto& [name, value] : head.headers)
            if ((name == "Host" || name == "host") && !isAllowedHost(value))
                __builtin_trap();
    } catch (const HttpError& e) {
        if (e.status() < 400 || e.status() > 599)
            __builtin_trap();
    }
    (void)isAllowedHost(text, {"sandbox.test"});
    return 0;
}
