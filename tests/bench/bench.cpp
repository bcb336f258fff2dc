// Benchmarks that print figures (not tests: nothing here passes or fails). Run:
//   build/tests/bench/handreiking_bench [PACK_DIR]
// Loads and validates the bundled guide, walks it at random, saves and reads records, exports,
// and parses every Markdown text, reporting the time per operation.
#include <chrono>
#include <cstdio>
#include <functional>

#include "content/pack.h"
#include "i18n/strings.h"
#include "markdown/document.h"
#include "session/autowalk.h"
#include "session/export.h"
#include "session/record_io.h"
#include "util/paths.h"

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
}  // namespace

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
    return 0;
}
