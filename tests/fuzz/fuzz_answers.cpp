// SPDX-License-Identifier: EUPL-1.2
// The answers file (AnswersFile::read, then walkWithAnswers): parsed against the fixture pack
// tests/fixtures/packs/proef (loaded once) and walked from the start of every track. Any text
// gives a walk or diagnostics, never a crash or a session in a state it cannot save.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "content/pack.h"
#include "fuzz_common.h"
#include "session/autowalk.h"
#include "session/record_io.h"

using namespace hr;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const content::LoadedPack pack = [] {
        auto p = content::loadAndValidate(HR_FUZZ_SOURCE_DIR "/tests/fixtures/packs/proef", "proef");
        if (!p.usable()) {
            std::fprintf(stderr, "fixture pack not usable:\n%s", p.diags.str().c_str());
            std::abort();
        }
        return p;
    }();
    Diagnostics diags;
    session::AnswersFile answers;
    if (!session::AnswersFile::read(std::string(reinterpret_cast<const char*>(data), size), "answers.yaml", answers,
                                    diags)) {
        HR_FUZZ_CHECK(diags.hasErrors());
        return 0;
    }
    for (const auto& track : pack.guide->tracks) {
        auto s = session::Session::start(pack.guide, track.id, "nl");
        Diagnostics walk;
        if (session::walkWithAnswers(s, answers, walk)) HR_FUZZ_CHECK(s.finished());
        (void)session::writeRecord(s.record());
    }
    return 0;
}
