// SPDX-License-Identifier: EUPL-1.2
// Command-line entry: parses arguments and runs the window or a subcommand (check, info).
#pragma once

namespace hr::cli {

// Returns the process exit code: 0 success, 1 content errors, 2 cannot run (bad arguments).
int run(int argc, char** argv);

}  // namespace hr::cli
