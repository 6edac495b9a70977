#pragma once

namespace sr {

/// Keeps the secrets of this process out of other processes' reach and out of core dumps:
/// no core file is written (RLIMIT_CORE 0) and the process is not dumpable (PR_SET_DUMPABLE
/// 0: no core dump, no ptrace attach by the same user, /proc/<pid>/mem and environ closed
/// to them). Called first thing by the shipped programs in release builds; debug builds stay
/// debuggable. Returns false when the system refused (the program runs on regardless).
bool makeProcessPrivate() noexcept;

} // namespace sr
