// SPDX-License-Identifier: EUPL-1.2
// Texts as prose: Markdown read by cmark into the words a reader sees (each mapped back to its
// byte in the text), then split into sentences and tokens.
#include "content/prose.h"

#include <cmark.h>

#include <memory>

#include "util/text_util.h"

namespace hr::content {

namespace {

// [SECTION] Which texts

void add(std::vector<ProseText>& out, Msg what, const Text& t, bool markdown = false) {
    if (!t.empty()) out.push_back({std::move(what), &t, markdown, false});
}

}  // namespace

std::vector<ProseText> proseTexts(const Guide& g) {
    std::vector<ProseText> out;
    add(out, Msg("prose.guide_title"), g.title);
    add(out, Msg("prose.guide_description"), g.description, true);
    for (const auto& r : g.roles) add(out, Msg("prose.role_title", {{"id", r.id}}), r.title);
    for (const auto& t : g.tracks) {
        add(out, Msg("prose.track_audience", {{"id", t.id}}), t.audience);
        add(out, Msg("prose.track_title", {{"id", t.id}}), t.title);
        add(out, Msg("prose.track_description", {{"id", t.id}}), t.description);
        add(out, Msg("prose.track_export_title", {{"id", t.id}}), t.exportWords.title);
        add(out, Msg("prose.track_export_topics", {{"id", t.id}}), t.exportWords.topics);
        add(out, Msg("prose.track_export_agreements", {{"id", t.id}}), t.exportWords.agreements);
        add(out, Msg("prose.track_export_next", {{"id", t.id}}), t.exportWords.next);
    }
    for (const auto& n : g.nodes) {
        add(out, Msg("prose.node_title", {{"id", n.id}}), n.title);
        add(out, Msg("prose.node_text", {{"id", n.id}}), n.text, true);
        for (const auto& c : n.choices) add(out, Msg("prose.choice", {{"id", n.id}, {"choice", c.id}}), c.label);
        for (const auto& s : n.statements) add(out, Msg("prose.statement", {{"id", n.id}, {"statement", s.id}}), s.text);
        for (const auto& [point, label] : n.scale.labels)
            add(out, Msg("prose.scale_label", {{"id", n.id}, {"point", point}}), label);
    }
    for (const auto& a : g.agreements) add(out, Msg("prose.agreement", {{"id", a.id}}), a.text);
    for (const auto& p : g.pages) {
        add(out, Msg("prose.page_title", {{"id", p.id}}), p.title);
        add(out, Msg("prose.page_text", {{"id", p.id}}), p.text, true);
    }
    for (const auto& q : g.questions) add(out, Msg("prose.question_title", {{"id", q.id}}), q.title);
    for (const auto& s : g.snippets) {
        add(out, Msg("prose.snippet", {{"id", s.id}}), s.text, true);
        if (!out.empty() && out.back().text == &s.text) out.back().snippet = true;
    }
    return out;
}

namespace {

// [SECTION] Markdown to words

struct CmarkFree {
    void operator()(cmark_node* n) const { cmark_node_free(n); }
    void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};

void appendMapped(Prose& p, const std::string& s, std::size_t at, bool advance) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        p.plain += s[i];
        p.source.push_back(advance ? at + i : at);
    }
}

// The text nodes cmark finds, each looked for in the source from where the last one was: cmark
// keeps no positions for inline text, and a text is short enough to search.
void markdownWords(Prose& p, const std::string& text) {
    std::unique_ptr<cmark_node, CmarkFree> doc(cmark_parse_document(text.data(), text.size(), CMARK_OPT_DEFAULT));
    std::unique_ptr<cmark_iter, CmarkFree> it(cmark_iter_new(doc.get()));
    std::size_t cursor = 0;
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
        cmark_node* n = cmark_iter_get_node(it.get());
        const cmark_node_type type = cmark_node_get_type(n);
        if (ev == CMARK_EVENT_ENTER && type == CMARK_NODE_TEXT) {
            const std::string lit = cmark_node_get_literal(n);
            const std::size_t found = text.find(lit, cursor);
            const bool exact = found != std::string::npos;
            appendMapped(p, lit, exact ? found : cursor, exact);
            if (exact) cursor = found + lit.size();
        } else if (ev == CMARK_EVENT_ENTER &&
                   (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK || type == CMARK_NODE_CODE)) {
            appendMapped(p, " ", cursor, false);  // inline code is a name, not a Dutch word
        } else if (ev == CMARK_EVENT_EXIT &&
                   (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING || type == CMARK_NODE_ITEM)) {
            appendMapped(p, "\n\n", cursor, false);
        }
    }
}

// [SECTION] Tokens and sentences

char32_t decode(const std::string& s, std::size_t i, std::size_t& len) {
    const auto lead = static_cast<unsigned char>(s[i]);
    len = std::min(utf8SequenceLength(lead), s.size() - i);
    if (len == 1) return lead;
    char32_t cp = lead & (0xFF >> (len + 1));
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    return cp;
}

bool isLetter(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c == 0xD7 || c == 0xF7) return false;
    return (c >= 0xC0 && c <= 0x24F) || (c >= 0x370 && c <= 0x52F);  // Latin with accents, Greek, Cyrillic
}
bool isDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool isJoiner(char32_t c) { return c == '-' || c == '\'' || c == 0x2019; }
bool isSpace(char32_t c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == 0xA0; }

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

// A web address or e-mail address written out: one token, never a Dutch word.
bool isAddress(const std::string& chunk) {
    const std::string s = lower(chunk);
    if (s.find("://") != std::string::npos || s.find('@') != std::string::npos || s.rfind("www.", 0) == 0) return true;
    const std::size_t slash = s.find('/');
    const std::string host = s.substr(0, slash);
    for (const char* tld : {".nl", ".com", ".org", ".net", ".eu", ".be", ".info", ".nu"}) {
        const std::string t = tld;
        if (host.size() > t.size() && host.compare(host.size() - t.size(), t.size(), t) == 0 &&
            host.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789.-") == std::string::npos)
            return true;
    }
    return false;
}

struct Scanner {
    Prose& p;
    Sentence current;

    void endSentence() {
        if (!current.tokens.empty()) p.sentences.push_back(std::move(current));
        current = {};
    }

    // The words of one whitespace-free chunk [b, e).
    void chunk(std::size_t b, std::size_t e) {
        const std::string& s = p.plain;
        std::size_t trimmed = e;
        while (trimmed > b && std::string(".,;:!?)\"'").find(s[trimmed - 1]) != std::string::npos) --trimmed;
        if (trimmed > b && isAddress(s.substr(b, trimmed - b))) {
            current.tokens.push_back({b, trimmed, false});
            return;
        }
        for (std::size_t i = b; i < e;) {
            std::size_t len = 1;
            const char32_t c = decode(s, i, len);
            if (!isLetter(c) && !isDigit(c)) {
                i += len;
                continue;
            }
            Token t{i, i, true};
            for (std::size_t j = i; j < e;) {
                std::size_t l = 1, l2 = 1;
                const char32_t d = decode(s, j, l);
                if (isLetter(d) || isDigit(d)) {
                    if (isDigit(d)) t.word = false;
                    j += l;
                    t.end = j;
                } else if (isJoiner(d) && j + l < e && (isLetter(decode(s, j + l, l2)) || isDigit(decode(s, j + l, l2)))) {
                    j += l;
                } else {
                    break;
                }
            }
            current.tokens.push_back(t);
            i = t.end;
        }
    }

    // Whether the chunk [b, e) ends a sentence, given what follows at `next`.
    bool endsSentence(std::size_t b, std::size_t e, std::size_t next) const {
        const std::string& s = p.plain;
        std::size_t k = e;
        while (k > b && std::string(")\"'").find(s[k - 1]) != std::string::npos) --k;
        const bool mark = k > b && (s[k - 1] == '.' || s[k - 1] == '!' || s[k - 1] == '?' ||
                                    (k - b >= 3 && s.compare(k - 3, 3, "\xE2\x80\xA6") == 0));
        if (!mark) return false;
        return next >= s.size() || !(s[next] >= 'a' && s[next] <= 'z');  // "bijv. de" goes on
    }

    void run() {
        const std::string& s = p.plain;
        std::size_t i = 0;
        while (i < s.size()) {
            std::size_t len = 1;
            if (isSpace(decode(s, i, len))) {
                i += len;
                continue;
            }
            std::size_t e = i;
            while (e < s.size() && !isSpace(decode(s, e, len))) e += len;
            std::size_t next = e;
            bool block = false;
            while (next < s.size() && isSpace(decode(s, next, len))) {
                if (s.compare(next, 2, "\n\n") == 0) block = true;
                next += len;
            }
            chunk(i, e);
            if (block || endsSentence(i, e, next)) endSentence();
            i = next;
        }
        endSentence();
    }
};

}  // namespace

Prose readProse(const std::string& text, bool markdown) {
    Prose p;
    if (markdown)
        markdownWords(p, text);
    else
        appendMapped(p, text, 0, true);
    Scanner{p, {}}.run();
    return p;
}

}  // namespace hr::content
