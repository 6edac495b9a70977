#pragma once

// A FaultyHttpServer reply that passes each request on to a real node and returns its answer:
// a FAKE provider in front of a real one, to count the requests a read costs. Header-only, so
// that test_support keeps no link to the core; the suites that use it link strongroom_core.

#include "FaultyHttpServer.h"
#include "util/HttpClient.h"

#include <memory>
#include <string>

namespace sr::test {

inline FaultyHttpServer::Reply forwardTo(std::string upstream) {
    auto http = std::make_shared<HttpClient>();
    FaultyHttpServer::Reply forward;
    forward.bodyFor = [http, upstream = std::move(upstream)](const std::string& body) {
        HttpRequest up;
        up.method = "POST";
        up.url = upstream;
        up.headers = {{"Content-Type", "application/json"}};
        up.body = body;
        return http->send(up).body;
    };
    return forward;
}

} // namespace sr::test
