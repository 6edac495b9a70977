#pragma once

// Plain file descriptors for streaming large files in big pieces (the protect pipeline reads
// and writes gigabytes; iostreams would add a copy and hide errno). Errors are sr::Error with
// the path and the system's reason: NotFound when the file is absent, Io otherwise (disk
// full, permission denied, a file truncated while it was read).

#include "util/Bytes.h"

#include <cstdint>
#include <filesystem>
#include <span>

namespace sr {

/// fsync(fd), through the FAKE a test installed if any. Returns fsync's result (errno set).
int syncDescriptor(int fd);
/// For tests only: replaces fsync with `fake` (nullptr restores the real one), for the disk
/// errors (EIO) that no real disk gives on demand. Never set by the app.
void setSyncForTests(int (*fake)(int fd));
/// Flushes a folder's entries to disk (after a file was created or renamed in it, or a folder
/// made in it). Throws sr::Error(Io) when the folder can't be opened or the flush fails; a
/// file system that cannot sync folders (EINVAL) is not an error.
void syncDirectory(const std::filesystem::path& dir);

class InputFile {
public:
    explicit InputFile(const std::filesystem::path& path);
    ~InputFile();
    InputFile(InputFile&& other) noexcept;
    InputFile& operator=(InputFile&&) = delete;
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;

    std::uint64_t size() const { return size_; }
    const std::filesystem::path& path() const { return path_; }
    /// Reads up to `out.size()` bytes at the current position; 0 at the end.
    std::size_t read(std::span<std::uint8_t> out);
    /// Reads exactly `out.size()` bytes at `offset`, else sr::Error(Io) ("the file is shorter").
    void readAt(std::uint64_t offset, std::span<std::uint8_t> out);
    void seek(std::uint64_t offset);

private:
    std::filesystem::path path_;
    int fd_ = -1;
    std::uint64_t size_ = 0;
};

class OutputFile {
public:
    /// Creates or truncates `path` with `mode`.
    explicit OutputFile(const std::filesystem::path& path, unsigned mode = 0600);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    void write(ByteView bytes);
    /// Closes; with `sync`, flushes to disk first (fsync). A disk that fills up may only say
    /// so here. Anything renamed into place afterwards must be synced, or a crash could leave
    /// the name pointing at a short or empty file.
    void close(bool sync = false);
    /// Asks the kernel to start writing to disk what was written since the last call, without
    /// waiting (sync_file_range), so that a big file's close(true) has little left to flush.
    /// Only a hint: what it cannot do is left to close(true), which reports the errors.
    void startWriteback();
    std::uint64_t written() const { return written_; }

private:
    std::filesystem::path path_;
    int fd_ = -1;
    std::uint64_t written_ = 0;
    std::uint64_t writebackStarted_ = 0; // bytes handed to startWriteback() so far
};

} // namespace sr
