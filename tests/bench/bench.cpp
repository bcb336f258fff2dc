// SPDX-License-Identifier: EUPL-1.2
// Benchmarks that print figures (not tests: nothing here passes or fails). Run:
//   build/tests/bench/handreiking_bench [PACK_DIR]
// Loads and validates the bundled guide, walks it at random, saves and reads records, exports,
// parses every Markdown text, and unlocks a protected folder (Argon2id) and seals and opens a
// record, reporting the time per operation.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>
#include <cstdio>
#include <functional>

#include "content/pack.h"
#include "i18n/strings.h"
#include "markdown/document.h"
#include "session/autowalk.h"
#include "session/export.h"
#include "session/record_io.h"
#include "session/store.h"
#include "session/vault.h"
#include "util/file_io.h"
#include "util/paths.h"
#include "yaml/yaml_cache.h"

using namespace hr;
using Clock = std::chrono::steady_clock;

namespace {
void measure(const char* what, int n, const std::function<void(int)>& f) {
    f(0);  // warm up
    const auto start = Clock::now();
    for (int i = 0; i < n; ++i) f(i);
    const double us = std::chrono::duration<double, std::micro>(Clock::now() - start).count() / n;
    std::printf("%-44s %8d runs  %12.1f us each\n", what, n, us);
}
// Unlocking costs one Argon2id derivation with the limits new folders get; sealing and opening
// a record is XChaCha20-Poly1305 over its YAML.
int measureVault(const session::Record& r, const std::string& text) {
    std::string tmpl = (std::filesystem::temp_directory_path() / "handreiking-bench-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) return 1;
    const std::filesystem::path dir = tmpl;
    const auto limits = session::defaultVaultLimits();
    session::VaultStatus st;
    auto vault = session::Vault::create(dir, "bench passphrase", limits, st);
    if (!vault) {
        std::fprintf(stderr, "%s\n", st.message.c_str());
        return 1;
    }
    char what[80];
    std::snprintf(what, sizeof what, "unlock: Argon2id, %llu passes, %zu MiB", limits.opslimit, limits.memlimit >> 20);
    measure(what, 5, [&](int) { session::Vault::unlock(dir, "bench passphrase", st); });
    const std::string name = vault->sealedName(r.id), sealed = vault->seal(r.id, text);
    measure("seal a record", 2000, [&](int) { vault->seal(r.id, text); });
    measure("open a sealed record", 2000, [&](int) {
        std::string plain;
        vault->open(name, sealed, plain);
    });
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    return 0;
}

// The window's start: the same load with every file's parsed tree kept from the last start
// (yaml_cache.h), and the YAML parse alone against reading the kept trees alone.
void measureTreeCache(const std::filesystem::path& dir) {
    std::string tmpl = (std::filesystem::temp_directory_path() / "handreiking-bench-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) return;
    const yaml::TreeCache cache{tmpl, true};
    measure("... with the parsed trees kept (the window)", 50,
            [&](int) { content::loadAndValidate({{dir, "p"}}, content::packSearchPath(), {}, cache); });
    std::vector<std::string> texts;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
        std::string text, error;
        if (e.path().extension() == ".yaml" && readTextFile(e.path(), 4000000, text, error)) texts.push_back(text);
    }
    measure("parse the pack's YAML files (yaml-cpp)", 50, [&](int) {
        for (const auto& t : texts) {
            Diagnostics d;
            (void)yaml::parse(t, "f", d);
        }
    });
    measure("... read their kept trees instead", 50, [&](int) {
        for (const auto& t : texts) {
            Diagnostics d;
            (void)yaml::parseCached(t, "f", d, yaml::Limits{}, cache);
        }
    });
    std::error_code ec;
    std::filesystem::remove_all(tmpl, ec);
}

}  // namespace

// A record of 30,000 steps on a pack with a loop (the trial pack's statements asked again and
// again): replaying it must stay linear in its length.
int measureLongResume() {
    auto pack = content::loadAndValidate(std::filesystem::path(HR_SOURCE_DIR) / "tests" / "fixtures" / "packs" / "proef", "proef");
    if (!pack.usable()) return 1;
    auto s = session::Session::start(pack.guide, "gesprek", "nl");
    s.next();
    s.answer(session::Answer::ofChoice("ja"));
    s.answer(session::Answer::ofChoice("ja"));
    s.answer(session::Answer::ofChecklist({"casus"}));
    while (s.record().path.size() < 30000) {
        s.answer(session::Answer::ofScale({{"steun", 1}}));
        s.answer(session::Answer::ofChoice("opnieuw"));
    }
    const session::Record r = s.record();
    const auto start = Clock::now();
    auto resumed = session::Session::resume(pack.guide, r);
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    std::printf("%-44s %8zu steps  %12.1f ms (%s)\n", "resume a record with a loop", r.path.size(), ms,
                resumed.session.record().path.size() == r.path.size() ? "all replayed" : "NOT all replayed");
    return 0;
}

int main(int argc, char** argv) {
    const auto dir = argc > 1 ? std::filesystem::path(argv[1]) : bundledPack().value_or("content/ervaringskennis");
    auto pack = content::loadAndValidate(dir, dir.string());
    if (!pack.usable()) {
        std::fprintf(stderr, "%s", pack.diags.str().c_str());
        return 1;
    }
    const auto& g = *pack.guide;
    std::printf("pack %s: %zu files, %zu nodes, %zu agreements, %zu tracks\n", g.id.c_str(), g.files.size(),
                g.nodes.size(), g.agreements.size(), g.tracks.size());

    measure("load and validate the pack", 50, [&](int) { content::loadAndValidate(dir, "p"); });
    measureTreeCache(dir);

    std::size_t steps = 0;
    measure("random walk to an end (all tracks in turn)", 2000, [&](int i) {
        auto s = session::Session::start(pack.guide, g.tracks[static_cast<std::size_t>(i) % g.tracks.size()].id, "nl");
        session::walkRandom(s, static_cast<std::uint64_t>(i) + 1);
        steps += s.record().path.size();
    });
    std::printf("%-44s %8.1f steps on average\n", "", static_cast<double>(steps) / 2001.0);

    auto s = session::Session::start(pack.guide, "gesprek", "nl");
    session::walkRandom(s, 7);
    s.setRecordId("bench");
    const session::Record r = s.record();
    const std::string text = session::writeRecord(r);
    measure("write a record as YAML", 2000, [&](int) { session::writeRecord(r); });
    measure("read a record back", 2000, [&](int) {
        Diagnostics d;
        session::readRecord(text, "r.yaml", d);
    });
    measure("resume a record (replay on the guide)", 2000, [&](int) { session::Session::resume(pack.guide, r); });
    Diagnostics d;
    const auto tr = i18n::Strings::load(dir.parent_path() / "ui", "nl", d);
    measure("export as HTML", 2000, [&](int) { session::exportHtml(r, &g, tr); });
    measure("export as Markdown", 2000, [&](int) { session::exportMarkdown(r, &g, tr); });

    std::size_t bytes = 0;
    for (const auto& n : g.nodes) bytes += n.text.get("nl", "nl").size();
    measure("parse every node text as Markdown", 200, [&](int) {
        for (const auto& n : g.nodes) markdown::parse(n.text.get("nl", "nl"));
    });
    std::printf("%-44s %8zu bytes of Markdown in node texts\n", "", bytes);
    if (int rc = measureLongResume(); rc != 0) return rc;
    return measureVault(r, text);
}
