// SPDX-License-Identifier: EUPL-1.2
// Shortest and longest number of steps from each node to an end, computed once per guide so the
// progress indicator costs a lookup. Conditions are ignored (an estimate); in a loop the edge back
// into the loop is not counted, so "longest" stays finite.
#pragma once

#include <map>
#include <string>

#include "content/condition.h"
#include "content/model.h"

namespace hr::session {

class PathLengths {
public:
    explicit PathLengths(const content::Guide& guide);

    struct Range {
        std::size_t min = 0, max = 0;  // nodes on the way, this one and the end included
    };
    Range fromNode(const std::string& id) const;

private:
    std::map<std::string, Range> ranges_;
};

// The steps left from `from` (itself and the end included) as the answers given so far decide
// them: a step or choice whose condition reads only variables that are set counts as that
// condition says; one that waits on a later answer leaves both ways open (the range).
PathLengths::Range stepsLeft(const content::Guide& guide, const content::Node& from, const Variables& vars);

}  // namespace hr::session
