#pragma once

// The programs behind the sandbox's own apps, run by the sandbox worker as
// `strongroom-sandbox app-exec NAME [ARGS...]` under the iExec app contract (IEXEC_IN,
// IEXEC_OUT, IEXEC_DATASET_FILENAME, ...). Each writes its output and computed.json in
// IEXEC_OUT and returns the process exit code.

#include <map>
#include <string>
#include <vector>

namespace sr::sandbox {

/// "content-reader": reads the protected data (a DataProtector zip) and writes report.json:
/// each field's path, size and guessed type, and for text fields counts (characters, words,
/// lines) and for CSV text rows, columns and per-column numeric statistics. No content is
/// copied into the report.
int runContentReader(const std::map<std::string, std::string>& environment);

/// Runs the named sandbox app with the process's environment; 64 for an unknown name.
int runSandboxApp(const std::string& name, const std::vector<std::string>& args);

/// The names runSandboxApp knows.
std::vector<std::string> sandboxAppNames();

} // namespace sr::sandbox
