// SPDX-License-Identifier: EUPL-1.2
// Record store on disk: one file per record, plain or sealed, written through util/private_file.
//
// [SECTION] Reading and listing records, plain and sealed
// [SECTION] Saving and deleting
// [SECTION] Protection: unlock, turning on and off, finishing an interrupted switch
#include "session/store.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <ctime>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "session/record_io.h"
#include "util/file_io.h"
#include "util/paths.h"
#include "util/private_file.h"

namespace fs = std::filesystem;

namespace hr::session {

namespace {
// What writePrivateFile leaves behind when it is interrupted: ".NAME.tmp-XXXXXX".
constexpr const char* kTempMarkers[] = {".yaml.tmp-", ".hrenc.tmp-", ".handreiking-vault.tmp-", ".handreiking-index.tmp-"};
// A sealed file holds a record padded and with marker, nonce and tag around it.
constexpr std::size_t kMaxSealedBytes = kMaxTextFileBytes + 4096;
// About 150 bytes a record: room for far more records than a folder will ever hold.
constexpr std::size_t kMaxIndexBytes = 256u << 20;

// Removes `file` if it is there; a file already gone is fine.
Msg unlinkIfThere(const fs::path& file) {
    if (::unlink(file.c_str()) != 0 && errno != ENOENT)
        return Msg("write.cannot_delete", {{"path", file.string()}, {"why", osReason(errno)}});
    return {};
}

// A record is read from a file of its own, never through a symbolic link: a link in the records
// folder shows another file as a record, and the first save would have to replace the link
// (writePrivateFile refuses that). Refused when it is read, before anything is walked or saved.
bool isLink(const fs::path& file, Diagnostics& diags) {
    std::error_code ec;
    if (!fs::is_symlink(file, ec)) return false;
    diags.error({file.string(), 1, 1}, Msg("store.symlink"));
    return true;
}

bool endsWith(const std::string& s, std::string_view tail) {
    return s.size() > tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

bool isTempFile(const std::string& name) {
    if (name.size() < 2 || name[0] != '.') return false;
    for (const char* m : kTempMarkers)
        if (name.find(m) != std::string::npos) return true;
    return false;
}

}  // namespace

std::optional<fs::path> Store::defaultDir() {
    auto base = xdgDir("XDG_DATA_HOME", fs::path(".local") / "share");
    if (!base) return std::nullopt;
    return *base / "handreiking" / "sessions";
}

Msg Store::prepare() const {
    std::error_code ec;
    createPrivateDirs(dir_, ec);
    if (ec) return Msg("store.cannot_create", {{"dir", dir_.string()}, {"why", osReason(ec)}});
    if (!fs::is_directory(dir_, ec)) return Msg("store.not_a_folder", {{"dir", dir_.string()}});
    // Private: others lose every right. The owner's own rights are left as they are, so a folder
    // the user made read-only stays read-only (the app then says it cannot save there).
    struct stat st {};
    if (::stat(dir_.c_str(), &st) != 0) return Msg("store.cannot_read", {{"dir", dir_.string()}, {"why", osReason(errno)}});
    if ((st.st_mode & 077) != 0 && ::chmod(dir_.c_str(), st.st_mode & 0700) != 0)
        return Msg("store.cannot_make_private", {{"dir", dir_.string()}, {"why", osReason(errno)}});
    // A leftover temporary file is an interrupted save; the record it was replacing is intact.
    for (const auto& e : fs::directory_iterator(dir_, ec)) {
        if (isTempFile(e.path().filename().string()) && isStaleTempFile(e.path().filename().string()))
            fs::remove(e.path(), ec);
    }
    return {};
}

// [SECTION] Reading and listing records, plain and sealed

std::filesystem::path Store::pathFor(const std::string& id) const {
    return vault_ && vault_->mode() == Vault::Mode::Sealed ? dir_ / vault_->sealedName(id) : plainPath(id);
}

std::vector<fs::path> Store::recordFiles(Form form) const {
    const char* ext = form == Form::Plain ? ".yaml" : Vault::kSealedExtension;
    std::vector<fs::path> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir_, ec)) {
        const std::string name = e.path().filename().string();
        if (!name.empty() && name[0] != '.' && e.path().extension() == ext) out.push_back(e.path());
    }
    return out;
}

std::optional<Record> Store::loadPlain(const fs::path& file, Diagnostics& diags, std::string* keep) const {
    const std::string shown = file.string();
    if (isLink(file, diags)) return std::nullopt;
    std::string text, error;
    if (!readTextFile(file, kMaxTextFileBytes, text, error)) {
        diags.error({shown, 1, 1}, Msg("file.unreadable", {{"why", error}}));
        return std::nullopt;
    }
    if (keep) *keep = text;
    auto r = readRecord(std::move(text), shown, diags);
    if (r && r->id != file.stem().string()) {
        diags.error({shown, 1, 1}, Msg("store.id_mismatch", {{"id", r->id}}));
        return std::nullopt;
    }
    return r;
}

std::optional<Record> Store::loadSealed(const fs::path& file, Diagnostics& diags, std::string* keep) const {
    const std::string shown = file.string();
    if (!vault_) {
        diags.error({shown, 1, 1}, Msg("store.sealed_locked", {{"dir", dir_.string()}}));
        return std::nullopt;
    }
    if (isLink(file, diags)) return std::nullopt;
    std::string bytes, text, error;
    if (!readTextFile(file, kMaxSealedBytes, bytes, error)) {
        diags.error({shown, 1, 1}, Msg("file.unreadable", {{"why", error}}));
        return std::nullopt;
    }
    const std::string name = file.filename().string();
    const Vault::Opened opened = vault_->open(name, bytes, text);
    if (opened != Vault::Opened::Ok) {
        diags.error({shown, 1, 1}, opened == Vault::Opened::NotSealed ? Msg("store.not_sealed") : Msg("store.damaged"));
        return std::nullopt;
    }
    if (keep) *keep = text;
    auto r = readRecord(text, shown, diags);
    wipe(text);
    // The name is bound to the ciphertext already; this also catches a record sealed under the
    // wrong name by a bug of ours.
    if (r && vault_->sealedName(r->id) != name) {
        diags.error({shown, 1, 1}, Msg("store.id_mismatch", {{"id", r->id}}));
        return std::nullopt;
    }
    return r;
}

std::optional<Record> Store::load(const fs::path& file, Diagnostics& diags) const {
    if (file.extension() == Vault::kSealedExtension) return loadSealed(file, diags, nullptr);
    return loadPlain(file, diags, nullptr);
}

std::optional<Record> Store::loadById(const std::string& id, Diagnostics& diags) const {
    std::error_code ec;
    const fs::path sealed = vault_ ? dir_ / vault_->sealedName(id) : fs::path();
    if (vault_ && fs::exists(sealed, ec)) return loadSealed(sealed, diags, nullptr);
    return loadPlain(plainPath(id), diags, nullptr);
}

namespace {

// Keeps one entry per record id: the form the folder is being written in wins, as it is the
// newer one (a switch writes the new form before it unlinks the old; a save does the same).
void dropTwins(std::vector<Store::Entry>& entries, const std::string& preferredExt) {
    std::map<std::string, std::size_t> byId;
    std::vector<bool> drop(entries.size(), false);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (!entries[i].summary) continue;
        auto [it, fresh] = byId.emplace(entries[i].summary->id, i);
        if (fresh) continue;
        const bool mineWins = endsWith(entries[i].path, preferredExt);
        drop[mineWins ? it->second : i] = true;
        if (mineWins) it->second = i;
    }
    std::vector<Store::Entry> kept;
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (!drop[i]) kept.push_back(std::move(entries[i]));
    entries = std::move(kept);
}

}  // namespace

namespace {

// The start screen's order (listedBefore), unreadable records after the others by name. Every
// path is the folder's plus a name, so comparing paths compares names.
bool entryBefore(const Store::Entry& a, const Store::Entry& b) {
    if (a.summary.has_value() != b.summary.has_value()) return a.summary.has_value();
    if (a.summary) return listedBefore(a.summary->created, a.path, b.summary->created, b.path);
    return a.path < b.path;
}

void sortEntries(std::vector<Store::Entry>& entries) { std::sort(entries.begin(), entries.end(), entryBefore); }

// The index of what `entries` hold, from those at the places `indexable` names, in list order.
RecordIndex indexOf(const std::string& checkKey, const std::vector<Store::Entry>& entries,
                    const std::vector<std::pair<std::size_t, FileStamp>>& indexable) {
    RecordIndex index;
    index.checkKey = checkKey;
    index.files.reserve(indexable.size());
    for (const auto& [at, stamp] : indexable)
        index.files.push_back(RecordIndex::Item{fs::path(entries[at].path).filename().string(), stamp, *entries[at].summary});
    std::sort(index.files.begin(), index.files.end(), [](const RecordIndex::Item& a, const RecordIndex::Item& b) {
        return listedBefore(a.summary.created, a.name, b.summary.created, b.name);
    });
    return index;
}

// A record file of the folder, with its stamp when it is a regular file (else it is read in full,
// and reading says what is wrong with it).
struct Found {
    std::string name;
    bool sealed = false;
    std::optional<FileStamp> stamp;
};

std::uint64_t nanoseconds(const timespec& t) {
    return static_cast<std::uint64_t>(t.tv_sec) * 1000000000u + static_cast<std::uint64_t>(t.tv_nsec);
}

// The stamp of a regular file in the folder `dirFd`; nothing for anything else.
std::optional<FileStamp> stampAt(int dirFd, const char* name) {
    struct stat st {};
    if (::fstatat(dirFd, name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    return FileStamp{static_cast<std::uint64_t>(st.st_size), nanoseconds(st.st_mtim), nanoseconds(st.st_ctim),
                     static_cast<std::uint64_t>(st.st_ino)};
}

// Names first, then stats: a record the listing saves is renamed into the folder while it is
// walked, and readdir may or may not return such a name again.
std::vector<Found> scanFolder(const fs::path& dir) {
    std::vector<Found> out;
    DIR* d = ::opendir(dir.c_str());
    if (!d) return out;
    while (const dirent* e = ::readdir(d)) {
        std::string name = e->d_name;
        if (name.empty() || name[0] == '.') continue;
        const bool sealed = endsWith(name, Vault::kSealedExtension);
        if (sealed || endsWith(name, ".yaml")) out.push_back(Found{std::move(name), sealed, std::nullopt});
    }
    for (Found& f : out) f.stamp = stampAt(::dirfd(d), f.name.c_str());
    ::closedir(d);
    return out;
}

// A file changed in the last moments before it was listed may change again within the same tick
// of the file system's clock, and keep its size: its entry could then not be told from the file
// as it is. Such a file is read again at the next list, not indexed (git's "racily clean" rule).
constexpr std::uint64_t kRacyNs = 100'000'000;

std::uint64_t nowNs() {
    timespec t{};
    ::clock_gettime(CLOCK_REALTIME, &t);
    return nanoseconds(t);
}

bool isRegularFile(const fs::path& file) {
    struct stat st {};
    return ::lstat(file.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

}  // namespace

bool Store::indexedIdFits(const std::string& fileName, const std::string& id) const {
    if (endsWith(fileName, Vault::kSealedExtension)) return vault_ && vault_->sealedName(id) == fileName;
    return fileName.size() == id.size() + 5 && fileName.compare(0, id.size(), id) == 0 && endsWith(fileName, ".yaml");
}

// An index that is missing, damaged, sealed with another key or not this form's is empty: then
// every record is read, and the index written anew.
RecordIndex Store::readIndex(bool& reordered) const {
    const fs::path file = dir_ / (vault_ ? kSealedIndexFile : kIndexFile);
    if (!isRegularFile(file)) return {};
    std::string bytes, text, error;
    if (!readTextFile(file, kMaxIndexBytes, bytes, error)) return {};
    if (vault_) {
        if (vault_->open(vault_->sealedName(kIndexFile), bytes, text) != Vault::Opened::Ok) return {};
        std::swap(bytes, text);
    }
    auto index = readIndexText(bytes, &reordered);
    if (vault_) wipe(bytes);  // what was sealed; a plain index is on disk as it is
    return index ? std::move(*index) : RecordIndex{};
}

// The index is only a quicker way to the same list: when it cannot be written (a read-only
// folder) the records are read every time, and nothing else changes. A folder with nothing to
// index has no index: an empty folder stays empty.
void Store::writeIndex(const RecordIndex& index) const {
    if (index.files.empty()) {
        (void)unlinkIfThere(dir_ / (vault_ ? kSealedIndexFile : kIndexFile));
        return;
    }
    std::string text = writeIndexText(index);
    if (vault_) {
        (void)writePrivateFile(dir_ / kSealedIndexFile, vault_->seal(kIndexFile, text));
        (void)unlinkIfThere(dir_ / kIndexFile);
    } else if (!Vault::present(dir_)) {
        (void)writePrivateFile(dir_ / kIndexFile, text);
    }
    wipe(text);
}

bool Store::readEntry(const fs::path& file, const FileStamp* stamp, std::uint64_t listedAt, const ListOptions& o,
                      Entry& entry) const {
    auto r = load(file, entry.diags);
    if (!r) return false;  // never indexed: read (and shown with its errors) every time
    const bool saved = o.check && o.check(*r);
    entry.summary = RecordSummary::of(*r);
    const bool racy = stamp && stamp->ctimeNs + kRacyNs > listedAt;
    return !saved && stamp && !racy;
}

namespace {

// Each record file found, by name, for the walk through the index; a stray .hrenc in a plain
// folder is not a record of this folder.
std::unordered_map<std::string_view, std::size_t> byName(const std::vector<Found>& found, bool sealedToo) {
    std::unordered_map<std::string_view, std::size_t> out;
    out.reserve(found.size());
    for (std::size_t i = 0; i < found.size(); ++i)
        if (sealedToo || !found[i].sealed) out.emplace(found[i].name, i);
    return out;
}

// The records read in full (few, once an index is there) go into the list that came in order
// from the index: sorted among themselves, then merged, never the whole list sorted again.
void mergeTail(std::vector<Store::Entry>& entries, std::size_t fromIndex) {
    if (fromIndex == entries.size()) return;
    const auto mid = entries.begin() + static_cast<std::ptrdiff_t>(fromIndex);
    std::sort(mid, entries.end(), entryBefore);
    std::inplace_merge(entries.begin(), mid, entries.end(), entryBefore);
}

}  // namespace

std::vector<Store::Entry> Store::list(const ListOptions& o) const {
    std::vector<Entry> out;
    if (lockedOut()) {
        for (Form form : {Form::Plain, Form::Sealed})
            for (const fs::path& file : recordFiles(form)) {
                Entry& entry = out.emplace_back();
                entry.path = file.string();
                entry.diags.error({file.string(), 1, 1}, Msg("store.folder_locked", {{"dir", dir_.string()}}));
            }
        sortEntries(out);
        return out;
    }
    const std::uint64_t listedAt = nowNs();
    // A plain index has no place in a protected folder (one left by a switch a crash interrupted).
    if (vault_ && o.writeIndex) (void)unlinkIfThere(dir_ / kIndexFile);
    bool changed = false;  // whether the index no longer says what the folder holds
    RecordIndex old = readIndex(changed);
    // A summary is the same whichever check its record passed, so a list that runs no check (a
    // run that writes nothing) takes the index as it is; it keeps that index, which still says
    // what was checked, rather than write one under its own key.
    const bool keyFits = old.checkKey == o.checkKey || !o.check;
    const bool rewrite = o.writeIndex && (old.checkKey == o.checkKey || o.check);
    changed = changed || old.checkKey != o.checkKey;
    const std::vector<Found> found = scanFolder(dir_);
    const std::string prefix = (dir_ / "").string();
    const auto named = byName(found, vault_.has_value());
    std::vector<bool> listed(found.size(), false);
    out.reserve(named.size());
    // The index's stamps, beside the entries they vouch for (by place in `out`), for a new index.
    std::vector<std::pair<std::size_t, FileStamp>> indexable;
    if (!keyFits) old.files.clear();
    for (RecordIndex::Item& item : old.files) {
        const auto it = named.find(item.name);
        const Found* f = it == named.end() || listed[it->second] ? nullptr : &found[it->second];
        if (!f || !f->stamp || !(*f->stamp == item.stamp) || !indexedIdFits(item.name, item.summary.id)) {
            changed = true;  // gone, changed, named twice or not this record's: read (again) below
            continue;
        }
        listed[it->second] = true;
        indexable.emplace_back(out.size(), item.stamp);
        Entry& entry = out.emplace_back();
        entry.path = prefix + f->name;
        entry.summary = std::move(item.summary);
    }
    const std::size_t fromIndex = out.size();
    bool plain = false, sealed = false;
    for (std::size_t i = 0; i < found.size(); ++i) {
        const Found& f = found[i];
        if (f.sealed && !vault_) continue;
        (f.sealed ? sealed : plain) = true;
        if (listed[i]) continue;
        Entry entry;
        entry.path = prefix + f.name;
        if (readEntry(entry.path, f.stamp ? &*f.stamp : nullptr, listedAt, o, entry)) {
            indexable.emplace_back(out.size(), *f.stamp);
            changed = true;
        }
        out.push_back(std::move(entry));
    }
    if (rewrite && changed) writeIndex(indexOf(o.checkKey, out, indexable));
    mergeTail(out, fromIndex);
    // Both forms of one record only while a switch is under way (or was cut off).
    const bool sealing = vault_ && vault_->mode() == Vault::Mode::Sealed;
    if (plain && sealed) dropTwins(out, sealing ? Vault::kSealedExtension : ".yaml");
    return out;
}

namespace {

// The entries of the index beyond those asked for that listFirst reads, for ones gone or changed
// among the first; and at most this many records read in full before the first frame.
constexpr std::size_t kSpareEntries = 16, kMostRead = 16;

// The plain record files in `dir` that are not among `indexed`; false when there are more than
// kMostRead (or the folder cannot be read).
bool unindexedNames(const fs::path& dir, const std::vector<std::string_view>& indexed, std::vector<std::string>& out) {
    const std::unordered_set<std::string_view> known(indexed.begin(), indexed.end());
    DIR* d = ::opendir(dir.c_str());
    if (!d) return false;
    bool few = true;
    while (const dirent* e = ::readdir(d)) {
        const std::string_view name = e->d_name;
        if (name.empty() || name[0] == '.' || name.size() <= 5 || name.substr(name.size() - 5) != ".yaml" ||
            known.count(name))
            continue;
        out.emplace_back(name);
        if (out.size() > kMostRead) {
            few = false;
            break;
        }
    }
    ::closedir(d);
    return few;
}

}  // namespace

bool Store::firstIndexed(std::vector<RecordIndex::Item>& items, std::size_t count, std::vector<Entry>& out,
                         std::vector<std::string>& toRead) const {
    const int dirFd = ::open(dir_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0) return false;
    const std::string prefix = (dir_ / "").string();
    std::unordered_set<std::string_view> taken;  // a name the index holds twice: the first, as list() does
    for (RecordIndex::Item& item : items) {
        if (out.size() == count) break;
        if (!taken.insert(item.name).second) continue;
        const std::optional<FileStamp> stamp = stampAt(dirFd, item.name.c_str());
        if (!stamp) continue;  // gone; anything else is unreadable, listed after every record
        if (!(*stamp == item.stamp) || !indexedIdFits(item.name, item.summary.id)) {
            toRead.push_back(item.name);  // changed: read, and placed by what it says now
            continue;
        }
        Entry& entry = out.emplace_back();
        entry.path = prefix + item.name;
        entry.summary = std::move(item.summary);
    }
    ::close(dirFd);
    return out.size() == count;
}

std::optional<std::vector<Store::Entry>> Store::listFirst(std::size_t count) const {
    // A protected folder's index is sealed, and its records may be there in two forms.
    if (vault_ || Vault::present(dir_)) return std::nullopt;
    const fs::path file = dir_ / kIndexFile;
    std::string text, error;
    if (!isRegularFile(file) || !readTextFile(file, kMaxIndexBytes, text, error)) return std::nullopt;
    std::optional<IndexHead> head = readIndexHead(text, count + kSpareEntries);
    std::vector<std::string> toRead;
    if (!head || head->names.size() <= count || !unindexedNames(dir_, head->names, toRead)) return std::nullopt;
    std::vector<Entry> out;
    if (!firstIndexed(head->first, count, out, toRead) || toRead.size() > kMostRead) return std::nullopt;
    const std::string prefix = (dir_ / "").string();
    const std::size_t fromIndex = out.size();
    for (const std::string& name : toRead) {
        Entry& entry = out.emplace_back();
        entry.path = prefix + name;
        if (auto r = load(entry.path, entry.diags)) entry.summary = RecordSummary::of(*r);
    }
    mergeTail(out, fromIndex);
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(count), out.end());
    return out;
}

std::string Store::newId(const std::string& createdIso, const std::string& track) const {
    // 2026-11-29T14:32:05+01:00 -> 2026-11-29-143205-gesprek
    std::string stamp = createdIso.substr(0, 10);
    if (createdIso.size() >= 19)
        stamp += "-" + createdIso.substr(11, 2) + createdIso.substr(14, 2) + createdIso.substr(17, 2);
    std::string id = stamp + "-" + track;
    std::error_code ec;
    const auto taken = [&](const std::string& candidate) {
        return fs::exists(plainPath(candidate), ec) ||
               (vault_ && fs::exists(dir_ / vault_->sealedName(candidate), ec));
    };
    for (int n = 2; taken(id); ++n) id = stamp + "-" + track + "-" + std::to_string(n);
    return id;
}

// [SECTION] Saving and deleting

Msg Store::stageSave(const Record& r, StagedSave& out) const {
    if (r.id.empty() || r.id.find('/') != std::string::npos || r.id[0] == '.') return Msg("store.plain_id");
    if (lockedOut()) return Msg("store.locked_save", {{"dir", dir_.string()}});
    out = StagedSave{};
    if (!vault_) return stagePrivateFile(plainPath(r.id), writeRecord(r), out.file);
    // Another process turned protection off: a file sealed now could never be opened again.
    if (!Vault::present(dir_)) return Msg("store.no_longer_protected", {{"dir", dir_.string()}});
    // The new form first, then the other one goes: a crash in between leaves both, listed once.
    std::string text = writeRecord(r);
    const bool sealing = vault_->mode() == Vault::Mode::Sealed;
    const fs::path sealedFile = dir_ / vault_->sealedName(r.id);
    Msg err = sealing ? stagePrivateFile(sealedFile, vault_->seal(r.id, text), out.file)
                      : stagePrivateFile(plainPath(r.id), text, out.file);
    wipe(text);
    out.other = sealing ? plainPath(r.id) : sealedFile;
    return err;
}

Msg Store::commitSave(const StagedSave& staged) const {
    Msg err = commitStagedFile(staged.file);
    if (err.empty() && !staged.other.empty()) err = unlinkIfThere(staged.other);
    return err;
}

Msg Store::save(const Record& r) const {
    StagedSave staged;
    Msg err = stageSave(r, staged);
    if (err.empty()) err = commitSave(staged);
    if (!staged.file.tmp.empty()) syncFolder(dir_);  // staged: the commit may have renamed or unlinked
    return err;
}

Msg Store::remove(const std::string& id) const {
    const fs::path plain = plainPath(id);
    if (!vault_) {
        if (::unlink(plain.c_str()) != 0)
            return Msg("write.cannot_delete", {{"path", plain.string()}, {"why", osReason(errno)}});
        syncFolder(dir_);
        return {};
    }
    const fs::path sealed = dir_ / vault_->sealedName(id);
    std::error_code ec;
    if (!fs::exists(sealed, ec) && !fs::exists(plain, ec))
        return Msg("store.not_in_folder", {{"id", id}, {"dir", dir_.string()}});
    Msg err = unlinkIfThere(sealed);
    if (err.empty()) err = unlinkIfThere(plain);
    syncFolder(dir_);
    return err;
}

// [SECTION] Protection: unlock, turning on and off, finishing an interrupted switch
//
// Every step writes the record's new form atomically before it unlinks the old one, so at any
// moment each record is readable in one form or both; the header's mode says which way to go on.

namespace {

// What a file left alone says about itself: the first finding of reading it.
Diagnostic firstFinding(const Diagnostics& d, const fs::path& file) {
    if (!d.empty()) return d.items()[0];
    return Diagnostic{Severity::Error, {file.string(), 1, 1}, "cannot be read", Msg("store.unreadable_record")};
}

VaultStatus cannot(Msg message) {
    return VaultStatus::fail(VaultStatus::Code::CannotUse, std::move(message));
}

}  // namespace

Store::Protection Store::protection() const {
    Protection p;
    p.isProtected = Vault::present(dir_);
    p.unlocked = vault_.has_value();
    p.sealedFiles = recordFiles(Form::Sealed).size();
    p.plainFiles = recordFiles(Form::Plain).size();
    return p;
}

SwitchReport Store::unlock(std::string_view passphrase) {
    SwitchReport rep;
    auto v = Vault::unlock(dir_, passphrase, rep.status);
    return v ? attach(std::move(*v)) : rep;
}

SwitchReport Store::attach(Vault vault) {
    std::error_code ec;
    if (!fs::equivalent(vault.dir(), dir_, ec)) {
        SwitchReport rep;
        rep.status = cannot(Msg("store.other_key", {{"other", vault.dir().string()}, {"dir", dir_.string()}}));
        return rep;
    }
    vault_ = std::move(vault);
    return finishSwitch();
}

SwitchReport Store::enableEncryption(std::string_view passphrase, const VaultLimits& limits) {
    if (!vault_ && Vault::present(dir_)) {
        SwitchReport rep = unlock(passphrase);  // also finishes a switch a crash interrupted
        if (!rep.status.ok() || (vault_ && vault_->mode() == Vault::Mode::Sealed)) return rep;
    }
    SwitchReport rep;
    if (!vault_)
        vault_ = Vault::create(dir_, passphrase, limits, rep.status);
    else if (vault_->mode() != Vault::Mode::Sealed)
        if (Msg err = vault_->setMode(Vault::Mode::Sealed); !err.empty()) rep.status = cannot(std::move(err));
    return rep.status.ok() ? finishSwitch() : rep;
}

SwitchReport Store::disableEncryption() {
    SwitchReport rep;
    if (!vault_) {
        using C = VaultStatus::Code;
        const MsgArg dir{"dir", dir_.string()};
        rep.status = Vault::present(dir_) ? VaultStatus::fail(C::Locked, Msg("store.locked", {dir}))
                                          : VaultStatus::fail(C::NotProtected, Msg("vault.not_protected", {dir}));
        return rep;
    }
    if (Msg err = vault_->setMode(Vault::Mode::Opening); !err.empty()) {
        rep.status = cannot(std::move(err));
        return rep;
    }
    return finishSwitch();
}

SwitchReport Store::finishSwitch() {
    SwitchReport rep;
    // The index goes with the form it was written in: a plain one lists records being sealed, and
    // a sealed one cannot be read once the header is gone. list() writes the new one.
    if (Msg err = unlinkIfThere(dir_ / (vault_->mode() == Vault::Mode::Sealed ? kIndexFile : kSealedIndexFile));
        !err.empty()) {
        rep.status = cannot(std::move(err));
        return rep;
    }
    if (vault_->mode() == Vault::Mode::Sealed) {
        convertRecords(Form::Sealed, rep);
        return rep;
    }
    convertRecords(Form::Plain, rep);
    // The header goes only when no sealed file is left: it is the one way to open them.
    if (!rep.status.ok() || !recordFiles(Form::Sealed).empty()) return rep;
    if (Msg err = vault_->removeHeader(); !err.empty())
        rep.status = cannot(std::move(err));
    else
        vault_.reset();
    return rep;
}

Msg Store::moveRecord(const fs::path& from, const fs::path& to, const std::string* bytes) const {
    Msg err = bytes ? writePrivateFile(to, *bytes) : Msg();
    if (err.empty()) err = unlinkIfThere(from);
    syncFolder(dir_);
    return err;
}

void Store::convertRecords(Form to, SwitchReport& rep) const {
    const bool sealing = to == Form::Sealed;
    for (const fs::path& file : recordFiles(sealing ? Form::Plain : Form::Sealed)) {
        Diagnostics d;
        std::string text;  // the exact bytes, comments and all
        const auto r = sealing ? loadPlain(file, d, &text) : loadSealed(file, d, &text);
        if (!r) {
            rep.leftAlone.push_back(firstFinding(d, file));
            continue;
        }
        const fs::path target = sealing ? dir_ / vault_->sealedName(r->id) : plainPath(r->id);
        std::error_code ec;
        const bool twin = fs::exists(target, ec);
        // A twin is the newer form (written before this file was to go), unless it cannot be read:
        // then neither is touched, as a record that cannot be read is never overwritten.
        Diagnostics twinDiags;
        if (twin && !(sealing ? loadSealed(target, twinDiags, nullptr) : loadPlain(target, twinDiags, nullptr))) {
            wipe(text);
            rep.leftAlone.push_back(firstFinding(twinDiags, target));
            continue;
        }
        const std::string bytes = twin ? "" : sealing ? vault_->seal(r->id, text) : text;
        wipe(text);
        Msg err = moveRecord(file, target, twin ? nullptr : &bytes);
        if (!err.empty()) {
            rep.status = cannot(std::move(err));
            return;
        }
        rep.converted.push_back(r->id);
    }
}

}  // namespace hr::session
