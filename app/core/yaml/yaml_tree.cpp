// SPDX-License-Identifier: EUPL-1.2
// Builds the positioned YAML tree from yaml-cpp parser events, enforcing the limits in Limits.
#include "yaml/yaml_tree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <sstream>

#include "util/file_io.h"
#include "yaml/yaml_scan.h"
#include "util/text_util.h"

namespace hr::yaml {

const Node* Node::get(const std::string& key) const {
    for (const auto& [k, v] : entries)
        if (k->isScalar() && k->value == key) return v;
    return nullptr;
}

bool sameTree(const Node& a, const Node& b) {
    if (a.kind != b.kind || a.style != b.style || a.line != b.line || a.column != b.column || a.offset != b.offset ||
        a.value != b.value || a.weight != b.weight || a.items.size() != b.items.size() ||
        a.entries.size() != b.entries.size())
        return false;
    for (std::size_t i = 0; i < a.items.size(); ++i)
        if (!sameTree(*a.items[i], *b.items[i])) return false;
    for (std::size_t i = 0; i < a.entries.size(); ++i)
        if (!sameTree(*a.entries[i].first, *b.entries[i].first) || !sameTree(*a.entries[i].second, *b.entries[i].second))
            return false;
    return true;
}

namespace {

// Thrown from inside event callbacks to stop the parser; the message is already reported.
struct Abort {};

}  // namespace

class Builder : public YAML::EventHandler {
public:
    Builder(Document& doc, Diagnostics& diags, const Limits& limits)
        : doc_(doc), diags_(diags), limits_(limits) {}

    int documents = 0;

    void OnDocumentStart(const YAML::Mark& mark) override {
        if (++documents > 1) {
            fail(mark, Msg("yaml.second_document"));
        }
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        Node* n = make(Kind::Null, mark);
        finishLeaf(n, anchor);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        auto it = anchors_.find(anchor);
        if (it == anchors_.end()) fail(mark, Msg("yaml.alias_unknown"));
        const Node* target = it->second;
        for (const Node* open : stack_)
            if (open == target) fail(mark, Msg("yaml.alias_loop"));
        addWeight(mark, target->weight);
        attach(target);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        Node* n = make(Kind::Scalar, mark);
        n->value = value;
        n->style = styleAt(n->offset, tag);
        finishLeaf(n, anchor);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open(make(Kind::Sequence, mark), anchor, mark);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        open(make(Kind::Map, mark), anchor, mark);
    }
    void OnMapEnd() override {
        const Node* map = stack_.back();
        // Later tools would silently keep one of two equal keys; say so instead.
        std::map<std::string, const Node*> seen;
        for (const auto& [k, v] : map->entries) {
            (void)v;
            if (!k->isScalar()) continue;
            auto [it, inserted] = seen.emplace(k->value, k);
            if (!inserted) {
                diags_.error(doc_.loc(*k), Msg("yaml.duplicate_key", {{"key", k->value}}));
                diags_.note(doc_.loc(*it->second), Msg("id.first_given", {{"id", k->value}}));
            }
        }
        close();
    }

private:
    Document& doc_;
    Diagnostics& diags_;
    const Limits& limits_;
    std::vector<Node*> stack_;
    std::vector<const Node*> pendingKey_;  // per open mapping: the key waiting for its value
    std::map<YAML::anchor_t, const Node*> anchors_;
    std::size_t total_ = 0;

    [[noreturn]] void fail(const YAML::Mark& mark, Msg message) {
        diags_.error({doc_.path_, mark.line + 1, markColumn(mark)}, message);
        throw Abort{};
    }

    // yaml-cpp counts columns in bytes; messages count characters.
    int markColumn(const YAML::Mark& mark) const {
        return mark.pos < 0 ? mark.column + 1 : columnAt(doc_.source_, static_cast<std::size_t>(mark.pos));
    }

    void addWeight(const YAML::Mark& mark, std::size_t w) {
        total_ += w;
        if (total_ > limits_.maxNodes)
            fail(mark, Msg("yaml.too_many_nodes", {{"max", static_cast<int>(limits_.maxNodes)}}));
    }

    Node* make(Kind kind, const YAML::Mark& mark) {
        auto n = std::make_unique<Node>();
        n->kind = kind;
        n->line = mark.line + 1;
        n->column = markColumn(mark);
        n->offset = mark.pos < 0 ? 0 : static_cast<std::size_t>(mark.pos);
        n->doc = &doc_;
        Node* raw = n.get();
        doc_.arena_.push_back(std::move(n));
        addWeight(mark, 1);
        return raw;
    }

    ScalarStyle styleAt(std::size_t offset, const std::string& tag) const {
        const std::string& s = doc_.source_;
        if (offset < s.size()) {
            switch (s[offset]) {
                case '\'': return ScalarStyle::SingleQuoted;
                case '"': return ScalarStyle::DoubleQuoted;
                case '|': return ScalarStyle::Literal;
                case '>': return ScalarStyle::Folded;
                default: break;
            }
        }
        // A non-plain tag ("!", "!!str") means the scalar must not be read as a number or boolean.
        return tag == "?" || tag.empty() ? ScalarStyle::Plain : ScalarStyle::SingleQuoted;
    }

    void attach(const Node* n) {
        if (stack_.empty()) {
            doc_.root_ = n;
            return;
        }
        Node* parent = stack_.back();
        if (parent->kind == Kind::Sequence) {
            parent->items.push_back(n);
        } else if (pendingKey_.back() == nullptr) {
            pendingKey_.back() = n;
        } else {
            parent->entries.emplace_back(pendingKey_.back(), n);
            pendingKey_.back() = nullptr;
        }
        parent->weight += n->weight;
    }

    void finishLeaf(Node* n, YAML::anchor_t anchor) {
        if (anchor != YAML::NullAnchor) anchors_[anchor] = n;
        attach(n);
    }

    void open(Node* n, YAML::anchor_t anchor, const YAML::Mark& mark) {
        if (static_cast<int>(stack_.size()) >= limits_.maxDepth)
            fail(mark, Msg("yaml.too_deep", {{"max", limits_.maxDepth}}));
        if (anchor != YAML::NullAnchor) anchors_[anchor] = n;
        stack_.push_back(n);
        pendingKey_.push_back(nullptr);
    }

    void close() {
        Node* n = stack_.back();
        stack_.pop_back();
        pendingKey_.pop_back();
        attach(n);
    }
};

SourceLoc Document::locInScalar(const Node& n, std::size_t index) const {
    const LineCol inValue = lineColAt(n.value, index);
    switch (n.style) {
        case ScalarStyle::Plain:
        case ScalarStyle::SingleQuoted:
        case ScalarStyle::DoubleQuoted: {
            if (inValue.line != 1) break;
            const std::size_t quote = n.style == ScalarStyle::Plain ? 0 : 1;
            const std::size_t lineEnd = source_.find('\n', n.offset);
            const std::size_t avail = (lineEnd == std::string::npos ? source_.size() : lineEnd) - n.offset;
            if (quote + n.value.size() > avail) break;  // the scalar spans lines in the file
            return {path_, n.line, n.column + static_cast<int>(quote) + codePoints(n.value, index)};
        }
        case ScalarStyle::Literal: {
            // Content starts on the line after the indicator, indented by the first content line's
            // indentation (YAML auto-detection).
            std::size_t p = source_.find('\n', n.offset);
            if (p == std::string::npos) break;
            int indent = 0;
            for (std::size_t q = p + 1; q < source_.size();) {
                std::size_t e = source_.find('\n', q);
                if (e == std::string::npos) e = source_.size();
                std::size_t first = source_.find_first_not_of(' ', q);
                if (first != std::string::npos && first < e) {
                    indent = static_cast<int>(first - q);
                    break;
                }
                q = e + 1;
            }
            return {path_, n.line + inValue.line, indent + inValue.column};
        }
        case ScalarStyle::Folded: break;
    }
    return loc(n);
}

namespace {

// yaml-cpp's words and marks are poor for the mistakes people make most: a tab is "illegal block
// entry", an unclosed quote is found where the next quote is, lines below, and a line off by one
// space shows as "illegal map value" after it. findSyntaxProblem reads the raw text to find the
// real place; yaml-cpp's own message is the fallback. Every later finding about an id that this
// file mentions is a follow-on of this one error (Diagnostics::unreadableFile).
void reportSyntax(const Document& doc, const YAML::Exception& e, Diagnostics& diags) {
    const std::string& src = doc.source();
    const std::size_t failAt = e.mark.is_null() || e.mark.pos < 0 ? 0 : static_cast<std::size_t>(e.mark.pos);
    const SyntaxProblem p = findSyntaxProblem(src, std::min(failAt, src.size()));
    const LineCol lc = lineColAt(src, p.offset);
    const SourceLoc at{doc.path(), lc.line, lc.column};
    switch (p.kind) {
        case SyntaxProblem::Kind::Tab: diags.error(at, Msg("yaml.tab")); break;
        case SyntaxProblem::Kind::UnclosedQuote:
            diags.error(at, Msg("yaml.unclosed_quote", {{"quote", std::string(1, p.quote)}}));
            break;
        case SyntaxProblem::Kind::BadIndent:
            diags.error(at, Msg("yaml.bad_indent", {{"found", p.found + 1}, {"expected", p.expected + 1}}));
            break;
        case SyntaxProblem::Kind::None: {
            const int line = e.mark.is_null() ? 1 : e.mark.line + 1;
            const int col = e.mark.is_null() ? 1 : e.mark.pos >= 0 ? columnAt(src, failAt) : e.mark.column + 1;
            std::string msg = e.msg;
            if (!msg.empty()) msg[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(msg[0])));
            diags.error({doc.path(), line, col}, Msg("yaml.syntax", {{"detail", msg}}));
            break;
        }
    }
    diags.unreadableFile(diags.items().back().loc, src);
}

}  // namespace

std::unique_ptr<Document> parse(std::string text, const std::string& displayPath, Diagnostics& diags,
                                const Limits& limits) {
    auto doc = std::make_unique<Document>();
    doc->path_ = displayPath;
    if (text.size() > limits.maxBytes) {
        diags.error({displayPath, 1, 1}, Msg("file.too_large", {{"size", static_cast<int>(text.size() / 1000000)},
                                                                 {"max", static_cast<int>(limits.maxBytes / 1000000)}}));
        return nullptr;
    }
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) {
        // YAML allows a byte order mark, and some editors write one; it is harmless but noisy in git.
        diags.warning({displayPath, 1, 1}, Msg("yaml.bom"));
        text.erase(0, 3);
    }
    if (const std::size_t bad = findInvalidUtf8(text); bad != std::string::npos) {
        const LineCol lc = lineColAt(text, bad);
        diags.error({displayPath, lc.line, lc.column}, Msg("yaml.not_utf8"));
        return nullptr;
    }
    if (const std::size_t nul = text.find('\0'); nul != std::string::npos) {
        const LineCol lc = lineColAt(text, nul);
        diags.error({displayPath, lc.line, lc.column}, Msg("yaml.nul"));
        return nullptr;
    }
    doc->source_ = std::move(text);

    std::istringstream in(doc->source_);
    Builder builder(*doc, diags, limits);
    try {
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(builder)) {
        }
    } catch (const Abort&) {
        return nullptr;
    } catch (const YAML::Exception& e) {
        reportSyntax(*doc, e, diags);
        return nullptr;
    }
    return doc;
}

}  // namespace hr::yaml
