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
        std::fprintf(stderr, "handreiking: graph: %s exists and is not a .dot, .gv or .svg file; not replaced\n",
                     visibleText(out).c_str());
        return false;
    }
    if (const std::string error = writePrivateFile(out, text); !error.empty()) {
        std::fprintf(stderr, "handreiking: graph: %s\n", visibleText(error).c_str());
        return false;
    }
    return true;
}

}  // namespace

int runGraph(const GraphArgs& a) {
    if (a.format != "dot" && a.format != "svg") {
        std::fprintf(stderr, "handreiking: graph --format %s: choose dot or svg\n", visibleText(a.format).c_str());
        return kExitCannotRun;
    }
    content::LoadedPack pack;
    if (!loadContent(a.content, pack)) return kExitCannotRun;
    // A guide with errors is drawn too (the map shows where a way ends nowhere), its problems on
    // stderr and the exit status 1; one that could not be read at all is not.
    printDiagnostics(pack.diags, stderr);
    if (!pack.guide) return kExitContentErrors;
    if (!a.track.empty() && !pack.guide->track(a.track)) {
        std::fprintf(stderr, "handreiking: graph --track %s: the guide has no such track\n", visibleText(a.track).c_str());
        return kExitCannotRun;
    }
    const auto graph = content::mapGraph(*pack.guide, a.track, a.language);
    std::string text = content::toDot(graph);
    if (a.format == "svg") {
        std::string error;
        if (!content::renderSvg(graph, text, error)) {
            std::fprintf(stderr, "handreiking: graph: %s\n", visibleText(error).c_str());
            return kExitContentErrors;
        }
    }
    if (!writeOut(text, a.out)) return kExitCannotRun;
    return pack.diags.hasErrors() ? kExitContentErrors : kExitOk;
}

}  // namespace hr::cli
