// SPDX-License-Identifier: EUPL-1.2
// Conditions (`when:`) on the variables that answers set: a small expression language with
// and/or/not, comparisons and literals, parsed once at load time and evaluated during a walk.
//
//   expr    := or
//   or      := and ("or" and)*
//   and     := unary ("and" unary)*
//   unary   := "not" unary | compare
//   compare := primary (("==" | "!=" | "<" | "<=" | ">" | ">=") primary)?
//   primary := name | number | 'text' | "text" | true | false | "(" expr ")"
#pragma once

#include "util/message.h"

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace hr {

// A variable's value. Unset variables compare equal only to each other and count as false.
struct Value {
    std::variant<std::monostate, bool, double, std::string> v;

    bool isSet() const { return v.index() != 0; }
    bool truthy() const;
    bool operator==(const Value& o) const { return v == o.v; }
    std::string str() const;  // as written in YAML: true, 3, text
};

using Variables = std::map<std::string, Value, std::less<>>;

class Condition {
public:
    struct Expr;
    struct Error {
        std::size_t offset = 0;  // byte offset inside the expression text
        std::string message;  // in English
        Msg msg;              // the same, from the message catalogue
    };
    // A variable name used in the expression and where it stands in the text.
    struct NameUse {
        std::string name;
        std::size_t offset = 0;
    };

    Condition() = default;  // the empty condition: always true
    static std::variant<Condition, Error> parse(std::string_view text);

    bool empty() const { return !root_; }
    bool eval(const Variables& vars) const;
    const std::string& text() const { return text_; }
    const std::vector<NameUse>& names() const { return names_; }

private:
    std::shared_ptr<const Expr> root_;
    std::string text_;
    std::vector<NameUse> names_;
};

}  // namespace hr
