#include "Commands.h"
#include "Support.h"
#include "util/ProcessPrivacy.h"

#include <iostream>

int main(int argc, char** argv) {
#ifdef NDEBUG
    // Keys and passwords pass through this process: no core dump, no ptrace by the same user.
    (void)sr::makeProcessPrivate();
#endif
    std::ios::sync_with_stdio(false);
    sr::cli::installInterruptHandler();
    sr::cli::Io io{std::cout, std::cerr};
    const int code = sr::cli::runCli(std::vector<std::string>(argv + 1, argv + argc), io);
    std::cout.flush();
    return code;
}
