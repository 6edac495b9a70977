#include "Password.h"

#include "util/Error.h"
#include "wallet/PasswordStrength.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace sr::cli {
namespace {

constexpr std::size_t kMaxPassword = 1024;

class Fd {
public:
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() {
        if (fd_ >= 0)
            ::close(fd_);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

void writeAll(int fd, std::string_view text) {
    while (!text.empty()) {
        const ssize_t n = ::write(fd, text.data(), text.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        text.remove_prefix(static_cast<std::size_t>(n));
    }
}

// Reads one line from the terminal into a fixed wiped buffer, echo off unless `echo`.
crypto::SecretBytes readLineFromTerminal(std::string_view prompt, bool echo) {
    Fd tty(::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY));
    if (tty.get() < 0)
        throw UsageError("no terminal to ask for the password on: pass --password-file FILE");
    writeAll(tty.get(), prompt);
    termios saved{};
    const bool haveTermios = ::tcgetattr(tty.get(), &saved) == 0;
    if (haveTermios && !echo) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(tty.get(), TCSAFLUSH, &quiet);
    }
    crypto::SecretBytes buffer(kMaxPassword);
    std::size_t length = 0;
    bool tooLong = false;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(tty.get(), &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || c == '\n')
            break;
        if (length < buffer.size())
            buffer.data()[length++] = static_cast<std::uint8_t>(c);
        else
            tooLong = true;
        c = 0;
    }
    if (haveTermios && !echo)
        ::tcsetattr(tty.get(), TCSAFLUSH, &saved);
    if (tooLong)
        throw Error(ErrorCode::InvalidArgument, "The password is longer than 1024 bytes.");
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    return crypto::SecretBytes(ByteView(buffer.data(), length));
}

} // namespace

crypto::SecretBytes readSecretFile(const std::string& path, std::size_t maxBytes) {
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) {
        if (errno == ENOENT)
            throw Error(ErrorCode::NotFound, "No such file: " + path);
        throw Error(ErrorCode::Io, "Could not open " + path + ": " + std::strerror(errno));
    }
    crypto::SecretBytes buffer(maxBytes + 1);
    std::size_t length = 0;
    while (length < buffer.size()) {
        const ssize_t n = ::read(fd.get(), buffer.data() + length, buffer.size() - length);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            throw Error(ErrorCode::Io, "Could not read " + path + ": " + std::strerror(errno));
        if (n == 0)
            break;
        length += static_cast<std::size_t>(n);
    }
    if (length > maxBytes)
        throw Error(ErrorCode::InvalidArgument,
                    path + " is larger than " + std::to_string(maxBytes) + " bytes.");
    return crypto::SecretBytes(ByteView(buffer.data(), length));
}

crypto::SecretBytes readPasswordFile(const std::string& path, bool allowEmpty) {
    const crypto::SecretBytes content = readSecretFile(path, kMaxPassword + 2);
    std::size_t length = 0;
    while (length < content.size() && content.data()[length] != '\n')
        ++length;
    if (length > 0 && content.data()[length - 1] == '\r')
        --length;
    if (length > kMaxPassword)
        throw Error(ErrorCode::InvalidArgument, "The password is longer than 1024 bytes.");
    if (length == 0 && !allowEmpty)
        throw Error(ErrorCode::InvalidArgument,
                    path + (content.size() == 0 ? " is empty" : " starts with an empty line") +
                        ": its first line must be the wallet password.");
    return crypto::SecretBytes(ByteView(content.data(), length));
}

crypto::SecretBytes readPassword(const CommandLine& line, std::string_view prompt) {
    if (line.global.passwordFile)
        return readPasswordFile(*line.global.passwordFile);
    return readLineFromTerminal(prompt, false);
}

namespace {

std::string_view hintText(wallet::PasswordHint hint) {
    using wallet::PasswordHint;
    switch (hint) {
    case PasswordHint::None:
        return "";
    case PasswordHint::Empty:
        return "The password is empty.";
    case PasswordHint::TooShort:
        return "Too short: use at least 10 characters, or a few words.";
    case PasswordHint::Common:
        return "This is one of the most used passwords: it is guessed first.";
    case PasswordHint::Repeats:
        return "Repeated characters or blocks add little: vary them.";
    case PasswordHint::Sequence:
        return "Sequences like abcd, 1234 or qwerty are easy to guess.";
    case PasswordHint::OneKind:
        return "Mix kinds of characters, or use more words.";
    }
    return "";
}

// The desktop app's rule for a new wallet password (wallet::kMinimumPasswordScore).
void checkStrength(const crypto::SecretBytes& password, std::string_view source) {
    const wallet::PasswordStrength s = wallet::estimatePasswordStrength(password.text());
    if (s.score >= wallet::kMinimumPasswordScore)
        return;
    std::string message = "The new wallet password";
    if (!source.empty())
        message += " in " + std::string(source);
    message += " is too easy to guess. " + std::string(hintText(s.hint));
    if (s.hint == wallet::PasswordHint::None || s.hint == wallet::PasswordHint::Empty)
        message += " Four or five unrelated words are easy to remember and hard to guess.";
    throw Error(ErrorCode::InvalidArgument, message);
}

} // namespace

crypto::SecretBytes readNewPassword(const CommandLine& line) {
    if (line.global.passwordFile) {
        crypto::SecretBytes password = readPasswordFile(*line.global.passwordFile);
        checkStrength(password, *line.global.passwordFile);
        return password;
    }
    crypto::SecretBytes first = readLineFromTerminal("Choose a wallet password: ", false);
    checkStrength(first, {});
    const crypto::SecretBytes second = readLineFromTerminal("Repeat the password: ", false);
    if (!first.equals(second.view()))
        throw Error(ErrorCode::InvalidArgument, "The two passwords differ.");
    return first;
}

bool confirmOnTerminal(std::string_view question) {
    try {
        const crypto::SecretBytes answer =
            readLineFromTerminal(std::string(question) + " [y/N] ", true);
        const std::string_view text = answer.text();
        return text == "y" || text == "Y" || text == "yes" || text == "YES" || text == "Yes";
    } catch (const UsageError&) {
        return false;
    }
}

} // namespace sr::cli
