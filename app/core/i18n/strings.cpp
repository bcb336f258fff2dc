// SPDX-License-Identifier: EUPL-1.2
// UI strings loading and lookup.
#include "i18n/strings.h"

#include <algorithm>

#include "yaml/yaml_cache.h"
#include "yaml/yaml_reader.h"
#include "util/file_io.h"

namespace fs = std::filesystem;

namespace hr::i18n {

const std::vector<std::string>& languages() {
    static const std::vector<std::string> list = [] {
        std::vector<std::string> out;
        const std::string all = HR_UI_LANGUAGES;  // "nl,en", from the file names in content/ui
        for (std::size_t at = 0; at <= all.size();) {
            const std::size_t comma = std::min(all.find(',', at), all.size());
            if (comma > at) out.push_back(all.substr(at, comma - at));
            at = comma + 1;
        }
        return out;
    }();
    return list;
}

bool isLanguage(const std::string& lang) {
    const auto& all = languages();
    return std::find(all.begin(), all.end(), lang) != all.end();
}

std::string languageChoice() {
    const auto& all = languages();
    std::string out;
    for (std::size_t i = 0; i < all.size(); ++i)
        out += (i == 0 ? "" : i + 1 == all.size() ? " or " : ", ") + all[i];
    return out;
}

Msg languageChoiceMsg() {
    const auto& all = languages();
    if (all.size() < 2) return Msg("verbatim", {{"text", all.empty() ? "" : all.front()}});
    std::string first;
    for (std::size_t i = 0; i + 1 < all.size(); ++i) first += (i == 0 ? "" : ", ") + all[i];
    return Msg("list.or", {{"first", first}, {"last", all.back()}});
}

namespace {
class StringsReader : private yaml::Reader {
public:
    StringsReader(Diagnostics& d, const yaml::Document& doc) : yaml::Reader(d, doc) {}
    bool read(std::map<std::string, std::string>& out) {
        const yaml::Node* root = doc_->root();
        // An empty file is unusable too, and must say so: a false return with no diagnostic
        // would leave the window's notice and `handreiking check` with nothing to show.
        if (!root) {
            d_.error({doc_->path(), 1, 1}, Msg("strings.empty"));
            return false;
        }
        if (!expectMap(*root, Msg("strings.a_file"))) return false;
        for (const auto& [k, v] : root->entries) {
            std::string key, text;
            if (scalar(k, Msg("strings.a_key"), key) && scalar(v, Msg("strings.text_of", {{"key", key}}), text)) out[key] = text;
        }
        return true;
    }
};
}  // namespace

bool readStringsFile(const fs::path& file, std::map<std::string, std::string>& out, Diagnostics& diags,
                     const std::optional<yaml::TreeCache>& cache) {
    std::string text, error;
    if (!readTextFile(file, kMaxTextFileBytes, text, error)) {
        diags.error({file.string(), 1, 1}, Msg("file.unreadable", {{"why", error}}));
        return false;
    }
    auto doc = yaml::parseCached(std::move(text), file.string(), diags, yaml::Limits{}, cache);
    return doc && StringsReader(diags, *doc).read(out);
}

Strings Strings::load(const fs::path& uiDir, const std::string& lang, Diagnostics& diags,
                      const std::optional<yaml::TreeCache>& cache) {
    Strings s;
    s.lang_ = lang;
    // Whatever part of a damaged file could be read is used; diags say what was wrong.
    (void)readStringsFile(uiDir / (std::string(kDefaultLanguage) + ".yaml"), s.fallback_, diags, cache);
    if (lang != kDefaultLanguage) {
        std::error_code ec;
        const fs::path file = uiDir / (lang + ".yaml");
        if (fs::exists(file, ec))
            (void)readStringsFile(file, s.primary_, diags, cache);
        else
            diags.warning({file.string(), 1, 1}, Msg("strings.no_language", {{"lang", lang}}));
    }
    return s;
}

std::string Strings::operator()(const std::string& key) const {
    if (auto it = primary_.find(key); it != primary_.end()) return it->second;
    if (auto it = fallback_.find(key); it != fallback_.end()) return it->second;
    return key;
}

std::string Strings::format(const std::string& key, const std::vector<std::pair<std::string, std::string>>& args) const {
    std::string s = (*this)(key);
    for (const auto& [name, value] : args) {
        const std::string token = "{" + name + "}";
        for (std::size_t at = s.find(token); at != std::string::npos; at = s.find(token, at + value.size()))
            s.replace(at, token.size(), value);
    }
    return s;
}

}  // namespace hr::i18n
