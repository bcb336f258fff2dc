// SPDX-License-Identifier: EUPL-1.2
// WCAG 2.1 AA for every colour role (theme/roles.h) of every theme: 4.5:1 for text, 3:1 for large
// headings, borders, focus outline and marks. The roles are the only colours the views and the
// style draw with, and the test walks the enum's full range, so a new role is tested at once.
#include <catch2/catch.hpp>

#include <cstdio>
#include <initializer_list>

#include "theme/roles.h"

using namespace hr::theme;

namespace {

RoleColours of(ThemeId id, Role r) { return colours(palette(id), r); }

}  // namespace

TEST_CASE("the contrast formula gives the known ratios") {
    CHECK(contrast({0, 0, 0}, {255, 255, 255}) == Approx(21.0));
    CHECK(contrast({255, 255, 255}, {255, 255, 255}) == Approx(1.0));
    CHECK(contrast({0x77, 0x77, 0x77}, {255, 255, 255}) == Approx(4.48).margin(0.01));  // the classic #777 miss
    CHECK(blend({255, 255, 255}, {0, 0, 0}, 0.5) == Rgb{128, 128, 128});
    CHECK(blend({10, 20, 30}, {200, 100, 0}, 1.0) == Rgb{10, 20, 30});
}

TEST_CASE("every colour role is in the table, and asks at least 3:1") {
    for (ThemeId id : kThemes) {
        const auto all = roles(palette(id));
        REQUIRE(all.size() == static_cast<std::size_t>(Role::Count));
        for (std::size_t i = 0; i < all.size(); ++i) {
            INFO(themeName(id) << ": role #" << i);
            REQUIRE(all[i].what != nullptr);  // a role left out of colours()
            CHECK(all[i].minimum >= kGraphic);
        }
    }
}

TEST_CASE("every colour role meets WCAG AA in every theme") {
    for (ThemeId id : kThemes)
        for (const RoleColours& r : roles(palette(id))) {
            const double ratio = contrast(r.foreground, r.background);
            INFO(themeName(id) << ": " << r.what << " = " << ratio << ":1, needs " << r.minimum);
            CHECK(ratio >= r.minimum);
        }
}

TEST_CASE("the states ImGui draws with one text colour share that colour") {
    // A button or field keeps its text colour while its background follows the state, so every
    // state's role must name the same foreground, or the test would check a pair never drawn.
    const std::initializer_list<std::initializer_list<Role>> groups = {
        {Role::Text, Role::Button, Role::ButtonHovered, Role::ButtonPressed, Role::Field, Role::FieldHovered,
         Role::FieldActive, Role::Header, Role::HeaderHovered, Role::HeaderActive, Role::Panel, Role::Hovered,
         Role::Pressed, Role::Selection},
        {Role::PrimaryButton, Role::PrimaryButtonHovered, Role::PrimaryButtonPressed},
        {Role::Link, Role::LinkOnHoveredButton, Role::LinkOnPressedButton},
        {Role::Choice, Role::ChoiceHovered},
        {Role::ChoiceSelected, Role::ChoiceSelectedHovered},
    };
    for (ThemeId id : kThemes)
        for (const auto& group : groups) {
            const Rgb first = of(id, *group.begin()).foreground;
            for (Role r : group) {
                INFO(themeName(id) << ": " << of(id, r).what);
                CHECK(of(id, r).foreground == first);
            }
        }
}

TEST_CASE("a hovered or pressed state differs from the resting one") {
    for (ThemeId id : kThemes)
        for (auto [rest, state] : {std::pair{Role::Button, Role::ButtonHovered}, {Role::Button, Role::ButtonPressed},
                                   {Role::PrimaryButton, Role::PrimaryButtonHovered},
                                   {Role::PrimaryButton, Role::PrimaryButtonPressed},
                                   {Role::Choice, Role::ChoiceHovered},
                                   {Role::ChoiceSelected, Role::ChoiceSelectedHovered}}) {
            INFO(themeName(id) << ": " << of(id, state).what);
            CHECK(of(id, rest).background != of(id, state).background);
        }
}

// The figures, for a review: core_tests "[.report]" -s
TEST_CASE("contrast report", "[.report]") {
    for (ThemeId id : kThemes)
        for (const RoleColours& r : roles(palette(id)))
            std::printf("%-14s %-52s %5.2f (needs %.1f)\n", themeName(id), r.what, contrast(r.foreground, r.background),
                        r.minimum);
}

TEST_CASE("theme names round-trip") {
    for (ThemeId id : kThemes) {
        ThemeId back = ThemeId::Light;
        REQUIRE(themeFromName(themeName(id), back));
        CHECK(back == id);
    }
    ThemeId unused = ThemeId::Dark;
    CHECK_FALSE(themeFromName("neon", unused));
}
