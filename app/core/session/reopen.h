// SPDX-License-Identifier: EUPL-1.2
// Reopening a saved conversation where it stood, for every front end (the window's "Verder", the
// terminal's `walk --resume`): the record must belong to this guide; its private steps are
// marked so that the next save leaves them out; its answers are replayed on the current guide.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "session/engine.h"

namespace hr::session {

struct Reopened {
    std::optional<Session> session;  // nothing when the record cannot be reopened (see error)
    std::vector<Dropped> problems;   // answers that no longer fit the guide as it is now
    // The file still held answers of private steps (written before they were kept out): the
    // caller saves the session at once, so that they leave the disk.
    bool heldPrivate = false;
    std::string error;  // why not: the record belongs to another guide
};

Reopened reopen(const Session::GuidePtr& guide, Record saved);

}  // namespace hr::session
