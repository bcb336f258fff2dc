// SPDX-License-Identifier: EUPL-1.2
// Checklist and scale answers out of the YAML tree, with yaml::Reader's checks.
#include "session/answer_yaml.h"

namespace hr::session {

Answer AnswerReader::checklist(const yaml::Node& list, const Msg& what, const Msg& itemWhat) {
    std::vector<std::string> ids;
    if (expectList(list, what))
        for (const yaml::Node* item : list.items) {
            std::string id;
            if (scalar(item, itemWhat, id)) ids.push_back(id);
        }
    return Answer::ofChecklist(ids);
}

Answer AnswerReader::scale(const yaml::Node& map, const Msg& what) {
    std::map<std::string, int> points;
    if (expectMap(map, what))
        for (const auto& [k, v] : map.entries) {
            std::string id;
            int point = 0;
            if (scalar(k, Msg("item.a_statement"), id) && integer(v, Msg("answer.point_for", {{"id", id}}), point))
                points[id] = point;
        }
    return Answer::ofScale(points);
}

}  // namespace hr::session
