#include "FaultyHttpServer.h"

#include <arpa/inet.h>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>

namespace sr::test {

FaultyHttpServer::FaultyHttpServer() {
    listenFd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int one = 1;
    ::setsockopt(listenFd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    if (::bind(listenFd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::listen(listenFd_, 16) != 0)
        throw std::runtime_error("FaultyHttpServer: cannot listen on 127.0.0.1");
    socklen_t len = sizeof addr;
    ::getsockname(listenFd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this] { serve(); });
}

FaultyHttpServer::~FaultyHttpServer() {
    stopping_ = true;
    ::shutdown(listenFd_, SHUT_RDWR);
    thread_.join();
    ::close(listenFd_);
}

std::string FaultyHttpServer::url() const {
    return "http://127.0.0.1:" + std::to_string(port_);
}

void FaultyHttpServer::script(std::vector<Reply> replies) {
    std::lock_guard lock(mutex_);
    replies_.assign(replies.begin(), replies.end());
}

std::vector<std::string> FaultyHttpServer::requests() const {
    std::lock_guard lock(mutex_);
    return requests_;
}

int FaultyHttpServer::requestCount() const {
    std::lock_guard lock(mutex_);
    return static_cast<int>(requests_.size());
}

void FaultyHttpServer::serve() {
    while (!stopping_) {
        pollfd p{listenFd_, POLLIN, 0};
        if (::poll(&p, 1, 100) <= 0)
            continue;
        const int client = ::accept4(listenFd_, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0)
            continue;
        handle(client);
        ::close(client);
    }
}

void FaultyHttpServer::handle(int client) {
    // Read the headers, then Content-Length bytes of body.
    std::string data;
    char buffer[4096];
    std::size_t headerEnd = std::string::npos;
    std::size_t contentLength = 0;
    while (true) {
        pollfd p{client, POLLIN, 0};
        if (::poll(&p, 1, 2000) <= 0)
            return;
        const ssize_t n = ::read(client, buffer, sizeof buffer);
        if (n <= 0)
            return;
        data.append(buffer, static_cast<std::size_t>(n));
        if (headerEnd == std::string::npos) {
            headerEnd = data.find("\r\n\r\n");
            if (headerEnd != std::string::npos) {
                std::string lowerHeaders = data.substr(0, headerEnd);
                for (auto& c : lowerHeaders)
                    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                const auto at = lowerHeaders.find("content-length:");
                if (at != std::string::npos)
                    contentLength = std::stoul(lowerHeaders.substr(at + 15));
            }
        }
        if (headerEnd != std::string::npos && data.size() >= headerEnd + 4 + contentLength)
            break;
    }
    const std::string body = data.substr(headerEnd + 4, contentLength);
    Reply reply;
    {
        std::lock_guard lock(mutex_);
        requests_.push_back(body);
        if (!replies_.empty()) {
            reply = replies_.front();
            if (replies_.size() > 1)
                replies_.pop_front();
        }
    }
    if (reply.kind == Reply::Kind::Drop)
        return;
    if (reply.kind == Reply::Kind::Stall) {
        // Say nothing until the client gives up (closes) or 5 s pass, so that the next
        // request, on a new connection, is served as soon as the client moves on.
        for (int i = 0; i < 100 && !stopping_; ++i) {
            pollfd watch{client, POLLIN, 0};
            if (::poll(&watch, 1, 50) > 0) {
                char byte;
                if (::recv(client, &byte, 1, MSG_PEEK) <= 0)
                    return;
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        }
        return;
    }
    const std::string payload = reply.bodyFor ? reply.bodyFor(body) : reply.body;
    std::string response = "HTTP/1.1 " + std::to_string(reply.status) + " Fault\r\n";
    response += "Content-Type: application/json\r\nConnection: close\r\n";
    for (const auto& [name, value] : reply.headers)
        response += name + ": " + value + "\r\n";
    response += "Content-Length: " + std::to_string(payload.size()) + "\r\n\r\n" + payload;
    std::size_t sent = 0;
    while (sent < response.size()) {
        const ssize_t n =
            ::send(client, response.data() + sent, response.size() - sent, MSG_NOSIGNAL);
        if (n <= 0)
            return;
        sent += static_cast<std::size_t>(n);
    }
}

} // namespace sr::test
