#include "Commands.h"
#include "Support.h"
#include "util/ProcessPrivacy.h"

#include <iostream>

#ifdef STRONGROOM_TEST_HOOKS
// Only in strongroom-cli-testhooks, which the test suites build (tests/CMakeLists.txt): with
// STRONGROOM_TEST_STOP_AT=<step> the protect pipeline exits right after that step's work,
// and with STRONGROOM_TEST_STOP_AT=compute:<step> the computation request does.
#include "compute/ComputePipeline.h"
#include "iexec/ProtectPipeline.h"

#include <cstdlib>
#include <string>

namespace {
void stopAtRequestedStep(sr::iexec::ProtectStep step) {
    const char* wanted = std::getenv("STRONGROOM_TEST_STOP_AT");
    if (wanted && sr::iexec::protectStepName(step) == wanted)
        std::_Exit(sr::iexec::ProtectPipeline::kTestStopExitCode);
}
void stopAtRequestedComputeStep(sr::compute::ComputeStep step) {
    const char* wanted = std::getenv("STRONGROOM_TEST_STOP_AT");
    if (wanted && "compute:" + std::string(sr::compute::computeStepName(step)) == wanted)
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
    sr::compute::ComputePipeline::setTestStepHook(stopAtRequestedComputeStep);
#endif
    std::ios::sync_with_stdio(false);
    sr::cli::installInterruptHandler();
    sr::cli::Io io{std::cout, std::cerr};
    const int code = sr::cli::runCli(std::vector<std::string>(argv + 1, argv + argc), io);
    std::cout.flush();
    return code;
}
