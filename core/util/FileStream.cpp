#include "util/FileStream.h"

#include "util/Error.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace sr {

namespace {

[[noreturn]] void fail(const std::string& what, const std::filesystem::path& path, int err) {
    throw fileError(what, path.string(), err);
}

int (*syncFake)(int) = nullptr;

} // namespace

int syncDescriptor(int fd) {
    const auto fake = syncFake;
    return fake ? fake(fd) : ::fsync(fd);
}

void setSyncForTests(int (*fake)(int fd)) {
    syncFake = fake;
}

void syncDirectory(const std::filesystem::path& dir) {
    const std::filesystem::path folder = dir.empty() ? std::filesystem::path(".") : dir;
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        fail("Could not open the folder", folder, errno);
    const int result = syncDescriptor(fd);
    const int err = errno;
    ::close(fd);
    if (result != 0 && err != EINVAL)
        fail("Could not flush the folder", folder, err);
}

InputFile::InputFile(const std::filesystem::path& path) : path_(path) {
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0)
        fail("Could not open", path, errno);
    struct stat info {};
    if (::fstat(fd_, &info) != 0) {
        const int err = errno;
        ::close(fd_);
        fail("Could not read", path, err);
    }
    if (S_ISDIR(info.st_mode)) {
        ::close(fd_);
        throw Error(ErrorCode::InvalidArgument, path.string() + " is a folder, not a file.");
    }
    size_ = static_cast<std::uint64_t>(info.st_size);
    ::posix_fadvise(fd_, 0, 0, POSIX_FADV_SEQUENTIAL);
}

InputFile::~InputFile() {
    if (fd_ >= 0)
        ::close(fd_);
}

InputFile::InputFile(InputFile&& other) noexcept
    : path_(std::move(other.path_)), fd_(other.fd_), size_(other.size_) {
    other.fd_ = -1;
}

std::size_t InputFile::read(std::span<std::uint8_t> out) {
    while (true) {
        const ssize_t n = ::read(fd_, out.data(), out.size());
        if (n >= 0)
            return static_cast<std::size_t>(n);
        if (errno != EINTR)
            fail("Could not read", path_, errno);
    }
}

void InputFile::readAt(std::uint64_t offset, std::span<std::uint8_t> out) {
    std::size_t done = 0;
    while (done < out.size()) {
        const ssize_t n =
            ::pread(fd_, out.data() + done, out.size() - done, static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            fail("Could not read", path_, errno);
        if (n == 0)
            throw Error(ErrorCode::Io, "The file " + path_.string() +
                                           " is shorter than expected: it was truncated or "
                                           "changed while Strongroom read it.");
        done += static_cast<std::size_t>(n);
    }
}

void InputFile::seek(std::uint64_t offset) {
    if (::lseek(fd_, static_cast<off_t>(offset), SEEK_SET) < 0)
        fail("Could not read", path_, errno);
}

OutputFile::OutputFile(const std::filesystem::path& path, unsigned mode) : path_(path) {
    fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, static_cast<mode_t>(mode));
    if (fd_ < 0)
        fail("Could not create", path, errno);
}

OutputFile::~OutputFile() {
    if (fd_ >= 0)
        ::close(fd_);
}

void OutputFile::write(ByteView bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd_, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            fail("Could not write", path_, errno);
        done += static_cast<std::size_t>(n);
    }
    written_ += bytes.size();
}

void OutputFile::startWriteback() {
    if (fd_ < 0 || written_ == writebackStarted_)
        return;
    // Errors (an unsupported file system) are ignored: close(true) flushes everything anyway.
    (void)::sync_file_range(fd_, static_cast<off_t>(writebackStarted_),
                            static_cast<off_t>(written_ - writebackStarted_),
                            SYNC_FILE_RANGE_WRITE);
    writebackStarted_ = written_;
}

void OutputFile::close(bool sync) {
    if (fd_ < 0)
        return;
    const int fd = fd_;
    fd_ = -1;
    if (sync && syncDescriptor(fd) != 0) {
        const int err = errno;
        ::close(fd);
        fail("Could not write", path_, err);
    }
    if (::close(fd) != 0)
        fail("Could not write", path_, errno);
}

} // namespace sr
