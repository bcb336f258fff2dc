// SPDX-License-Identifier: EUPL-1.2
// `schema` and `graph`: the tools an editor of a guide uses beside `check`: the JSON Schema for
// the editor's completion, and a map of the guide's steps (DOT, or SVG laid out by Graphviz).
#include <cstdio>
#include <filesystem>

#include "cli/commands.h"
#include "content/graph_layout.h"
#include "content/schema.h"
#include "util/private_file.h"
#include "util/text_util.h"

namespace hr::cli {

int runSchema() {
    const std::string text = content::schema::packSchema();
    std::fwrite(text.data(), 1, text.size(), stdout);
    return std::fflush(stdout) == 0 ? kExitOk : kExitCannotRun;
}

namespace {

// Writes `text` to `out` ("" or "-": standard output), atomically. An existing file is replaced
// only when its name says it is a map (.dot, .gv, .svg): `-o guide.yaml` by mistake loses nothing.
bool writeOut(const std::string& text, const std::string& out) {
    if (out.empty() || out == "-") {
        std::fwrite(text.data(), 1, text.size(), stdout);
        return std::fflush(stdout) == 0;
    }
    const std::string ext = std::filesystem::path(out).extension().string();
    std::error_code ec;
    if (std::filesystem::exists(out, ec) && ext != ".dot" && ext != ".gv" && ext != ".svg") {
        complain(Msg("cli.graph_not_replaced", {{"path", out}}));
        return false;
    }
    if (Msg error = writePrivateFile(out, text); !error.empty()) {
        complain(Msg("cli.graph_error", {{"why", error}}));
        return false;
    }
    return true;
}

}  // namespace

int runGraph(const GraphArgs& a) {
    if (a.format != "dot" && a.format != "svg") {
        complain(Msg("cli.graph_format", {{"value", a.format}}));
        return kExitCannotRun;
    }
    content::LoadedPack pack;
    if (!loadContent(a.content, pack)) return kExitCannotRun;
    // A guide with errors is drawn too (the map shows where a way ends nowhere), its problems on
    // stderr and the exit status 1; one that could not be read at all is not.
    printDiagnostics(pack.diags, stderr);
    if (!pack.guide) return kExitContentErrors;
    if (!a.track.empty() && !pack.guide->track(a.track)) {
        complain(Msg("cli.graph_track", {{"value", a.track}}));
        return kExitCannotRun;
    }
    const auto graph = content::mapGraph(*pack.guide, a.track, a.language);
    std::string text = content::toDot(graph);
    if (a.format == "svg") {
        std::string error;
        if (!content::renderSvg(graph, text, error)) {
            complain(Msg("cli.graph_error", {{"why", error}}));
            return kExitContentErrors;
        }
    }
    if (!writeOut(text, a.out)) return kExitCannotRun;
    return pack.diags.hasErrors() ? kExitContentErrors : kExitOk;
}

}  // namespace hr::cli
