// SPDX-License-Identifier: EUPL-1.2
// Calendar days and time stamps as the app writes them: ISO 8601 local time with offset in
// records (2026-11-29T14:32:05+01:00), UTC in calendar files and export marks (20261129T133205Z).
#pragma once

#include <optional>
#include <string>

namespace hr {

// Whether year-month-day is a real day of the Gregorian calendar, from 1900 to 2999.
bool isRealDate(int year, int month, int day);

// Local time now as ISO 8601 with offset, e.g. 2026-11-29T14:32:05+01:00.
std::string nowIso();

// A record's time stamp as written by nowIso(): 2026-11-29T14:32:05+01:00 (or ...Z). The seconds
// since the epoch, UTC; nothing for anything else (a hand-edited record must not break exports).
std::optional<long long> parseTimestamp(const std::string& iso);

// "2026-11-29T14:32:05+01:00" -> "20261129T133205Z" (ISO 8601 basic format, UTC); the epoch for a
// text that is not a time stamp.
std::string utcBasic(const std::string& iso);

}  // namespace hr
