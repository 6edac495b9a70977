// SecretBytes: ownership, moves, random, constant-time equality, reading as text, and that it
// cannot be printed.

#include "crypto/SecretBytes.h"
#include "crypto/SecureRandom.h"

#include <QtTest>
#include <algorithm>
#include <cctype>
#include <fstream>
#include <ostream>
#include <set>
#include <string_view>
#include <sys/resource.h>
#include <type_traits>
#include <unistd.h>

using sr::crypto::SecretBytes;

namespace {

// Detects `os << value` at compile time: SecretBytes must not be streamable.
template <typename T, typename = void> struct IsStreamable : std::false_type {};
template <typename T>
struct IsStreamable<T, std::void_t<decltype(std::declval<std::ostream&>() << std::declval<T>())>>
    : std::true_type {};

static_assert(!std::is_copy_constructible_v<SecretBytes>);
static_assert(!std::is_copy_assignable_v<SecretBytes>);
static_assert(std::is_nothrow_move_constructible_v<SecretBytes>);
static_assert(std::is_nothrow_move_assignable_v<SecretBytes>);
static_assert(!IsStreamable<SecretBytes>::value);
static_assert(!std::is_convertible_v<SecretBytes, std::string>);
static_assert(!std::is_convertible_v<SecretBytes, std::string_view>); // text() only
static_assert(!std::is_convertible_v<SecretBytes, sr::Bytes>);
static_assert(!std::is_convertible_v<SecretBytes, sr::ByteView>);
static_assert(!std::is_convertible_v<sr::ByteView, SecretBytes>); // explicit only
static_assert(!std::is_convertible_v<std::size_t, SecretBytes>);

// The VmFlags line of the mapping of /proc/self/smaps that holds `address` ("rd wr mr ... dd").
std::string vmFlagsOf(const void* address) {
    std::ifstream smaps("/proc/self/smaps");
    const auto at = reinterpret_cast<std::uintptr_t>(address);
    std::string line;
    bool inside = false;
    while (std::getline(smaps, line)) {
        const auto dash = line.find('-');
        const auto space = line.find(' ');
        if (dash != std::string::npos && space != std::string::npos && dash < space &&
            std::all_of(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(dash),
                        [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); })) {
            const auto start = std::stoull(line.substr(0, dash), nullptr, 16);
            const auto end = std::stoull(line.substr(dash + 1, space - dash - 1), nullptr, 16);
            inside = at >= start && at < end;
        } else if (inside && line.starts_with("VmFlags:")) {
            return line.substr(8) + " ";
        }
    }
    return {};
}

} // namespace

class TestSecretBytes : public QObject {
    Q_OBJECT

private slots:
    void constructs();
    void moves();
    void random();
    void equals();
    void secureRandom();
    void lockedAndKeptOutOfDumps();
};

void TestSecretBytes::constructs() {
    SecretBytes empty;
    QVERIFY(empty.empty());
    QCOMPARE(empty.size(), std::size_t(0));
    QVERIFY(empty.view().empty());

    SecretBytes zeros(16);
    QCOMPARE(zeros.size(), std::size_t(16));
    for (std::size_t i = 0; i < zeros.size(); ++i)
        QCOMPARE(zeros.data()[i], std::uint8_t(0));

    const sr::Bytes source{1, 2, 3};
    SecretBytes copy(sr::ByteView{source});
    QCOMPARE(copy.size(), std::size_t(3));
    QVERIFY(std::equal(copy.view().begin(), copy.view().end(), source.begin()));

    SecretBytes clone = copy.clone();
    QVERIFY(clone.equals(source));
    QVERIFY(clone.data() != copy.data());

    // text(): the same bytes read as text, not a copy.
    const std::string_view phrase = "correct horse";
    const SecretBytes password(sr::asBytes(phrase));
    QCOMPARE(password.text(), phrase);
    QCOMPARE(static_cast<const void*>(password.text().data()),
             static_cast<const void*>(password.data()));
    QVERIFY(empty.text().empty());
}

void TestSecretBytes::moves() {
    SecretBytes a(sr::ByteView{sr::Bytes{9, 8, 7}});
    const std::uint8_t* buffer = a.data();
    SecretBytes b(std::move(a));
    QCOMPARE(b.data(), buffer);
    QCOMPARE(b.size(), std::size_t(3));
    QVERIFY(a.empty()); // NOLINT(bugprone-use-after-move): moved-from state is specified
    SecretBytes c(2);
    c = std::move(b);
    QCOMPARE(c.data(), buffer);
    QVERIFY(b.empty()); // NOLINT(bugprone-use-after-move)
}

void TestSecretBytes::random() {
    const SecretBytes a = SecretBytes::random(32);
    const SecretBytes b = SecretBytes::random(32);
    QCOMPARE(a.size(), std::size_t(32));
    QVERIFY(!a.equals(b.view()));
    QVERIFY(SecretBytes::random(0).empty());
}

void TestSecretBytes::equals() {
    const SecretBytes a(sr::ByteView{sr::Bytes{1, 2, 3}});
    QVERIFY(a.equals(sr::Bytes{1, 2, 3}));
    QVERIFY(!a.equals(sr::Bytes{1, 2, 4}));
    QVERIFY(!a.equals(sr::Bytes{1, 2}));
    QVERIFY(SecretBytes().equals(sr::Bytes{}));
}

void TestSecretBytes::secureRandom() {
    QVERIFY(sr::crypto::randomBytes(0).empty());
    const sr::Bytes a = sr::crypto::randomBytes(64);
    const sr::Bytes b = sr::crypto::randomBytes(64);
    QCOMPARE(a.size(), std::size_t(64));
    QVERIFY(a != b);
    // Not stuck at one value: 64 random bytes take at least a handful of distinct values.
    QVERIFY(std::set<std::uint8_t>(a.begin(), a.end()).size() > 16);
    std::array<std::uint8_t, 16> buffer{};
    sr::crypto::randomFill(buffer);
    QVERIFY((buffer != std::array<std::uint8_t, 16>{}));
}

QTEST_APPLESS_MAIN(TestSecretBytes)
#include "tst_secretbytes.moc"

void TestSecretBytes::lockedAndKeptOutOfDumps() {
    // Secrets of every size sit in memory that a core dump leaves out ("dd"), locked in RAM
    // ("lo": never swapped), and readable and writable as usual.
    for (const std::size_t size : {std::size_t(1), std::size_t(32), std::size_t(5000)}) {
        SecretBytes secret = SecretBytes::random(size);
        const std::string flags = vmFlagsOf(secret.data());
        QVERIFY2(!flags.empty(), "no mapping holds the secret");
        QVERIFY2(flags.find(" dd ") != std::string::npos, flags.c_str());
        struct rlimit limit {};
        QVERIFY(getrlimit(RLIMIT_MEMLOCK, &limit) == 0);
        if (limit.rlim_cur >= 64 * 1024 || geteuid() == 0)
            QVERIFY2(flags.find(" lo ") != std::string::npos, flags.c_str());
        secret.data()[size - 1] = 42;
        QCOMPARE(secret.data()[size - 1], std::uint8_t(42));
        // Moves keep the same protected buffer.
        SecretBytes moved(std::move(secret));
        QVERIFY(vmFlagsOf(moved.data()).find(" dd ") != std::string::npos);
    }
    // A new buffer is zeroed (the allocator's fill byte is not left behind).
    const SecretBytes zeros(100);
    QVERIFY(std::all_of(zeros.data(), zeros.data() + 100, [](std::uint8_t b) { return b == 0; }));
}
