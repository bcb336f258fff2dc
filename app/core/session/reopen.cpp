// SPDX-License-Identifier: EUPL-1.2
// Reopening a saved record on the guide at hand.
#include "session/reopen.h"

namespace hr::session {

Reopened reopen(const Session::GuidePtr& guide, Record saved) {
    Reopened out;
    if (saved.packId != guide->id) {
        out.error = "the record belongs to the guide '" + saved.packId + "', not to '" + guide->id + "'";
        return out;
    }
    out.heldPrivate = markPrivateSteps(saved, *guide);
    auto resumed = Session::resume(guide, saved);
    out.session.emplace(std::move(resumed.session));
    out.problems = std::move(resumed.problems);
    return out;
}

}  // namespace hr::session
