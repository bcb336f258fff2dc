// SPDX-License-Identifier: EUPL-1.2
// The JSON Schema (draft-07) of a pack's YAML files, for editors (yaml-language-server): every key
// of every kind of item, with a Dutch explanation shown on hover. Made from one table of keys
// (schema.cpp); a test holds that table against the keys the loader accepts, so they cannot drift.
#pragma once

#include <string>
#include <vector>

namespace hr::content::schema {

// One key as the table holds it. `item` is where it stands: "pack" (guide.yaml, an overlay's
// guide.yaml and an included file), "guide" (guide.yaml, also of an overlay), "overlay" (only an
// overlay's guide.yaml), "role", "track", "node", "choice", "checklist-item", "statement",
// "scale", "agreement", "page", "snippet", "directive" (any item of an overlay).
struct Key {
    const char* item;
    const char* name;
    const char* type;   // see schema.cpp, typeSchema()
    bool required;      // in a whole guide; an overlay's item needs only its id
    const char* kinds;  // node keys: the kinds that take it ("" = every kind)
    const char* help;   // Dutch, B1: what an editor reads on hover
};

const std::vector<Key>& keys();
// The node kinds, in the loader's order.
const std::vector<std::string>& nodeKinds();
// The keys of `item` (for "node", of a node of `kind`), in table order.
std::vector<std::string> keysOf(const std::string& item, const std::string& kind = "");

// The whole schema as JSON text (two-space indent, ending in a newline): what
// content/schema/pack.schema.json holds and `handreiking schema` prints.
std::string packSchema();

}  // namespace hr::content::schema
