#pragma once

// A bounded pipe of bytes from one writing thread to one reading thread, for streaming what
// one stage makes into another without a file in between (the protect pipeline seals data
// straight into the IPFS upload). At most `capacity` bytes wait in it: a fast writer waits for
// a slow reader, so memory stays flat whatever flows through.
//
// Either side may give up with the reason (an exception): the other side's next call throws
// it, so an upload that failed stops the sealing at once and a sealing that failed ends the
// upload instead of leaving it waiting.

#include "util/Bytes.h"

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <vector>

namespace sr {

class BytePipe {
public:
    explicit BytePipe(std::size_t capacity);
    BytePipe(const BytePipe&) = delete;
    BytePipe& operator=(const BytePipe&) = delete;

    // Writing side.
    /// Copies all of `bytes` in, waiting while the pipe is full. Throws the reader's reason
    /// once it gave up (nothing more is taken then).
    void write(ByteView bytes);
    /// No more bytes: the reader gets what is left, then the end.
    void finish();
    /// The writer gives up: the reader's next read() throws `why`.
    void fail(std::exception_ptr why);

    // Reading side.
    /// Waits until bytes are there (or the end, or the writer's failure) without taking any:
    /// false at an empty end. Throws the writer's reason.
    bool waitReadable();
    /// Up to `capacity` bytes, waiting while the pipe is empty; 0 at the end. Throws the
    /// writer's reason once it gave up.
    std::size_t read(char* buffer, std::size_t capacity);
    /// The reader gives up: the writer's next write() throws `why`.
    void stopReading(std::exception_ptr why);

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<std::uint8_t> ring_;
    std::size_t head_ = 0; // next byte to read
    std::size_t held_ = 0; // bytes waiting
    bool finished_ = false;
    std::exception_ptr writerFailed_;
    std::exception_ptr readerStopped_;
};

} // namespace sr
