// SPDX-License-Identifier: EUPL-1.2
// Reading values out of the YAML tree, with diagnostics.
#include "yaml/yaml_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>

#include "util/text_util.h"

namespace hr::yaml {

std::string describe(const Node& n) {
    switch (n.kind) {
        case Kind::Null: return "nothing";
        case Kind::Scalar: return "text";
        case Kind::Sequence: return "a list";
        case Kind::Map: return "a mapping (key: value)";
    }
    return "?";
}

void Reader::checkKeys(const Node& map, const std::string& what, const std::vector<std::string>& allowed,
                       const std::vector<std::string>& otherKinds, const std::string& kind) {
    for (const auto& [k, v] : map.entries) {
        (void)v;
        if (!k->isScalar()) {
            d_.error(at(*k), "keys in " + what + " must be plain words, not " + describe(*k));
            continue;
        }
        if (std::find(allowed.begin(), allowed.end(), k->value) != allowed.end()) continue;
        if (std::find(otherKinds.begin(), otherKinds.end(), k->value) != otherKinds.end()) {
            d_.error(at(*k), "'" + k->value + "' is not used in a node of kind '" + kind + "'");
            continue;
        }
        std::vector<std::string> all = allowed;
        all.insert(all.end(), otherKinds.begin(), otherKinds.end());
        const std::string guess = closestMatch(k->value, all);
        if (!guess.empty())
            d_.error(at(*k), "unknown key '" + k->value + "' in " + what + "; did you mean '" + guess + "'?");
        else
            d_.error(at(*k), "unknown key '" + k->value + "' in " + what + " (known keys: " +
                                 quotedList(allowed) + ")");
    }
}

const Node* Reader::required(const Node& map, const char* key, const std::string& what) {
    const Node* v = map.get(key);
    if (!v) d_.error(at(map), what + " has no '" + key + "' (it is required)");
    return v;
}

bool Reader::expectMap(const Node& n, const std::string& what) {
    if (n.isMap()) return true;
    d_.error(at(n), what + " must be a mapping (key: value), not " + describe(n));
    return false;
}

bool Reader::expectList(const Node& n, const std::string& what) {
    if (n.isSequence()) return true;
    d_.error(at(n), what + " must be a list, not " + describe(n));
    return false;
}

bool Reader::scalar(const Node* n, const std::string& what, std::string& out) {
    if (!n) return false;
    if (n->isScalar()) {
        out = n->value;
        return true;
    }
    d_.error(at(*n), what + " must be text, not " + describe(*n));
    return false;
}

bool Reader::boolean(const Node* n, const std::string& what) {
    std::string s;
    if (!scalar(n, what, s)) return false;
    if (s == "true") return true;
    if (s != "false") d_.error(at(*n), what + " must be true or false, not '" + s + "'");
    return false;
}

bool Reader::integer(const Node* n, const std::string& what, int& out) {
    std::string s;
    if (!scalar(n, what, s)) return false;
    char* end = nullptr;
    errno = 0;
    const long v = std::strtol(s.c_str(), &end, 10);
    if (s.empty() || *end != '\0' || errno == ERANGE || v < -1000000 || v > 1000000 ||
        n->style != yaml::ScalarStyle::Plain) {
        d_.error(at(*n), what + " must be a whole number, not '" + s + "'");
        return false;
    }
    out = static_cast<int>(v);
    return true;
}


}  // namespace hr::yaml
