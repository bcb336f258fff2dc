// SPDX-License-Identifier: EUPL-1.2
// Writing a file privately and atomically: records, settings, the vault header and exports all
// go through here, so a crash or kill at any moment leaves the last good file and nobody else
// can read it (mode 0600).
#pragma once

#include <filesystem>
#include <string>

namespace hr {

// Writes `text` to `target` atomically and privately: a temporary file (mode 0600) in the same
// folder, fsync, rename over the target, fsync of the folder. Returns an error, empty on success.
// The first write into a folder removes the temporary files an interrupted write left there.
[[nodiscard]] std::string writePrivateFile(const std::filesystem::path& target, const std::string& text);
// writePrivateFile in two steps, for a writer that prepares the next version of a file while the
// previous one is still being made durable: stage writes and fsyncs the temporary file (nothing
// at `target` changes), commit renames it over the target, discard removes it. The caller fsyncs
// the folder (syncFolder) after the commit.
struct StagedFile {
    std::filesystem::path tmp, target;
};
[[nodiscard]] std::string stagePrivateFile(const std::filesystem::path& target, const std::string& text, StagedFile& out);
[[nodiscard]] std::string commitStagedFile(const StagedFile& staged);
void discardStagedFile(const StagedFile& staged);
// Creates `dir` and every missing folder above it with mode 0700 from the start (mkdir with the
// mode, not a chmod after it), so a kill at any moment never leaves one that others can list.
// Folders that exist are left as they are. Sets `ec` on failure.
void createPrivateDirs(const std::filesystem::path& dir, std::error_code& ec);
// Makes a rename or unlink in `dir` durable (fsync of the folder).
void syncFolder(const std::filesystem::path& dir);

// Whether `name` is a temporary file of writePrivateFile (".NAME.tmp-PID-XXXXXX", or from older
// versions ".NAME.tmp-XXXXXX") whose process is gone: a kill or a crash between creating and
// renaming it. Another running writer's file is not stale.
bool isStaleTempFile(const std::string& name);

// Called before every fsync of a private write, on the thread that writes (none by default): a test
// or benchmark slows the disk down with it, as a network home folder would be.
using SyncHook = void (*)();
void setSyncHook(SyncHook hook);

// "what: " and the text of errno.
std::string errnoText(const std::string& what);

}  // namespace hr
