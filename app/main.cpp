// SPDX-License-Identifier: EUPL-1.2
// handreiking: one binary that is both the window and the command-line tool.
#include "cli/cli.h"

int main(int argc, char** argv) { return hr::cli::run(argc, argv); }
