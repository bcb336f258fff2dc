// SPDX-License-Identifier: EUPL-1.2
// The interface's own words, from content/ui/<lang>.yaml (flat `key: text`). A key missing in
// the asked language falls back to Dutch, the app's default; a key missing in both shows as
// itself, which the key-lint test prevents.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "util/diagnostics.h"
#include "yaml/yaml_cache.h"

namespace hr::i18n {

constexpr const char* kDefaultLanguage = "nl";

// The languages the interface has words for, Dutch first: one for each content/ui/<lang>.yaml.
// The build reads that folder (app/core/CMakeLists.txt), so the settings, the command line and
// the window all accept the same list.
const std::vector<std::string>& languages();
bool isLanguage(const std::string& lang);
// "nl or en": the languages as a message or a help text names them.
std::string languageChoice();
// The same as a phrase of the catalogue: "nl of en" in Dutch.
Msg languageChoiceMsg();

class Strings {
public:
    Strings() = default;
    // Loads `lang` (and Dutch as the fallback) from `uiDir`. Problems go to `diags`; whatever
    // loaded is still used.
    // `cache`: where parsed files are kept between starts (yaml_cache.h).
    static Strings load(const std::filesystem::path& uiDir, const std::string& lang, Diagnostics& diags,
                        const std::optional<yaml::TreeCache>& cache = std::nullopt);

    const std::string& language() const { return lang_; }
    std::string operator()(const std::string& key) const;
    // Replaces {name} placeholders: tr.format("walk.progress", {{"n", "3"}, {"left", "4"}}).
    std::string format(const std::string& key, const std::vector<std::pair<std::string, std::string>>& args) const;

    const std::map<std::string, std::string>& own() const { return primary_; }

private:
    std::string lang_ = kDefaultLanguage;
    std::map<std::string, std::string> primary_, fallback_;
};

// Reads one strings file into `out`; false (with diagnostics) when it is unusable.
[[nodiscard]] bool readStringsFile(const std::filesystem::path& file, std::map<std::string, std::string>& out, Diagnostics& diags,
                                   const std::optional<yaml::TreeCache>& cache = std::nullopt);

}  // namespace hr::i18n
