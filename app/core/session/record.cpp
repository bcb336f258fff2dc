// Dates and review outcomes.
#include "session/record.h"

#include <cctype>
#include <ctime>

#include <cstdio>

namespace hr::session {

namespace {
bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int daysIn(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}
std::optional<Date> real(const Date& d) {
    if (d.year < 1900 || d.year > 2999 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysIn(d.year, d.month))
        return std::nullopt;
    return d;
}
}  // namespace

std::optional<Date> Date::parse(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
    return real(Date{std::stoi(s.substr(0, 4)), std::stoi(s.substr(5, 2)), std::stoi(s.substr(8, 2))});
}

std::optional<long long> parseTimestamp(const std::string& iso) {
    // Exactly YYYY-MM-DDTHH:MM:SS then Z or +HH:MM / -HH:MM.
    const bool zulu = iso.size() == 20 && iso[19] == 'Z';
    if (!zulu && (iso.size() != 25 || (iso[19] != '+' && iso[19] != '-') || iso[22] != ':')) return std::nullopt;
    if (iso[10] != 'T' || iso[13] != ':' || iso[16] != ':') return std::nullopt;
    auto digits = [&](std::size_t at) {
        return std::isdigit(static_cast<unsigned char>(iso[at])) && std::isdigit(static_cast<unsigned char>(iso[at + 1]))
                   ? (iso[at] - '0') * 10 + (iso[at + 1] - '0')
                   : -1;
    };
    const auto date = Date::parse(iso.substr(0, 10));
    const int h = digits(11), m = digits(14), sec = digits(17);
    if (!date || h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 60) return std::nullopt;
    int offset = 0;
    if (!zulu) {
        const int oh = digits(20), om = digits(23);
        if (oh < 0 || oh > 23 || om < 0 || om > 59) return std::nullopt;
        offset = (oh * 60 + om) * 60 * (iso[19] == '+' ? 1 : -1);
    }
    std::tm tm{};
    tm.tm_year = date->year - 1900;
    tm.tm_mon = date->month - 1;
    tm.tm_mday = date->day;
    tm.tm_hour = h;
    tm.tm_min = m;
    tm.tm_sec = sec;
    return static_cast<long long>(timegm(&tm)) - offset;
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

}  // namespace hr::session
