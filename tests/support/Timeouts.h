#pragma once

// How long a test waits for something before it fails, in milliseconds (the unit of
// QTRY_*_WITH_TIMEOUT, QSignalSpy::wait, QTest::qWaitFor and QProcess::waitFor*). A wait ends
// as soon as its condition holds: these bound a failure and never slow a passing run. They are
// sized for a loaded CI machine (two cores shared with builds and other suites; anvil, the
// sandbox services and scrypt competing with the GUI thread), not for a quiet desktop.
//
// A bound that is itself what a test checks (the status bar's block within 2 s, well before
// its own 10 s poll; a clipboard cleared by a short timer) stays written where it is checked,
// beside its reason; so do pauses (qWait) and timing assertions (elapsed() < n).

namespace sr::test::timeouts {

/// What the app does at once or on a short timer of its own (a dialog opened, a lock timer
/// set to fire right away, a process gone on a signal): 5 s is a few event-loop turns even
/// when the machine swaps.
inline constexpr int kAtOnce = 5'000;

/// A widget's answer to a click, a key or a local file, with no network in between (a preview,
/// a file dialog's listing, a page switched, a CLI process stopped): 10 s, as the GUI thread
/// may wait on a worker thread that shares its core with a compiler.
inline constexpr int kUiSettles = 10'000;

/// One exchange with a local service and what the GUI shows of it (a call to anvil, IPFS, the
/// market or the SMS, a transaction mined, a password checked by scrypt at test cost): 20 s,
/// as the services run on the same two cores as the test.
inline constexpr int kServiceAnswers = 20'000;

/// A page or a model reading the chain over many calls (a refresh, a log scan, a catalogue
/// listed, a transfer confirmed) or scrypt at a real cost: 30 s for tens of round trips.
inline constexpr int kChainRead = 30'000;

/// Work of several transactions or reads while the worker runs (a task followed to its end,
/// a page refreshed during a run, a protect's first steps, an account restored from a
/// phrase, a CLI process started cold): 60 s, a dozen blocks plus the worker's polling.
inline constexpr int kLongChainWork = 60'000;

/// A wizard that derives, stores and reads back a new account at full cost, or the Overview's
/// first refresh that reads every page's data at once: 90 s.
inline constexpr int kAccountReady = 90'000;

/// A whole pipeline or a program run to its end (the sandbox started with its contracts
/// deployed, a protect or a computation end to end, a node script): 120 s, as deploying the
/// contracts alone takes tens of seconds on a loaded machine.
inline constexpr int kPipelineEnds = 120'000;

/// A strongroom-cli process that starts, derives its key and runs a pipeline on the sandbox:
/// 180 s, kPipelineEnds plus the process's own start.
inline constexpr int kCliRuns = 180'000;

} // namespace sr::test::timeouts
