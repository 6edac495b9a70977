// BytePipe: bytes arrive whole and in order through a pipe much smaller than what flows, the
// writer waits for a slow reader, and either side giving up stops the other with its reason.
#include "util/BytePipe.h"
#include "util/Error.h"

#include <QtTest>
#include <chrono>
#include <random>
#include <stdexcept>
#include <thread>

namespace {

sr::Bytes pattern(std::size_t size) {
    sr::Bytes bytes(size);
    std::mt19937 rng(42);
    for (auto& b : bytes)
        b = static_cast<std::uint8_t>(rng());
    return bytes;
}

} // namespace

class BytePipeTest : public QObject {
    Q_OBJECT
private slots:
    void bytesArriveWholeAndInOrderThroughASmallRing() {
        const sr::Bytes sent = pattern(3'000'017);
        sr::BytePipe pipe(4096); // far smaller than what flows, and not a divisor of it
        std::thread writer([&] {
            std::size_t at = 0;
            std::size_t piece = 1;
            while (at < sent.size()) {
                const std::size_t n = std::min(piece, sent.size() - at);
                pipe.write(sr::ByteView(sent).subspan(at, n));
                at += n;
                piece = piece * 7 % 10007 + 1; // odd sizes, some larger than the ring
            }
            pipe.finish();
        });
        sr::Bytes got;
        QVERIFY(pipe.waitReadable());
        char buffer[1000];
        while (const std::size_t n = pipe.read(buffer, sizeof buffer))
            got.insert(got.end(), buffer, buffer + n);
        writer.join();
        QCOMPARE(got.size(), sent.size());
        QVERIFY(got == sent);
        QCOMPARE(pipe.read(buffer, sizeof buffer), std::size_t(0)); // the end stays the end
        QVERIFY(!pipe.waitReadable());
    }

    void theWriterWaitsWhileThePipeIsFull() {
        sr::BytePipe pipe(16);
        std::atomic<bool> wrote{false};
        std::thread writer([&] {
            pipe.write(pattern(40)); // more than fits: waits for the reader
            wrote = true;
            pipe.finish();
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        QVERIFY(!wrote);
        char buffer[64];
        std::size_t total = 0;
        while (const std::size_t n = pipe.read(buffer, sizeof buffer)) {
            QVERIFY(n <= 16);
            total += n;
        }
        writer.join();
        QVERIFY(wrote);
        QCOMPARE(total, std::size_t(40));
    }

    void aReaderThatGivesUpStopsTheWriterWithItsReason() {
        sr::BytePipe pipe(8);
        std::exception_ptr writerSaw;
        std::thread writer([&] {
            try {
                pipe.write(pattern(100)); // blocks: nobody reads
            } catch (...) {
                writerSaw = std::current_exception();
            }
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        pipe.stopReading(
            std::make_exception_ptr(sr::Error(sr::ErrorCode::Network, "the node went away")));
        writer.join();
        QVERIFY(writerSaw);
        try {
            std::rethrow_exception(writerSaw);
        } catch (const sr::Error& e) {
            QCOMPARE(e.code(), sr::ErrorCode::Network);
            QCOMPARE(std::string(e.what()), std::string("the node went away"));
        }
    }

    void aWriterThatFailsStopsTheReaderWithItsReason() {
        sr::BytePipe pipe(8);
        std::thread writer([&] {
            pipe.write(pattern(3));
            pipe.fail(std::make_exception_ptr(std::runtime_error("disk gone")));
        });
        writer.join();
        char buffer[8];
        // What failed is said at once, not after the bytes already in the pipe.
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, pipe.read(buffer, sizeof buffer));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, pipe.waitReadable());
        // Writing after the end is a mistake, said as one.
        QVERIFY_THROWS_EXCEPTION(sr::Error, pipe.write(pattern(1)));
    }
};

QTEST_GUILESS_MAIN(BytePipeTest)
#include "tst_bytepipe.moc"
