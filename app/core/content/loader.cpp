// SPDX-License-Identifier: EUPL-1.2
// Item reader: each mapping's keys and value types, read from a pack's (or a merged stack's) YAML
// trees into the content model; shared snippets expanded into every text.
//
// [SECTION] Value helpers
// [SECTION] Field helpers (keys, types, ids, texts, snippets, conditions)
// [SECTION] Items: roles, tracks, nodes, agreement templates, pages, snippets
// [SECTION] Metadata and the whole guide
#include "content/loader.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <set>

#include "yaml/yaml_reader.h"
#include "markdown/links.h"
#include "util/text_util.h"

namespace fs = std::filesystem;

namespace hr::content {

namespace {

using YNode = yaml::Node;

// [SECTION] Value helpers

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos) return "";
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
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

// [SECTION] Field helpers

class Loader : private yaml::Reader {
public:
    Loader(const MergedTree& tree, Guide& guide, Diagnostics& diags) : yaml::Reader(diags), t_(tree), g_(guide) {}

private:
    const MergedTree& t_;
    Guide& g_;
    std::map<std::string, const Snippet*> snippets_;
    bool readingSnippets_ = false;

    bool id(const YNode& map, const std::string& what, std::string& out, SourceLoc& loc) {
        loc = at(map);
        const YNode* n = required(map, "id", what);
        if (!scalar(n, what + " 'id'", out)) return false;
        loc = at(*n);
        if (!isItemId(out)) {
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
                const SourceLoc loc = at(n, link.offset);
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
                    d_.warning(at(n, pos), what + " is plain text, not Markdown: '" + mark +
                                                              "' will show as typed");
                    break;
                }
            }
        }
        TextOrigin& o = t.origin[lang];
        t.byLang[lang] = expandSnippets(n, s, lang, o.pieces);
        o.start = at(n);
        o.lines = lineStarts(n, s);
        o.raw = std::move(s);
    }

    // Where each line of a scalar's value starts, where that is known exactly (see locInScalar).
    std::vector<SourceLoc> lineStarts(const YNode& n, const std::string& s) {
        std::vector<SourceLoc> out;
        if (n.style == yaml::ScalarStyle::Literal) {
            for (std::size_t p = 0;;) {
                out.push_back(at(n, p));
                p = s.find('\n', p);
                if (p == std::string::npos || p + 1 >= s.size()) break;
                ++p;
            }
        } else if (n.style != yaml::ScalarStyle::Folded && s.find('\n') == std::string::npos && !s.empty()) {
            const SourceLoc last = at(n, s.size() - 1), first = at(n);
            if (last.line != first.line || last.column != first.column || s.size() == 1) out.push_back(at(n, 0));
        }
        return out;
    }

    // `{{id}}` replaced by the snippet's text in `lang` (else the default language's).
    std::string expandSnippets(const YNode& n, const std::string& s, const std::string& lang,
                               std::vector<TextOrigin::Piece>& pieces) {
        std::string out;
        std::size_t pos = 0;
        pieces.push_back({0, 0, false});
        for (std::size_t open; (open = s.find("{{", pos)) != std::string::npos;) {
            const std::size_t close = s.find("}}", open + 2);
            if (close == std::string::npos) {
                d_.error(at(n, open), "'{{' is not closed: a shared text is written as {{id}}");
                break;
            }
            out.append(s, pos, open - pos);
            pos = close + 2;
            const std::string id = trim(s.substr(open + 2, close - open - 2));
            const auto it = snippets_.find(id);
            if (readingSnippets_) {
                d_.error(at(n, open), "a snippet cannot use another snippet ({{" + id + "}}); write its text out");
            } else if (it != snippets_.end()) {
                pieces.push_back({out.size(), open, true});
                out += it->second->text.get(lang, g_.language);
                pieces.push_back({out.size(), pos, false});
                continue;
            } else {
                std::vector<std::string> ids;
                for (const auto& [known, snippet] : snippets_) ids.push_back(known);
                const std::string guess = closestMatch(id, ids);
                d_.error(at(n, open), "unknown snippet '" + id + "'" +
                                          (guess.empty() ? (ids.empty() ? " (the guide has no 'snippets')" : "")
                                                         : "; did you mean '" + guess + "'?"));
            }
            out.append(s, open, pos - open);
        }
        out.append(s, pos, std::string::npos);
        return out;
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
            d_.error(at(*n, err->offset), "in condition: " + err->message);
            return w;
        }
        w.condition = std::get<Condition>(std::move(parsed));
        for (const auto& use : w.condition.names()) w.names.emplace_back(use.name, at(*n, use.offset));
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
        checkKeys(m, "track", {"id", "audience", "title", "description", "start", "summary", "alone", "roles"});
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
        if (const YNode* r = m.get("roles"); r && expectList(*r, "'roles'"))
            for (const YNode* item : r->items) t.roles.push_back(ref(item, "track role"));
        if (t.alone && m.get("roles"))
            d_.error(at(*m.get("roles")), "track '" + t.id + "' is walked alone: it has nobody to list under 'roles'");
        g_.tracks.push_back(std::move(t));
    }

    void page(const YNode& m) {
        checkKeys(m, "page", {"id", "title", "text", "covers"});
        Page p;
        id(m, "page", p.id, p.loc);
        p.title = text(required(m, "title", "page"), "page title");
        p.text = text(required(m, "text", "page"), "page text", true);
        p.covers = covers(m.get("covers"));
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
        static const std::vector<std::string> common = {"id", "kind", "title", "text", "next", "when", "private", "topic", "covers"};
        static const std::vector<std::string> specific = {"choices", "statements", "scale", "suggest"};
        static const std::vector<std::string> kinds = {"info", "choice", "checklist", "scale", "agreements", "end", "review"};
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
        n.topic = boolean(m.get("topic"), "node 'topic'");
        if (n.topic && n.isPrivate)
            d_.error(at(*m.get("topic")), what + " is private and a topic: a private step is never listed, so it cannot be a topic");
        else if (n.topic && n.kind == NodeKind::End)
            d_.error(at(*m.get("topic")), what + " is an end and a topic: an end is never listed, so it cannot be a topic");
        n.covers = covers(m.get("covers"));
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

    // `covers: [id, ...]`: the questions a step or page answers (checked against `questions`).
    std::vector<Ref> covers(const YNode* n) {
        std::vector<Ref> out;
        if (!n || !expectList(*n, "'covers'")) return out;
        for (const YNode* item : n->items)
            if (Ref r = ref(item, "a question in 'covers'"); !r.empty()) out.push_back(std::move(r));
        return out;
    }

    void question(const YNode& m) {
        checkKeys(m, "question", {"id", "title"});
        Question q;
        q.loc = at(m);
        if (const YNode* n = required(m, "id", "question"); scalar(n, "question 'id'", q.id)) {
            q.loc = at(*n);
            // Research questions are numbered ("1", "1a"): a question id may start with a digit.
            if (q.id.empty() || !isItemId("q" + q.id)) {
                d_.error(at(*n), "question id '" + q.id + "' may hold only a-z, 0-9, '-' and '_'");
                q.id.clear();
            }
        }
        q.title = text(required(m, "title", "question"), "question title");
        g_.questions.push_back(std::move(q));
    }

    void snippet(const YNode& m) {
        checkKeys(m, "snippet", {"id", "text"});
        Snippet sn;
        id(m, "snippet", sn.id, sn.loc);
        sn.text = text(required(m, "text", "snippet"), "snippet text", true);
        g_.snippets.push_back(std::move(sn));
    }

    // [SECTION] Metadata and the whole guide

    // The guide's settings and texts; its format, id and version are the base layer's.
    void metadata(const YNode& m, const PackTree& base) {
        g_.format = base.format;
        g_.id = base.id;
        g_.version = base.version;
        g_.loc = at(m);
        std::string s;
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

    // Reads each item of `list`; under the errors in an item an overlay changed, a note points
    // at the base item.
    void itemList(const std::string& list, const char* what, const std::function<void(const YNode&)>& read) {
        const auto it = t_.items.find(list);
        if (it == t_.items.end()) return;
        for (const YNode* item : it->second) {
            if (!expectMap(*item, what)) continue;
            const int before = d_.errorCount();
            read(*item);
            if (const auto base = t_.changes.find(item); base != t_.changes.end() && d_.errorCount() > before)
                d_.note(base->second, "the item the overlay changes is here");
        }
    }

public:
    void read() {
        doc_ = t_.layers.front()->docs.front().get();
        metadata(*t_.meta, *t_.layers.front());
        readingSnippets_ = true;
        itemList("snippets", "a snippet", [&](const YNode& n) { snippet(n); });
        readingSnippets_ = false;
        for (const auto& sn : g_.snippets)
            if (!sn.id.empty()) snippets_.emplace(sn.id, &sn);
        itemList("roles", "a role", [&](const YNode& n) { role(n); });
        itemList("tracks", "a track", [&](const YNode& n) { track(n); });
        itemList("nodes", "a node", [&](const YNode& n) { node(n); });
        itemList("agreements", "an agreement", [&](const YNode& n) { agreement(n); });
        itemList("pages", "a page", [&](const YNode& n) { page(n); });
        itemList("questions", "a question", [&](const YNode& n) { question(n); });
        for (const auto& layer : t_.layers) {
            g_.files.insert(g_.files.end(), layer->files.begin(), layer->files.end());
            g_.layers.push_back({layer->id, layer->version, layer->hash, layer->extends, layer->displayDir, layer->dir});
        }
        g_.removed = t_.removed;
        g_.contentHash = t_.layers.front()->hash;
        for (std::size_t i = 1; i < t_.layers.size(); ++i) g_.contentHash += "+" + t_.layers[i]->hash;
    }
};
}  // namespace

std::unique_ptr<Guide> readGuide(const MergedTree& tree, Diagnostics& diags) {
    auto guide = std::make_unique<Guide>();
    if (!tree.meta || tree.layers.empty()) return nullptr;
    Loader(tree, *guide, diags).read();
    guide->index();
    return guide;
}

std::unique_ptr<Guide> loadPack(const fs::path& dir, const std::string& displayDir, Diagnostics& diags,
                                const yaml::Limits& limits) {
    auto tree = readPackTree(dir, displayDir, diags, limits);
    if (!tree) return nullptr;
    if (tree->isOverlay()) {
        diags.error(tree->extendsLoc, "this pack is an overlay of '" + tree->extends + "': load it with its base");
        return nullptr;
    }
    return readGuide(startMerge(std::move(tree)), diags);
}
}  // namespace hr::content
