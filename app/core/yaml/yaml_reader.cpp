// SPDX-License-Identifier: EUPL-1.2
// Reading values out of the YAML tree, with diagnostics.
#include "yaml/yaml_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>

#include "util/text_util.h"

namespace hr::yaml {

Msg describeMsg(const Node& n) {
    switch (n.kind) {
        case Kind::Null: return Msg("kind.nothing");
        case Kind::Scalar: return Msg("kind.text");
        case Kind::Sequence: return Msg("kind.list");
        case Kind::Map: return Msg("kind.map");
    }
    return Msg("kind.nothing");
}

void Reader::checkKeys(const Node& map, const Msg& what, const std::vector<std::string>& allowed,
                       const std::vector<std::string>& otherKinds, const std::string& kind) {
    for (const auto& [k, v] : map.entries) {
        (void)v;
        if (!k->isScalar()) {
            d_.error(at(*k), Msg("key.not_plain", {{"what", what}, {"kind", describeMsg(*k)}}));
            continue;
        }
        if (std::find(allowed.begin(), allowed.end(), k->value) != allowed.end()) continue;
        if (std::find(otherKinds.begin(), otherKinds.end(), k->value) != otherKinds.end()) {
            d_.error(at(*k), Msg("key.other_kind", {{"key", k->value}, {"kind", kind}}));
            continue;
        }
        std::vector<std::string> all = allowed;
        all.insert(all.end(), otherKinds.begin(), otherKinds.end());
        const std::string guess = closestMatch(k->value, all);
        if (!guess.empty())
            d_.error(at(*k), Msg("key.unknown_guess", {{"key", k->value}, {"what", what}, {"guess", guess}}));
        else
            d_.error(at(*k), Msg("key.unknown", {{"key", k->value}, {"what", what}, {"known", quotedList(allowed)}}));
    }
}

const Node* Reader::required(const Node& map, const char* key, const Msg& what) {
    const Node* v = map.get(key);
    if (!v) d_.error(at(map), Msg("key.required", {{"what", what}, {"key", key}}));
    return v;
}

bool Reader::expectMap(const Node& n, const Msg& what) {
    if (n.isMap()) return true;
    d_.error(at(n), Msg("type.map", {{"what", what}, {"kind", describeMsg(n)}}));
    return false;
}

bool Reader::expectList(const Node& n, const Msg& what) {
    if (n.isSequence()) return true;
    d_.error(at(n), Msg("type.list", {{"what", what}, {"kind", describeMsg(n)}}));
    return false;
}

bool Reader::scalar(const Node* n, const Msg& what, std::string& out) {
    if (!n) return false;
    if (n->isScalar()) {
        out = n->value;
        return true;
    }
    d_.error(at(*n), Msg("type.text", {{"what", what}, {"kind", describeMsg(*n)}}));
    return false;
}

bool Reader::boolean(const Node* n, const Msg& what) {
    std::string s;
    if (!scalar(n, what, s)) return false;
    if (s == "true") return true;
    if (s != "false") d_.error(at(*n), Msg("type.bool", {{"what", what}, {"value", s}}));
    return false;
}

bool Reader::integer(const Node* n, const Msg& what, int& out) {
    std::string s;
    if (!scalar(n, what, s)) return false;
    char* end = nullptr;
    errno = 0;
    const long v = std::strtol(s.c_str(), &end, 10);
    if (s.empty() || *end != '\0' || errno == ERANGE || v < -1000000 || v > 1000000 ||
        n->style != yaml::ScalarStyle::Plain) {
        d_.error(at(*n), Msg("type.int", {{"what", what}, {"value", s}}));
        return false;
    }
    out = static_cast<int>(v);
    return true;
}


}  // namespace hr::yaml
