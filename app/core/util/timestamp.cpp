// SPDX-License-Identifier: EUPL-1.2
// Calendar checks and time stamps (strftime, timegm).
#include "util/timestamp.h"

#include <cctype>
#include <ctime>

namespace hr {

namespace {
bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int daysIn(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}
}  // namespace

bool isRealDate(int year, int month, int day) {
    return year >= 1900 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

std::string nowIso() {
    const std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    char buf[40];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S%z", &local);
    std::string s = buf;
    if (s.size() >= 5) s.insert(s.size() - 2, ":");  // +0100 -> +01:00
    return s;
}

std::optional<long long> parseTimestamp(const std::string& iso) {
    // Exactly YYYY-MM-DDTHH:MM:SS then Z or +HH:MM / -HH:MM.
    const bool zulu = iso.size() == 20 && iso[19] == 'Z';
    if (!zulu && (iso.size() != 25 || (iso[19] != '+' && iso[19] != '-') || iso[22] != ':')) return std::nullopt;
    if (iso[4] != '-' || iso[7] != '-' || iso[10] != 'T' || iso[13] != ':' || iso[16] != ':') return std::nullopt;
    auto digits = [&](std::size_t at) {
        return std::isdigit(static_cast<unsigned char>(iso[at])) && std::isdigit(static_cast<unsigned char>(iso[at + 1]))
                   ? (iso[at] - '0') * 10 + (iso[at + 1] - '0')
                   : -1;
    };
    const int c = digits(0), y = digits(2), mo = digits(5), d = digits(8);
    if (c < 0 || y < 0 || mo < 0 || d < 0 || !isRealDate(c * 100 + y, mo, d)) return std::nullopt;
    const int h = digits(11), m = digits(14), sec = digits(17);
    if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 60) return std::nullopt;
    int offset = 0;
    if (!zulu) {
        const int oh = digits(20), om = digits(23);
        if (oh < 0 || oh > 23 || om < 0 || om > 59) return std::nullopt;
        offset = (oh * 60 + om) * 60 * (iso[19] == '+' ? 1 : -1);
    }
    std::tm tm{};
    tm.tm_year = c * 100 + y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = m;
    tm.tm_sec = sec;
    return static_cast<long long>(timegm(&tm)) - offset;
}

std::string utcBasic(const std::string& iso) {
    const std::time_t t = static_cast<std::time_t>(parseTimestamp(iso).value_or(0));
    std::tm utc{};
    gmtime_r(&t, &utc);
    char buf[24];
    std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &utc);
    return buf;
}

}  // namespace hr
