#pragma once

// What every sandbox service served over HTTP has in common: it owns its HttpServer, listens
// from start() until stop(), and says where. The service registers its routes on server() in
// its constructor and calls stop() first thing in its destructor, so that no request runs
// while its own members are being destroyed.

#include "sandbox/HttpServer.h"

#include <cstdint>
#include <string>
#include <utility>

namespace sr::sandbox {

class HttpService {
public:
    HttpService(const HttpService&) = delete;
    HttpService& operator=(const HttpService&) = delete;

    void start() { server_.start(); }
    void stop() { server_.stop(); }
    std::string baseUrl() const { return server_.baseUrl(); }
    std::uint16_t port() const { return server_.port(); }

protected:
    explicit HttpService(HttpServer::Options options) : server_(std::move(options)) {}
    ~HttpService() = default;

    HttpServer& server() { return server_; }

private:
    HttpServer server_;
};

} // namespace sr::sandbox
