// SPDX-License-Identifier: EUPL-1.2
// The folder of records: one YAML file per conversation, private to the user (folder 0700,
// files 0600), saved atomically so a crash or kill at any moment leaves the last good record.
// A record that cannot be read is listed with its error and never overwritten.
// A folder can be protected with a passphrase (vault.h): then each record is sealed in a file with
// a neutral name, and turning protection on or off rewrites the records one by one, crash-safe.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "session/record.h"
#include "session/record_index.h"
#include "session/vault.h"
#include "util/diagnostics.h"
#include "util/private_file.h"

namespace hr::session {

// What turning protection on or off (or finishing an interrupted switch) did.
struct [[nodiscard]] SwitchReport {
    VaultStatus status;                  // not ok: why it stopped; what was done before is listed
    std::vector<std::string> converted;  // ids of the records rewritten in the other form
    std::vector<Diagnostic> leftAlone;   // why each file that could not be read was left untouched
};

class Store {
public:
    // A plain folder, or a protected one that stays locked until unlock().
    explicit Store(std::filesystem::path dir) : dir_(std::move(dir)) {}

    // $XDG_DATA_HOME/handreiking/sessions, or ~/.local/share/handreiking/sessions.
    static std::optional<std::filesystem::path> defaultDir();

    const std::filesystem::path& dir() const { return dir_; }

    // Creates the folder (0700; an existing one is made private too) and removes temporary files
    // that an interrupted save left behind. Returns what went wrong (naming the folder), empty on
    // success. Like every error of the store, a message put into words where it is shown.
    [[nodiscard]] Msg prepare() const;

    struct Entry {
        // The record's file (the folder's path, '/', its name): a string, not a path, as making
        // 10,000 paths (each split into its parts) was a sixth of listing them from the index.
        std::string path;
        std::optional<RecordSummary> summary;  // nullopt: unreadable (or locked), see diags
        Diagnostics diags;
    };
    struct ListOptions {
        // Run on each record read in full while listing (not on one the index still knows): the
        // one-time rewrite of old records. True when it saved the record: it is read again next time.
        std::function<bool(Record&)> check;
        // Names what `check` looks for: records indexed under another key are all read again once.
        std::string checkKey;
        bool writeIndex = true;  // false in a run that writes nothing
    };
    // Every record, newest first (unreadable ones after, by name); a record found both plain and
    // sealed (a switch was interrupted) once. In a protected folder that is not unlocked, every
    // record file is listed unreadable ("protected with a passphrase"): nothing of a sealed file,
    // and no empty list that would look as if the records were gone. A record whose file is as the
    // index (record_index.h) has it is not read; the others are, and the index is written anew.
    std::vector<Entry> list(const ListOptions& options) const;
    std::vector<Entry> list() const { return list(ListOptions{}); }
    // The first `count` entries of list(), the same ones in the same order, for the start screen's
    // first frame: from the index's first lines, those files' stamps and the folder's names (no
    // stat of the others), reading in full only a few records the index does not vouch for. Runs
    // no check and writes nothing, so list() must follow. Nothing when that cannot be told without
    // the whole list: a protected folder, no index or one out of order, no more records than
    // `count`, or many records the index does not know. One thing it cannot see: a record further
    // down whose file was edited (by hand) to a later date, which puts it higher up, is not there
    // (it has its place in list()).
    std::optional<std::vector<Entry>> listFirst(std::size_t count) const;
    // The index's file: sealed while the folder is protected. Both are dot-files, never records.
    static constexpr const char* kIndexFile = ".handreiking-index";
    static constexpr const char* kSealedIndexFile = ".handreiking-index.hrenc";
    // Reads a record file, plain (.yaml) or sealed (.hrenc, needs unlock()).
    [[nodiscard]] std::optional<Record> load(const std::filesystem::path& file, Diagnostics& diags) const;
    // Reads the record `id` in whichever form it is on disk.
    [[nodiscard]] std::optional<Record> loadById(const std::string& id, Diagnostics& diags) const;

    // A new, unused id for a record on `track` created at `createdIso`.
    std::string newId(const std::string& createdIso, const std::string& track) const;
    // Where save() writes record `id`: ID.yaml, or the neutral sealed name when protected.
    std::filesystem::path pathFor(const std::string& id) const;

    // Writes the record atomically (temporary file, fsync, rename, fsync of the folder), sealed
    // when the folder is protected. A protected folder that is locked is refused, never written plain.
    [[nodiscard]] Msg save(const Record& r) const;
    // save() in two steps, for the record writer (record_writer.h), which prepares the next
    // version while the last is made durable: stage writes the new file beside the record (its
    // temporary, fsynced), commit renames it into place and removes the record's other form. The
    // caller fsyncs the folder after the commit, or discards a staged file it does not commit.
    struct StagedSave {
        StagedFile file;
        std::filesystem::path other;  // the record's file in the other form, removed at the commit
    };
    [[nodiscard]] Msg stageSave(const Record& r, StagedSave& out) const;
    [[nodiscard]] Msg commitSave(const StagedSave& staged) const;
    // Deletes the record's file (both, if a switch left two): gone, not moved to a bin.
    [[nodiscard]] Msg remove(const std::string& id) const;

    // [Protection with a passphrase]
    struct Protection {
        bool isProtected = false;     // the folder has a vault header
        bool unlocked = false;        // this store holds the key
        std::size_t sealedFiles = 0;  // .hrenc files in the folder
        std::size_t plainFiles = 0;   // .yaml record files in the folder
    };
    // What the folder is, from file names alone (no key needed, nothing read).
    Protection protection() const;
    bool unlocked() const { return vault_.has_value(); }

    // Unlocks a protected folder: one Argon2id derivation, the header's key check, then a switch on
    // or off that a crash interrupted is finished in the direction the header says. A wrong
    // passphrase gives WrongPassphrase and touches nothing; NotProtected for a plain folder.
    SwitchReport unlock(std::string_view passphrase);
    // The same with a vault unlocked already (Vault::unlock, e.g. on a worker thread, as the
    // derivation takes a quarter of a second). CannotUse when it belongs to another folder.
    SwitchReport attach(Vault vault);
    // Turns protection on: header first, then each plain record sealed (new file atomically, then
    // the plain one unlinked). On a protected folder it unlocks with `passphrase` and finishes.
    SwitchReport enableEncryption(std::string_view passphrase, const VaultLimits& limits = defaultVaultLimits());
    // Turns protection off (needs unlock()): header mode "opening", each record written plain and
    // its sealed file unlinked, the header removed last. A sealed file that cannot be opened is
    // left alone, and then the header stays so that it is never orphaned.
    SwitchReport disableEncryption();

private:
    enum class Form { Plain, Sealed };
    std::vector<std::filesystem::path> recordFiles(Form form) const;
    std::filesystem::path plainPath(const std::string& id) const { return dir_ / (id + ".yaml"); }
    [[nodiscard]] std::optional<Record> loadPlain(const std::filesystem::path& file, Diagnostics& diags, std::string* text) const;
    [[nodiscard]] std::optional<Record> loadSealed(const std::filesystem::path& file, Diagnostics& diags, std::string* text) const;
    bool lockedOut() const { return !vault_ && Vault::present(dir_); }
    SwitchReport finishSwitch();
    RecordIndex readIndex(bool& reordered) const;
    void writeIndex(const RecordIndex& index) const;
    // Reads `file` in full into `entry` and runs the check; true when it may be indexed (read,
    // not saved by the check, and not changed a moment ago).
    bool readEntry(const std::filesystem::path& file, const FileStamp* stamp, std::uint64_t listedAt,
                   const ListOptions& o, Entry& entry) const;
    bool indexedIdFits(const std::string& fileName, const std::string& id) const;
    // listFirst's walk through the index's first entries: the first `count` whose files are as
    // indexed go into `out`, those changed into `toRead`; false when fewer than `count` are left.
    bool firstIndexed(std::vector<RecordIndex::Item>& items, std::size_t count, std::vector<Entry>& out,
                      std::vector<std::string>& toRead) const;
    // Rewrites every record not in form `to` into it, one by one.
    void convertRecords(Form to, SwitchReport& rep) const;
    // Writes `bytes` to `to` (none: `to` is there already), then unlinks `from`.
    [[nodiscard]] Msg moveRecord(const std::filesystem::path& from, const std::filesystem::path& to,
                                 const std::string* bytes) const;

    std::filesystem::path dir_;
    std::optional<Vault> vault_;  // set while unlocked
};

}  // namespace hr::session
