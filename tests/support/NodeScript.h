#pragma once

// Runs the reference implementations (pinned npm packages) from tests: a script under
// tests/interop/ reads one JSON document on stdin and writes one on stdout.

#include "Timeouts.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <nlohmann/json.hpp>

namespace sr::test {

/// True when node and the pinned node_modules are present. When false, the interop suite must
/// say so loudly (QSKIP with the reason) rather than pass silently.
bool nodeAvailable(QString* why = nullptr);

/// Runs `node <build>/interop/<script>` with `input` on stdin; returns stdout parsed as JSON.
/// Fails the current test (QFAIL-style, via the returned isNull()) on a non-zero exit, printing
/// stderr.
QJsonDocument runNodeScript(const QString& script, const QJsonDocument& input,
                            int timeoutMs = timeouts::kPipelineEnds);

/// runNodeScript() for nlohmann::json documents; null when the script failed (the reason was
/// printed).
nlohmann::json runNode(const char* script, const nlohmann::json& input);

/// The folder of the published test vectors the suites read (tests/data/, see its README), or
/// empty with `why` set (a suite then fails: the files are part of the project).
QString testVectorsDir(QString* why = nullptr);

} // namespace sr::test
