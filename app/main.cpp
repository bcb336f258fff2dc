// SPDX-License-Identifier: EUPL-1.2
// handreiking: one binary that is both the window and the command-line tool.
#include "cli/cli.h"
#include "startup_timings.h"

int main(int argc, char** argv) {
    hr::ui::timings::mark("exec and libraries");
    return hr::cli::run(argc, argv);
}
