// SPDX-License-Identifier: EUPL-1.2
// What the start screen lists of a record, and the records folder's index of it: one file that
// keeps each record's summary beside the size, times and inode its file had when it was read, so
// that a folder of years of conversations is listed without reading every record. An entry counts
// only while its file still has that size, mtime, ctime and inode; an index that cannot be read
// is rebuilt from the records. The Store writes it (0600, atomically), sealed in a protected folder,
// with the records in the order the start screen shows them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "session/record.h"

namespace hr::session {

// Only what the list shows and what its buttons need to find the record; never a path step, an
// answer, a note or an agreement's text.
struct RecordSummary {
    std::string id, packId, track, language, created, followUpOf;
    bool finished = false;
    std::size_t agreements = 0;
    std::vector<Participant> participants;
    std::vector<std::string> exports;

    static RecordSummary of(const Record& r);
    bool operator==(const RecordSummary& o) const;
};

// What says a file is still the one that was read: a save (rename) gives it a new inode and
// ctime, and ctime cannot be set back by hand the way mtime can.
struct FileStamp {
    std::uint64_t size = 0, mtimeNs = 0, ctimeNs = 0, inode = 0;
    bool operator==(const FileStamp& o) const {
        return size == o.size && mtimeNs == o.mtimeNs && ctimeNs == o.ctimeNs && inode == o.inode;
    }
};

// The start screen's order: newest first, then by file name (`created`, `name` of two records).
bool listedBefore(std::string_view createdA, std::string_view nameA, std::string_view createdB, std::string_view nameB);

struct RecordIndex {
    struct Item {
        std::string name;  // the file's name in the folder
        FileStamp stamp;
        RecordSummary summary;
        bool operator==(const Item& o) const { return name == o.name && stamp == o.stamp && summary == o.summary; }
    };
    // The check the indexed records passed when they were read (Store::ListOptions::checkKey).
    std::string checkKey;
    // In the start screen's order (listedBefore), so a list from the index needs no sort: a flat
    // array read in one pass, not a tree of 10,000 nodes.
    std::vector<Item> files;
    bool operator==(const RecordIndex& o) const { return checkKey == o.checkKey && files == o.files; }
};

std::string writeIndexText(const RecordIndex& index);
// Nothing when the text is not a whole index of this version: it is then rebuilt. Entries out of
// the start screen's order (an index written by hand, or by an older version, which kept them by
// name) are put in order, and `reordered` says so, so the index is written again in order. Two
// entries for one name are the Store's to find (it takes the first and writes the index anew).
std::optional<RecordIndex> readIndexText(std::string_view text, bool* reordered = nullptr);

// The start of an index, for the start screen's first screenful before the whole list is read:
// the first `count` entries in full, and of every entry only its file's name (a view into `text`),
// to tell which record files the index does not know. Nothing when the text is not a whole index of
// this version in the start screen's order, or names a file with an escaped character: then only
// the whole list can say which records come first.
struct IndexHead {
    std::vector<RecordIndex::Item> first;
    std::vector<std::string_view> names;  // every entry's, in the index's order
};
std::optional<IndexHead> readIndexHead(std::string_view text, std::size_t count);

}  // namespace hr::session
