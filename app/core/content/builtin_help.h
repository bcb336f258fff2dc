// SPDX-License-Identifier: EUPL-1.2
// The help page built into the app: 112, Veilig Thuis and 113, in Dutch and English. It does not
// depend on any pack, so help stays one click away when a pack cannot be loaded, has errors, or
// has no help page of its own. Numbers as in shared/research/domain-brief.md, table D.
#pragma once

#include "content/model.h"

namespace hr::content {

const Page& builtinHelpPage();

}  // namespace hr::content
