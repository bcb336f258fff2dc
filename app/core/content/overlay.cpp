// SPDX-License-Identifier: EUPL-1.2
// Merging an overlay into its base by id, on the YAML trees. An item with a base id replaces only
// the keys it gives (lists of items with ids, `choices` and `statements`, merge the same way one
// level down); an item with a new id is added (at `before:`/`after:` when given); `remove: true`
// takes an item out.
#include "content/overlay.h"

#include <algorithm>
#include <cstdlib>
#include <sstream>

#include "util/text_util.h"

namespace hr::content {

namespace {

using YNode = yaml::Node;

const std::map<std::string, std::string>& singular() {
    static const std::map<std::string, std::string> names = {
        {"snippets", "snippet"}, {"roles", "role"},   {"tracks", "track"},          {"nodes", "node"},
        {"agreements", "agreement"}, {"pages", "page"}, {"choices", "choice"}, {"statements", "statement"},
        {"questions", "question"}};
    return names;
}

// What a new item must give (an item without these is most likely a typo for a base id).
const std::vector<std::string>& requiredKeys(const std::string& list) {
    static const std::map<std::string, std::vector<std::string>> keys = {
        {"snippets", {"text"}},         {"roles", {"title"}},  {"tracks", {"audience", "title", "start"}},
        {"nodes", {"kind", "title"}},   {"agreements", {"text"}}, {"pages", {"title", "text"}},
        {"choices", {"label"}},         {"statements", {"text"}}, {"questions", {"title"}}};
    return keys.at(list);
}

bool isDirective(const std::string& key) { return key == "remove" || key == "before" || key == "after"; }

std::string scalarAt(const YNode& map, const char* key) {
    const YNode* n = map.isMap() ? map.get(key) : nullptr;
    return n && n->isScalar() ? n->value : std::string();
}

SourceLoc locOf(const YNode& n) { return n.doc ? n.doc->loc(n) : SourceLoc{}; }

class Merger {
public:
    Merger(MergedTree& tree, std::size_t layer, std::set<std::size_t> chain, Diagnostics& d)
        : t_(tree), layer_(layer), chain_(std::move(chain)), d_(d) {}

    void list(const std::string& name, const std::vector<const YNode*>& over) {
        t_.items[name] = mergeList(name, t_.items[name], over, true);
    }

    void meta(const YNode& over) {
        // The overlay's own id, version and base stay its own; the texts and settings it gives
        // replace the base's.
        static const std::set<std::string> own = {"format", "id", "version", "extends", "base-version", "include",
                                                  "language"};
        YNode* m = make(over);
        m->kind = yaml::Kind::Map;
        for (const auto& e : t_.meta->entries) {
            const YNode* given = own.count(e.first->value) ? nullptr : over.get(e.first->value);
            m->entries.emplace_back(given ? keyOf(over, e.first->value) : e.first, given ? given : e.second);
        }
        for (const auto& e : over.entries)
            if (e.first->isScalar() && !own.count(e.first->value) && !t_.meta->get(e.first->value) &&
                std::find(itemLists().begin(), itemLists().end(), e.first->value) == itemLists().end())
                m->entries.push_back(e);
        t_.meta = m;
    }

private:
    MergedTree& t_;
    std::size_t layer_;
    std::set<std::size_t> chain_;  // the layers this overlay extends (directly or through others)
    Diagnostics& d_;

    YNode* make(const YNode& like) {
        auto n = std::make_unique<YNode>();
        n->line = like.line;
        n->column = like.column;
        n->offset = like.offset;
        n->doc = like.doc;
        t_.arena.push_back(std::move(n));
        return t_.arena.back().get();
    }

    const YNode* keyOf(const YNode& map, const std::string& key) {
        for (const auto& [k, v] : map.entries)
            if (k->isScalar() && k->value == key) return k;
        return nullptr;
    }

    std::size_t originOf(const YNode* item) const {
        const auto it = t_.origin.find(item);
        return it == t_.origin.end() ? 0 : it->second;
    }

    static std::vector<std::string> idsIn(const std::vector<const YNode*>& items) {
        std::vector<std::string> ids;
        for (const YNode* i : items)
            if (std::string id = scalarAt(*i, "id"); !id.empty()) ids.push_back(id);
        return ids;
    }

    std::vector<const YNode*> mergeList(const std::string& name, std::vector<const YNode*> base,
                                        const std::vector<const YNode*>& over, bool topLevel) {
        const std::string what = singular().at(name);
        std::map<std::string, const YNode*> given;  // in this overlay's list
        for (const YNode* o : over) {
            const std::string id = o->isMap() ? scalarAt(*o, "id") : std::string();
            if (id.empty()) {  // the item reader says what is missing
                base.push_back(o);
                continue;
            }
            if (auto [first, isNew] = given.emplace(id, o); !isNew) {
                d_.error(locOf(*o), Msg("id.duplicate", {{"what", itemKind(what)}, {"id", id}}));
                d_.note(locOf(*first->second), Msg("id.first_given", {{"id", id}}));
                continue;
            }
            auto at = std::find_if(base.begin(), base.end(), [&](const YNode* b) { return scalarAt(*b, "id") == id; });
            const bool remove = scalarAt(*o, "remove") == "true";
            if (const YNode* r = o->get("remove"); r && !(r->isScalar() && (r->value == "true" || r->value == "false"))) {
                d_.error(locOf(*r), Msg("overlay.remove_bool"));
                continue;
            }
            if (at == base.end()) {
                if (const YNode* added = addNew(name, what, base, o, remove)) t_.origin[added] = layer_;
                continue;
            }
            if (topLevel && !chain_.count(originOf(*at))) {
                d_.error(locOf(*o), Msg("overlay.both_add", {{"what", itemKind(what)}, {"id", id}}));
                d_.note(locOf(**at), Msg("overlay.added_here", {{"id", id}}));
                continue;
            }
            if (remove) {
                t_.removed.push_back({what, id, locOf(*o)});
                base.erase(at);
                continue;
            }
            const YNode* merged = mergeItem(**at, *o);
            t_.changes[merged] = locOf(**at);
            if (topLevel) t_.origin[merged] = originOf(*at);
            if (!o->get("before") && !o->get("after")) {  // a changed item keeps its place
                *at = merged;
                continue;
            }
            base.erase(at);
            place(base, merged, *o, what);
        }
        return base;
    }

    // A new item, as placed; nullptr (and an error) when it looks like a mistyped base id.
    const YNode* addNew(const std::string& name, const std::string& what, std::vector<const YNode*>& items,
                        const YNode* o, bool remove) {
        const std::string id = scalarAt(*o, "id");
        const std::string guess = closestMatch(id, idsIn(items));
        if (remove) {
            d_.error(locOf(*o), guess.empty() ? Msg("overlay.no_remove", {{"what", itemKind(what)}, {"id", id}})
                                              : Msg("overlay.no_remove_guess", {{"what", itemKind(what)}, {"id", id}, {"guess", guess}}));
            return nullptr;
        }
        std::vector<std::string> missing;
        for (const auto& k : requiredKeys(name))
            if (!o->get(k)) missing.push_back(k);
        if (!missing.empty()) {
            const Msg kind = itemKind(what);
            d_.error(locOf(*o), guess.empty() ? Msg("overlay.no_change", {{"what", kind}, {"id", id}, {"keys", quotedList(missing)}})
                                              : Msg("overlay.no_change_guess", {{"what", kind}, {"id", id}, {"guess", guess},
                                                                                {"keys", quotedList(missing)}}));
            return nullptr;
        }
        const YNode* item = strip(*o);
        place(items, item, *o, what);
        return item;
    }

    // Puts `item` at the place its `before:`/`after:` names, else at the end.
    void place(std::vector<const YNode*>& items, const YNode* item, const YNode& given, const std::string& what) {
        for (const char* key : {"before", "after"}) {
            const YNode* n = given.get(key);
            if (!n) continue;
            const std::string target = n->isScalar() ? n->value : std::string();
            auto it = std::find_if(items.begin(), items.end(), [&](const YNode* b) { return scalarAt(*b, "id") == target; });
            if (it == items.end()) {
                const std::string guess = closestMatch(target, idsIn(items));
                d_.error(locOf(*n), guess.empty() ? Msg("overlay.place_none", {{"key", key}, {"what", itemKind(what)}, {"id", target}})
                                                  : Msg("overlay.place_none_guess", {{"key", key}, {"what", itemKind(what)},
                                                                                     {"id", target}, {"guess", guess}}));
                break;
            }
            items.insert(key == std::string("before") ? it : it + 1, item);
            return;
        }
        items.push_back(item);
    }

    // The overlay's item without the merge directives.
    const YNode* strip(const YNode& o) {
        if (std::none_of(o.entries.begin(), o.entries.end(),
                         [](const auto& e) { return e.first->isScalar() && isDirective(e.first->value); }))
            return &o;
        YNode* m = make(o);
        m->kind = yaml::Kind::Map;
        for (const auto& e : o.entries)
            if (!(e.first->isScalar() && isDirective(e.first->value))) m->entries.push_back(e);
        return m;
    }

    // The base item with every key the overlay gives replaced (lists of items merged by id).
    const YNode* mergeItem(const YNode& base, const YNode& over) {
        YNode* m = make(over);
        m->kind = yaml::Kind::Map;
        for (const auto& [k, v] : base.entries) {
            const YNode* given = k->isScalar() ? over.get(k->value) : nullptr;
            if (!given) {
                m->entries.emplace_back(k, v);
                continue;
            }
            const YNode* key = keyOf(over, k->value);
            if ((k->value == "choices" || k->value == "statements") && v->isSequence() && given->isSequence()) {
                YNode* seq = make(*given);
                seq->kind = yaml::Kind::Sequence;
                seq->items = mergeList(k->value, v->items, given->items, false);
                m->entries.emplace_back(key, seq);
            } else {
                m->entries.emplace_back(key, given);
            }
        }
        for (const auto& e : over.entries)
            if (e.first->isScalar() && !base.get(e.first->value) && !isDirective(e.first->value))
                m->entries.push_back(e);
        return m;
    }
};

// A dotted version as numbers where it has them ("0.10" > "0.9"); text parts compare as text.
int compareVersions(const std::string& a, const std::string& b) {
    std::istringstream sa(a), sb(b);
    std::string pa, pb;
    while (true) {
        const bool ha = static_cast<bool>(std::getline(sa, pa, '.')), hb = static_cast<bool>(std::getline(sb, pb, '.'));
        if (!ha && !hb) return 0;
        if (!ha) pa = "0";
        if (!hb) pb = "0";
        char *ea = nullptr, *eb = nullptr;
        const long na = std::strtol(pa.c_str(), &ea, 10), nb = std::strtol(pb.c_str(), &eb, 10);
        if (*ea == '\0' && *eb == '\0' && !pa.empty() && !pb.empty()) {
            if (na != nb) return na < nb ? -1 : 1;
        } else if (pa != pb) {
            return pa < pb ? -1 : 1;
        }
    }
}

}  // namespace

bool versionInRange(const std::string& version, const std::string& range, Msg& error) {
    std::istringstream words(range);
    std::string w;
    bool any = false;
    while (words >> w) {
        any = true;
        std::string op;
        while (!w.empty() && (w[0] == '<' || w[0] == '>' || w[0] == '=')) {
            op += w[0];
            w.erase(0, 1);
        }
        if (w.empty() || !(w[0] >= '0' && w[0] <= '9') ||
            !(op.empty() || op == "=" || op == "<" || op == "<=" || op == ">" || op == ">=")) {
            error = Msg("overlay.range_bad", {{"range", range}, {"example", ">=0.3 <1"}});
            return false;
        }
        const int c = compareVersions(version, w);
        const bool ok = op.empty() || op == "=" ? c == 0 : op == "<" ? c < 0 : op == "<=" ? c <= 0 : op == ">" ? c > 0 : c >= 0;
        if (!ok) return false;
    }
    if (!any) error = Msg("overlay.range_empty");
    return any;
}

MergedTree startMerge(std::unique_ptr<PackTree> base) {
    MergedTree t;
    t.meta = base->meta;
    t.items = base->items;
    for (const auto& [name, items] : t.items)
        for (const YNode* i : items) t.origin[i] = 0;
    t.layers.push_back(std::move(base));
    return t;
}

void mergeOverlay(MergedTree& tree, std::unique_ptr<PackTree> overlay, Diagnostics& diags) {
    // The chain: the layer it extends and, through their own `extends`, theirs.
    std::set<std::size_t> chain;
    for (std::string want = overlay->extends; !want.empty();) {
        std::size_t found = tree.layers.size();
        for (std::size_t i = 0; i < tree.layers.size(); ++i)
            if (tree.layers[i]->id == want && !chain.count(i)) found = i;
        if (found == tree.layers.size()) break;
        chain.insert(found);
        want = tree.layers[found]->extends;
    }
    Merger m(tree, tree.layers.size(), chain, diags);
    if (overlay->meta) m.meta(*overlay->meta);
    for (const auto& name : itemLists())
        if (auto it = overlay->items.find(name); it != overlay->items.end()) m.list(name, it->second);
    tree.layers.push_back(std::move(overlay));
}

}  // namespace hr::content
