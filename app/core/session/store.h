// The folder of records: one YAML file per conversation, private to the user (folder 0700,
// files 0600), saved atomically so a crash or kill at any moment leaves the last good record.
// A record that cannot be read is listed with its error and never overwritten.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "session/record.h"
#include "util/diagnostics.h"

namespace hr::session {

// Writes `text` to `target` atomically and privately: a temporary file (mode 0600) in the same
// folder, fsync, rename over the target, fsync of the folder. Returns an error, empty on success.
std::string writePrivateFile(const std::filesystem::path& target, const std::string& text);

// Local time now as ISO 8601 with offset, e.g. 2026-11-29T14:32:05+01:00.
std::string nowIso();

class Store {
public:
    explicit Store(std::filesystem::path dir) : dir_(std::move(dir)) {}

    // $XDG_DATA_HOME/handreiking/sessions, or ~/.local/share/handreiking/sessions.
    static std::optional<std::filesystem::path> defaultDir();

    const std::filesystem::path& dir() const { return dir_; }

    // Creates the folder (0700; an existing one is made private too) and removes temporary files
    // that an interrupted save left behind. Returns an error message, empty on success.
    std::string prepare() const;

    struct Entry {
        std::filesystem::path path;
        std::optional<Record> record;  // nullopt: unreadable, see diags
        Diagnostics diags;
    };
    // Every record file, newest first (unreadable ones after, by name).
    std::vector<Entry> list() const;
    std::optional<Record> load(const std::filesystem::path& file, Diagnostics& diags) const;

    // A new, unused id for a record on `track` created at `createdIso`.
    std::string newId(const std::string& createdIso, const std::string& track) const;
    std::filesystem::path pathFor(const std::string& id) const { return dir_ / (id + ".yaml"); }

    // Writes the record atomically (temporary file, fsync, rename, fsync of the folder).
    std::string save(const Record& r) const;
    // Deletes the record's file: gone, not moved to a bin.
    std::string remove(const std::string& id) const;

private:
    std::filesystem::path dir_;
};

}  // namespace hr::session
