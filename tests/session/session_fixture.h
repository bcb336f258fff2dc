// The trial pack (tests/fixtures/packs/proef) loaded once for the session tests.
#pragma once

#include <catch2/catch.hpp>

#include "content/pack.h"
#include "session/engine.h"
#include "test_support.h"

namespace hr::test {

inline std::shared_ptr<const content::Guide> proefGuide() {
    static const auto pack = content::loadAndValidate(fixturesDir() / "packs" / "proef", "proef");
    REQUIRE(pack.usable());
    return pack.guide;
}

inline const std::string& at(const session::Session& s) {
    static const std::string review = "(review)";
    return s.currentNode() ? s.currentNode()->id : review;
}

}  // namespace hr::test
