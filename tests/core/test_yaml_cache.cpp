// SPDX-License-Identifier: EUPL-1.2
// The parsed-tree cache: a clean parse is kept and read back as the same tree; an edited text,
// one with diagnostics, other limits, a damaged or crafted file are parsed afresh; files are private;
// a pack loaded from the cache is the pack parsed afresh.
#include <sodium.h>
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstring>
#include <functional>

#include "content/pack.h"
#include "test_support.h"
#include "yaml/yaml_cache.h"

using namespace hr;
namespace fs = std::filesystem;

namespace {

const char* kText =
    "id: demo\n"
    "title: 'Een titel'\n"
    "list:\n"
    "  - &a {k: \"v w\", n: 12}\n"
    "  - *a\n"
    "  - ~\n"
    "text: |\n"
    "  eerste regel\n"
    "  tweede regel\n"
    "fold: >\n"
    "  gevouwen\n"
    "  tekst\n";

std::unique_ptr<yaml::Document> cached(const std::string& text, const fs::path& dir, yaml::CacheUse& use,
                                       Diagnostics& d, bool write = true) {
    return yaml::parseCached(text, "f.yaml", d, yaml::Limits{}, yaml::TreeCache{dir, write}, &use);
}

std::string checksummed(std::string bytes) {
    unsigned char sum[crypto_generichash_BYTES];
    const std::size_t end = bytes.size() - sizeof sum;
    crypto_generichash(sum, sizeof sum, reinterpret_cast<const unsigned char*>(bytes.data()), end, nullptr, 0);
    std::memcpy(bytes.data() + end, sum, sizeof sum);
    return bytes;
}

int treeFiles(const fs::path& dir) {
    int n = 0;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) n += e.path().filename().string().rfind("tree-", 0) == 0;
    return n;
}

}  // namespace

TEST_CASE("a clean parse is kept privately and read back as the same tree") {
    test::TempDir tmp;
    const fs::path dir = tmp.path() / "cache";
    Diagnostics d1, d2;
    yaml::CacheUse use1{}, use2{};
    auto fresh = cached(kText, dir, use1, d1);
    auto again = cached(kText, dir, use2, d2);
    REQUIRE(fresh);
    REQUIRE(again);
    CHECK(use1 == yaml::CacheUse::ParsedAndStored);
    CHECK(use2 == yaml::CacheUse::FromCache);
    CHECK(d1.empty());
    CHECK(d2.empty());
    CHECK(yaml::sameTree(*fresh->root(), *again->root()));
    CHECK(again->source() == kText);
    CHECK(again->path() == "f.yaml");
    // The alias is the anchored node itself, as the parser makes it, not a copy.
    const auto& list = again->root()->get("list")->items;
    CHECK(list[0] == list[1]);
    CHECK(list[0]->doc == again.get());
    const yaml::Node& lit = *again->root()->get("text");
    CHECK(again->locInScalar(lit, 14).line == fresh->locInScalar(*fresh->root()->get("text"), 14).line);
    CHECK(again->locInScalar(lit, 14).line == 9);

    struct stat st {};
    REQUIRE(::stat(dir.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0700);
    REQUIRE(::stat((dir / yaml::cacheFileName(kText, yaml::Limits{})).c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
}

TEST_CASE("an edited text is parsed again, and a run that writes nothing keeps nothing") {
    test::TempDir tmp;
    Diagnostics d;
    yaml::CacheUse use{};
    REQUIRE(cached(kText, tmp.path(), use, d));
    std::string edited = kText;
    edited.replace(edited.find("Een titel"), 3, "Twee");
    auto doc = cached(edited, tmp.path(), use, d);
    CHECK(use == yaml::CacheUse::ParsedAndStored);
    CHECK(doc->root()->get("title")->value == "Twee titel");
    CHECK(treeFiles(tmp.path()) == 2);

    test::TempDir other;
    REQUIRE(cached(kText, other.path(), use, d, false));
    CHECK(use == yaml::CacheUse::Parsed);
    CHECK(treeFiles(other.path()) == 0);
}

TEST_CASE("the cache keeps the 128 trees written last") {
    test::TempDir tmp;
    Diagnostics d;
    yaml::CacheUse use{};
    // Each file dated a second after the one before, as file times can be coarser than the writes.
    const auto past = fs::file_time_type::clock::now() - std::chrono::hours(1);
    for (int i = 0; i < 130; ++i) {
        const std::string text = "n: " + std::to_string(i) + "\n";
        REQUIRE(cached(text, tmp.path(), use, d));
        fs::last_write_time(tmp.path() / yaml::cacheFileName(text, yaml::Limits{}), past + std::chrono::seconds(i));
    }
    CHECK(treeFiles(tmp.path()) == 128);
    // The newest is there; the first one written is gone and is parsed (and kept) again.
    (void)cached("n: 129\n", tmp.path(), use, d);
    CHECK(use == yaml::CacheUse::FromCache);
    (void)cached("n: 0\n", tmp.path(), use, d);
    CHECK(use == yaml::CacheUse::ParsedAndStored);
}

TEST_CASE("a text with any diagnostic is never kept: it says the same every time") {
    test::TempDir tmp;
    for (const std::string text : {"a: 1\na: 2\n", "\xEF\xBB\xBF" "a: 1\n", "a: [1\n"}) {
        for (int round = 0; round < 2; ++round) {
            Diagnostics d;
            yaml::CacheUse use{};
            (void)cached(text, tmp.path(), use, d);
            CHECK(use == yaml::CacheUse::Parsed);
            CHECK_FALSE(d.empty());
        }
    }
    CHECK(treeFiles(tmp.path()) == 0);
}

TEST_CASE("a tree kept under other limits, or for another text, is not used") {
    Diagnostics d;
    auto doc = yaml::parse(kText, "f.yaml", d);
    REQUIRE(doc);
    const std::string bytes = yaml::encodeTree(*doc, yaml::Limits{});
    CHECK(yaml::decodeTree(bytes, kText, "f.yaml", yaml::Limits{}));
    yaml::Limits tight;
    tight.maxNodes = 5;
    CHECK_FALSE(yaml::decodeTree(bytes, kText, "f.yaml", tight));
    CHECK_FALSE(yaml::decodeTree(bytes, std::string(kText) + "x: 1\n", "f.yaml", yaml::Limits{}));
}

TEST_CASE("every damaged byte of a kept tree is noticed") {
    Diagnostics d;
    auto doc = yaml::parse(kText, "f.yaml", d);
    const std::string bytes = yaml::encodeTree(*doc, yaml::Limits{});
    int refused = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        std::string damaged = bytes;
        damaged[i] = static_cast<char>(damaged[i] ^ 0x20);
        refused += !yaml::decodeTree(damaged, kText, "f.yaml", yaml::Limits{});
    }
    CHECK(refused == static_cast<int>(bytes.size()));
    for (std::size_t n : {std::size_t{0}, std::size_t{7}, bytes.size() / 2, bytes.size() - 1})
        CHECK_FALSE(yaml::decodeTree(bytes.substr(0, n), kText, "f.yaml", yaml::Limits{}));
}

TEST_CASE("a damaged cache file is parsed again and replaced") {
    test::TempDir tmp;
    Diagnostics d;
    yaml::CacheUse use{};
    REQUIRE(cached(kText, tmp.path(), use, d));
    const fs::path file = tmp.path() / yaml::cacheFileName(kText, yaml::Limits{});
    std::string bytes = test::readText(file);
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 1);
    test::writeText(file, bytes);
    auto doc = cached(kText, tmp.path(), use, d);
    CHECK(use == yaml::CacheUse::ParsedAndStored);
    REQUIRE(doc);
    CHECK(doc->root()->get("title")->value == "Een titel");
    (void)cached(kText, tmp.path(), use, d);
    CHECK(use == yaml::CacheUse::FromCache);
    CHECK(d.empty());
}

// A file with a right checksum that someone made by hand: the reader must still not build a tree
// a consumer could loop in or that holds more than the limits.
TEST_CASE("a crafted tree with a sound checksum but a cycle, a stray index or too many nodes is refused") {
    Diagnostics d;
    const std::string text = "a:\n  - x\n";
    auto doc = yaml::parse(text, "f.yaml", d);
    REQUIRE(doc);
    const std::string bytes = yaml::encodeTree(*doc, yaml::Limits{});
    REQUIRE(yaml::decodeTree(checksummed(bytes), text, "f.yaml", yaml::Limits{}));
    // Nodes in order: 0 the map, 1 key "a", 2 the sequence, 3 "x". The sequence's one item is the
    // last 4 bytes before its entry count (0) and the next node... find it by its value: index 3.
    const std::uint32_t three = 3;
    std::string seqItem(reinterpret_cast<const char*>(&three), 4);
    const std::size_t at = bytes.rfind(seqItem + std::string(4, '\0'));
    REQUIRE(at != std::string::npos);
    auto withItem = [&](std::uint32_t index) {
        std::string b = bytes;
        std::memcpy(b.data() + at, &index, 4);
        return checksummed(b);
    };
    CHECK(yaml::decodeTree(withItem(3), text, "f.yaml", yaml::Limits{}));
    CHECK_FALSE(yaml::decodeTree(withItem(0), text, "f.yaml", yaml::Limits{}));   // the map holds itself
    CHECK_FALSE(yaml::decodeTree(withItem(2), text, "f.yaml", yaml::Limits{}));   // the sequence holds itself
    CHECK_FALSE(yaml::decodeTree(withItem(99), text, "f.yaml", yaml::Limits{}));  // no such node
    yaml::Limits fewer;
    fewer.maxNodes = 3;
    CHECK_FALSE(yaml::decodeTree(yaml::encodeTree(*doc, fewer), text, "f.yaml", fewer));

    // Seven nodes in the file, thirteen once the aliases are counted as the parser counts them.
    const std::string aliases = "a: &x [1, 2]\nb: *x\nc: *x\n";
    auto many = yaml::parse(aliases, "f.yaml", d);
    REQUIRE(many);
    REQUIRE(many->root()->weight == 13);
    yaml::Limits ten;
    ten.maxNodes = 10;
    CHECK(yaml::decodeTree(yaml::encodeTree(*many, yaml::Limits{}), aliases, "f.yaml", yaml::Limits{})->root()->weight == 13);
    CHECK_FALSE(yaml::decodeTree(yaml::encodeTree(*many, ten), aliases, "f.yaml", ten));
}

TEST_CASE("the bundled pack loaded from the cache is the pack parsed afresh") {
    test::TempDir tmp;
    const fs::path pack = test::sourceDir() / "content" / "ervaringskennis";
    const yaml::TreeCache cache{tmp.path(), true};
    const auto plain = content::loadAndValidate({{pack, "pack"}}, {});
    const auto first = content::loadAndValidate({{pack, "pack"}}, {}, {}, cache);
    const int kept = treeFiles(tmp.path());
    const auto second = content::loadAndValidate({{pack, "pack"}}, {}, {}, cache);
    REQUIRE(plain.usable());
    REQUIRE(second.usable());
    CHECK(kept >= 10);
    CHECK(treeFiles(tmp.path()) == kept);
    CHECK(second.guide->contentHash == plain.guide->contentHash);
    REQUIRE(second.guide->nodes.size() == plain.guide->nodes.size());
    for (std::size_t i = 0; i < plain.guide->nodes.size(); ++i) CHECK(second.guide->nodes[i].id == plain.guide->nodes[i].id);
    CHECK(second.diags.items().size() == plain.diags.items().size());
    CHECK(first.diags.items().size() == plain.diags.items().size());
}
