// SPDX-License-Identifier: EUPL-1.2
// Putting a message id and its arguments into words in one language.
#include "util/message.h"

#include <unordered_map>

namespace hr {

MsgArg::MsgArg(std::string n, std::string t) : name(std::move(n)), text(std::move(t)) {}
MsgArg::MsgArg(std::string n, const char* t) : name(std::move(n)), text(t ? t : "") {}
MsgArg::MsgArg(std::string n, int value) : name(std::move(n)), text(std::to_string(value)) {}
MsgArg::MsgArg(std::string n, Msg m) : name(std::move(n)), phrase(std::make_shared<const Msg>(std::move(m))) {}

Msg::Msg(std::string messageId, std::vector<MsgArg> arguments) : id(std::move(messageId)), args(std::move(arguments)) {}

namespace {

const CatalogueEntry* find(const std::string& id) {
    static const std::unordered_map<std::string, const CatalogueEntry*> index = [] {
        std::unordered_map<std::string, const CatalogueEntry*> out;
        for (const auto& e : messageCatalogue()) out.emplace(e.id, &e);
        return out;
    }();
    const auto it = index.find(id);
    return it == index.end() ? nullptr : it->second;
}

std::string argText(const MsgArg& a, const std::string& lang) { return a.phrase ? render(*a.phrase, lang) : a.text; }

}  // namespace

std::string render(const Msg& m, const std::string& lang) {
    const CatalogueEntry* e = find(m.id);
    if (!e) {
        std::string out = m.id;
        for (const auto& a : m.args) out += " " + a.name + "=" + argText(a, lang);
        return out;
    }
    const std::string pattern = lang == "nl" ? e->nl : e->en;
    // One pass, so that an argument holding "{x}" (a snippet written as {{id}}) is never read
    // as a placeholder itself.
    std::string out;
    out.reserve(pattern.size() + 32);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{') {
            const std::size_t close = pattern.find('}', i + 1);
            if (close != std::string::npos) {
                const std::string name = pattern.substr(i + 1, close - i - 1);
                bool found = false;
                for (const auto& a : m.args)
                    if (a.name == name) {
                        out += argText(a, lang);
                        found = true;
                        break;
                    }
                if (found) {
                    i = close;
                    continue;
                }
            }
        }
        out += pattern[i];
    }
    return out;
}

std::string renderSentence(const Msg& m, const std::string& lang) {
    std::string text = render(m, lang);
    if (lang == "nl" && !text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

}  // namespace hr
