// SPDX-License-Identifier: EUPL-1.2
// Conditions: the documented syntax, its evaluation rules, and errors with their offsets.
#include <catch2/catch.hpp>

#include "content/condition.h"

using namespace hr;

namespace {
Condition parseOk(const std::string& text) {
    auto r = Condition::parse(text);
    if (auto* e = std::get_if<Condition::Error>(&r)) FAIL("unexpected error at " << e->offset << ": " << e->message);
    return std::get<Condition>(r);
}

Condition::Error parseErr(const std::string& text) {
    auto r = Condition::parse(text);
    REQUIRE(std::holds_alternative<Condition::Error>(r));
    return std::get<Condition::Error>(r);
}
}  // namespace

TEST_CASE("a bare name is true when the variable is set to a truthy value") {
    const auto c = parseOk("gevaar");
    CHECK_FALSE(c.eval({}));
    CHECK(c.eval({{"gevaar", Value{true}}}));
    CHECK_FALSE(c.eval({{"gevaar", Value{false}}}));
    CHECK_FALSE(c.eval({{"gevaar", Value{0.0}}}));
    CHECK(c.eval({{"gevaar", Value{std::string("ja")}}}));
}

TEST_CASE("and or and not follow the usual precedence") {
    const auto c = parseOk("a or b and not c");
    Variables v{{"a", Value{false}}, {"b", Value{true}}, {"c", Value{false}}};
    CHECK(c.eval(v));
    v["c"] = Value{true};
    CHECK_FALSE(c.eval(v));
    v["a"] = Value{true};
    CHECK(c.eval(v));
    CHECK(parseOk("(a or b) and c").eval({{"a", Value{true}}, {"c", Value{false}}}) == false);
    CHECK(parseOk("not not a").eval({{"a", Value{true}}}));
}

TEST_CASE("comparisons work on numbers and text and booleans") {
    const Variables v{{"score", Value{3.0}}, {"rol", Value{std::string("student")}}, {"ja", Value{true}}};
    CHECK(parseOk("score <= 3").eval(v));
    CHECK_FALSE(parseOk("score < 3").eval(v));
    CHECK(parseOk("score > 2.5").eval(v));
    CHECK(parseOk("score >= -1").eval(v));
    CHECK(parseOk("score == 3").eval(v));
    CHECK(parseOk("score != 4").eval(v));
    CHECK(parseOk("rol == 'student'").eval(v));
    CHECK(parseOk("rol != \"docent\"").eval(v));
    CHECK(parseOk("ja == true").eval(v));
    CHECK_FALSE(parseOk("rol < 3").eval(v));  // order is for numbers only
}

TEST_CASE("an unset variable is false and equals nothing set and fails every order test") {
    CHECK_FALSE(parseOk("x == 1").eval({}));
    CHECK(parseOk("x != 1").eval({}));
    CHECK_FALSE(parseOk("x <= 3").eval({}));
    CHECK(parseOk("not x").eval({}));
}

TEST_CASE("names used are listed with their offsets") {
    const auto c = parseOk("wil_praten and score < 3");
    REQUIRE(c.names().size() == 2);
    CHECK(c.names()[0].name == "wil_praten");
    CHECK(c.names()[0].offset == 0);
    CHECK(c.names()[1].name == "score");
    CHECK(c.names()[1].offset == 15);
}

TEST_CASE("syntax errors name the offset and what to write instead") {
    auto e = parseErr("a == and b");
    CHECK(e.offset == 5);
    CHECK(e.message == "expected a name or a value before 'and'");
    e = parseErr("a && b");
    CHECK(e.offset == 2);
    CHECK(e.message == "write 'and' instead of '&&'");
    e = parseErr("a = 1");
    CHECK(e.offset == 2);
    CHECK(e.message == "write '==' to compare");
    e = parseErr("(a or b");
    CHECK(e.offset == 0);
    CHECK(e.message == "'(' is never closed");
    e = parseErr("a b");
    CHECK(e.offset == 2);
    e = parseErr("rol == 'student");
    CHECK(e.offset == 7);
    CHECK(parseErr("").message == "condition is empty");
    CHECK(parseErr("a ==").message == "condition ends too early: expected a name or a value");
}

TEST_CASE("very long or deeply nested conditions are refused and not recursed into") {
    std::string chain = "a";
    for (int i = 0; i < 2000; ++i) chain += " and a";
    CHECK(parseErr(chain).message.find("longer than") != std::string::npos);
    std::string nested(200, '(');
    nested += "a" + std::string(200, ')');
    CHECK(parseErr(nested).message == "condition is nested too deeply");
}

TEST_CASE("an empty Condition always holds") {
    CHECK(Condition().eval({}));
    CHECK(Condition().empty());
}
