#include "util/BytePipe.h"

#include "util/Error.h"

#include <algorithm>
#include <cstring>

namespace sr {

BytePipe::BytePipe(std::size_t capacity) : ring_(std::max<std::size_t>(capacity, 1)) {}

void BytePipe::write(ByteView bytes) {
    std::unique_lock lock(mutex_);
    if (finished_ || writerFailed_)
        throw Error(ErrorCode::Internal, "write to a pipe that was already closed");
    while (!bytes.empty()) {
        changed_.wait(lock, [&] { return readerStopped_ || held_ < ring_.size(); });
        if (readerStopped_)
            std::rethrow_exception(readerStopped_);
        // Into the free space after the held bytes, in at most two runs around the ring.
        const std::size_t tail = (head_ + held_) % ring_.size();
        const std::size_t run = std::min({bytes.size(), ring_.size() - held_, ring_.size() - tail});
        std::memcpy(ring_.data() + tail, bytes.data(), run);
        held_ += run;
        bytes = bytes.subspan(run);
        changed_.notify_all();
    }
}

void BytePipe::finish() {
    std::lock_guard lock(mutex_);
    finished_ = true;
    changed_.notify_all();
}

void BytePipe::fail(std::exception_ptr why) {
    std::lock_guard lock(mutex_);
    if (!finished_ && !writerFailed_)
        writerFailed_ = why ? why : std::make_exception_ptr(Error(ErrorCode::Internal, "failed"));
    changed_.notify_all();
}

bool BytePipe::waitReadable() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return held_ > 0 || finished_ || writerFailed_; });
    if (writerFailed_)
        std::rethrow_exception(writerFailed_);
    return held_ > 0;
}

std::size_t BytePipe::read(char* buffer, std::size_t capacity) {
    if (capacity == 0)
        return 0;
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return held_ > 0 || finished_ || writerFailed_; });
    if (writerFailed_)
        std::rethrow_exception(writerFailed_);
    std::size_t done = 0;
    while (done < capacity && held_ > 0) {
        const std::size_t run = std::min({capacity - done, held_, ring_.size() - head_});
        std::memcpy(buffer + done, ring_.data() + head_, run);
        head_ = (head_ + run) % ring_.size();
        held_ -= run;
        done += run;
    }
    changed_.notify_all();
    return done;
}

void BytePipe::stopReading(std::exception_ptr why) {
    std::lock_guard lock(mutex_);
    if (!readerStopped_)
        readerStopped_ =
            why ? why : std::make_exception_ptr(Error(ErrorCode::Internal, "reader stopped"));
    changed_.notify_all();
}

} // namespace sr
