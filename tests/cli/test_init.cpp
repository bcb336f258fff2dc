// SPDX-License-Identifier: EUPL-1.2
// `init` and the chapter "Je eigen versie maken" of content/README.md, followed as an editor
// would: make the overlay, change the confidential adviser's contact in one line, walk the
// conversation through the inserted local step, and see the new contact on the help page. The
// lines the test edits are checked to be the ones the chapter shows, so the two stay together.
#include <catch2/catch.hpp>

#include "test_support.h"

namespace fs = std::filesystem;
using namespace hr;

namespace {

std::string bin() { return test::binaryCommand(); }

void replaceLine(const fs::path& file, const std::string& from, const std::string& to) {
    std::string text = test::readText(file);
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    test::writeText(file, text);
}

}  // namespace

TEST_CASE("the README's own version chapter works as written: init, change a contact, walk the local step") {
    const std::string readme = test::readText(test::sourceDir() / "content" / "README.md");
    const std::string oldContact =
        "    text: Vraag bij HR of kijk op het intranet hoe je de vertrouwenspersoon bereikt.";
    const std::string newContact = "    text: \"Bel onze vertrouwenspersoon: [030 123 45 67](tel:0301234567).\"";
    REQUIRE(readme.find("## 16. Je eigen versie maken") != std::string::npos);
    REQUIRE(readme.find("handreiking init onze-versie") != std::string::npos);
    REQUIRE(readme.find(oldContact) != std::string::npos);
    REQUIRE(readme.find(newContact) != std::string::npos);

    test::TempDir tmp;
    auto r = test::run(bin() + " init onze-versie", tmp.path());
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const fs::path guide = tmp.path() / "onze-versie" / "guide.yaml";
    const std::string written = test::readText(guide);
    // What the chapter shows of the start of the file, and of the local step, is what init writes.
    for (const char* shown : {"id: onze-versie\nversion: \"1\"\nextends: ervaringskennis\n",
                              "  - id: gesprek-afronden\n    next: eigen-regeling\n  - id: eigen-regeling\n"}) {
        CHECK(written.find(shown) != std::string::npos);
        CHECK(readme.find(shown) != std::string::npos);
    }

    r = test::run(bin() + " check onze-versie", tmp.path());
    CHECK(r.exitCode == 0);
    CHECK(r.out.empty());
    CHECK(r.err.empty());

    replaceLine(guide, oldContact, newContact);
    r = test::run(bin() + " check --werror onze-versie", tmp.path());
    INFO(r.out);
    CHECK(r.exitCode == 0);

    test::writeText(tmp.path() / "a.yaml",
                    "gesprek-veiligheid: veilig\ngesprek-initiatief: leidinggevende\ngesprek-toestemming: ja\n"
                    "gesprek-themas: [werk]\ngesprek-afspraken: [eigen-afspraak]\n");
    r = test::run(bin() + " walk --content onze-versie --track gesprek --answers a.yaml --out r.yaml", tmp.path());
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const std::string record = test::readText(tmp.path() / "r.yaml");
    CHECK(record.find("  - node: gesprek-afronden\n    confirmed: true\n  - node: eigen-regeling\n") != std::string::npos);
    CHECK(record.find("template: eigen-afspraak") != std::string::npos);
    CHECK(record.find("- {id: onze-versie, version: \"1\", hash: ") != std::string::npos);

    // The help page, in the terminal walk, shows the institution's own contact.
    r = test::run("printf 'hulp\\nstop\\n' | " + bin() + " walk --interactive --content onze-versie --track gesprek "
                  "--data-dir data",
                  tmp.path());
    CHECK(r.out.find("toestemming. Bel onze vertrouwenspersoon: 030 123 45 67.") != std::string::npos);
    CHECK(r.out.find("Vraag bij HR of kijk op het intranet") == std::string::npos);

    r = test::run(bin() + " init onze-versie", tmp.path());
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("already exists and is not an empty folder; nothing was written") != std::string::npos);
    CHECK(test::readText(guide).find(newContact) != std::string::npos);
}

TEST_CASE("a system-wide settings file names the guide that opens, found by id in XDG_DATA_DIRS") {
    test::TempDir tmp;
    const fs::path o = test::fixturesDir() / "overlays";
    fs::create_directories(tmp.path() / "etc" / "handreiking");
    fs::create_directories(tmp.path() / "share" / "handreiking" / "packs");
    fs::copy(o / "bases", tmp.path() / "share" / "handreiking" / "packs", fs::copy_options::recursive);
    fs::copy(o / "lokaal", tmp.path() / "share" / "handreiking" / "packs" / "lokaal", fs::copy_options::recursive);
    const std::string env = "XDG_DATA_HOME=" + test::shellQuote((tmp.path() / "home").string()) +
                            " XDG_CONFIG_DIRS=" + test::shellQuote((tmp.path() / "nothing").string() + ":" +
                                                                   (tmp.path() / "etc").string()) +
                            " XDG_DATA_DIRS=" + test::shellQuote((tmp.path() / "share").string()) + " ";
    const fs::path file = tmp.path() / "etc" / "handreiking" / "settings.yaml";

    test::writeText(file, "# set by IT\npack: lokaal\n");
    auto r = test::run(env + bin() + " info");
    INFO(r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("pack basis version=0.4.2") != std::string::npos);
    CHECK(r.out.find("overlay lokaal extends basis version=1") != std::string::npos);
    // --content still wins.
    r = test::run(env + bin() + " info --content " + test::shellQuote((o / "bases" / "basis").string()));
    CHECK(r.out.find("overlay") == std::string::npos);

    test::writeText(file, "pack: onbekend\n");
    r = test::run(env + bin() + " info");
    CHECK(r.exitCode == 2);
    CHECK(r.err.find(file.string() + " names the guide 'onbekend', but it is not installed") != std::string::npos);

    test::writeText(file, "pakket: lokaal\n");
    r = test::run(env + bin() + " info");
    CHECK(r.exitCode == 0);  // a broken system file is named and ignored: the bundled guide opens
    CHECK(r.err.find(file.string() + ":1:1: error: unknown key 'pakket' in the system settings") != std::string::npos);
    CHECK(r.err.find("(the system settings are ignored)") != std::string::npos);
    CHECK(r.out.find("pack ervaringskennis") != std::string::npos);
    CHECK(test::readText(file) == "pakket: lokaal\n");  // never renamed or rewritten: it is not ours
}

TEST_CASE("check --against tells which records would lose answers on an updated guide") {
    test::TempDir tmp;
    const fs::path o = test::fixturesDir() / "overlays";
    const std::string base = test::shellQuote((o / "bases" / "basis").string());
    test::writeText(tmp.path() / "a.yaml", "keuze: rust\nstellingen: {steun: 4, tijd: 2}\nafspraken: [pauze]\n");
    auto r = test::run(bin() + " walk --content " + base + " --track gesprek --answers a.yaml --out r.yaml", tmp.path());
    REQUIRE(r.exitCode == 0);

    r = test::run(bin() + " check --content " + base + " --against r.yaml", tmp.path());
    CHECK(r.exitCode == 0);
    CHECK(r.out == "r.yaml: keeps every answer\n");

    const std::string update = base + " --content " + test::shellQuote((o / "changes" / "zonder-stap").string());
    r = test::run(bin() + " check --content " + update + " --against r.yaml", tmp.path());
    CHECK(r.exitCode == 0);
    CHECK(r.out == "r.yaml:1:1: warning: would lose an answer: the step 'stellingen' is no longer in the guide\n");
    r = test::run(bin() + " check --werror --content " + update + " --against r.yaml", tmp.path());
    CHECK(r.exitCode == 1);

    test::writeText(tmp.path() / "kapot.yaml", "format: 2\nid: [\n");
    r = test::run(bin() + " check --content " + base + " --against kapot.yaml", tmp.path());
    CHECK(r.exitCode == 1);
    CHECK(r.out.rfind("kapot.yaml:", 0) == 0);
    CHECK(test::readText(tmp.path() / "kapot.yaml") == "format: 2\nid: [\n");  // only read
}
