// SPDX-License-Identifier: EUPL-1.2
// Reading values out of a positioned YAML tree with exact diagnostics: key checks with "did you
// mean", required keys, and type checks. Shared by the pack loader and the record reader.
#pragma once

#include <string>
#include <vector>

#include "yaml/yaml_tree.h"
#include "util/diagnostics.h"

namespace hr::yaml {

// "text", "a list", ...: what a node is, as a phrase of the catalogue.
Msg describeMsg(const Node& n);

class Reader {
public:
    explicit Reader(Diagnostics& diags) : d_(diags) {}
    Reader(Diagnostics& diags, const Document& doc) : d_(diags), doc_(&doc) {}

protected:
    Diagnostics& d_;
    const Document* doc_ = nullptr;  // the file being read

    // Where `n` was written (in its own file: merged overlay items mix files), and where the byte
    // at `index` of a scalar's value is.
    SourceLoc at(const Node& n) const { return (n.doc ? *n.doc : *doc_).loc(n); }
    SourceLoc at(const Node& n, std::size_t index) const { return (n.doc ? *n.doc : *doc_).locInScalar(n, index); }

    // `what` says, in the reader's words, what is being read ("the title of a role"): a phrase
    // of the catalogue, so a message about it reads right in every language.
    // Checks a mapping's keys; reports unknown keys with a suggestion. `otherKinds` lists keys that
    // exist but belong to another node kind, so the message can say so.
    void checkKeys(const Node& map, const Msg& what, const std::vector<std::string>& allowed,
                   const std::vector<std::string>& otherKinds = {}, const std::string& kind = "");
    const Node* required(const Node& map, const char* key, const Msg& what);
    bool expectMap(const Node& n, const Msg& what);
    bool expectList(const Node& n, const Msg& what);
    bool scalar(const Node* n, const Msg& what, std::string& out);
    bool integer(const Node* n, const Msg& what, int& out);
    // true or false; anything else is an error (and reads as false).
    bool boolean(const Node* n, const Msg& what);
};

}  // namespace hr::yaml
