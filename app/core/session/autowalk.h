// SPDX-License-Identifier: EUPL-1.2
// Walking a session without a person: from an answers file (for content editors and tests) or
// with random valid answers from a seed (reproducible). Both stop at an end.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "yaml/yaml_tree.h"
#include "session/engine.h"
#include "util/diagnostics.h"

namespace hr::session {

// An answers file: a YAML mapping from node id to its answer. The meaning of each value follows
// the node's kind: a choice id (choice), a list of item ids (checklist), a mapping statement id
// -> point (scale), or a list of agreement template ids and free texts (agreements). Info and end
// steps need no answer; a checklist, scale or agreements step without one is left empty.
struct AnswersFile {
    std::unique_ptr<yaml::Document> doc;
    std::map<std::string, std::pair<const yaml::Node*, const yaml::Node*>> entries;  // id -> key, value

    // nullopt-like: returns false with diagnostics when the file is not a mapping of answers.
    [[nodiscard]] static bool read(std::string text, const std::string& displayPath, AnswersFile& out, Diagnostics& diags);
};

// Walks from where the session stands to an end. Errors name the answers file's line; answers
// for steps the walk never reached are warnings. Returns false on error.
[[nodiscard]] bool walkWithAnswers(Session& session, const AnswersFile& answers, Diagnostics& diags);

// Walks to an end picking valid answers at random from `seed`: the same seed, guide and track
// give the same walk. Returns an error message, empty on success.
[[nodiscard]] std::string walkRandom(Session& session, std::uint64_t seed);

}  // namespace hr::session
