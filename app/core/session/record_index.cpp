// SPDX-License-Identifier: EUPL-1.2
// The records index as text: a header line, the check key, one tab-separated line per record
// file and an end line with the count, so a cut-off or changed file is told from a whole one.
// Fields are percent-escaped (tab, newline, '%' and the list separators), so any text fits.
#include "session/record_index.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>

namespace hr::session {

namespace {

constexpr std::string_view kHeader = "handreiking-index 1";
constexpr std::size_t kFields = 15;  // name, 4 of the stamp, 6 texts, finished, agreements, people, exports

bool special(char c) { return c == '%' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ':'; }

void escapeInto(std::string& out, std::string_view s) {
    static const char* hex = "0123456789ABCDEF";
    for (char c : s) {
        if (!special(c)) {
            out += c;
            continue;
        }
        out += '%';
        out += hex[static_cast<unsigned char>(c) >> 4];
        out += hex[static_cast<unsigned char>(c) & 15];
    }
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The text between escapes is copied in runs, not byte by byte: every `created` holds three
// escaped colons, and appending its bytes one at a time was a quarter of reading the index.
bool unescape(std::string_view s, std::string& out) {
    out.clear();
    out.reserve(s.size());  // never longer than escaped: one allocation at most
    for (std::size_t at = s.find('%'); at != std::string_view::npos; at = s.find('%')) {
        if (at + 2 >= s.size()) return false;
        const int hi = hexValue(s[at + 1]), lo = hexValue(s[at + 2]);
        if (hi < 0 || lo < 0) return false;
        out.append(s.data(), at);
        out += static_cast<char>(hi * 16 + lo);
        s.remove_prefix(at + 3);
    }
    out.append(s.data(), s.size());
    return true;
}

// A list is written as items each followed by ',', so an empty list and one empty item differ.
template <typename T, typename F>
void listInto(std::string& out, const std::vector<T>& items, F each) {
    for (const T& item : items) {
        each(item);
        out += ',';
    }
}

// Runs `each` on the items of a list, in place (no vector of them per line); false when the
// list does not end in its separator or an item is refused.
template <typename F>
bool eachItem(std::string_view s, F each) {
    while (!s.empty()) {
        const std::size_t comma = s.find(',');
        if (comma == std::string_view::npos || !each(s.substr(0, comma))) return false;
        s.remove_prefix(comma + 1);
    }
    return true;
}

// Plain decimal digits only, as written. Four numbers a line, most of them 19 digits of
// nanoseconds: 19 digits cannot overflow, so only a 20th is checked.
template <typename N>
bool number(std::string_view s, N& out) {
    if (s.empty() || s.size() > 20) return false;
    std::uint64_t n = 0;
    auto digit = [](char c) { return static_cast<unsigned>(static_cast<unsigned char>(c)) - unsigned{'0'}; };
    const std::size_t safe = std::min<std::size_t>(s.size(), 19);
    for (std::size_t i = 0; i < safe; ++i) {
        const unsigned d = digit(s[i]);
        if (d > 9) return false;
        n = n * 10 + d;
    }
    if (s.size() == 20) {
        const unsigned d = digit(s[19]);
        if (d > 9 || __builtin_mul_overflow(n, 10u, &n) || __builtin_add_overflow(n, d, &n)) return false;
    }
    if (n > std::numeric_limits<N>::max()) return false;
    out = static_cast<N>(n);
    return true;
}

void lineInto(std::string& out, const RecordIndex::Item& item) {
    const RecordSummary& r = item.summary;
    auto field = [&](std::string_view s) {
        out += '\t';
        escapeInto(out, s);
    };
    escapeInto(out, item.name);
    for (std::uint64_t n : {item.stamp.size, item.stamp.mtimeNs, item.stamp.ctimeNs, item.stamp.inode})
        out += '\t' + std::to_string(n);
    for (const std::string* s : {&r.id, &r.packId, &r.track, &r.language, &r.created, &r.followUpOf}) field(*s);
    out += r.finished ? "\t1\t" : "\t0\t";
    out += std::to_string(r.agreements);
    out += '\t';
    listInto(out, r.participants, [&](const Participant& p) {
        escapeInto(out, p.role);
        out += ':';
        escapeInto(out, p.initials);
    });
    out += '\t';
    listInto(out, r.exports, [&](const std::string& e) { escapeInto(out, e); });
    out += '\n';
}

bool readParticipants(std::string_view s, std::vector<Participant>& out) {
    out.reserve(static_cast<std::size_t>(std::count(s.begin(), s.end(), ',')));
    return eachItem(s, [&](std::string_view item) {
        const std::size_t colon = item.find(':');
        Participant& p = out.emplace_back();
        return colon != std::string_view::npos && unescape(item.substr(0, colon), p.role) &&
               unescape(item.substr(colon + 1), p.initials);
    });
}

bool readLine(std::string_view line, RecordIndex& index) {
    std::string_view f[kFields];
    for (std::size_t n = 0; n < kFields; ++n) {
        const std::size_t tab = line.find('\t');
        const bool last = n + 1 == kFields;
        if ((tab == std::string_view::npos) != last) return false;  // too few fields, or too many
        f[n] = line.substr(0, tab);
        if (!last) line.remove_prefix(tab + 1);
    }
    RecordIndex::Item& item = index.files.emplace_back();
    RecordSummary& r = item.summary;
    FileStamp& st = item.stamp;
    if (!unescape(f[0], item.name) || item.name.empty() || !number(f[1], st.size) || !number(f[2], st.mtimeNs) ||
        !number(f[3], st.ctimeNs) || !number(f[4], st.inode))
        return false;
    std::string* text[] = {&r.id, &r.packId, &r.track, &r.language, &r.created, &r.followUpOf};
    for (std::size_t i = 0; i < 6; ++i)
        if (!unescape(f[5 + i], *text[i])) return false;
    if (f[11] != "0" && f[11] != "1") return false;
    r.finished = f[11] == "1";
    if (!number(f[12], r.agreements) || !readParticipants(f[13], r.participants) ||
        !eachItem(f[14], [&](std::string_view e) { return unescape(e, r.exports.emplace_back()); }))
        return false;
    return !r.id.empty();
}

bool itemBefore(const RecordIndex::Item& a, const RecordIndex::Item& b) {
    return listedBefore(a.summary.created, a.name, b.summary.created, b.name);
}

// With memchr: std::count went byte by byte, a seventh of reading a 2 MB index.
std::size_t lineCount(std::string_view text) {
    std::size_t n = 0;
    for (const char *at = text.data(), *end = at + text.size();
         (at = static_cast<const char*>(std::memchr(at, '\n', static_cast<std::size_t>(end - at)))); ++at)
        ++n;
    return n;
}

bool nextLine(std::string_view& text, std::string_view& line) {
    const std::size_t nl = text.find('\n');
    if (nl == std::string_view::npos) return false;
    line = text.substr(0, nl);
    text.remove_prefix(nl + 1);
    return true;
}

// The header line and the check key's line.
bool readHeader(std::string_view& text, std::string& checkKey) {
    std::string_view line;
    return nextLine(text, line) && line == kHeader && nextLine(text, line) && line.substr(0, 6) == "check\t" &&
           unescape(line.substr(6), checkKey);
}

bool isEndLine(std::string_view line) { return line.substr(0, 4) == "end\t"; }

// The end line names the count of entries, and nothing follows it: a whole index.
bool endFits(std::string_view line, std::size_t entries, std::string_view rest) {
    std::size_t count = 0;
    return number(line.substr(4), count) && count == entries && rest.empty();
}

// Of an entry beyond the first ones, only what places it: the file's name and `created` (field 9).
bool placeOf(std::string_view line, std::string_view& name, std::string_view& created) {
    std::size_t from = 0;
    for (std::size_t n = 0; n <= 9; ++n) {
        const std::size_t tab = line.find('\t', from);
        if (tab == std::string_view::npos) return false;  // field 9 is never the last
        if (n == 0) name = line.substr(0, tab);
        if (n == 9) created = line.substr(from, tab - from);
        from = tab + 1;
    }
    return true;
}


}  // namespace

RecordSummary RecordSummary::of(const Record& r) {
    RecordSummary s;
    s.id = r.id;
    s.packId = r.packId;
    s.track = r.track;
    s.language = r.language;
    s.created = r.created;
    s.followUpOf = r.followUpOf;
    s.finished = r.finished;
    s.agreements = r.agreements.size();
    s.participants = r.participants;
    s.exports = r.exports;
    return s;
}

bool RecordSummary::operator==(const RecordSummary& o) const {
    auto samePeople = [&] {
        if (participants.size() != o.participants.size()) return false;
        for (std::size_t i = 0; i < participants.size(); ++i)
            if (participants[i].role != o.participants[i].role || participants[i].initials != o.participants[i].initials)
                return false;
        return true;
    };
    return id == o.id && packId == o.packId && track == o.track && language == o.language && created == o.created &&
           followUpOf == o.followUpOf && finished == o.finished && agreements == o.agreements && exports == o.exports &&
           samePeople();
}

bool listedBefore(std::string_view createdA, std::string_view nameA, std::string_view createdB, std::string_view nameB) {
    if (createdA != createdB) return createdA > createdB;
    return nameA < nameB;
}

std::string writeIndexText(const RecordIndex& index) {
    std::string out(kHeader);
    out += "\ncheck\t";
    escapeInto(out, index.checkKey);
    out += '\n';
    for (const auto& item : index.files) lineInto(out, item);
    out += "end\t" + std::to_string(index.files.size()) + '\n';
    return out;
}

std::optional<RecordIndex> readIndexText(std::string_view text, bool* reordered) {
    RecordIndex index;
    index.files.reserve(lineCount(text));
    std::string_view line;
    if (!readHeader(text, index.checkKey)) return std::nullopt;
    while (nextLine(text, line)) {
        if (isEndLine(line)) {
            if (!endFits(line, index.files.size(), text)) return std::nullopt;
            const bool inOrder = std::is_sorted(index.files.begin(), index.files.end(), itemBefore);
            if (!inOrder) std::sort(index.files.begin(), index.files.end(), itemBefore);
            if (reordered) *reordered = !inOrder;
            return index;
        }
        if (!readLine(line, index)) return std::nullopt;
    }
    return std::nullopt;  // no end line: cut off
}

std::optional<IndexHead> readIndexHead(std::string_view text, std::size_t count) {
    IndexHead head;
    RecordIndex first;
    std::string_view line, name;
    std::string created, before;  // this entry's `created` and the one before it, unescaped
    std::string_view createdField, nameBefore;
    if (!readHeader(text, first.checkKey)) return std::nullopt;
    head.names.reserve(lineCount(text));
    while (nextLine(text, line)) {
        if (isEndLine(line)) {
            if (!endFits(line, head.names.size(), text)) return std::nullopt;
            head.first = std::move(first.files);
            return head;
        }
        if (!placeOf(line, name, createdField) || name.empty() || name.find('%') != std::string_view::npos ||
            !unescape(createdField, created))
            return std::nullopt;
        // Out of order, an entry further on could come first: only the whole list puts it in place.
        if (!head.names.empty() && listedBefore(created, name, before, nameBefore)) return std::nullopt;
        if (head.names.size() < count && !readLine(line, first)) return std::nullopt;
        head.names.push_back(name);
        std::swap(created, before);
        nameBefore = name;
    }
    return std::nullopt;
}

}  // namespace hr::session
