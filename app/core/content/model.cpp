// SPDX-License-Identifier: EUPL-1.2
// Content model lookups.
#include "content/model.h"

#include <algorithm>

#include "util/text_util.h"

namespace hr::content {

Msg itemKind(const std::string& kind) {
    static const std::map<std::string, const char*> ids = {
        {"snippet", "noun.snippet"}, {"role", "noun.role"},           {"track", "noun.track"},
        {"node", "noun.node"},       {"agreement", "noun.agreement"}, {"page", "noun.page"},
        {"choice", "noun.choice"},   {"statement", "noun.statement"}};
    const auto it = ids.find(kind);
    return it == ids.end() ? Msg("verbatim", {{"text", kind}}) : Msg(it->second);
}

const std::string& Text::get(const std::string& lang, const std::string& fallback) const {
    static const std::string none;
    if (auto it = byLang.find(lang); it != byLang.end()) return it->second;
    if (auto it = byLang.find(fallback); it != byLang.end()) return it->second;
    return byLang.empty() ? none : byLang.begin()->second;
}

namespace {

const TextOrigin::Piece* pieceAt(const std::vector<TextOrigin::Piece>& pieces, std::size_t offset) {
    const auto it = std::upper_bound(pieces.begin(), pieces.end(), offset,
                                     [](std::size_t o, const TextOrigin::Piece& p) { return o < p.at; });
    return it == pieces.begin() ? nullptr : &*(it - 1);
}

}  // namespace

SourceLoc TextOrigin::locOf(std::size_t offset) const {
    std::size_t r = offset;
    if (const Piece* p = pieceAt(pieces, offset)) r = p->snippet ? p->rawAt : p->rawAt + (offset - p->at);
    r = std::min(r, raw.size());
    if (lines.empty()) return start;
    const std::size_t lineStart = r == 0 ? 0 : raw.rfind('\n', r - 1) + 1;  // npos + 1 == 0
    const auto line = static_cast<std::size_t>(std::count(raw.begin(), raw.begin() + static_cast<std::ptrdiff_t>(lineStart), '\n'));
    if (line >= lines.size()) return start;
    SourceLoc loc = lines[line];
    loc.column += codePoints(std::string_view(raw).substr(lineStart), r - lineStart);
    return loc;
}

bool TextOrigin::fromSnippet(std::size_t offset) const {
    const Piece* p = pieceAt(pieces, offset);
    return p && p->snippet;
}

const Choice* Node::choice(const std::string& choiceId) const {
    for (const auto& c : choices)
        if (c.id == choiceId) return &c;
    return nullptr;
}

namespace {
template <typename T>
void build(std::map<std::string, std::size_t>& index, const std::vector<T>& items) {
    index.clear();
    for (std::size_t i = 0; i < items.size(); ++i) index.emplace(items[i].id, i);
}

template <typename T>
const T* find(const std::map<std::string, std::size_t>& index, const std::vector<T>& items,
              const std::string& id) {
    auto it = index.find(id);
    return it == index.end() ? nullptr : &items[it->second];
}
}  // namespace

void Guide::index() {
    build(nodeIndex_, nodes);
    build(trackIndex_, tracks);
    build(agreementIndex_, agreements);
    build(roleIndex_, roles);
    build(pageIndex_, pages);
}

const Node* Guide::node(const std::string& key) const { return find(nodeIndex_, nodes, key); }
const Track* Guide::track(const std::string& key) const { return find(trackIndex_, tracks, key); }
const AgreementTemplate* Guide::agreement(const std::string& key) const {
    return find(agreementIndex_, agreements, key);
}
const Role* Guide::role(const std::string& key) const { return find(roleIndex_, roles, key); }
const Page* Guide::page(const std::string& key) const { return find(pageIndex_, pages, key); }

}  // namespace hr::content
