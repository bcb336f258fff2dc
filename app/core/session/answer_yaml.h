// SPDX-License-Identifier: EUPL-1.2
// Answers written as YAML, decoded the same way wherever they stand: in a record's path
// (`checked: [a, b]`, `scale: {steun: 3}`) and in an answers file (the value given for a
// checklist or scale step). Problems go to the diagnostics with the file's positions.
#pragma once

#include <string>

#include "session/record.h"
#include "yaml/yaml_reader.h"

namespace hr::session {

class AnswerReader : protected yaml::Reader {
public:
    AnswerReader(Diagnostics& diags, const yaml::Document& doc) : yaml::Reader(diags, doc) {}

    // A list of item ids: the ticks of a checklist. `what` names the list, `itemWhat` an item, for
    // messages (phrases of the catalogue); an item that is not text is reported and left out.
    Answer checklist(const yaml::Node& list, const Msg& what, const Msg& itemWhat);
    // A mapping statement id -> whole point: the points of a scale. `what` names the mapping; an
    // entry that is not text: number is reported and left out.
    Answer scale(const yaml::Node& map, const Msg& what);
};

}  // namespace hr::session
