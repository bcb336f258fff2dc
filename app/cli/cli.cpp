// Command-line parsing (CLI11): the window's options and the subcommands check, info, walk, export,
// encrypt.
#include "cli/cli.h"

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <cstdio>
#include <regex>

#include "cli/commands.h"
#include "content/pack.h"
#include "session/vault.h"
#include "settings/settings.h"
#include "util/paths.h"
#include "window.h"


namespace hr::cli {

namespace {

bool parseSize(const std::string& s, int& w, int& h) {
    static const std::regex re("^([0-9]{2,5})x([0-9]{2,5})$");
    std::smatch m;
    if (!std::regex_match(s, m, re)) return false;
    w = std::stoi(m[1]);
    h = std::stoi(m[2]);
    return w >= 320 && h >= 240 && w <= 8192 && h <= 8192;
}

// Zeroes the passphrase however run() returns.
struct WipeOnExit {
    std::string& secret;
    ~WipeOnExit() { session::wipe(secret); }
};

}  // namespace

int run(int argc, char** argv) {
    CLI::App app{"handreiking: a guided conversation about lived experience of domestic violence or child abuse "
                 "at work.\nWithout a command, opens the window.",
                 "handreiking"};
    app.set_version_flag("--version", std::string(HANDREIKING_VERSION));
    // Options of the app itself also count after a subcommand (`handreiking walk --content DIR`).
    app.fallthrough();

    std::vector<std::string> contentDirs;
    std::string screenshot, size, lang, track, dataDir, themeName;
    int zoom = 0;
    app.add_option("--content", contentDirs, "Guide pack folder (default: the bundled guide)")->type_name("DIR");
    app.add_option("--data-dir", dataDir, "Folder for conversation records (default: ~/.local/share/handreiking/sessions)")
        ->type_name("DIR");
    app.add_option("--lang", lang, "Language: nl or en (default: as last chosen, else nl)")->type_name("LANG");
    app.add_option("--theme", themeName, "Colours for this run: light, dark or high-contrast")->type_name("THEME");
    app.add_option("--zoom", zoom, "Text size for this run, 75 to 200 (percent)")->type_name("PCT");
    app.add_option("--screenshot", screenshot, "Render the first screen to a PNG file and exit")->type_name("PATH");
    app.add_option("--size", size, "Window size for --screenshot, e.g. 1280x800")->type_name("WxH");
    app.add_option("--track", track, "Open this track (route) straight away")->type_name("ID");
    std::string resume;
    app.add_option("--resume", resume, "Open this earlier conversation (its record id) straight away; with walk: continue it in the terminal")->type_name("ID");
    std::string passphraseFile;
    app.add_option("--passphrase-file", passphraseFile,
                   "Passphrase of protected records: the first line of FILE (for the window, walk, export, encrypt)")
        ->type_name("FILE");

    auto* check = app.add_subcommand("check", "Validate guide packs; prints file:line:col diagnostics");
    std::vector<std::string> checkDirs;
    bool werror = false;
    check->add_option("DIR", checkDirs, "Pack folders (default: the bundled guide)");
    check->add_flag("--werror", werror, "Treat warnings as errors");

    auto* info = app.add_subcommand("info", "Print one line per track and a summary line, for scripts");
    std::string infoDir;
    info->add_option("DIR", infoDir, "Pack folder (default: the bundled guide)");

    auto* walk = app.add_subcommand(
        "walk",
        "Walk a track (--track ID) without a window and save the record: from --answers or --random, or step by step "
        "in plain text for screen readers and braille displays (--interactive, the default at a terminal); "
        "--resume ID continues a conversation");
    WalkArgs w;
    bool interactive = false;
    walk->add_flag("--interactive", interactive,
                   "Ask each step in the terminal, line by line: type a number (several for a checklist), Enter to go "
                   "on; terug, hulp, achtergrond, herhaal and stop work at every question");
    walk->add_option("--follow-up", w.followUp, "Start the follow-up of this earlier conversation (its record id), interactively")
        ->type_name("ID");
    unsigned long long seed = 0;
    walk->add_option("--answers", w.answers, "YAML file mapping step ids to answers")->type_name("FILE");
    auto* random = walk->add_option("--random", seed, "Pick valid answers at random from this seed")->type_name("SEED");
    walk->add_flag("--force", w.force, "Replace the --out file if it exists");
    walk->add_option("--out", w.out, "Write the record to this .yaml file (default: a new record in the data folder)")
        ->type_name("RECORD");
    walk->add_flag("--encrypt", w.encrypt,
                   "Save the record sealed; protects the data folder with --passphrase-file if it is not yet");

    auto* exp = app.add_subcommand("export", "Export a record as Markdown, printable HTML or a calendar event");
    ExportArgs e;
    exp->add_option("RECORD", e.record, "The record file (.yaml, or .hrenc with --passphrase-file)")->required();
    exp->add_option("--format", e.format, "md, html or ics")->required()->type_name("FORMAT");
    exp->add_option("-o,--output", e.out, "Write to this file (default: standard output)")->type_name("FILE");
    exp->add_flag("--include-notes", e.includeNotes, "Include the notes written at steps");
    exp->add_flag("--include-answers", e.includeAnswers, "Include the answers given at steps");
    exp->add_flag("--include-title", e.includeTitle, "Include the track's title (default: a neutral title)");
    exp->add_flag("--force", e.force, "Replace the output file if it exists (never the record itself)");

    auto* encrypt = app.add_subcommand("encrypt", "Protect the data folder's records with a passphrase (on), or stop (off)");
    std::string onOff;
    encrypt->add_option("on|off", onOff, "on: seal every record; off: write every record plain again")
        ->required()
        ->check(CLI::IsMember({"on", "off"}));
    app.require_subcommand(0, 1);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& ex) {
        return app.exit(ex);
    } catch (const CLI::CallForAllHelp& ex) {
        return app.exit(ex);
    } catch (const CLI::CallForVersion& ex) {
        return app.exit(ex);
    } catch (const CLI::ParseError& ex) {
        std::fprintf(stderr, "handreiking: %s\nRun 'handreiking --help' for the options.\n", ex.what());
        return kExitCannotRun;
    }

    if (contentDirs.size() > 1) {
        std::fprintf(stderr, "handreiking: give one --content folder (overlays are not supported yet)\n");
        return kExitCannotRun;
    }
    const std::string content = contentDirs.empty() ? "" : contentDirs.front();
    if (!lang.empty() && lang != "nl" && lang != "en") {
        std::fprintf(stderr, "handreiking: --lang %s: choose nl or en\n", lang.c_str());
        return kExitCannotRun;
    }
    theme::ThemeId themeId = theme::ThemeId::Light;
    if (!themeName.empty() && !theme::themeFromName(themeName, themeId)) {
        std::fprintf(stderr, "handreiking: --theme %s: choose light, dark or high-contrast\n", themeName.c_str());
        return kExitCannotRun;
    }
    if (zoom != 0 && settings::clampZoom(zoom) != zoom) {
        std::fprintf(stderr, "handreiking: --zoom %d: choose a size from %d to %d\n", zoom, settings::kZoomMin,
                     settings::kZoomMax);
        return kExitCannotRun;
    }

    std::string passphrase;
    const WipeOnExit wiper{passphrase};
    if (!passphraseFile.empty() && !readPassphraseFile(passphraseFile, passphrase)) return kExitCannotRun;
    const std::string* given = passphraseFile.empty() ? nullptr : &passphrase;

    if (*check) return runCheck(checkDirs, werror);
    if (*info) return runInfo(infoDir);
    if (*walk) {
        w.resume = resume;
        // Without answers, a person at a terminal is asked; a script (input not a terminal)
        // still gets the message that answers are missing, as before.
        const bool noAnswers = w.answers.empty() && random->count() == 0;
        w.interactive = interactive || (noAnswers && (isatty(STDIN_FILENO) == 1 || !resume.empty() || !w.followUp.empty()));
        w.passphraseFile = passphraseFile;
        w.content = content;
        w.track = track;
        w.dataDir = dataDir;
        w.language = lang.empty() ? "nl" : lang;
        if (random->count() > 0) w.seed = seed;
        w.passphrase = given;
        return runWalk(w);
    }
    if (*exp) {
        e.content = content;
        e.passphrase = given;
        return runExport(e);
    }
    if (*encrypt) return runEncrypt(EncryptArgs{onOff == "on", dataDir, given});

    ui::WindowOptions options;
    options.settingsPath = settings::defaultPath();
    if (options.settingsPath) {
        auto loaded = settings::load(*options.settingsPath);
        options.settings = loaded.settings;
        options.settingsNotice = loaded.notice;
        if (!loaded.notice.empty()) std::fprintf(stderr, "handreiking: settings: %s\n", loaded.notice.c_str());
    }
    // Options on the command line hold for this run.
    if (!lang.empty()) options.settings.language = lang;
    if (!themeName.empty()) options.settings.theme = themeId;
    if (zoom != 0) options.settings.zoom = zoom;
    if (!size.empty() && !parseSize(size, options.width, options.height)) {
        std::fprintf(stderr, "handreiking: --size %s: give WIDTHxHEIGHT between 320x240 and 8192x8192\n", size.c_str());
        return kExitCannotRun;
    }
    if (!screenshot.empty()) options.screenshot = screenshot;
    auto data = resolveDataDir(dataDir);
    if (!data) return kExitCannotRun;
    options.dataDir = *data;
    options.exportDir = hr::exportDir();
    PackArg p;
    if (!resolvePack(content, p)) return kExitCannotRun;
    options.pack = content::loadAndValidate(p.dir, p.shown);
    // Problems in the content are shown in the window; on the terminal too, for whoever started it.
    printDiagnostics(options.pack.diags, stderr);
    if (!track.empty() && options.pack.usable()) {
        if (!knownTrack(options.pack, track)) return kExitCannotRun;
        options.track = track;
    }
    if (!resume.empty()) {
        if (int rc = checkResumable(options.dataDir, resume, given); rc != kExitOk) return rc;
        options.resume = resume;
    }
    if (given) options.passphrase = std::move(passphrase);  // the window wipes it after unlocking
    return ui::runWindow(std::move(options));
}

}  // namespace hr::cli
