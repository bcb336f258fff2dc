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

// What a message is about, as a phrase of the catalogue: "role", "the 'title' of a role".
Msg key(Msg what, const char* k) { return Msg("what.key", {{"what", std::move(what)}, {"key", k}}); }
Msg nodeNamed(const std::string& id) { return Msg("item.node_named", {{"id", id}}); }

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

    bool id(const YNode& map, const Msg& what, std::string& out, SourceLoc& loc) {
        loc = at(map);
        const YNode* n = required(map, "id", what);
        if (!scalar(n, key(what, "id"), out)) return false;
        loc = at(*n);
        if (!isItemId(out)) {
            d_.error(at(*n), Msg("id.bad", {{"id", out}}));
            return false;
        }
        return true;
    }

    Ref ref(const YNode* n, const Msg& what) {
        Ref r;
        if (!n) return r;
        r.loc = at(*n);
        if (scalar(n, what, r.id) && r.id.empty()) d_.error(at(*n), Msg("value.empty", {{"what", what}}));
        return r;
    }

    void textValue(const YNode& n, const std::string& lang, const Msg& what, bool isMarkdown, Text& t) {
        std::string s;
        if (!scalar(&n, what, s)) return;
        if (s.find_first_not_of(" \t\r\n") == std::string::npos) {
            d_.error(at(n), Msg("value.empty", {{"what", what}}));
            return;
        }
        if (isMarkdown) {
            for (const auto& link : markdown::findLinks(s)) {
                const SourceLoc loc = at(n, link.offset);
                if (link.image)
                    d_.error(loc, Msg("text.image"));
                else if (link.target.empty())
                    d_.error(loc, Msg("text.link_empty"));
                else if (!markdown::isAllowedLinkTarget(link.target))
                    d_.error(loc, Msg("text.link_target", {{"target", link.target}}));
            }
        } else {
            // Titles, labels and card texts are drawn as typed: markup there would show as stars.
            for (const char* mark : {"**", "__", "](", "`"}) {
                if (const auto pos = s.find(mark); pos != std::string::npos) {
                    d_.warning(at(n, pos), Msg("text.plain_markup", {{"what", what}, {"mark", mark}}));
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
            // Each line of a literal block starts at its indentation, one line below the last:
            // counted here in one pass, not from the block's start for every line.
            const SourceLoc first = at(n, 0);
            const bool same = s == n.value;
            for (std::size_t p = 0, line = 0;; ++line) {
                out.push_back(same ? SourceLoc{first.file, first.line + static_cast<int>(line), first.column} : at(n, p));
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
                d_.error(at(n, open), Msg("snippet.unclosed", {{"open", "{{"}, {"example", "{{id}}"}}));
                break;
            }
            out.append(s, pos, open - pos);
            pos = close + 2;
            const std::string id = trim(s.substr(open + 2, close - open - 2));
            const auto it = snippets_.find(id);
            if (readingSnippets_) {
                d_.error(at(n, open), Msg("snippet.nested", {{"use", "{{" + id + "}}"}}));
            } else if (it != snippets_.end()) {
                pieces.push_back({out.size(), open, true});
                out += it->second->text.get(lang, g_.language);
                pieces.push_back({out.size(), pos, false});
                continue;
            } else if (!d_.mayBeFollowOn(id)) {
                std::vector<std::string> ids;
                for (const auto& [known, snippet] : snippets_) ids.push_back(known);
                const std::string guess = closestMatch(id, ids);
                d_.error(at(n, open), !guess.empty() ? Msg("snippet.unknown_guess", {{"id", id}, {"guess", guess}})
                                      : ids.empty()   ? Msg("snippet.unknown_none", {{"id", id}})
                                                      : Msg("snippet.unknown", {{"id", id}}));
            }
            out.append(s, open, pos - open);
        }
        out.append(s, pos, std::string::npos);
        return out;
    }

    Text text(const YNode* n, const Msg& what, bool isMarkdown = false) {
        Text t;
        if (!n) return t;
        t.loc = at(*n);
        if (n->isNull()) {
            d_.error(at(*n), Msg("value.empty", {{"what", what}}));
        } else if (n->isMap()) {
            for (const auto& [k, v] : n->entries) {
                if (!k->isScalar()) continue;
                if (std::find(g_.languages.begin(), g_.languages.end(), k->value) == g_.languages.end()) {
                    d_.error(at(*k), Msg("lang.undeclared", {{"lang", k->value}, {"known", quotedList(g_.languages)}}));
                    continue;
                }
                textValue(*v, k->value, Msg("what.lang", {{"what", what}, {"lang", k->value}}), isMarkdown, t);
            }
        } else if (n->isScalar()) {
            textValue(*n, g_.language, what, isMarkdown, t);
        } else {
            d_.error(at(*n), Msg("type.text_or_langs", {{"what", what}, {"kind", yaml::describeMsg(*n)}}));
        }
        return t;
    }

    When when(const YNode* n, const Msg& what) {
        When w;
        if (!n) return w;
        w.loc = at(*n);
        std::string s;
        if (!scalar(n, what, s)) return w;
        auto parsed = Condition::parse(s);
        if (auto* err = std::get_if<Condition::Error>(&parsed)) {
            d_.error(at(*n, err->offset), Msg("cond.in", {{"detail", err->msg}}));
            return w;
        }
        w.condition = std::get<Condition>(std::move(parsed));
        for (const auto& use : w.condition.names()) w.names.emplace_back(use.name, at(*n, use.offset));
        return w;
    }

    std::vector<Assignment> sets(const YNode* n, const Msg& what) {
        std::vector<Assignment> out;
        if (!n || !expectMap(*n, key(what, "set"))) return out;
        for (const auto& [k, v] : n->entries) {
            if (!k->isScalar() || !isVariableName(k->value)) {
                d_.error(at(*k), k->isScalar() ? Msg("var.bad_name", {{"name", k->value}})
                                               : Msg("var.bad_name_kind", {{"kind", yaml::describeMsg(*k)}}));
                continue;
            }
            if (!v->isScalar()) {
                d_.error(at(*v), Msg("var.bad_value", {{"name", k->value}, {"kind", yaml::describeMsg(*v)}}));
                continue;
            }
            out.push_back({k->value, toValue(*v), at(*k)});
        }
        return out;
    }

    template <typename F>
    void eachMap(const YNode* list, const Msg& listWhat, const Msg& itemWhat, F&& f) {
        if (!list || !expectList(*list, listWhat)) return;
        for (const YNode* item : list->items)
            if (expectMap(*item, itemWhat)) f(*item);
    }

    // [SECTION] Items

    void role(const YNode& m) {
        const Msg what("item.role");
        checkKeys(m, what, {"id", "title"});
        Role r;
        id(m, what, r.id, r.loc);
        r.title = text(required(m, "title", what), key(what, "title"));
        g_.roles.push_back(std::move(r));
    }

    void track(const YNode& m) {
        const Msg what("item.track");
        checkKeys(m, what, {"id", "audience", "title", "description", "start", "summary", "alone", "follow-up",
                            "roles", "export"});
        Track t;
        id(m, what, t.id, t.loc);
        t.audience = text(required(m, "audience", what), key(what, "audience"));
        t.title = text(required(m, "title", what), key(what, "title"));
        t.description = text(m.get("description"), key(what, "description"));  // plain: drawn on a card
        t.start = ref(required(m, "start", what), key(what, "start"));
        if (std::string s; scalar(m.get("summary"), key(what, "summary"), s)) {
            if (s == "plan")
                t.summary = SummaryKind::Plan;
            else if (s != "topics")
                d_.error(at(*m.get("summary")), Msg("track.summary", {{"value", s}}));
        }
        t.alone = boolean(m.get("alone"), key(what, "alone"));
        followUp(m.get("follow-up"), t);
        if (const YNode* r = m.get("roles"); r && expectList(*r, Msg("what.quoted", {{"key", "roles"}})))
            for (const YNode* item : r->items) t.roles.push_back(ref(item, Msg("what.track_role")));
        if (t.alone && m.get("roles"))
            d_.error(at(*m.get("roles")), Msg("track.alone_roles", {{"id", t.id}}));
        exportWords(m.get("export"), t);
        g_.tracks.push_back(std::move(t));
    }

    // follow-up: true on a track walked alone would promise a follow-up the app never offers.
    void followUp(const YNode* n, Track& t) {
        if (!n) return;
        t.followUp = boolean(n, key(Msg("item.track"), "follow-up"));
        if (t.alone && t.followUp) d_.error(at(*n), Msg("track.alone_follow_up", {{"id", t.id}}));
    }

    void exportWords(const YNode* n, Track& t) {
        const Msg what("item.export");
        if (!n || !expectMap(*n, Msg("what.quoted", {{"key", "export"}}))) return;
        checkKeys(*n, what, {"title", "topics", "agreements", "next"});
        t.exportWords.title = text(n->get("title"), key(what, "title"));
        t.exportWords.topics = text(n->get("topics"), key(what, "topics"));
        t.exportWords.agreements = text(n->get("agreements"), key(what, "agreements"));
        t.exportWords.next = text(n->get("next"), key(what, "next"));
    }

    void page(const YNode& m) {
        const Msg what("item.page");
        checkKeys(m, what, {"id", "title", "text", "covers"});
        Page p;
        id(m, what, p.id, p.loc);
        p.title = text(required(m, "title", what), key(what, "title"));
        p.text = text(required(m, "text", what), key(what, "text"), true);
        p.covers = covers(m.get("covers"));
        g_.pages.push_back(std::move(p));
    }

    void agreement(const YNode& m) {
        const Msg what("item.agreement");
        checkKeys(m, what, {"id", "text", "owner", "when"});
        AgreementTemplate a;
        id(m, what, a.id, a.loc);
        a.text = text(required(m, "text", what), key(what, "text"));
        a.owner = ref(m.get("owner"), key(what, "owner"));
        a.when = when(m.get("when"), key(what, "when"));
        g_.agreements.push_back(std::move(a));
    }

    void choice(const YNode& m, content::Node& owner, bool single) {
        Choice c;
        const Msg what(single ? "item.choice" : "item.checklist_item");
        checkKeys(m, what, single ? std::vector<std::string>{"id", "label", "next", "set", "when"}
                                  : std::vector<std::string>{"id", "label", "set", "when"},
                  single ? std::vector<std::string>{} : std::vector<std::string>{"next"}, "checklist");
        id(m, what, c.id, c.loc);
        c.label = text(required(m, "label", what), key(what, "label"));
        if (single) c.next = ref(m.get("next"), key(what, "next"));
        c.sets = sets(m.get("set"), what);
        c.when = when(m.get("when"), key(what, "when"));
        owner.choices.push_back(std::move(c));
    }

    void statement(const YNode& m, content::Node& owner) {
        const Msg what("item.statement");
        checkKeys(m, what, {"id", "text"});
        Statement s;
        s.loc = at(m);
        std::string sid;
        if (const YNode* n = required(m, "id", what); scalar(n, key(what, "id"), sid)) {
            s.loc = at(*n);
            if (!isVariableName(sid)) d_.error(at(*n), Msg("statement.bad_id", {{"id", sid}}));
        }
        s.id = sid;
        s.text = text(required(m, "text", what), key(what, "text"));
        owner.statements.push_back(std::move(s));
    }

    void scaleSpec(const YNode* n, content::Node& owner) {
        const Msg what("item.scale");
        if (!n || !expectMap(*n, Msg("what.quoted", {{"key", "scale"}}))) return;
        checkKeys(*n, what, {"min", "max", "labels"});
        integer(n->get("min"), key(what, "min"), owner.scale.min);
        integer(n->get("max"), key(what, "max"), owner.scale.max);
        if (owner.scale.max <= owner.scale.min || owner.scale.max - owner.scale.min > 10) {
            d_.error(at(*n), Msg("scale.range", {{"min", owner.scale.min}, {"max", owner.scale.max}}));
            owner.scale = Scale{};
        }
        if (const YNode* labels = n->get("labels"); labels && expectMap(*labels, key(what, "labels"))) {
            for (const auto& [k, v] : labels->entries) {
                int point = 0;
                if (!integer(k, Msg("what.scale_point"), point)) continue;
                if (point < owner.scale.min || point > owner.scale.max)
                    d_.error(at(*k), Msg("scale.label_outside",
                                         {{"point", point}, {"min", owner.scale.min}, {"max", owner.scale.max}}));
                owner.scale.labels[point] = text(v, Msg("what.scale_label"));
            }
        }
    }

    void node(const YNode& m) {
        static const std::vector<std::string> common = {"id", "kind", "title", "text", "next", "when", "private", "topic", "covers"};
        static const std::vector<std::string> specific = {"choices", "statements", "scale", "suggest"};
        static const std::vector<std::string> kinds = {"info", "choice", "checklist", "scale", "agreements", "end", "review"};
        content::Node n;
        id(m, Msg("item.node"), n.id, n.loc);
        std::string kind;
        const YNode* kindNode = required(m, "kind", nodeNamed(n.id));
        if (scalar(kindNode, key(Msg("item.node"), "kind"), kind)) {
            const auto it = std::find(kinds.begin(), kinds.end(), kind);
            if (it == kinds.end()) {
                const std::string guess = closestMatch(kind, kinds);
                d_.error(at(*kindNode), guess.empty() ? Msg("node.kind_unknown", {{"kind", kind}, {"known", quotedList(kinds)}})
                                                      : Msg("node.kind_unknown_guess", {{"kind", kind}, {"guess", guess}}));
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
        checkKeys(m, Msg("item.node"), allowed, other, kind);

        const Msg what = nodeNamed(n.id), node("item.node");
        n.title = text(required(m, "title", what), key(node, "title"));
        n.text = text(m.get("text"), key(node, "text"), true);
        n.next = ref(m.get("next"), key(node, "next"));
        n.when = when(m.get("when"), key(node, "when"));
        n.isPrivate = boolean(m.get("private"), key(node, "private"));
        n.topic = boolean(m.get("topic"), key(node, "topic"));
        if (n.topic && n.isPrivate)
            d_.error(at(*m.get("topic")), Msg("topic.private", {{"id", n.id}}));
        else if (n.topic && n.kind == NodeKind::End)
            d_.error(at(*m.get("topic")), Msg("topic.end", {{"id", n.id}}));
        n.covers = covers(m.get("covers"));
        if (kind.empty()) {
            g_.nodes.push_back(std::move(n));
            return;
        }
        const bool needsNext = n.kind != NodeKind::End && n.kind != NodeKind::Choice;
        if (needsNext && !m.get("next"))
            d_.error(at(m), Msg("node.needs_next", {{"id", n.id}, {"kind", kind}}));
        if (n.kind == NodeKind::Choice && m.get("when") && !m.get("next"))
            d_.error(at(*m.get("when")), Msg("node.when_no_next", {{"id", n.id}}));

        if (n.kind == NodeKind::Choice || n.kind == NodeKind::Checklist) {
            const bool single = n.kind == NodeKind::Choice;
            eachMap(required(m, "choices", what), Msg("what.quoted", {{"key", "choices"}}),
                    Msg(single ? "item.a_choice" : "item.a_checklist_item"),
                    [&](const YNode& c) { choice(c, n, single); });
            if (const YNode* c = m.get("choices"); c && c->isSequence() && c->items.empty())
                d_.error(at(*c), Msg("list.empty", {{"key", "choices"}}));
            if (single && !m.get("next"))
                for (const auto& c : n.choices)
                    if (c.next.empty())
                        d_.error(c.loc, Msg("choice.no_next", {{"choice", c.id}, {"id", n.id}}));
        }
        if (n.kind == NodeKind::Scale) {
            eachMap(required(m, "statements", what), Msg("what.quoted", {{"key", "statements"}}), Msg("item.a_statement"),
                    [&](const YNode& s) { statement(s, n); });
            if (const YNode* s = m.get("statements"); s && s->isSequence() && s->items.empty())
                d_.error(at(*s), Msg("list.empty", {{"key", "statements"}}));
            scaleSpec(m.get("scale"), n);
        }
        if (n.kind == NodeKind::Agreements) {
            if (const YNode* s = m.get("suggest"); s && expectList(*s, Msg("what.quoted", {{"key", "suggest"}})))
                for (const YNode* item : s->items) n.suggest.push_back(ref(item, Msg("what.suggested")));
        }
        g_.nodes.push_back(std::move(n));
    }

    // `covers: [id, ...]`: the questions a step or page answers (checked against `questions`).
    std::vector<Ref> covers(const YNode* n) {
        std::vector<Ref> out;
        if (!n || !expectList(*n, Msg("what.quoted", {{"key", "covers"}}))) return out;
        for (const YNode* item : n->items)
            if (Ref r = ref(item, Msg("what.covered_question")); !r.empty()) out.push_back(std::move(r));
        return out;
    }

    void question(const YNode& m) {
        const Msg what("item.question");
        checkKeys(m, what, {"id", "title"});
        Question q;
        q.loc = at(m);
        if (const YNode* n = required(m, "id", what); scalar(n, key(what, "id"), q.id)) {
            q.loc = at(*n);
            // Research questions are numbered ("1", "1a"): a question id may start with a digit.
            if (q.id.empty() || !isItemId("q" + q.id)) {
                d_.error(at(*n), Msg("question.bad_id", {{"id", q.id}}));
                q.id.clear();
            }
        }
        q.title = text(required(m, "title", what), key(what, "title"));
        g_.questions.push_back(std::move(q));
    }

    void snippet(const YNode& m) {
        const Msg what("item.snippet");
        checkKeys(m, what, {"id", "text"});
        Snippet sn;
        id(m, what, sn.id, sn.loc);
        sn.text = text(required(m, "text", what), key(what, "text"), true);
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
        const Msg file("item.guide_yaml"), guide("item.guide");
        if (const YNode* n = required(m, "language", file); scalar(n, key(guide, "language"), s)) {
            if (isLanguageCode(s))
                g_.language = s;
            else
                d_.error(at(*n), Msg("lang.bad_code", {{"lang", s}}));
        }
        g_.languages = {g_.language};
        if (const YNode* langs = m.get("languages"); langs && expectList(*langs, Msg("what.quoted", {{"key", "languages"}}))) {
            bool hasDefault = false;
            for (const YNode* l : langs->items) {
                if (!scalar(l, Msg("what.a_language"), s)) continue;
                if (!isLanguageCode(s)) {
                    d_.error(at(*l), Msg("lang.bad_code", {{"lang", s}}));
                } else if (s == g_.language) {
                    hasDefault = true;
                } else if (std::find(g_.languages.begin(), g_.languages.end(), s) != g_.languages.end()) {
                    d_.error(at(*l), Msg("lang.twice", {{"lang", s}}));
                } else {
                    g_.languages.push_back(s);
                }
            }
            if (!hasDefault) d_.error(at(*langs), Msg("lang.no_default", {{"lang", g_.language}}));
        }
        g_.title = text(required(m, "title", file), key(guide, "title"));
        g_.description = text(m.get("description"), key(guide, "description"), true);
        g_.followUp = ref(m.get("followup"), key(guide, "followup"));
        g_.safety = ref(m.get("safety"), key(guide, "safety"));
    }

    // Reads each item of `list`; under the errors in an item an overlay changed, a note points
    // at the base item.
    void itemList(const std::string& list, const char* whatId, const std::function<void(const YNode&)>& read) {
        const Msg what(whatId);
        const auto it = t_.items.find(list);
        if (it == t_.items.end()) return;
        for (const YNode* item : it->second) {
            if (!expectMap(*item, what)) continue;
            const int before = d_.errorCount();
            read(*item);
            if (const auto base = t_.changes.find(item); base != t_.changes.end() && d_.errorCount() > before)
                d_.note(base->second, Msg("overlay.changed_item_here"));
        }
    }

public:
    void read() {
        doc_ = t_.layers.front()->docs.front().get();
        metadata(*t_.meta, *t_.layers.front());
        readingSnippets_ = true;
        itemList("snippets", "item.a_snippet", [&](const YNode& n) { snippet(n); });
        readingSnippets_ = false;
        for (const auto& sn : g_.snippets)
            if (!sn.id.empty()) snippets_.emplace(sn.id, &sn);
        itemList("roles", "item.a_role", [&](const YNode& n) { role(n); });
        itemList("tracks", "item.a_track", [&](const YNode& n) { track(n); });
        itemList("nodes", "item.a_node", [&](const YNode& n) { node(n); });
        itemList("agreements", "item.an_agreement", [&](const YNode& n) { agreement(n); });
        itemList("pages", "item.a_page", [&](const YNode& n) { page(n); });
        itemList("questions", "item.a_question", [&](const YNode& n) { question(n); });
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
        diags.error(tree->extendsLoc, Msg("pack.overlay_alone", {{"base", tree->extends}}));
        return nullptr;
    }
    return readGuide(startMerge(std::move(tree)), diags);
}
}  // namespace hr::content
