#include "Commands.h"
#include "Support.h"
#include "util/ProcessPrivacy.h"

#include <iostream>

#ifdef STRONGROOM_TEST_HOOKS
// Only in strongroom-cli-testhooks, which the test suites build (tests/CMakeLists.txt): with
// STRONGROOM_TEST_STOP_AT=<step> the protect pipeline exits right after that step's work.
#include "iexec/ProtectPipeline.h"

#include <cstdlib>

namespace {
void stopAtRequestedStep(sr::iexec::ProtectStep step) {
    const char* wanted = std::getenv("STRONGROOM_TEST_STOP_AT");
    if (wanted && sr::iexec::protectStepName(step) == wanted)
        std::_Exit(sr::iexec::ProtectPipeline::kTestStopExitCode);
}
} // namespace
#endif

int main(int argc, char** argv) {
#ifdef NDEBUG
    // Keys and passwords pass through this process: no core dump, no ptrace by the same user.
    (void)sr::makeProcessPrivate();
#endif
#ifdef STRONGROOM_TEST_HOOKS
    sr::iexec::ProtectPipeline::setTestStepHook(stopAtRequestedStep);
#endif
    std::ios::sync_with_stdio(false);
    sr::cli::installInterruptHandler();
    sr::cli::Io io{std::cout, std::cerr};
    const int code = sr::cli::runCli(std::vector<std::string>(argv + 1, argv + argc), io);
    std::cout.flush();
    return code;
}
