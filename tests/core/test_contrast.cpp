// WCAG 2.1 AA for every text/background pair of every theme: 4.5:1 for text, 3:1 for focus
// outlines. The ratios are computed from the theme's colours.
#include <catch2/catch.hpp>

#include "theme/palette.h"

using namespace hr::theme;

TEST_CASE("the contrast formula gives the known ratios") {
    CHECK(contrast({0, 0, 0}, {255, 255, 255}) == Approx(21.0));
    CHECK(contrast({255, 255, 255}, {255, 255, 255}) == Approx(1.0));
    CHECK(contrast({0x77, 0x77, 0x77}, {255, 255, 255}) == Approx(4.48).margin(0.01));  // the classic #777 miss
}

TEST_CASE("every pair the views draw meets WCAG AA in every theme") {
    for (ThemeId id : {ThemeId::Light, ThemeId::Dark, ThemeId::HighContrast}) {
        for (const Pair& pair : usedPairs(palette(id))) {
            const double ratio = contrast(pair.foreground, pair.background);
            INFO(themeName(id) << ": " << pair.what << " = " << ratio << ":1, needs " << pair.minimum);
            CHECK(ratio >= pair.minimum);
        }
    }
}

TEST_CASE("theme names round-trip") {
    for (ThemeId id : {ThemeId::Light, ThemeId::Dark, ThemeId::HighContrast}) {
        ThemeId back = ThemeId::Light;
        REQUIRE(themeFromName(themeName(id), back));
        CHECK(back == id);
    }
    ThemeId unused = ThemeId::Dark;
    CHECK_FALSE(themeFromName("neon", unused));
}
