#include "store/AtomicFile.h"

#include "util/Error.h"
#include "util/FileStream.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace sr {
namespace {

[[noreturn]] void throwIo(const std::string& what, const std::filesystem::path& path, int err) {
    // Always Io: a write that fails on a missing folder is still a failed write.
    const Error error = fileError(what, path.string(), err);
    throw Error(ErrorCode::Io, error.reason(), error.params(), error.what());
}

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor() {
        if (fd_ >= 0)
            ::close(fd_);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return fd_; }
    int release() {
        int fd = fd_;
        fd_ = -1;
        return fd;
    }

private:
    int fd_;
};

std::string temporaryName(const std::filesystem::path& path) {
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    return "." + path.filename().string() + ".tmp-" + std::to_string(rng() % 1000000000ULL);
}

} // namespace

void ensureDirectory(const std::filesystem::path& dir, mode_t mode) {
    if (dir.empty())
        return;
    std::error_code ec;
    if (std::filesystem::is_directory(dir, ec))
        return;
    ensureDirectory(dir.parent_path(), mode);
    if (::mkdir(dir.c_str(), mode) != 0) {
        if (errno == EEXIST)
            return;
        throwIo("Could not create the folder", dir, errno);
    }
    // The new folder exists on disk only once its parent's entry is flushed: a file renamed
    // into it and synced could otherwise vanish with the folder in a crash.
    syncDirectory(dir.has_parent_path() ? dir.parent_path() : std::filesystem::path("."));
}

void writeFileAtomic(const std::filesystem::path& path, std::string_view bytes, mode_t fileMode,
                     mode_t dirMode) {
    const std::filesystem::path dir =
        path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    ensureDirectory(dir, dirMode);
    const std::filesystem::path tmp = dir / temporaryName(path);
    FileDescriptor fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, fileMode));
    if (fd.get() < 0)
        throwIo("Could not create", tmp, errno);
    auto fail = [&](const char* what) {
        const int err = errno;
        ::close(fd.release());
        ::unlink(tmp.c_str());
        throwIo(what, path, err);
    };
    // The umask may have removed bits; secrets must end up exactly as asked.
    if (::fchmod(fd.get(), fileMode) != 0)
        fail("Could not set the permissions of");
    size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd.get(), bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            fail("Could not write");
        }
        written += static_cast<size_t>(n);
    }
    if (syncDescriptor(fd.get()) != 0)
        fail("Could not flush");
    if (::close(fd.release()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        throwIo("Could not write", path, err);
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        throwIo("Could not replace", path, err);
    }
    // Until the folder is flushed the rename may not survive a crash: say so rather than
    // report a write that is not durable.
    syncDirectory(dir);
}

std::string readFile(const std::filesystem::path& path) {
    FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) {
        if (errno == ENOENT)
            throw Error(ErrorCode::NotFound, "No such file: " + path.string());
        throwIo("Could not open", path, errno);
    }
    std::string content;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            throwIo("Could not read", path, errno);
        }
        if (n == 0)
            break;
        content.append(buffer, static_cast<size_t>(n));
    }
    return content;
}

std::filesystem::path setFileAside(const std::filesystem::path& file) {
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
    std::filesystem::path target = file;
    target += ".broken-" + std::to_string(seconds);
    if (::rename(file.c_str(), target.c_str()) != 0)
        throwIo("Could not move aside", file, errno);
    return target;
}

} // namespace sr
