// SPDX-License-Identifier: EUPL-1.2
// Dates, review outcomes and calendar ids.
#include "session/record.h"

#include <sys/random.h>

#include <cerrno>
#include <cstdio>

#include "util/timestamp.h"

namespace hr::session {

namespace {
std::optional<Date> real(const Date& d) {
    if (!isRealDate(d.year, d.month, d.day)) return std::nullopt;
    return d;
}
}  // namespace

std::optional<Date> Date::parse(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
    return real(Date{std::stoi(s.substr(0, 4)), std::stoi(s.substr(5, 2)), std::stoi(s.substr(8, 2))});
}

std::optional<Date> Date::parseTyped(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return std::nullopt;
    const std::string s = text.substr(first, text.find_last_not_of(" \t") - first + 1);
    if (auto iso = parse(s)) return iso;
    // Three runs of digits split by one kind of separator: day, month, four-digit year.
    int parts[3] = {0, 0, 0};
    std::size_t digits[3] = {0, 0, 0};
    int part = 0;
    char sep = 0;
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            if (++digits[part] > 4) return std::nullopt;
            parts[part] = parts[part] * 10 + (c - '0');
        } else if ((c == '-' || c == '/' || c == '.') && part < 2 && digits[part] > 0 && (sep == 0 || sep == c)) {
            sep = c;
            ++part;
        } else {
            return std::nullopt;
        }
    }
    if (part != 2 || digits[0] > 2 || digits[1] > 2 || digits[2] != 4) return std::nullopt;
    return real(Date{parts[2], parts[1], parts[0]});
}

std::string Date::str() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

bool Date::operator<(const Date& o) const {
    if (year != o.year) return year < o.year;
    if (month != o.month) return month < o.month;
    return day < o.day;
}

const char* outcomeName(ReviewOutcome o) {
    switch (o) {
        case ReviewOutcome::Keep: return "keep";
        case ReviewOutcome::Adjust: return "adjust";
        case ReviewOutcome::Done: return "done";
        case ReviewOutcome::Stop: return "stop";
    }
    return "keep";
}

std::optional<ReviewOutcome> outcomeFromName(const std::string& s) {
    for (auto o : {ReviewOutcome::Keep, ReviewOutcome::Adjust, ReviewOutcome::Done, ReviewOutcome::Stop})
        if (s == outcomeName(o)) return o;
    return std::nullopt;
}

std::string newCalendarId() {
    unsigned char bytes[16];
    std::size_t got = 0;
    while (got < sizeof bytes) {  // the kernel's generator: getrandom blocks only before it is seeded
        const ssize_t n = ::getrandom(bytes + got, sizeof bytes - got, 0);
        if (n > 0) got += static_cast<std::size_t>(n);
        else if (errno != EINTR) return {};  // no randomness: the export derives an id instead
    }
    static const char* hex = "0123456789abcdef";
    std::string id;
    for (unsigned char b : bytes) {
        id += hex[b >> 4];
        id += hex[b & 15];
    }
    return id;
}

bool isCalendarId(const std::string& text) {
    return text.size() == 32 && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

}  // namespace hr::session
