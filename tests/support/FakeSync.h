#pragma once

// A FAKE fsync (installed with sr::setSyncForTests) for the disk errors a real disk does not
// give on demand: it records what is flushed, by path, and fails with EIO for folders or for
// regular files when asked. Everything else is the real fsync.

#include "util/FileStream.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace sr::test {

class FakeSync {
public:
    enum class Fail { Nothing, Folders, Files };

    FakeSync() {
        state() = {};
        setSyncForTests(&FakeSync::sync);
    }
    ~FakeSync() { setSyncForTests(nullptr); }
    FakeSync(const FakeSync&) = delete;
    FakeSync& operator=(const FakeSync&) = delete;

    void failOn(Fail what) { state().fail = what; }
    void forget() { state().synced.clear(); }
    bool synced(const std::filesystem::path& path) const {
        const auto& all = state().synced;
        return std::find(all.begin(), all.end(), path.string()) != all.end();
    }

private:
    struct State {
        std::vector<std::string> synced;
        Fail fail = Fail::Nothing;
    };
    static State& state() {
        static State s;
        return s;
    }
    static int sync(int fd) {
        char target[4096] = {};
        const std::string link = "/proc/self/fd/" + std::to_string(fd);
        const ssize_t n = ::readlink(link.c_str(), target, sizeof target - 1);
        state().synced.emplace_back(target, n > 0 ? static_cast<std::size_t>(n) : 0);
        struct stat st {};
        if (::fstat(fd, &st) == 0 && ((state().fail == Fail::Folders && S_ISDIR(st.st_mode)) ||
                                      (state().fail == Fail::Files && S_ISREG(st.st_mode)))) {
            errno = EIO;
            return -1;
        }
        return ::fsync(fd);
    }
};

} // namespace sr::test
