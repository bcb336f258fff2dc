// SPDX-License-Identifier: EUPL-1.2
// What a content change (or a changed answer) dropped, in words for the person: the step's
// title and what happened to its answer, never an internal id and never a wrong reason.
#pragma once

#include <string>
#include <vector>

#include "content/model.h"
#include "i18n/strings.h"
#include "session/engine.h"

namespace hr::session {

// One line per dropped answer, in `lang` (the steps' titles from `guide`).
std::vector<std::string> describeDropped(const std::vector<Dropped>& dropped, const content::Guide& guide,
                                         const std::string& lang, const i18n::Strings& tr);

}  // namespace hr::session
