// SPDX-License-Identifier: EUPL-1.2
// Checks a loaded guide as a whole: unique ids, references, variables used in conditions,
// translations, and the shape of the graph (every node reachable, every path able to end).
#pragma once

#include "content/graph.h"
#include "content/model.h"
#include "util/diagnostics.h"

namespace hr::content {

struct ValidateOptions {
    // Missing translations one by one; by default one warning per file and language says how
    // many texts still lack it (adding a language must not bury the other findings).
    bool eachTranslation = false;
};

void validate(const Guide& guide, Diagnostics& diags, const ValidateOptions& options = {});

}  // namespace hr::content
