// SPDX-License-Identifier: EUPL-1.2
// Dates and time stamps (Date::parse, Date::parseTyped, parseTimestamp): any text gives a real
// date or nothing. A strict date written back with str() is the same text, and a typed date's
// str() reads strictly as the same date (what the window stores is what a record reads).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_common.h"
#include "session/record.h"
#include "util/timestamp.h"

using hr::session::Date;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    if (auto d = Date::parse(text)) {
        HR_FUZZ_CHECK(d->month >= 1 && d->month <= 12 && d->day >= 1 && d->day <= 31);
        HR_FUZZ_CHECK(d->str() == text);
    }
    if (auto d = Date::parseTyped(text)) {
        auto strict = Date::parse(d->str());
        HR_FUZZ_CHECK(strict && *strict == *d);
    }
    (void)hr::parseTimestamp(text);
    return 0;
}
