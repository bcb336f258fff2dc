// SPDX-License-Identifier: EUPL-1.2
// Reading a pack's files: guide.yaml, its includes (inside the pack, no cycles, no folders, no
// file twice), the keys each file may hold, and the layer's own id, version and base.
#include "content/pack_files.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <set>

#include "util/diagnostics.h"
#include "util/file_io.h"
#include "util/text_util.h"
#include "yaml/yaml_cache.h"
#include "yaml/yaml_reader.h"

namespace fs = std::filesystem;

namespace hr::content {

bool isItemId(const std::string& s) {
    if (s.empty() || !(s[0] >= 'a' && s[0] <= 'z')) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) return false;
    return true;
}

namespace {

using YNode = yaml::Node;

// FNV-1a (64 bit): enough to notice that content changed since a record was saved; not a
// security measure.
class Fnv1a {
public:
    void add(const std::string& s) {
        for (unsigned char c : s) h_ = (h_ ^ c) * 0x100000001b3ULL;
        h_ = (h_ ^ 0xFFu) * 0x100000001b3ULL;  // separator, so "ab"+"c" differs from "a"+"bc"
    }
    std::string str() const {
        char buf[32];
        std::snprintf(buf, sizeof buf, "fnv1a64:%016llx", static_cast<unsigned long long>(h_));
        return buf;
    }

private:
    std::uint64_t h_ = 0xcbf29ce484222325ULL;
};

std::vector<std::string> withItemLists(std::vector<std::string> keys) {
    keys.push_back("include");
    for (const auto& l : itemLists()) keys.push_back(l);
    return keys;
}

// A value holds only its file's own characters (folded, unquoted) unless an escape in a
// double-quoted scalar makes one: a file with no control character and no backslash has none in
// any value, and its tree (thousands of scalars) need not be walked.
bool mayHoldControls(const std::string& source) {
    return firstControlCharacter(source) != std::string::npos || source.find('\\') != std::string::npos;
}

class PackFiles : private yaml::Reader {
public:
    PackFiles(const fs::path& root, PackTree& tree, Diagnostics& diags, const yaml::Limits& limits,
              const std::optional<yaml::TreeCache>& parseCache)
        : yaml::Reader(diags), root_(root), t_(tree), limits_(limits), cache_(parseCache) {}

    bool readGuide() {
        const fs::path path = root_ / "guide.yaml";
        const std::string shown = t_.displayDir + "/guide.yaml";
        std::error_code ec;
        if (!fs::exists(path, ec)) {
            d_.error({shown, 1, 1}, Msg("pack.no_guide_yaml"));
            return false;
        }
        if (!fs::is_regular_file(path, ec)) {
            d_.error({shown, 1, 1}, Msg("pack.guide_yaml_not_file"));
            return false;
        }
        const YNode* m = parseFile(path, shown, nullptr, "");
        if (!m) return false;
        if (!expectMap(*m, Msg("item.guide_yaml"))) return false;
        t_.meta = m;
        const fs::path canon = fs::canonical(path, ec);
        loaded_.insert(canon);
        layer(*m);
        static const auto whole = withItemLists(
            {"format", "id", "version", "language", "languages", "title", "description", "followup", "safety"});
        // 'language' is refused below with its own message.
        static const auto overlay = withItemLists({"format", "id", "version", "extends", "base-version", "language", "languages",
                                                   "title", "description", "followup", "safety"});
        checkKeys(*m, Msg(t_.isOverlay() ? "item.overlay_guide_yaml" : "item.guide_yaml"), t_.isOverlay() ? overlay : whole);
        if (t_.isOverlay() && m->get("language"))
            d_.error(at(*m->get("language")), Msg("overlay.language"));
        gather(*m);
        including_.push_back(canon);
        includes(*m, canon);
        including_.pop_back();
        return true;
    }

private:
    fs::path root_;  // canonical
    PackTree& t_;
    const yaml::Limits& limits_;
    const std::optional<yaml::TreeCache>& cache_;
    std::vector<fs::path> including_;  // include chain, for cycle detection
    std::set<fs::path> loaded_;
    Fnv1a hash_;

    std::string display(const fs::path& canonical) const {
        return t_.displayDir + "/" + canonical.lexically_relative(root_).generic_string();
    }

    // format, id, version and (for an overlay) extends and base-version.
    void layer(const YNode& m) {
        if (const YNode* f = m.get("format")) {
            if (integer(f, Msg("what.quoted", {{"key", "format"}}), t_.format) && (t_.format < 1 || t_.format > kContentFormat))
                d_.error(at(*f), Msg("pack.format_new", {{"format", t_.format}, {"max", kContentFormat}}));
        }
        const Msg file("item.guide_yaml"), guide("item.guide");
        auto key = [&](const char* k) { return Msg("what.key", {{"what", guide}, {"key", k}}); };
        if (const YNode* n = required(m, "id", file); scalar(n, key("id"), t_.id) && !isItemId(t_.id))
            d_.error(at(*n), Msg("id.bad", {{"id", t_.id}}));
        if (const YNode* n = required(m, "version", file); scalar(n, key("version"), t_.version) && t_.version.empty())
            d_.error(at(*n), Msg("value.empty", {{"what", key("version")}}));
        if (const YNode* n = m.get("extends"); n && scalar(n, Msg("what.quoted", {{"key", "extends"}}), t_.extends)) {
            t_.extendsLoc = at(*n);
            if (!isItemId(t_.extends)) {
                d_.error(at(*n), Msg("overlay.extends_bad"));
                t_.extends.clear();
            }
        }
        if (const YNode* n = m.get("base-version"); n && scalar(n, Msg("what.quoted", {{"key", "base-version"}}), t_.baseVersion)) {
            t_.baseVersionLoc = at(*n);
            if (!m.get("extends")) d_.error(at(*n), Msg("overlay.base_version_alone"));
        }
    }

    void gather(const YNode& m) {
        for (const auto& list : itemLists()) {
            const YNode* l = m.get(list);
            if (!l || !expectList(*l, Msg("what.quoted", {{"key", list}}))) continue;
            for (const YNode* item : l->items) t_.items[list].push_back(item);
        }
    }

    // Parses one file and keeps its tree; returns its root (nullptr when it cannot be used).
    // `from` and `rel` say where and how the file was included (nullptr for guide.yaml).
    const YNode* parseFile(const fs::path& path, const std::string& shown, const SourceLoc* from,
                           const std::string& rel) {
        std::string text, error;
        if (!readTextFile(path, limits_.maxBytes, text, error)) {
            const SourceLoc where = from ? *from : SourceLoc{shown, 1, 1};
            d_.error(where, from ? Msg("include.cannot", {{"path", rel}, {"why", error}}) : Msg("file.unreadable", {{"why", error}}));
            if (from) d_.unreadableFile(where, "");  // what it held is missing to the files that point into it
            return nullptr;
        }
        t_.files.push_back(shown);
        hash_.add(path.lexically_relative(root_).generic_string());
        hash_.add(text);
        t_.hash = hash_.str();
        auto doc = yaml::parseCached(std::move(text), shown, d_, limits_, cache_);
        if (!doc) return nullptr;
        const YNode* root = doc->root();
        if (root && mayHoldControls(doc->source())) reportControls(*doc, *root);
        t_.docs.push_back(std::move(doc));
        if (!root) {
            if (from)
                d_.error({shown, 1, 1}, Msg("file.empty_included"));
            else
                d_.error({shown, 1, 1}, Msg("file.empty_guide"));
        }
        return root;
    }

    // A control character (an escape, a carriage return, a C1 code) in a text, id or version is
    // never meant: nobody sees it on screen, it can recolour a terminal, and a record or export
    // would carry it on. One error per scalar, at the character.
    void reportControls(const yaml::Document& doc, const YNode& n) {
        if (n.isScalar()) {
            const std::size_t at = firstControlCharacter(n.value);
            if (at != std::string::npos) {
                const std::string shown = visibleText(n.value.substr(at, controlCharacterLength(n.value, at)));
                d_.error(doc.locInScalar(n, at), Msg("text.control_character", {{"char", shown}}));
            }
        }
        for (const YNode* item : n.items) reportControls(doc, *item);
        for (const auto& [k, v] : n.entries) {
            reportControls(doc, *k);
            reportControls(doc, *v);
        }
    }

    void includes(const YNode& m, const fs::path& file) {
        const YNode* list = m.get("include");
        if (!list || !expectList(*list, Msg("what.quoted", {{"key", "include"}}))) return;
        // The includes are read after this file's own items; remember where each one was written.
        std::vector<std::pair<std::string, SourceLoc>> wanted;
        for (const YNode* item : list->items) {
            std::string rel;
            if (scalar(item, Msg("what.an_include"), rel)) wanted.emplace_back(rel, at(*item));
        }
        for (const auto& [rel, loc] : wanted) include(rel, loc, file);
    }

    void include(const std::string& rel, const SourceLoc& loc, const fs::path& from) {
        if (rel.empty()) {
            d_.error(loc, Msg("include.empty"));
            return;
        }
        if (fs::path(rel).is_absolute()) {
            d_.error(loc, Msg("include.absolute", {{"path", rel}}));
            return;
        }
        std::error_code ec;
        const fs::path target = fs::canonical(from.parent_path() / rel, ec);
        if (ec) {
            if (ec == std::errc::no_such_file_or_directory)
                d_.error(loc, Msg("include.missing", {{"path", rel}}));
            else if (ec == std::errc::too_many_symbolic_link_levels)
                d_.error(loc, Msg("include.link_loop", {{"path", rel}}));
            else
                d_.error(loc, Msg("include.cannot", {{"path", rel}, {"why", ec.message()}}));
            d_.unreadableFile(loc, "");
            return;
        }
        const auto inside = target.lexically_relative(root_);
        if (inside.empty() || *inside.begin() == "..") {
            d_.error(loc, Msg("include.outside", {{"path", rel}}));
            return;
        }
        if (fs::is_directory(target, ec)) {
            d_.error(loc, Msg("include.folder", {{"path", rel}}));
            return;
        }
        if (!fs::is_regular_file(target, ec)) {
            d_.error(loc, Msg("include.not_file", {{"path", rel}}));
            return;
        }
        if (std::find(including_.begin(), including_.end(), target) != including_.end()) {
            d_.error(loc, Msg("include.cycle", {{"path", rel}}));
            return;
        }
        if (!loaded_.insert(target).second) {
            d_.error(loc, Msg("include.twice", {{"path", rel}}));
            return;
        }
        includedFile(target, loc, rel);
    }

    void includedFile(const fs::path& path, const SourceLoc& from, const std::string& rel) {
        const YNode* m = parseFile(path, display(path), &from, rel);
        if (!m || !expectMap(*m, Msg("item.included_file"))) return;
        static const auto keys = withItemLists({});
        checkKeys(*m, Msg("item.included_file"), keys);
        gather(*m);
        including_.push_back(path);
        includes(*m, path);
        including_.pop_back();
    }
};

}  // namespace

std::unique_ptr<PackTree> readPackTree(const fs::path& dir, const std::string& displayDir, Diagnostics& diags,
                                       const yaml::Limits& limits, const std::optional<yaml::TreeCache>& parseCache) {
    auto tree = std::make_unique<PackTree>();
    tree->displayDir = displayDir;
    tree->dir = dir.string();
    while (tree->displayDir.size() > 1 && tree->displayDir.back() == '/') tree->displayDir.pop_back();
    std::error_code ec;
    fs::path root = fs::canonical(dir, ec);
    if (ec) root = fs::absolute(dir, ec);
    PackFiles files(root, *tree, diags, limits, parseCache);
    if (!files.readGuide()) return nullptr;
    return tree;
}

PackHeader peekPack(const fs::path& dir) {
    Diagnostics quiet;
    std::string text, error;
    if (!readTextFile(dir / "guide.yaml", 1000000, text, error)) return {};
    auto doc = yaml::parse(std::move(text), "guide.yaml", quiet, yaml::Limits{});
    PackHeader h;
    if (!doc || !doc->root() || !doc->root()->isMap()) return h;
    auto get = [&](const char* key) {
        const YNode* n = doc->root()->get(key);
        return n && n->isScalar() ? n->value : std::string();
    };
    h.id = get("id");
    h.version = get("version");
    h.extends = get("extends");
    return h;
}

}  // namespace hr::content
