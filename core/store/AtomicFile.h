#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <sys/types.h>

namespace sr {

/// Writes `bytes` to `path` so that a crash leaves either the old file or the new one, never a
/// mix: a temporary file in the same folder is written, flushed to disk, then renamed over
/// `path`, and the folder entry is flushed too. Missing parent folders are created with
/// `dirMode`. Throws sr::Error(Io) with the reason (disk full, permission denied, ...).
void writeFileAtomic(const std::filesystem::path& path, std::string_view bytes,
                     mode_t fileMode = 0600, mode_t dirMode = 0700);

/// Reads a whole file. Throws sr::Error(NotFound) if it is absent, sr::Error(Io) otherwise.
std::string readFile(const std::filesystem::path& path);

/// Creates `dir` (and parents) with `mode` if missing. Throws sr::Error(Io).
void ensureDirectory(const std::filesystem::path& dir, mode_t mode = 0700);

/// Moves a damaged file aside (to "<file>.broken-<unix time>") so that the user's bytes are
/// kept while Strongroom starts afresh. Returns the new path. Throws sr::Error(Io).
std::filesystem::path setFileAside(const std::filesystem::path& file);

} // namespace sr
