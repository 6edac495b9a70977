#pragma once

#include "CommandLine.h"
#include "crypto/SecretBytes.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace sr::cli {

/// Passwords and other secrets for strongroom-cli: from files, or typed on the terminal
/// (/dev/tty) without echo. Secrets stay in SecretBytes; nothing here prints them.

/// A file's whole content, at most `maxBytes` (else Error(InvalidArgument)). Error(NotFound) or
/// Error(Io) if it cannot be read.
crypto::SecretBytes readSecretFile(const std::string& path, std::size_t maxBytes = 64 * 1024);

/// The first line of a password file, without its line ending ("\n" or "\r\n"). An empty
/// first line is Error(InvalidArgument) saying so unless `allowEmpty` (a foreign keystore's).
crypto::SecretBytes readPasswordFile(const std::string& path, bool allowEmpty = false);

/// `--password-file`'s first line, else asks on the terminal with `prompt` (no echo). Without
/// either, throws UsageError: scripts must pass --password-file.
crypto::SecretBytes readPassword(const CommandLine& line, std::string_view prompt);

/// For a new wallet: `--password-file`'s first line, else asked twice on the terminal (the two
/// must match). Error(InvalidArgument) with the reason when it is too easy to guess (the
/// desktop app's rule: wallet::kMinimumPasswordScore).
crypto::SecretBytes readNewPassword(const CommandLine& line);

/// Asks a yes/no question on the terminal; false when the answer is not "y"/"yes" or when
/// there is no terminal.
bool confirmOnTerminal(std::string_view question);

} // namespace sr::cli
