// SPDX-License-Identifier: EUPL-1.2
// Writing a file privately and atomically: records, settings, the vault header and exports all
// go through here, so a crash or kill at any moment leaves the last good file and nobody else
// can read it (mode 0600).
#pragma once

#include <filesystem>
#include <string>
#include <system_error>

#include "util/message.h"

namespace hr {

// Writes `text` to `target` atomically and privately: a temporary file (mode 0600) in the same
// folder, fsync, rename over the target, fsync of the folder. Returns what went wrong as a message
// (naming the file, shown in the reader's language), empty on success.
// The first write into a folder removes the temporary files an interrupted write left there.
[[nodiscard]] Msg writePrivateFile(const std::filesystem::path& target, const std::string& text);
// writePrivateFile in two steps, for a writer that prepares the next version of a file while the
// previous one is still being made durable: stage writes and fsyncs the temporary file (nothing
// at `target` changes), commit renames it over the target, discard removes it. The caller fsyncs
// the folder (syncFolder) after the commit.
struct StagedFile {
    std::filesystem::path tmp, target;
};
[[nodiscard]] Msg stagePrivateFile(const std::filesystem::path& target, const std::string& text, StagedFile& out);
[[nodiscard]] Msg commitStagedFile(const StagedFile& staged);
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

// Why a system call failed, as a phrase for a message's {why}: the errors a person can do something
// about (a full disk, no permission, a read-only disk, a used-up quota) in the catalogue's words,
// any other in strerror's. Those are the OS's own words, in the C locale (the app never sets
// LC_MESSAGES), and they are not translated here: a made-up translation would hide the exact
// words someone searching for the problem needs.
Msg osReason(int err);
Msg osReason(const std::error_code& ec);

}  // namespace hr
