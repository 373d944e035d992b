// run_command: runs a shell command for the CLI tests and captures its standard output and exit code.
#pragma once

#include <array>
#include <cstdio>
#include <string>
#include <sys/wait.h>

#include <catch2/catch.hpp>

namespace tmap::test {

struct Run {
    int code = -1;
    std::string out;
};

/// Runs `command` through the shell; stdout is captured (redirect stderr in the command to see it).
inline Run runCommand(const std::string& command)
{
    Run run;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buffer {};
    while (const auto n = std::fread(buffer.data(), 1, buffer.size(), pipe))
        run.out.append(buffer.data(), n);
    const int status = pclose(pipe);
    run.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

} // namespace tmap::test
