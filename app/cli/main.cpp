#include "Commands.h"
#include "Support.h"

#include <iostream>

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    sr::cli::installInterruptHandler();
    sr::cli::Io io{std::cout, std::cerr};
    const int code = sr::cli::runCli(std::vector<std::string>(argv + 1, argv + argc), io);
    std::cout.flush();
    return code;
}
