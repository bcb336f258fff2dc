// SPDX-License-Identifier: EUPL-1.2
// Command-line parsing (CLI11): the window's options and the subcommands check, info, init, schema,
// graph, walk, export, encrypt.
#include "cli/cli.h"

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <cstdio>
#include <optional>
#include <regex>

#include "cli/commands.h"
#include "content/pack.h"
#include "i18n/strings.h"
#include "session/vault.h"
#include "settings/settings.h"
#include "util/paths.h"
#include "window.h"
#include "yaml/yaml_cache.h"

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

// `--version`: the program's version, then the bundled guide's id and version (a record pins the
// guide's version, so a support question needs both). Loads the guide only when asked.
std::string versionText() {
    std::string text = "handreiking " + std::string(HANDREIKING_VERSION);
    const auto dir = bundledPack();
    const content::LoadedPack pack = dir ? content::loadAndValidate(*dir, dir->string()) : content::LoadedPack{};
    if (pack.guide)
        text += "\nguide " + pack.guide->id + " " + pack.guide->version;
    else
        text += "\nguide: none found (no content/ next to the binary or in ../share/handreiking)";
    return text;
}

// Zeroes the passphrase however run() returns.
struct WipeOnExit {
    std::string& secret;
    ~WipeOnExit() { session::wipe(secret); }
};

}  // namespace

namespace {

// Every option and subcommand, as CLI11 fills them in.
struct Args {
    std::vector<std::string> contentDirs;
    std::string screenshot, size, lang, track, dataDir, themeName, resume, passphraseFile;
    int zoom = 0;
    CLI::App* check = nullptr;
    CheckArgs c;
    CLI::App* info = nullptr;
    std::string infoDir;
    bool coverage = false;
    CLI::App* init = nullptr;
    std::string initDir;
    CLI::App* schema = nullptr;
    CLI::App* graph = nullptr;
    GraphArgs g;
    CLI::App* walk = nullptr;
    WalkArgs w;
    bool interactive = false;
    unsigned long long seed = 0;
    CLI::Option* random = nullptr;
    CLI::App* exp = nullptr;
    ExportArgs e;
    CLI::App* encrypt = nullptr;
    std::string onOff;
    // Checked and derived after parsing.
    theme::ThemeId themeId = theme::ThemeId::Light;
};

void defineOptions(CLI::App& app, Args& a) {
    app.set_version_flag("--version", versionText, "Print the version and the bundled guide's id and version, and exit");
    // Options of the app itself also count after a subcommand (`handreiking walk --content DIR`).
    app.fallthrough();
    app.add_option("--content", a.contentDirs,
                   "Guide pack folder (default: the bundled guide); give it again for each overlay, base first")
        ->type_name("DIR");
    app.add_option("--data-dir", a.dataDir, "Folder for conversation records (default: ~/.local/share/handreiking/sessions)")
        ->type_name("DIR");
    app.add_option("--lang", a.lang, "Language: " + i18n::languageChoice() + " (default: as last chosen, else " +
                                         i18n::kDefaultLanguage + "; for the messages of check, info and walk also " +
                                         "LC_ALL, LC_MESSAGES or LANG)")
        ->type_name("LANG");
    app.add_option("--theme", a.themeName, "Colours for this run: light, dark or high-contrast")->type_name("THEME");
    app.add_option("--zoom", a.zoom, "Text size for this run, 75 to 200 (percent)")->type_name("PCT");
    app.add_option("--screenshot", a.screenshot, "Render the first screen to a PNG file and exit")->type_name("PATH");
    app.add_option("--size", a.size, "Window size for --screenshot, e.g. 1280x800")->type_name("WxH");
    app.add_option("--track", a.track, "Open this track (route) straight away")->type_name("ID");
    app.add_option("--resume", a.resume,
                   "Open this earlier conversation (its record id) straight away; with walk: continue it in the terminal")
        ->type_name("ID");
    app.add_option("--passphrase-file", a.passphraseFile,
                   "Passphrase of protected records: the first line of FILE (for the window, walk, export, encrypt)")
        ->type_name("FILE");

    a.check = app.add_subcommand("check", "Validate guide packs; prints file:line:col diagnostics");
    a.check->add_option("DIR", a.c.dirs, "Pack folders (default: the --content folders, else the bundled guide)");
    a.check->add_flag("--werror", a.c.werror, "Treat warnings as errors");
    a.check->add_flag("--verbose", a.c.verbose, "List each text that lacks a translation (default: a count per file)");
    a.check->add_option("--against", a.c.against,
                        "Record files (.yaml) to try on this guide: says which would lose answers (a warning each)")
        ->type_name("RECORD");
    a.check->add_flag("--readability", a.c.readability,
                      "Measure each Dutch text: sentence length, long words, Flesch-Douma score and a B1 verdict");
    a.check->add_flag("--spelling", a.c.spelling,
                      "Report unknown Dutch words (Hunspell) with suggestions; the pack's woorden.txt lists its own words");

    a.info = app.add_subcommand("info", "Print one line per track and a summary line, for scripts");
    a.info->add_option("DIR", a.infoDir, "Pack folder (default: the --content folders, else the bundled guide)");
    a.info->add_flag("--coverage", a.coverage, "Print each question of the guide with the nodes and pages that cover it");

    a.init = app.add_subcommand("init", "Write a commented overlay of the bundled guide to start an institution's own version");
    a.init->add_option("DIR", a.initDir, "A new (or empty) folder for the overlay")->required();

    a.schema = app.add_subcommand("schema", "Print the JSON Schema of a guide's YAML files, for an editor's completion");
    a.graph = app.add_subcommand("graph", "Print a map of the guide's steps (or of one --track) as DOT or SVG");
    a.graph->add_option("--format", a.g.format, "dot (default) or svg (laid out by Graphviz)")->type_name("FORMAT");
    a.graph->add_option("-o,--output", a.g.out, "Write to this file (default: standard output)")->type_name("FILE");

    a.walk = app.add_subcommand(
        "walk",
        "Walk a track (--track ID) without a window and save the record: from --answers or --random, or step by step "
        "in plain text for screen readers and braille displays (--interactive, the default at a terminal); "
        "--resume ID continues a conversation");
    a.walk->add_flag("--interactive", a.interactive,
                     "Ask each step in the terminal, line by line: type a number (several for a checklist), Enter to go "
                     "on; terug, hulp, achtergrond, herhaal and stop work at every question");
    a.walk->add_option("--follow-up", a.w.followUp,
                       "Start the follow-up of this earlier conversation (its record id), interactively")
        ->type_name("ID");
    a.walk->add_option("--answers", a.w.answers, "YAML file mapping step ids to answers")->type_name("FILE");
    a.random = a.walk->add_option("--random", a.seed, "Pick valid answers at random from this seed")->type_name("SEED");
    a.walk->add_flag("--force", a.w.force, "Replace the --out file if it exists");
    a.walk->add_option("--next", a.w.next, "Date of the next conversation, e.g. 2027-01-15 or 15-1-2027")
        ->type_name("DATE");
    a.walk->add_option("--out", a.w.out, "Write the record to this .yaml file (default: a new record in the data folder)")
        ->type_name("RECORD");
    a.walk->add_flag("--encrypt", a.w.encrypt,
                     "Save the record sealed; protects the data folder with --passphrase-file if it is not yet");

    a.exp = app.add_subcommand("export", "Export a record as Markdown, printable HTML or a calendar event");
    a.exp->add_option("RECORD", a.e.record, "The record file (.yaml, or .hrenc with --passphrase-file)")->required();
    a.exp->add_option("--format", a.e.format, "md, html or ics")->required()->type_name("FORMAT");
    a.exp->add_option("-o,--output", a.e.out, "Write to this file (default: standard output)")->type_name("FILE");
    a.exp->add_flag("--include-notes", a.e.includeNotes, "Include the notes written at steps");
    a.exp->add_flag("--include-answers", a.e.includeAnswers, "Include the answers given at steps");
    a.exp->add_flag("--include-title", a.e.includeTitle, "Include the track's title (default: a neutral title; a calendar event never holds it)");
    a.exp->add_flag("--agreement-dates", a.e.includeAgreementDates,
                    "ics: also an event for each agreement's due and evaluation date (they hold its text)");
    a.exp->add_flag("--force", a.e.force, "Replace the output file if it exists (never the record itself)");

    a.encrypt = app.add_subcommand("encrypt", "Protect the data folder's records with a passphrase (on), or stop (off)");
    a.encrypt->add_option("on|off", a.onOff, "on: seal every record; off: write every record plain again")
        ->required()
        ->check(CLI::IsMember({"on", "off"}));
    app.require_subcommand(0, 1);
}

// The options every command shares: a known language, theme and zoom. Prints why
// not and returns false when one is off.
bool checkSharedOptions(Args& a) {
    if (!a.lang.empty() && !i18n::isLanguage(a.lang)) {
        complain(Msg("cli.lang", {{"value", a.lang}, {"choice", i18n::languageChoiceMsg()}}));
        return false;
    }
    if (!a.themeName.empty() && !theme::themeFromName(a.themeName, a.themeId)) {
        complain(Msg("cli.theme", {{"value", a.themeName}}));
        return false;
    }
    if (a.zoom != 0 && settings::clampZoom(a.zoom) != a.zoom) {
        complain(Msg("cli.zoom", {{"value", a.zoom}, {"min", settings::kZoomMin}, {"max", settings::kZoomMax}}));
        return false;
    }
    return true;
}

// Runs the subcommand that was given; nullopt when there was none (then the window opens).
[[nodiscard]] std::optional<int> runSubcommand(Args& a, const std::string* given) {
    if (*a.check) {
        a.c.content = a.contentDirs;
        return runCheck(a.c);
    }
    if (*a.init) return runInit(a.initDir);
    if (*a.schema) return runSchema();
    if (*a.graph) {
        a.g.content = a.contentDirs;
        a.g.track = a.track;
        a.g.language = a.lang;
        return runGraph(a.g);
    }
    if (*a.info) return runInfo(a.infoDir.empty() ? a.contentDirs : std::vector<std::string>{a.infoDir}, a.coverage);
    if (*a.walk) {
        a.w.resume = a.resume;
        // Without answers, a person at a terminal is asked; a script (input not a terminal)
        // still gets the message that answers are missing, as before.
        const bool noAnswers = a.w.answers.empty() && a.random->count() == 0;
        a.w.interactive = a.interactive || (noAnswers && (isatty(STDIN_FILENO) == 1 || !a.resume.empty() ||
                                                          !a.w.followUp.empty()));
        a.w.passphraseFile = a.passphraseFile;
        a.w.content = a.contentDirs;
        a.w.track = a.track;
        a.w.dataDir = a.dataDir;
        a.w.language = a.lang.empty() ? i18n::kDefaultLanguage : a.lang;
        if (a.random->count() > 0) a.w.seed = a.seed;
        a.w.passphrase = given;
        return runWalk(a.w);
    }
    if (*a.exp) {
        a.e.content = a.contentDirs;
        a.e.passphrase = given;
        return runExport(a.e);
    }
    if (*a.encrypt) return runEncrypt(EncryptArgs{a.onOff == "on", a.dataDir, given});
    return std::nullopt;
}

// Where the window opens: as it was left (the state file), or as an older version's settings file
// remembered it, which then holds until the window first closes and writes the state file.
settings::WindowGeometry windowGeometry(std::optional<std::filesystem::path>& statePath, const settings::WindowGeometry& old) {
    statePath = settings::windowStatePath();
    if (!statePath) return old;
    std::error_code ec;
    if (!std::filesystem::exists(*statePath, ec) && !std::filesystem::is_symlink(*statePath, ec)) return old;
    auto loaded = settings::loadWindowState(*statePath, messageLanguage());
    if (!loaded.notice.empty()) std::fprintf(stderr, "handreiking: %s\n", visibleText(loaded.notice).c_str());
    return loaded.geometry;
}

// The window, with the saved settings and this run's options over them.
int openWindow(const Args& a, std::string& passphrase, const std::string* given) {
    ui::WindowOptions options;
    options.settingsPath = settings::defaultPath();
    settings::WindowGeometry oldWindow;
    if (options.settingsPath) {
        auto loaded = settings::load(*options.settingsPath, messageLanguage());
        options.settings = loaded.settings;
        options.settingsNotice = loaded.notice;
        oldWindow = loaded.oldWindow;
        if (!loaded.notice.empty())
            complain(Msg("cli.settings_notice", {{"notice", loaded.notice}}));
    }
    // Options on the command line hold for this run: they are not what the user chose in the
    // settings, so a save of the settings leaves them out.
    const settings::Settings& set = options.settings;
    options.settings.language =
        settings::chooseLanguage(a.lang, set.languageChosen ? std::optional<std::string>(set.language) : std::nullopt);
    setMessageLanguage(options.settings.language);  // the window's own language, for its terminal lines too
    if (!a.themeName.empty()) options.settings.theme = a.themeId;
    options.followDesktopTheme = !set.themeChosen && a.themeName.empty();
    options.geometry = windowGeometry(options.statePath, oldWindow);
    if (a.zoom != 0) options.settings.zoom = a.zoom;
    if (!a.size.empty() && !parseSize(a.size, options.width, options.height)) {
        complain(Msg("cli.size", {{"value", a.size}}));
        return kExitCannotRun;
    }
    if (!a.screenshot.empty()) options.screenshot = a.screenshot;
    auto data = resolveDataDir(a.dataDir);
    if (!data) return kExitCannotRun;
    options.dataDir = *data;
    options.exportDir = hr::exportDir();
    // Runs while the window is made, hidden until this is done (ui::runWindow).
    auto prepare = [&a, &passphrase, given](ui::WindowOptions& o) -> int {
        // The window starts on parsed trees kept from the last start; only an edited file is parsed.
        std::optional<yaml::TreeCache> cache;
        if (const auto dir = cacheDir()) cache = yaml::TreeCache{*dir / "content", !o.screenshot};
        if (!loadContent(a.contentDirs, o.pack, {}, cache))
            return kExitCannotRun;
        // Problems in the content are shown in the window; on the terminal too, for whoever started it.
        printDiagnostics(o.pack.diags, stderr);
        if (!a.track.empty() && o.pack.usable()) {
            if (!knownTrack(o.pack, a.track)) return kExitCannotRun;
            o.track = a.track;
        }
        if (!a.resume.empty()) {
            if (int rc = checkResumable(o.dataDir, a.resume, given); rc != kExitOk) return rc;
            o.resume = a.resume;
        }
        if (given) o.passphrase = std::move(passphrase);  // the window wipes it after unlocking
        return kExitOk;
    };
    return ui::runWindow(std::move(options), prepare);
}

}  // namespace

int run(int argc, char** argv) {
    CLI::App app{"handreiking: a guided conversation about lived experience of domestic violence or child abuse "
                 "at work.\nWithout a command, opens the window.",
                 "handreiking"};
    Args a;
    defineOptions(app, a);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& ex) {
        return app.exit(ex);
    } catch (const CLI::CallForAllHelp& ex) {
        return app.exit(ex);
    } catch (const CLI::CallForVersion& ex) {
        return app.exit(ex);
    } catch (const CLI::ParseError& ex) {
        // CLI11's own words stay English; what to do next is said in the message language.
        setMessageLanguage(settings::messageLanguage(i18n::isLanguage(a.lang) ? a.lang : "", settings::defaultPath()));
        std::fprintf(stderr, "handreiking: %s\n%s\n", visibleText(ex.what()).c_str(), say(Msg("cli.see_help")).c_str());
        return kExitCannotRun;
    }
    // Before the options are judged, so that a wrong one is told in the language the user reads.
    setMessageLanguage(settings::messageLanguage(i18n::isLanguage(a.lang) ? a.lang : "", settings::defaultPath()));
    if (!checkSharedOptions(a)) return kExitCannotRun;

    std::string passphrase;
    const WipeOnExit wiper{passphrase};
    if (!a.passphraseFile.empty() && !readPassphraseFile(a.passphraseFile, passphrase)) return kExitCannotRun;
    const std::string* given = a.passphraseFile.empty() ? nullptr : &passphrase;
    if (auto rc = runSubcommand(a, given)) return *rc;
    return openWindow(a, passphrase, given);
}

}  // namespace hr::cli
