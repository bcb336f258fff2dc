// Pack loader: files and includes (with the safety checks a hand-edited folder needs), then each
// mapping's keys and value types, into the content model.
//
// [SECTION] Reading files safely
// [SECTION] Field helpers (keys, types, ids, texts, conditions)
// [SECTION] Items: roles, tracks, nodes, agreement templates
// [SECTION] Files and includes
#include "content/loader.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <set>

#include "yaml/yaml_reader.h"
#include "util/file_io.h"
#include "markdown/links.h"
#include "util/text_util.h"

namespace fs = std::filesystem;

namespace hr::content {

namespace {

using YNode = yaml::Node;

// [SECTION] Reading files safely

bool isId(const std::string& s) {
    if (s.empty() || !(s[0] >= 'a' && s[0] <= 'z')) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) return false;
    return true;
}

bool isVariableName(const std::string& s) {
    if (s.empty() || !((s[0] >= 'a' && s[0] <= 'z') || s[0] == '_')) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return s != "and" && s != "or" && s != "not" && s != "true" && s != "false";
}

bool isLanguageCode(const std::string& s) {
    if (s.size() < 2 || s.size() > 3) return false;
    for (char c : s)
        if (c < 'a' || c > 'z') return false;
    return true;
}

// A scalar as a variable's value: plain true/false and numbers are typed, all else is text.
Value toValue(const YNode& n) {
    if (n.style == yaml::ScalarStyle::Plain) {
        if (n.value == "true") return Value{true};
        if (n.value == "false") return Value{false};
        char* end = nullptr;
        const double d = std::strtod(n.value.c_str(), &end);
        // strtod also reads "nan", "inf" and hex; a guide means text by those.
        if (!n.value.empty() && *end == '\0' && n.value.find_first_of("xXnNiI") == std::string::npos) return Value{d};
    }
    return Value{n.value};
}

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

// [SECTION] Field helpers

class Loader : private yaml::Reader {
public:
    Loader(const fs::path& root, std::string displayRoot, Guide& guide, Diagnostics& diags,
           const yaml::Limits& limits)
        : yaml::Reader(diags), root_(root), displayRoot_(std::move(displayRoot)), g_(guide), limits_(limits) {}

private:
    fs::path root_;  // canonical
    std::string displayRoot_;
    Guide& g_;
    const yaml::Limits& limits_;
    std::vector<fs::path> including_;  // include chain, for cycle detection
    std::set<fs::path> loaded_;
    Fnv1a hash_;

    std::string display(const fs::path& canonical) const {
        return displayRoot_ + "/" + canonical.lexically_relative(root_).generic_string();
    }

    bool id(const YNode& map, const std::string& what, std::string& out, SourceLoc& loc) {
        loc = at(map);
        const YNode* n = required(map, "id", what);
        if (!scalar(n, what + " 'id'", out)) return false;
        loc = at(*n);
        if (!isId(out)) {
            d_.error(at(*n), "id '" + out +
                                 "' must start with a lowercase letter and hold only a-z, 0-9, '-' and '_'");
            return false;
        }
        return true;
    }

    Ref ref(const YNode* n, const std::string& what) {
        Ref r;
        if (!n) return r;
        r.loc = at(*n);
        if (scalar(n, what, r.id) && r.id.empty()) d_.error(at(*n), what + " is empty");
        return r;
    }

    void textValue(const YNode& n, const std::string& lang, const std::string& what, bool isMarkdown, Text& t) {
        std::string s;
        if (!scalar(&n, what, s)) return;
        if (s.find_first_not_of(" \t\r\n") == std::string::npos) {
            d_.error(at(n), what + " is empty");
            return;
        }
        if (isMarkdown) {
            for (const auto& link : markdown::findLinks(s)) {
                const SourceLoc loc = doc_->locInScalar(n, link.offset);
                if (link.image)
                    d_.error(loc, "images are not supported in texts; describe it in words or link to it");
                else if (link.target.empty())
                    d_.error(loc, "link has an empty target");
                else if (!markdown::isAllowedLinkTarget(link.target))
                    d_.error(loc, "link target '" + link.target +
                                      "' is not allowed; use an address starting with https://, http://, mailto: or tel:");
            }
        } else {
            // Titles, labels and card texts are drawn as typed: markup there would show as stars.
            for (const char* mark : {"**", "__", "](", "`"}) {
                if (const auto pos = s.find(mark); pos != std::string::npos) {
                    d_.warning(doc_->locInScalar(n, pos), what + " is plain text, not Markdown: '" + mark +
                                                              "' will show as typed");
                    break;
                }
            }
        }
        t.byLang[lang] = std::move(s);
    }

    Text text(const YNode* n, const std::string& what, bool isMarkdown = false) {
        Text t;
        if (!n) return t;
        t.loc = at(*n);
        if (n->isNull()) {
            d_.error(at(*n), what + " is empty");
        } else if (n->isMap()) {
            for (const auto& [k, v] : n->entries) {
                if (!k->isScalar()) continue;
                if (std::find(g_.languages.begin(), g_.languages.end(), k->value) == g_.languages.end()) {
                    d_.error(at(*k), "language '" + k->value + "' is not declared in 'languages' of the guide (" +
                                         quotedList(g_.languages) + ")");
                    continue;
                }
                textValue(*v, k->value, what + " (" + k->value + ")", isMarkdown, t);
            }
        } else if (n->isScalar()) {
            textValue(*n, g_.language, what, isMarkdown, t);
        } else {
            d_.error(at(*n), what + " must be text, or a mapping from language to text, not " + yaml::describe(*n));
        }
        return t;
    }

    When when(const YNode* n, const std::string& what) {
        When w;
        if (!n) return w;
        w.loc = at(*n);
        std::string s;
        if (!scalar(n, what, s)) return w;
        auto parsed = Condition::parse(s);
        if (auto* err = std::get_if<Condition::Error>(&parsed)) {
            d_.error(doc_->locInScalar(*n, err->offset), "in condition: " + err->message);
            return w;
        }
        w.condition = std::get<Condition>(std::move(parsed));
        for (const auto& use : w.condition.names()) w.names.emplace_back(use.name, doc_->locInScalar(*n, use.offset));
        return w;
    }

    std::vector<Assignment> sets(const YNode* n, const std::string& what) {
        std::vector<Assignment> out;
        if (!n || !expectMap(*n, what + " 'set'")) return out;
        for (const auto& [k, v] : n->entries) {
            if (!k->isScalar() || !isVariableName(k->value)) {
                d_.error(at(*k), "variable name '" + (k->isScalar() ? k->value : yaml::describe(*k)) +
                                     "' must start with a lowercase letter or '_' and hold only a-z, 0-9 and '_'");
                continue;
            }
            if (!v->isScalar()) {
                d_.error(at(*v), "value of variable '" + k->value + "' must be true, false, a number or text, not " +
                                     yaml::describe(*v));
                continue;
            }
            out.push_back({k->value, toValue(*v), at(*k)});
        }
        return out;
    }

    template <typename F>
    void eachMap(const YNode* list, const std::string& listWhat, const std::string& itemWhat, F&& f) {
        if (!list || !expectList(*list, listWhat)) return;
        for (const YNode* item : list->items)
            if (expectMap(*item, itemWhat)) f(*item);
    }

    // [SECTION] Items

    void role(const YNode& m) {
        checkKeys(m, "role", {"id", "title"});
        Role r;
        id(m, "role", r.id, r.loc);
        r.title = text(required(m, "title", "role"), "role title");
        g_.roles.push_back(std::move(r));
    }

    void track(const YNode& m) {
        checkKeys(m, "track", {"id", "audience", "title", "description", "start", "summary", "alone"});
        Track t;
        id(m, "track", t.id, t.loc);
        t.audience = text(required(m, "audience", "track"), "track audience");
        t.title = text(required(m, "title", "track"), "track title");
        t.description = text(m.get("description"), "track description");  // plain: drawn on a card
        t.start = ref(required(m, "start", "track"), "track start");
        if (std::string s; scalar(m.get("summary"), "track 'summary'", s)) {
            if (s == "plan")
                t.summary = SummaryKind::Plan;
            else if (s != "topics")
                d_.error(at(*m.get("summary")), "track 'summary' must be 'topics' or 'plan', not '" + s + "'");
        }
        t.alone = boolean(m.get("alone"), "track 'alone'");
        g_.tracks.push_back(std::move(t));
    }

    void page(const YNode& m) {
        checkKeys(m, "page", {"id", "title", "text"});
        Page p;
        id(m, "page", p.id, p.loc);
        p.title = text(required(m, "title", "page"), "page title");
        p.text = text(required(m, "text", "page"), "page text", true);
        g_.pages.push_back(std::move(p));
    }

    void agreement(const YNode& m) {
        checkKeys(m, "agreement", {"id", "text", "owner", "when"});
        AgreementTemplate a;
        id(m, "agreement", a.id, a.loc);
        a.text = text(required(m, "text", "agreement"), "agreement text");
        a.owner = ref(m.get("owner"), "agreement owner");
        a.when = when(m.get("when"), "agreement 'when'");
        g_.agreements.push_back(std::move(a));
    }

    void choice(const YNode& m, content::Node& owner, bool single) {
        Choice c;
        const std::string what = single ? "choice" : "checklist item";
        checkKeys(m, what, single ? std::vector<std::string>{"id", "label", "next", "set", "when"}
                                  : std::vector<std::string>{"id", "label", "set", "when"},
                  single ? std::vector<std::string>{} : std::vector<std::string>{"next"}, "checklist");
        id(m, what, c.id, c.loc);
        c.label = text(required(m, "label", what), what + " label");
        if (single) c.next = ref(m.get("next"), "choice 'next'");
        c.sets = sets(m.get("set"), what);
        c.when = when(m.get("when"), what + " 'when'");
        owner.choices.push_back(std::move(c));
    }

    void statement(const YNode& m, content::Node& owner) {
        checkKeys(m, "statement", {"id", "text"});
        Statement s;
        s.loc = at(m);
        std::string sid;
        if (const YNode* n = required(m, "id", "statement"); scalar(n, "statement 'id'", sid)) {
            s.loc = at(*n);
            if (!isVariableName(sid))
                d_.error(at(*n), "statement id '" + sid +
                                     "' is also a variable name: start with a lowercase letter and use only a-z, 0-9 and '_'");
        }
        s.id = sid;
        s.text = text(required(m, "text", "statement"), "statement text");
        owner.statements.push_back(std::move(s));
    }

    void scaleSpec(const YNode* n, content::Node& owner) {
        if (!n || !expectMap(*n, "'scale'")) return;
        checkKeys(*n, "scale", {"min", "max", "labels"});
        integer(n->get("min"), "scale 'min'", owner.scale.min);
        integer(n->get("max"), "scale 'max'", owner.scale.max);
        if (owner.scale.max <= owner.scale.min || owner.scale.max - owner.scale.min > 10) {
            d_.error(at(*n), "scale must go up from 'min' to 'max' in at most 10 steps (now " +
                                 std::to_string(owner.scale.min) + " to " + std::to_string(owner.scale.max) + ")");
            owner.scale = Scale{};
        }
        if (const YNode* labels = n->get("labels"); labels && expectMap(*labels, "scale 'labels'")) {
            for (const auto& [k, v] : labels->entries) {
                int point = 0;
                if (!integer(k, "scale label key", point)) continue;
                if (point < owner.scale.min || point > owner.scale.max)
                    d_.error(at(*k), "label for " + std::to_string(point) + " lies outside the scale (" +
                                         std::to_string(owner.scale.min) + " to " + std::to_string(owner.scale.max) + ")");
                owner.scale.labels[point] = text(v, "scale label");
            }
        }
    }

    void node(const YNode& m) {
        static const std::vector<std::string> common = {"id", "kind", "title", "text", "next", "when", "private"};
        static const std::vector<std::string> specific = {"choices", "statements", "scale", "suggest"};
        static const std::vector<std::string> kinds = {"info", "choice", "checklist", "scale", "agreements", "end"};
        content::Node n;
        id(m, "node", n.id, n.loc);
        std::string kind;
        const YNode* kindNode = required(m, "kind", "node '" + n.id + "'");
        if (scalar(kindNode, "node 'kind'", kind)) {
            const auto it = std::find(kinds.begin(), kinds.end(), kind);
            if (it == kinds.end()) {
                const std::string guess = closestMatch(kind, kinds);
                d_.error(at(*kindNode), "unknown node kind '" + kind + "'" +
                                            (guess.empty() ? " (kinds: " + quotedList(kinds) + ")"
                                                           : "; did you mean '" + guess + "'?"));
                kind.clear();
            } else {
                n.kind = static_cast<NodeKind>(it - kinds.begin());
            }
        }
        std::vector<std::string> allowed = common, other;
        auto allow = [&](std::initializer_list<const char*> keys) {
            for (const char* k : keys) allowed.push_back(k);
        };
        if (n.kind == NodeKind::Choice || n.kind == NodeKind::Checklist) allow({"choices"});
        if (n.kind == NodeKind::Scale) allow({"statements", "scale"});
        if (n.kind == NodeKind::Agreements) allow({"suggest"});
        if (n.kind == NodeKind::End) allowed.erase(std::find(allowed.begin(), allowed.end(), "next"));
        for (const auto& k : specific)
            if (std::find(allowed.begin(), allowed.end(), k) == allowed.end()) other.push_back(k);
        if (n.kind == NodeKind::End) other.push_back("next");
        if (kind.empty()) other.clear();  // unknown kind: do not pile up follow-on errors
        checkKeys(m, "node", allowed, other, kind);

        const std::string what = "node '" + n.id + "'";
        n.title = text(required(m, "title", what), "node title");
        n.text = text(m.get("text"), "node text", true);
        n.next = ref(m.get("next"), "node 'next'");
        n.when = when(m.get("when"), "node 'when'");
        n.isPrivate = boolean(m.get("private"), "node 'private'");
        if (kind.empty()) {
            g_.nodes.push_back(std::move(n));
            return;
        }
        const bool needsNext = n.kind != NodeKind::End && n.kind != NodeKind::Choice;
        if (needsNext && !m.get("next"))
            d_.error(at(m), what + " of kind '" + kind + "' has no 'next' (it is required)");
        if (n.kind == NodeKind::Choice && m.get("when") && !m.get("next"))
            d_.error(at(*m.get("when")), what + " has 'when' but no 'next': add 'next' for when the condition does not hold");

        if (n.kind == NodeKind::Choice || n.kind == NodeKind::Checklist) {
            const bool single = n.kind == NodeKind::Choice;
            eachMap(required(m, "choices", what), "'choices'", single ? "a choice" : "a checklist item",
                    [&](const YNode& c) { choice(c, n, single); });
            if (const YNode* c = m.get("choices"); c && c->isSequence() && c->items.empty())
                d_.error(at(*c), "'choices' is empty");
            if (single && !m.get("next"))
                for (const auto& c : n.choices)
                    if (c.next.empty())
                        d_.error(c.loc, "choice '" + c.id + "' has no 'next', and " + what + " has no 'next' to fall back on");
        }
        if (n.kind == NodeKind::Scale) {
            eachMap(required(m, "statements", what), "'statements'", "a statement",
                    [&](const YNode& s) { statement(s, n); });
            if (const YNode* s = m.get("statements"); s && s->isSequence() && s->items.empty())
                d_.error(at(*s), "'statements' is empty");
            scaleSpec(m.get("scale"), n);
        }
        if (n.kind == NodeKind::Agreements) {
            if (const YNode* s = m.get("suggest"); s && expectList(*s, "'suggest'"))
                for (const YNode* item : s->items) n.suggest.push_back(ref(item, "suggested agreement"));
        }
        g_.nodes.push_back(std::move(n));
    }

    // [SECTION] Files and includes

    void metadata(const YNode& m) {
        std::string s;
        if (const YNode* f = m.get("format")) {
            if (integer(f, "'format'", g_.format) && (g_.format < 1 || g_.format > kContentFormat))
                d_.error(at(*f), "content format " + std::to_string(g_.format) + " is newer than this version of handreiking reads (" +
                                     std::to_string(kContentFormat) + "); update handreiking");
        }
        g_.loc = at(m);
        if (const YNode* n = required(m, "id", "guide.yaml"); scalar(n, "guide 'id'", g_.id) && !isId(g_.id))
            d_.error(at(*n), "id '" + g_.id + "' must start with a lowercase letter and hold only a-z, 0-9, '-' and '_'");
        if (const YNode* n = required(m, "version", "guide.yaml"); scalar(n, "guide 'version'", g_.version) && g_.version.empty())
            d_.error(at(*n), "guide 'version' is empty");
        g_.language = "nl";
        if (const YNode* n = required(m, "language", "guide.yaml"); scalar(n, "guide 'language'", s)) {
            if (isLanguageCode(s))
                g_.language = s;
            else
                d_.error(at(*n), "language '" + s + "' must be a two- or three-letter code such as 'nl' or 'en'");
        }
        g_.languages = {g_.language};
        if (const YNode* langs = m.get("languages"); langs && expectList(*langs, "'languages'")) {
            bool hasDefault = false;
            for (const YNode* l : langs->items) {
                if (!scalar(l, "a language", s)) continue;
                if (!isLanguageCode(s)) {
                    d_.error(at(*l), "language '" + s + "' must be a two- or three-letter code such as 'nl' or 'en'");
                } else if (s == g_.language) {
                    hasDefault = true;
                } else if (std::find(g_.languages.begin(), g_.languages.end(), s) != g_.languages.end()) {
                    d_.error(at(*l), "language '" + s + "' is listed twice");
                } else {
                    g_.languages.push_back(s);
                }
            }
            if (!hasDefault)
                d_.error(at(*langs), "'languages' must include the default language '" + g_.language + "'");
        }
        g_.title = text(required(m, "title", "guide.yaml"), "guide title");
        g_.description = text(m.get("description"), "guide description", true);
        g_.followUp = ref(m.get("followup"), "guide 'followup'");
        g_.safety = ref(m.get("safety"), "guide 'safety'");
    }

    void items(const YNode& m) {
        eachMap(m.get("roles"), "'roles'", "a role", [&](const YNode& n) { role(n); });
        eachMap(m.get("tracks"), "'tracks'", "a track", [&](const YNode& n) { track(n); });
        eachMap(m.get("nodes"), "'nodes'", "a node", [&](const YNode& n) { node(n); });
        eachMap(m.get("agreements"), "'agreements'", "an agreement", [&](const YNode& n) { agreement(n); });
        eachMap(m.get("pages"), "'pages'", "a page", [&](const YNode& n) { page(n); });
    }

    // Parses one file; returns its tree (kept alive by the caller while its items are read).
    // `from` and `rel` say where and how the file was included (nullptr for guide.yaml).
    std::unique_ptr<yaml::Document> parseFile(const fs::path& path, const std::string& shown, const SourceLoc* from,
                                              const std::string& rel) {
        std::string text, error;
        if (!readTextFile(path, limits_.maxBytes, text, error)) {
            d_.error(from ? *from : SourceLoc{shown, 1, 1}, from ? "cannot include '" + rel + "': " + error : error);
            return nullptr;
        }
        g_.files.push_back(shown);
        hash_.add(path.lexically_relative(root_).generic_string());
        hash_.add(text);
        g_.contentHash = hash_.str();
        return yaml::parse(std::move(text), shown, d_, limits_);
    }

    void includes(const YNode& m, const fs::path& file) {
        const YNode* list = m.get("include");
        if (!list || !expectList(*list, "'include'")) return;
        // The includes are read after this file's own items; remember where each one was written.
        std::vector<std::pair<std::string, SourceLoc>> wanted;
        for (const YNode* item : list->items) {
            std::string rel;
            if (scalar(item, "an include", rel)) wanted.emplace_back(rel, at(*item));
        }
        for (const auto& [rel, loc] : wanted) include(rel, loc, file);
    }

    void include(const std::string& rel, const SourceLoc& loc, const fs::path& from) {
        if (rel.empty()) {
            d_.error(loc, "include path is empty");
            return;
        }
        if (fs::path(rel).is_absolute()) {
            d_.error(loc, "include '" + rel + "' must be a path relative to this file, inside the pack");
            return;
        }
        std::error_code ec;
        const fs::path target = fs::canonical(from.parent_path() / rel, ec);
        if (ec) {
            const std::string why = ec == std::errc::no_such_file_or_directory ? "no such file"
                                    : ec == std::errc::too_many_symbolic_link_levels
                                        ? "a symbolic link loop"
                                        : ec.message();
            d_.error(loc, "cannot include '" + rel + "': " + why);
            return;
        }
        const auto inside = target.lexically_relative(root_);
        if (inside.empty() || *inside.begin() == "..") {
            d_.error(loc, "cannot include '" + rel + "': it lies outside the pack folder");
            return;
        }
        if (fs::is_directory(target, ec)) {
            d_.error(loc, "cannot include '" + rel + "': it is a folder; include each file in it");
            return;
        }
        if (!fs::is_regular_file(target, ec)) {
            d_.error(loc, "cannot include '" + rel + "': not a regular file");
            return;
        }
        if (std::find(including_.begin(), including_.end(), target) != including_.end()) {
            d_.error(loc, "include cycle: '" + rel + "' is already being read (it includes this file)");
            return;
        }
        if (!loaded_.insert(target).second) {
            d_.error(loc, "'" + rel + "' is included twice");
            return;
        }
        loadFile(target, loc, rel);
    }

    void loadFile(const fs::path& path, const SourceLoc& from, const std::string& rel) {
        const std::string shown = display(path);
        auto doc = parseFile(path, shown, &from, rel);
        if (!doc || !doc->root()) {
            if (doc) d_.error({shown, 1, 1}, "file is empty; it should hold 'nodes', 'tracks', 'roles' or 'agreements'");
            return;
        }
        const yaml::Document* outer = doc_;
        doc_ = doc.get();
        if (expectMap(*doc->root(), "an included file")) {
            checkKeys(*doc->root(), "an included file", {"include", "roles", "tracks", "nodes", "agreements", "pages"});
            items(*doc->root());
            including_.push_back(path);
            includes(*doc->root(), path);
            including_.pop_back();
        }
        doc_ = outer;
    }

public:
    bool loadGuide() {
        const fs::path path = root_ / "guide.yaml";
        const std::string shown = displayRoot_ + "/guide.yaml";
        std::error_code ec;
        if (!fs::exists(path, ec)) {
            d_.error({shown, 1, 1}, "no guide.yaml: a pack folder starts with guide.yaml");
            return false;
        }
        if (!fs::is_regular_file(path, ec)) {
            d_.error({shown, 1, 1}, "guide.yaml is not a regular file");
            return false;
        }
        auto doc = parseFile(path, shown, nullptr, "");
        if (!doc) return false;
        if (!doc->root()) {
            d_.error({shown, 1, 1}, "guide.yaml is empty; it needs at least 'id', 'version', 'language' and 'title'");
            return false;
        }
        doc_ = doc.get();
        if (!expectMap(*doc->root(), "guide.yaml")) return false;
        const fs::path canon = fs::canonical(path, ec);
        loaded_.insert(canon);
        const YNode& m = *doc->root();
        checkKeys(m, "guide.yaml", {"format", "id", "version", "language", "languages", "title", "description",
                                    "followup", "safety", "include", "roles", "tracks", "nodes", "agreements", "pages"});
        metadata(m);
        items(m);
        including_.push_back(canon);
        includes(m, canon);
        including_.pop_back();
        doc_ = nullptr;
        return true;
    }
};

}  // namespace

std::unique_ptr<Guide> loadPack(const fs::path& dir, const std::string& displayDir, Diagnostics& diags,
                                const yaml::Limits& limits) {
    std::string shown = displayDir;
    while (shown.size() > 1 && shown.back() == '/') shown.pop_back();
    std::error_code ec;
    fs::path root = fs::canonical(dir, ec);
    if (ec) root = fs::absolute(dir, ec);
    auto guide = std::make_unique<Guide>();
    Loader loader(root, shown, *guide, diags, limits);
    if (!loader.loadGuide()) return nullptr;
    guide->index();
    return guide;
}

}  // namespace hr::content
