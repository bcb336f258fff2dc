// SPDX-License-Identifier: EUPL-1.2
// Content model lookups.
#include "content/model.h"

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
