// SPDX-License-Identifier: EUPL-1.2
// The schema's table of keys (content/schema.h) against the loader: for every kind of item (and
// every kind of node) the loader is given an unknown key, and the keys its message lists must be
// exactly the table's. A key added to the loader and not to the table (or the other way) fails
// here. Also: content/schema/pack.schema.json is what the table makes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <regex>
#include <set>

#include "content/pack.h"
#include "content/schema.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace hr;

namespace {

const char* kBase = R"(id: t
version: "1"
language: nl
title: T
roles: [{id: r, title: R}]
tracks: [{id: tr, audience: A, title: T, start: a}]
agreements: [{id: ag, text: Afspraak}]
nodes:
  - {id: a, kind: info, title: A, next: e}
  - {id: e, kind: end, title: E}
)";

// Replaces the first "Q" in `text` by an unknown key.
std::string withUnknown(std::string text) {
    text.replace(text.find('Q'), 1, "qqqqqqqqqqqq: 1");
    return text;
}

// The words quoted in the loader's "known keys: 'a', 'b' or 'c'" (or "kinds: ...") message.
std::set<std::string> listed(const content::LoadedPack& pack, const std::string& marker) {
    for (const auto& d : pack.diags.items()) {
        const auto at = d.message.find(marker);
        if (at == std::string::npos) continue;
        std::set<std::string> words;
        static const std::regex quoted("'([^']+)'");
        const std::string rest = d.message.substr(at);
        for (std::sregex_iterator it(rest.begin(), rest.end(), quoted), end; it != end; ++it) words.insert((*it)[1]);
        return words;
    }
    FAIL("no diagnostic with \"" << marker << "\" in:\n" << pack.diags.str());
    return {};
}

std::set<std::string> table(const std::vector<std::string>& items, const std::string& kind = "") {
    std::set<std::string> out;
    for (const auto& item : items)
        for (const auto& k : content::schema::keysOf(item, kind)) out.insert(k);
    return out;
}

content::LoadedPack loadGuide(const test::TempDir& dir, const std::string& guide,
                              const std::string& included = "") {
    test::writeText(dir.path() / "guide.yaml", guide);
    if (!included.empty()) test::writeText(dir.path() / "f.yaml", included);
    return content::loadAndValidate(dir.path(), "p");
}

}  // namespace

TEST_CASE("schema: every item's keys are the keys the loader accepts", "[schema]") {
    // Each item kind, written into a list the base guide does not have yet or into a new node.
    const std::vector<std::pair<std::string, std::string>> extra = {
        {"snippet", "snippets: [{id: s, text: S, Q}]\n"},
        {"page", "pages: [{id: p, title: P, text: P, Q}]\n"},
        {"choice", "  - {id: x, kind: choice, title: X, choices: [{id: c, label: C, next: e, Q}]}\n"},
        {"checklist-item", "  - {id: x, kind: checklist, title: X, next: e, choices: [{id: c, label: C, Q}]}\n"},
        {"statement", "  - {id: x, kind: scale, title: X, next: e, statements: [{id: s, text: S, Q}]}\n"},
        {"scale", "  - {id: x, kind: scale, title: X, next: e, statements: [{id: s, text: S}], scale: {min: 1, max: 5, Q}}\n"},
    };
    for (const auto& [item, yaml] : extra) {
        INFO(item);
        test::TempDir dir;
        const bool isNode = yaml.rfind("  -", 0) == 0;
        std::string guide = kBase;
        guide = isNode ? guide + yaml : yaml + guide;
        const auto pack = loadGuide(dir, withUnknown(guide));
        CHECK(listed(pack, "known keys") == table({item}));
    }
    // Roles, tracks and agreements of the base guide, each given the unknown key.
    for (const auto& [item, written] : std::vector<std::pair<std::string, std::string>>{
             {"role", "{id: r, title: R}"}, {"track", "{id: tr, audience: A, title: T, start: a}"},
             {"agreement", "{id: ag, text: Afspraak}"}}) {
        INFO(item);
        test::TempDir dir;
        std::string guide = kBase;
        guide.replace(guide.find(written), written.size(), written.substr(0, written.size() - 1) + ", Q}");
        CHECK(listed(loadGuide(dir, withUnknown(guide)), "known keys") == table({item}));
    }
    // A track's export words.
    test::TempDir dir;
    std::string guide = kBase;
    const std::string track = "{id: tr, audience: A, title: T, start: a}";
    guide.replace(guide.find(track), track.size(), "{id: tr, audience: A, title: T, start: a, export: {title: X, Q}}");
    CHECK(listed(loadGuide(dir, withUnknown(guide)), "known keys") == table({"export"}));
}

TEST_CASE("schema: each kind of node takes the keys the loader takes for it", "[schema]") {
    for (const auto& kind : content::schema::nodeKinds()) {
        INFO(kind);
        test::TempDir dir;
        const auto pack = loadGuide(dir, withUnknown(std::string(kBase) + "  - {id: x, kind: " + kind + ", title: X, Q}\n"));
        CHECK(listed(pack, "known keys") == table({"node"}, kind));
    }
    test::TempDir dir;
    const auto pack = loadGuide(dir, std::string(kBase) + "  - {id: x, kind: qqqqqqqqqqqq, title: X}\n");
    const auto& kinds = content::schema::nodeKinds();
    CHECK(listed(pack, "kinds:") == std::set<std::string>(kinds.begin(), kinds.end()));
}

TEST_CASE("schema: guide.yaml, an included file and an overlay's guide.yaml", "[schema]") {
    {
        test::TempDir dir;
        CHECK(listed(loadGuide(dir, withUnknown(std::string(kBase) + "Q\n")), "known keys") == table({"guide", "pack"}));
    }
    {
        test::TempDir dir;
        const auto pack = loadGuide(dir, std::string(kBase) + "include: [f.yaml]\n", withUnknown("Q\n"));
        CHECK(listed(pack, "known keys") == table({"pack"}));
    }
    test::TempDir base, overlay;
    test::writeText(base.path() / "guide.yaml", kBase);
    test::writeText(overlay.path() / "guide.yaml", withUnknown("id: o\nversion: \"1\"\nextends: t\nQ\n"));
    const auto pack = content::loadAndValidate({{base.path(), "t"}, {overlay.path(), "o"}}, {});
    // The loader lists 'language' to refuse it with its own message; the schema leaves it out.
    auto loader = listed(pack, "known keys");
    CHECK(loader.erase("language") == 1);
    auto want = table({"guide", "overlay", "pack"});
    want.erase("language");
    CHECK(loader == want);
}

TEST_CASE("schema: an overlay's items take remove, before and after", "[schema]") {
    CHECK(table({"directive"}) == std::set<std::string>{"remove", "before", "after"});
    test::TempDir base, overlay;
    test::writeText(base.path() / "guide.yaml", std::string(kBase) + "  - {id: b, kind: end, title: B}\n");
    test::writeText(overlay.path() / "guide.yaml", "id: o\nversion: \"1\"\nextends: t\n"
                                                   "roles: [{id: r2, title: R2, before: r}]\n"
                                                   "agreements: [{id: ag2, text: Twee, after: ag}]\n"
                                                   "nodes: [{id: b, remove: true}]\n");
    const auto pack = content::loadAndValidate({{base.path(), "t"}, {overlay.path(), "o"}}, {});
    INFO(pack.diags.str());
    CHECK(pack.diags.errorCount() == 0);
    REQUIRE(pack.guide);
    CHECK(pack.guide->roles.front().id == "r2");
    CHECK(pack.guide->node("b") == nullptr);
}

TEST_CASE("schema: content/schema/pack.schema.json is what the table makes", "[schema]") {
    const auto file = test::sourceDir() / "content" / "schema" / "pack.schema.json";
    // HR_UPDATE_GOLDEN=1 writes it anew (after a key was added to the table).
    if (std::getenv("HR_UPDATE_GOLDEN")) test::writeText(file, content::schema::packSchema());
    CHECK(test::readText(file) == content::schema::packSchema());
}
