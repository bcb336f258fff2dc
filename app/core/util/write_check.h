// SPDX-License-Identifier: EUPL-1.2
// Can the app write a folder? A real probe (create, write, fsync, remove a small file), because
// permissions alone do not tell about read-only mounts or a full disk. Used before a conversation
// starts, so the screen never says "saved" for a folder that cannot hold a record, and after a
// failed save, to say in plain words why it failed.
#pragma once

#include <filesystem>
#include <string>

namespace hr {

struct WriteCheck {
    enum class Problem { None, NoFolder, NotAFolder, NotAllowed, ReadOnly, Full, Other } problem = Problem::None;
    std::string detail;  // the system's own words, for the curious and for bug reports

    bool ok() const { return problem == Problem::None; }
};

// Probes `dir` (which must exist already; it is not created here).
[[nodiscard]] WriteCheck checkWritable(const std::filesystem::path& dir);

// The interface string key for a problem in plain words: "save.problem_full", ...
std::string problemKey(WriteCheck::Problem p);

}  // namespace hr
