// The subcommands behind the command line, and what they share: exit codes, finding a pack,
// printing diagnostics.
#pragma once

#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "content/pack.h"
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
bool resolvePack(const std::string& given, PackArg& out);

// The records folder: --data-dir, else the XDG default. Prints why not when there is none.
std::optional<std::filesystem::path> resolveDataDir(const std::string& given);

void printDiagnostics(const Diagnostics& d, std::FILE* to);

// Checks that `track` exists in a usable pack; says which tracks there are when it does not.
bool knownTrack(const content::LoadedPack& pack, const std::string& track);

// Checks that `id` names a readable record in `dataDir`. Returns kExitOk, or prints why not and
// returns the exit code: kExitCannotRun when there is no such record, kExitContentErrors when it
// cannot be read (with its file:line:col).
int checkResumable(const std::filesystem::path& dataDir, const std::string& id);

int runCheck(const std::vector<std::string>& dirs, bool werror);
int runInfo(const std::string& dir);

struct WalkArgs {
    std::string content, track, answers, out, dataDir, language = "nl";
    std::optional<unsigned long long> seed;
};
int runWalk(const WalkArgs& args);

struct ExportArgs {
    std::string record, format, out, content;
    bool includeNotes = false, includeAnswers = false, includeTitle = false;
};
int runExport(const ExportArgs& args);

}  // namespace hr::cli
