// SPDX-License-Identifier: EUPL-1.2
// Condition expressions: a recursive-descent parser with byte offsets for errors, and evaluation.
#include "content/condition.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace hr {

bool Value::truthy() const {
    switch (v.index()) {
        case 1: return std::get<bool>(v);
        case 2: return std::get<double>(v) != 0.0;
        case 3: return !std::get<std::string>(v).empty();
        default: return false;
    }
}

std::string Value::str() const {
    switch (v.index()) {
        case 1: return std::get<bool>(v) ? "true" : "false";
        case 2: {
            const double d = std::get<double>(v);
            if (std::floor(d) == d && std::fabs(d) < 1e15) return std::to_string(static_cast<long long>(d));
            std::ostringstream os;
            os << d;
            return os.str();
        }
        case 3: return std::get<std::string>(v);
        default: return "";
    }
}

struct Condition::Expr {
    enum class Op { Literal, Name, Not, And, Or, Eq, Ne, Lt, Le, Gt, Ge } op = Op::Literal;
    Value literal;
    std::string name;
    std::unique_ptr<Expr> a, b;
};

namespace {

using Expr = Condition::Expr;
using ExprOp = Expr::Op;

// Maximum nesting of parentheses and "not": keeps the recursive parser's stack bounded.
constexpr int kMaxDepth = 64;
constexpr std::size_t kMaxLength = 1000;

struct Token {
    enum class Kind { End, Name, Number, String, LParen, RParen, Op } kind = Kind::End;
    std::string text;
    std::size_t offset = 0;
};

struct ParseFail {
    Condition::Error error;
};

class Parser {
public:
    explicit Parser(std::string_view s) : s_(s) { advance(); }

    std::unique_ptr<Expr> parseAll(std::vector<Condition::NameUse>& names) {
        names_ = &names;
        if (tok_.kind == Token::Kind::End) fail(0, Msg("cond.empty"));
        auto e = parseOr(0);
        if (tok_.kind != Token::Kind::End) {
            if (tok_.kind == Token::Kind::RParen) fail(tok_.offset, Msg("cond.unopened"));
            fail(tok_.offset, Msg("cond.expected_end", {{"found", tok_.text}}));
        }
        return e;
    }

private:
    std::string_view s_;
    std::size_t pos_ = 0;
    Token tok_;
    std::vector<Condition::NameUse>* names_ = nullptr;

    [[noreturn]] static void fail(std::size_t offset, Msg message) {
        std::string english = render(message, "en");
        throw ParseFail{{offset, std::move(english), std::move(message)}};
    }

    void advance() {
        while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_]))) ++pos_;
        tok_ = Token{};
        tok_.offset = pos_;
        if (pos_ >= s_.size()) return;
        const char c = s_[pos_];
        if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
            std::size_t e = pos_;
            while (e < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[e])) || s_[e] == '_')) ++e;
            tok_.kind = Token::Kind::Name;
            tok_.text = std::string(s_.substr(pos_, e - pos_));
            pos_ = e;
            return;
        }
        if (std::isdigit(static_cast<unsigned char>(c)) ||
            (c == '-' && pos_ + 1 < s_.size() && std::isdigit(static_cast<unsigned char>(s_[pos_ + 1])))) {
            std::size_t e = pos_ + 1;
            bool dot = false;
            while (e < s_.size() && (std::isdigit(static_cast<unsigned char>(s_[e])) || (s_[e] == '.' && !dot))) {
                dot = dot || s_[e] == '.';
                ++e;
            }
            tok_.kind = Token::Kind::Number;
            tok_.text = std::string(s_.substr(pos_, e - pos_));
            pos_ = e;
            return;
        }
        if (c == '\'' || c == '"') {
            const std::size_t close = s_.find(c, pos_ + 1);
            if (close == std::string_view::npos) fail(pos_, Msg("cond.unclosed_text", {{"quote", std::string(1, c)}}));
            tok_.kind = Token::Kind::String;
            tok_.text = std::string(s_.substr(pos_ + 1, close - pos_ - 1));
            pos_ = close + 1;
            return;
        }
        if (c == '(' || c == ')') {
            tok_.kind = c == '(' ? Token::Kind::LParen : Token::Kind::RParen;
            tok_.text = std::string(1, c);
            ++pos_;
            return;
        }
        static const char* const two[] = {"==", "!=", "<=", ">=", "&&", "||"};
        for (const char* op : two) {
            if (s_.substr(pos_, 2) == op) {
                if (op[0] == '&') fail(pos_, Msg("cond.write_and"));
                if (op[0] == '|') fail(pos_, Msg("cond.write_or"));
                tok_.kind = Token::Kind::Op;
                tok_.text = op;
                pos_ += 2;
                return;
            }
        }
        if (c == '<' || c == '>') {
            tok_.kind = Token::Kind::Op;
            tok_.text = std::string(1, c);
            ++pos_;
            return;
        }
        if (c == '=') fail(pos_, Msg("cond.write_eq"));
        if (c == '!') fail(pos_, Msg("cond.write_not"));
        fail(pos_, Msg("cond.bad_char", {{"char", std::string(1, c)}}));
    }

    bool isWord(const char* w) const { return tok_.kind == Token::Kind::Name && tok_.text == w; }

    static std::unique_ptr<Expr> binary(ExprOp op, std::unique_ptr<Expr> a, std::unique_ptr<Expr> b) {
        auto e = std::make_unique<Expr>();
        e->op = op;
        e->a = std::move(a);
        e->b = std::move(b);
        return e;
    }

    std::unique_ptr<Expr> parseOr(int depth) {
        auto left = parseAnd(depth);
        while (isWord("or")) {
            advance();
            left = binary(ExprOp::Or, std::move(left), parseAnd(depth));
        }
        return left;
    }

    std::unique_ptr<Expr> parseAnd(int depth) {
        auto left = parseUnary(depth);
        while (isWord("and")) {
            advance();
            left = binary(ExprOp::And, std::move(left), parseUnary(depth));
        }
        return left;
    }

    std::unique_ptr<Expr> parseUnary(int depth) {
        if (depth > kMaxDepth) fail(tok_.offset, Msg("cond.too_deep"));
        if (isWord("not")) {
            advance();
            return binary(ExprOp::Not, parseUnary(depth + 1), nullptr);
        }
        return parseCompare(depth);
    }

    std::unique_ptr<Expr> parseCompare(int depth) {
        auto left = parsePrimary(depth);
        if (tok_.kind == Token::Kind::Op) {
            static const std::pair<const char*, ExprOp> ops[] = {{"==", ExprOp::Eq}, {"!=", ExprOp::Ne}, {"<", ExprOp::Lt},
                                                             {"<=", ExprOp::Le}, {">", ExprOp::Gt},  {">=", ExprOp::Ge}};
            ExprOp op = ExprOp::Eq;
            for (const auto& [t, o] : ops)
                if (tok_.text == t) op = o;
            advance();
            return binary(op, std::move(left), parsePrimary(depth));
        }
        return left;
    }

    std::unique_ptr<Expr> parsePrimary(int depth) {
        auto e = std::make_unique<Expr>();
        const Token t = tok_;
        switch (t.kind) {
            case Token::Kind::End: fail(t.offset, Msg("cond.ends_early"));
            case Token::Kind::RParen: fail(t.offset, Msg("cond.value_before", {{"token", ")"}}));
            case Token::Kind::Op: fail(t.offset, Msg("cond.value_before", {{"token", t.text}}));
            case Token::Kind::LParen: {
                advance();
                auto inner = parseOr(depth + 1);
                if (tok_.kind != Token::Kind::RParen) fail(t.offset, Msg("cond.unclosed_paren"));
                advance();
                return inner;
            }
            case Token::Kind::Number:
                e->literal.v = std::strtod(t.text.c_str(), nullptr);
                break;
            case Token::Kind::String:
                e->literal.v = t.text;
                break;
            case Token::Kind::Name:
                if (t.text == "true" || t.text == "false") {
                    e->literal.v = t.text == "true";
                } else if (t.text == "and" || t.text == "or" || t.text == "not") {
                    fail(t.offset, Msg("cond.value_before", {{"token", t.text}}));
                } else {
                    e->op = ExprOp::Name;
                    e->name = t.text;
                    names_->push_back({t.text, t.offset});
                }
                break;
        }
        advance();
        return e;
    }
};

Value evaluate(const Expr& e, const Variables& vars) {
    auto boolean = [](bool b) { return Value{b}; };
    switch (e.op) {
        case ExprOp::Literal: return e.literal;
        case ExprOp::Name: {
            auto it = vars.find(e.name);
            return it == vars.end() ? Value{} : it->second;
        }
        case ExprOp::Not: return boolean(!evaluate(*e.a, vars).truthy());
        case ExprOp::And: return boolean(evaluate(*e.a, vars).truthy() && evaluate(*e.b, vars).truthy());
        case ExprOp::Or: return boolean(evaluate(*e.a, vars).truthy() || evaluate(*e.b, vars).truthy());
        case ExprOp::Eq: return boolean(evaluate(*e.a, vars) == evaluate(*e.b, vars));
        case ExprOp::Ne: return boolean(!(evaluate(*e.a, vars) == evaluate(*e.b, vars)));
        case ExprOp::Lt:
        case ExprOp::Le:
        case ExprOp::Gt:
        case ExprOp::Ge: {
            // Order is defined for numbers only; anything else (unset, text) makes the test false.
            const Value a = evaluate(*e.a, vars), b = evaluate(*e.b, vars);
            const double* x = std::get_if<double>(&a.v);
            const double* y = std::get_if<double>(&b.v);
            if (!x || !y) return boolean(false);
            switch (e.op) {
                case ExprOp::Lt: return boolean(*x < *y);
                case ExprOp::Le: return boolean(*x <= *y);
                case ExprOp::Gt: return boolean(*x > *y);
                default: return boolean(*x >= *y);
            }
        }
    }
    return {};
}

}  // namespace

std::variant<Condition, Condition::Error> Condition::parse(std::string_view text) {
    Condition c;
    c.text_ = std::string(text);
    // Long and/or chains nest the tree; a cap keeps parsing, evaluation and destruction shallow.
    if (text.size() > kMaxLength)
    {
        Msg m("cond.too_long", {{"max", static_cast<int>(kMaxLength)}});
        return Error{0, render(m, "en"), m};
    }
    try {
        Parser p(text);
        c.root_ = p.parseAll(c.names_);
    } catch (const ParseFail& f) {
        return f.error;
    }
    return c;
}

bool Condition::eval(const Variables& vars) const {
    return !root_ || evaluate(*root_, vars).truthy();
}

}  // namespace hr
