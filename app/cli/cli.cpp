// Command-line parsing (CLI11) and the subcommands that need no window: check and info.
#include "cli/cli.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <regex>

#include "content/pack.h"
#include "util/paths.h"
#include "window.h"

namespace fs = std::filesystem;

namespace hr::cli {

namespace {

constexpr int kExitContentErrors = 1;
constexpr int kExitCannotRun = 2;

// A pack folder as named by the user; when none is named, the bundled one.
struct PackArg {
    fs::path dir;
    std::string shown;
};

bool resolvePack(const std::string& given, PackArg& out) {
    if (given.empty()) {
        auto bundled = bundledPack();
        if (!bundled) {
            std::fprintf(stderr,
                         "handreiking: the bundled guide is not next to the program or in its share folder; "
                         "name a pack with --content DIR\n");
            return false;
        }
        out = {*bundled, bundled->string()};
        return true;
    }
    std::error_code ec;
    if (!fs::exists(given, ec)) {
        std::fprintf(stderr, "handreiking: %s: no such folder\n", given.c_str());
        return false;
    }
    if (!fs::is_directory(given, ec)) {
        std::fprintf(stderr, "handreiking: %s: not a folder (a pack is a folder with guide.yaml)\n", given.c_str());
        return false;
    }
    out = {given, given};
    return true;
}

void printDiagnostics(const Diagnostics& d, std::FILE* to) {
    for (const auto& item : d.items()) std::fprintf(to, "%s\n", formatDiagnostic(item).c_str());
}

int runCheck(const std::vector<std::string>& dirs, bool werror) {
    std::vector<PackArg> packs;
    for (const auto& dir : dirs.empty() ? std::vector<std::string>{""} : dirs) {
        PackArg p;
        if (!resolvePack(dir, p)) return kExitCannotRun;
        packs.push_back(p);
    }
    int errors = 0, warnings = 0;
    for (const auto& p : packs) {
        const auto pack = content::loadAndValidate(p.dir, p.shown);
        printDiagnostics(pack.diags, stdout);
        errors += pack.diags.errorCount();
        warnings += pack.diags.warningCount();
    }
    std::fflush(stdout);
    if (errors + warnings > 0)
        std::fprintf(stderr, "%d error%s, %d warning%s%s\n", errors, errors == 1 ? "" : "s", warnings,
                     warnings == 1 ? "" : "s", werror && warnings > 0 ? " (warnings count as errors: --werror)" : "");
    return errors > 0 || (werror && warnings > 0) ? kExitContentErrors : 0;
}

int runInfo(const std::string& dir) {
    PackArg p;
    if (!resolvePack(dir, p)) return kExitCannotRun;
    const auto pack = content::loadAndValidate(p.dir, p.shown);
    if (!pack.usable()) {
        printDiagnostics(pack.diags, stderr);
        return kExitContentErrors;
    }
    const auto& g = *pack.guide;
    for (const auto& t : content::trackStats(g)) std::printf("track %s nodes=%d ends=%d\n", t.id.c_str(), t.nodes, t.ends);
    std::printf("pack %s version=%s nodes=%zu agreements=%zu\n", g.id.c_str(), g.version.c_str(), g.nodes.size(),
                g.agreements.size());
    return 0;
}

bool parseSize(const std::string& s, int& w, int& h) {
    static const std::regex re("^([0-9]{2,5})x([0-9]{2,5})$");
    std::smatch m;
    if (!std::regex_match(s, m, re)) return false;
    w = std::stoi(m[1]);
    h = std::stoi(m[2]);
    return w >= 320 && h >= 240 && w <= 8192 && h <= 8192;
}

}  // namespace

int run(int argc, char** argv) {
    CLI::App app{"handreiking: a guided conversation about lived experience of domestic violence or child abuse "
                 "at work.\nWithout a command, opens the window.",
                 "handreiking"};
    app.set_version_flag("--version", std::string(HANDREIKING_VERSION));

    std::vector<std::string> contentDirs;
    std::string screenshot, size, lang = "nl", track;
    app.add_option("--content", contentDirs, "Guide pack folder (default: the bundled guide)")->type_name("DIR");
    app.add_option("--screenshot", screenshot, "Render the first screen to a PNG file and exit")->type_name("PATH");
    app.add_option("--size", size, "Window size for --screenshot, e.g. 1280x800")->type_name("WxH");
    app.add_option("--lang", lang, "Language: nl (default) or en")->type_name("LANG");
    app.add_option("--track", track, "Open this track (route) straight away")->type_name("ID");

    auto* check = app.add_subcommand("check", "Validate guide packs; prints file:line:col diagnostics");
    std::vector<std::string> checkDirs;
    bool werror = false;
    check->add_option("DIR", checkDirs, "Pack folders (default: the bundled guide)");
    check->add_flag("--werror", werror, "Treat warnings as errors");

    auto* info = app.add_subcommand("info", "Print one line per track and a summary line, for scripts");
    std::string infoDir;
    info->add_option("DIR", infoDir, "Pack folder (default: the bundled guide)");
    app.require_subcommand(0, 1);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::fprintf(stderr, "handreiking: %s\nRun 'handreiking --help' for the options.\n", e.what());
        return kExitCannotRun;
    }

    if (*check) return runCheck(checkDirs, werror);
    if (*info) return runInfo(infoDir);

    if (contentDirs.size() > 1) {
        std::fprintf(stderr, "handreiking: give one --content folder (overlays are not supported yet)\n");
        return kExitCannotRun;
    }
    static const std::regex langRe("^[a-z]{2,3}$");
    if (!std::regex_match(lang, langRe)) {
        std::fprintf(stderr, "handreiking: --lang %s: give a language code such as nl or en\n", lang.c_str());
        return kExitCannotRun;
    }
    ui::WindowOptions options;
    options.language = lang;
    if (!size.empty() && !parseSize(size, options.width, options.height)) {
        std::fprintf(stderr, "handreiking: --size %s: give WIDTHxHEIGHT between 320x240 and 8192x8192\n", size.c_str());
        return kExitCannotRun;
    }
    if (!screenshot.empty()) options.screenshot = screenshot;
    PackArg p;
    if (!resolvePack(contentDirs.empty() ? "" : contentDirs.front(), p)) return kExitCannotRun;
    options.pack = content::loadAndValidate(p.dir, p.shown);
    // Problems in the content are shown in the window; on the terminal too, for whoever started it.
    printDiagnostics(options.pack.diags, stderr);
    if (!track.empty() && options.pack.usable()) {
        if (!options.pack.guide->track(track)) {
            std::string known;
            for (const auto& t : options.pack.guide->tracks) known += (known.empty() ? "" : ", ") + t.id;
            std::fprintf(stderr, "handreiking: --track %s: no such track in this guide (tracks: %s)\n", track.c_str(),
                         known.c_str());
            return kExitCannotRun;
        }
        options.track = track;
    }
    return ui::runWindow(std::move(options));
}

}  // namespace hr::cli
