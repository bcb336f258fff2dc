// SPDX-License-Identifier: EUPL-1.2
// A record (readRecord): any text gives a record or diagnostics. Round trip: a record that reads
// must write and read back equal, field by field, or a save and reload would change it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_common.h"
#include "session/record_io.h"

using namespace hr::session;

namespace {
bool sameStep(const Step& a, const Step& b) { return a.node == b.node && a.answer == b.answer && a.isPrivate == b.isPrivate; }
bool sameReview(const Review& a, const Review& b) { return a.earlier == b.earlier && a.outcome == b.outcome; }
bool sameParticipant(const Participant& a, const Participant& b) { return a.role == b.role && a.initials == b.initials; }
template <class T, class Eq>
bool sameList(const std::vector<T>& a, const std::vector<T>& b, Eq eq) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!eq(a[i], b[i])) return false;
    return true;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    hr::Diagnostics diags;
    auto first = readRecord(std::string(reinterpret_cast<const char*>(data), size), "fuzz.yaml", diags);
    if (!first) {
        HR_FUZZ_CHECK(diags.hasErrors());
        return 0;
    }
    const std::string written = writeRecord(*first);
    hr::Diagnostics again;
    auto second = readRecord(written, "written.yaml", again);
    if (!second) std::fprintf(stderr, "%s\n---\n%s", again.str().c_str(), written.c_str());
    HR_FUZZ_CHECK(second.has_value());
    const Record& a = *first;
    const Record& b = *second;
    HR_FUZZ_CHECK(a.id == b.id && a.packId == b.packId && a.packVersion == b.packVersion && a.packHash == b.packHash && a.overlays == b.overlays);
    HR_FUZZ_CHECK(a.track == b.track && a.language == b.language && a.created == b.created && a.updated == b.updated);
    HR_FUZZ_CHECK(a.calendarId == b.calendarId);
    HR_FUZZ_CHECK(sameList(a.participants, b.participants, sameParticipant));
    HR_FUZZ_CHECK(a.followUpOf == b.followUpOf);
    HR_FUZZ_CHECK(sameList(a.reviews, b.reviews, sameReview));
    HR_FUZZ_CHECK(sameList(a.path, b.path, sameStep));
    HR_FUZZ_CHECK(a.position == b.position);
    HR_FUZZ_CHECK(a.agreements == b.agreements);
    HR_FUZZ_CHECK(a.nextConversation == b.nextConversation);
    HR_FUZZ_CHECK(a.notes == b.notes);
    HR_FUZZ_CHECK(a.finished == b.finished);
    HR_FUZZ_CHECK(a.exports == b.exports);
    // Written once more it must be the same text: the writer is a function of the record.
    HR_FUZZ_CHECK(writeRecord(b) == written);
    return 0;
}
