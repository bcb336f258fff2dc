// SPDX-License-Identifier: EUPL-1.2
// The subcommands behind the command line, and what they share: exit codes, finding a pack,
// printing diagnostics.
#pragma once

#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "content/pack.h"
#include "i18n/strings.h"
#include "session/store.h"
#include "util/diagnostics.h"

namespace hr::cli {

constexpr int kExitOk = 0;
constexpr int kExitContentErrors = 1;  // content, record or answers with errors
constexpr int kExitCannotRun = 2;      // bad arguments, missing folders

// A pack folder as named by the user; when none is named, the bundled one.
struct PackArg {
    std::filesystem::path dir;
    std::string shown;
};
// Resolves `given` ("" = the bundled pack); prints why not and returns false when it cannot.
[[nodiscard]] bool resolvePack(const std::string& given, PackArg& out);
// Loads the --content folders in order (none: the bundled guide; an overlay alone: with its
// base, found by id). Prints why not and returns false when a folder is missing. `parseCache`:
// see content::loadAndValidate.
[[nodiscard]] bool loadContent(const std::vector<std::string>& dirs, content::LoadedPack& out,
                               const content::ValidateOptions& options = {},
                               const std::optional<yaml::TreeCache>& parseCache = std::nullopt);

// The records folder: --data-dir, else the XDG default. Prints why not when there is none.
[[nodiscard]] std::optional<std::filesystem::path> resolveDataDir(const std::string& given);

// Every value the commands quote in a message (an id or version from a record or pack, a path, an
// error that holds one) goes through visibleText: one line, and nothing the terminal would obey.
// Diagnostics do that themselves (formatDiagnostic).
// Diagnostics are printed in the message language (--lang, the settings, the locale; see
// settings::messageLanguage), set once when the command line is read.
void printDiagnostics(const Diagnostics& d, std::FILE* to);
void setMessageLanguage(const std::string& lang);
const std::string& messageLanguage();
// A line for people from the catalogue, in the message language (Dutch with a capital), shown
// safely (visibleText).
std::string say(const Msg& m);
// "handreiking: MESSAGE" on standard error, in the message language (no capital after the colon).
void complain(const Msg& m);
// "1 error, 2 warnings", the last line of `check`, in the message language.
std::string checkSummary(int errors, int warnings, bool werror);
// A word of a command to show, quoted for the shell when it needs to be.
std::string shownArg(const std::string& s);

// Checks that `track` exists in a usable pack; says which tracks there are when it does not.
bool knownTrack(const content::LoadedPack& pack, const std::string& track);

// Reads a passphrase: the first line of `file`, its line ending stripped. Refuses, with a message
// that never shows the passphrase, a file that is not a regular file, a huge one and an empty line.
[[nodiscard]] bool readPassphraseFile(const std::string& file, std::string& out);
// The exit code for a protected folder's status: 1 for a wrong passphrase or damaged header.
int exitFor(const session::VaultStatus& status);
// Prints the records an unlock or a switch left as they were (they could not be read).
void printLeftAlone(const session::SwitchReport& rep);
// Unlocks `store`'s protected folder; prints why not (naming the folder) and returns the exit code.
int unlockStore(session::Store& store, const std::string& passphrase);

// Checks that `id` names a readable record in `dataDir`. Returns kExitOk, or prints why not and
// returns the exit code: kExitCannotRun when there is no such record, kExitContentErrors when it
// cannot be read (with its file:line:col) or the passphrase is wrong. A protected folder without
// a passphrase is not checked: the window asks for the passphrase and says it there.
int checkResumable(const std::filesystem::path& dataDir, const std::string& id, const std::string* passphrase);

// `check DIR...` checks each folder (an overlay with its base); without DIR, the --content stack.
// With `against` (record files), says which of them would lose answers on that guide.
struct CheckArgs {
    std::vector<std::string> dirs, content, against;
    bool werror = false, verbose = false;
    bool readability = false, spelling = false;  // also measure the Dutch (language_commands.cpp)
};
int runCheck(const CheckArgs& args);
int runInfo(const std::vector<std::string>& content, bool coverage = false);
// `schema`: prints the JSON Schema of a pack's files (content/schema/pack.schema.json).
int runSchema();
// `graph`: the map of the guide (or of one track) as DOT or SVG, to standard output or a file.
struct GraphArgs {
    std::vector<std::string> content;
    std::string track, format = "dot", out, language;
};
int runGraph(const GraphArgs& args);
// check --readability, check --spelling (adds the word lists' warnings to `warnings`) and
// info --coverage, on a loaded guide. Return an exit code.
[[nodiscard]] int reportReadability(const content::Guide& g);
[[nodiscard]] int reportSpelling(const content::Guide& g, int& warnings);
void printCoverage(const content::Guide& g);
// `init DIR`: writes a commented overlay of the bundled guide into a new or empty folder.
int runInit(const std::string& dir);

// A passphrase given to a command is owned (and wiped) by the caller; the commands only point at it.
struct WalkArgs {
    bool force = false;  // replace an existing --out file
    std::vector<std::string> content;  // the --content folders, base first
    std::string track, answers, out, dataDir, language = i18n::kDefaultLanguage;
    std::optional<unsigned long long> seed;
    const std::string* passphrase = nullptr;  // the folder's, or the one to protect it with
    bool encrypt = false;                     // protect the folder when it is not yet
    // In the terminal, asked line by line (--interactive, or no answers with a terminal as input).
    bool interactive = false;
    std::string resume, followUp;  // a record id: continue it, or start its follow-up (interactive)
    std::string passphraseFile;    // as given, only to print the command that continues later
    std::string next;              // --next DATE: the next conversation's date, as people type it
};
int runWalk(const WalkArgs& args);
// The conversation in the terminal (cli/text_walk.h), once the pack is loaded and the options
// are checked: opens the data folder (unsaved, and saying so, when it cannot be written).
int walkInTerminal(const WalkArgs& args, const content::LoadedPack& pack);

struct ExportArgs {
    std::string record, format, out;
    std::vector<std::string> content;
    bool includeNotes = false, includeAnswers = false, includeTitle = false;
    bool includeAgreementDates = false;  // ics: an event for each agreement's dates too
    bool force = false;  // replace an existing output file (never the record itself)
    const std::string* passphrase = nullptr;  // needed for a sealed (.hrenc) record
};
int runExport(const ExportArgs& args);

// `encrypt on|off`: protects the records folder with the passphrase, or takes protection off.
struct EncryptArgs {
    bool on = true;
    std::string dataDir;
    const std::string* passphrase = nullptr;
};
int runEncrypt(const EncryptArgs& args);

}  // namespace hr::cli
