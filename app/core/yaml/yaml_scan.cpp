// SPDX-License-Identifier: EUPL-1.2
// The raw-text scanner behind exact YAML syntax positions (see yaml_scan.h for why).
#include "yaml/yaml_scan.h"

#include <vector>

namespace hr::yaml {

namespace {

struct Line {
    std::size_t start = 0, end = 0;  // [start, end) without the line break
};

std::vector<Line> splitLines(const std::string& s) {
    std::vector<Line> out;
    std::size_t at = 0;
    while (at <= s.size()) {
        std::size_t e = s.find('\n', at);
        if (e == std::string::npos) e = s.size();
        std::size_t shown = e;
        if (shown > at && s[shown - 1] == '\r') --shown;
        out.push_back({at, shown});
        if (e == s.size()) break;
        at = e + 1;
    }
    return out;
}

// The end of a quoted scalar opening at `open` (the offset just past its closing quote), or npos.
std::size_t closingQuote(const std::string& s, std::size_t open) {
    const char q = s[open];
    for (std::size_t i = open + 1; i < s.size(); ++i) {
        if (q == '"' && s[i] == '\\') {
            ++i;
        } else if (s[i] == q) {
            if (q == '\'' && i + 1 < s.size() && s[i + 1] == '\'') {
                ++i;  // '' is a quote inside single quotes
                continue;
            }
            return i + 1;
        }
    }
    return std::string::npos;
}

class Scanner {
public:
    Scanner(const std::string& s, std::size_t fail) : s_(s), fail_(fail), lines_(splitLines(s)) {}

    SyntaxProblem run() {
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            const Line& l = lines_[i];
            if (l.start > failLineEnd()) break;
            if (skipTo_ != std::string::npos && l.start < skipTo_) continue;  // inside a quote or flow
            std::size_t p = l.start;
            while (p < l.end && s_[p] == ' ') ++p;
            const int indent = static_cast<int>(p - l.start);
            if (p < l.end && s_[p] == '\t') return problem(SyntaxProblem::Kind::Tab, p);
            if (p == l.end || s_[p] == '#') continue;  // blank or comment
            if (blockIndent_ >= 0) {
                if (indent > blockIndent_) continue;  // the text of a | or > block
                blockIndent_ = -1;
            }
            if (SyntaxProblem bad = indentation(indent, p, l); bad.kind != SyntaxProblem::Kind::None) return bad;
            if (SyntaxProblem q = content(p, l, indent); q.kind != SyntaxProblem::Kind::None) return q;
        }
        return {};
    }

private:
    const std::string& s_;
    std::size_t fail_;
    std::vector<Line> lines_;
    std::vector<int> levels_{0};
    bool opened_ = false;     // the last line ends in 'key:' or '-': the next may go deeper
    bool plainValue_ = false; // the last line ends in a plain value: a deeper line may continue it
    int blockIndent_ = -1;    // inside a | or > block: lines deeper than this are its text
    std::size_t skipTo_ = std::string::npos;

    std::size_t failLineEnd() const {
        const std::size_t e = s_.find('\n', fail_ < s_.size() ? fail_ : s_.size());
        return e == std::string::npos ? s_.size() : e;
    }

    static SyntaxProblem problem(SyntaxProblem::Kind k, std::size_t offset) {
        SyntaxProblem p;
        p.kind = k;
        p.offset = offset;
        return p;
    }

    bool looksLikeKey(std::size_t p, const Line& l) const {
        if (s_[p] == '-' && (p + 1 == l.end || s_[p + 1] == ' ')) return true;
        for (std::size_t i = p; i < l.end; ++i) {
            if (s_[i] == '#' && i > p && s_[i - 1] == ' ') return false;
            if (s_[i] == ':' && (i + 1 == l.end || s_[i + 1] == ' ')) return true;
        }
        return false;
    }

    SyntaxProblem indentation(int indent, std::size_t p, const Line& l) {
        SyntaxProblem bad = problem(SyntaxProblem::Kind::BadIndent, p);
        bad.found = indent;
        if (indent > levels_.back()) {
            if (!opened_ && plainValue_ && !looksLikeKey(p, l)) return {};  // a plain text on more lines
            if (!opened_) {
                bad.expected = levels_.back();
                return bad;
            }
            levels_.push_back(indent);
            return {};
        }
        if (indent < levels_.back()) {
            const int deeper = levels_.back();
            while (levels_.size() > 1 && levels_.back() > indent) levels_.pop_back();
            if (levels_.back() != indent) {
                bad.expected = deeper;
                return bad;
            }
        }
        return {};
    }

    // Reads the line after its indentation: dashes, a key, and what the value starts with.
    SyntaxProblem content(std::size_t p, const Line& l, int indent) {
        opened_ = plainValue_ = false;
        int depth = indent;
        while (p < l.end && s_[p] == '-' && (p + 1 == l.end || s_[p + 1] == ' ')) {
            ++p;
            while (p < l.end && s_[p] == ' ') ++p;
            depth = static_cast<int>(p - lineStartOf(p));
            if (depth > levels_.back()) levels_.push_back(depth);
            if (p == l.end) {
                opened_ = true;
                return {};
            }
        }
        // A key (plain or quoted), then its value.
        if (s_[p] == '"' || s_[p] == '\'') {
            if (SyntaxProblem q = quoted(p, l); q.kind != SyntaxProblem::Kind::None || skipTo_ > l.end) return q;
            p = skipTo_;
            skipTo_ = std::string::npos;
            if (p < l.end && s_[p] == ':') ++p;
            else return {};
        } else {
            std::size_t colon = std::string::npos;
            for (std::size_t i = p; i < l.end; ++i) {
                if (s_[i] == '#' && i > p && s_[i - 1] == ' ') break;
                if (s_[i] == ':' && (i + 1 == l.end || s_[i + 1] == ' ')) {
                    colon = i;
                    break;
                }
            }
            if (s_[p] == '[' || s_[p] == '{') return flow(p);
            if (colon == std::string::npos) {
                plainValue_ = true;
                return {};
            }
            p = colon + 1;
        }
        while (p < l.end && s_[p] == ' ') ++p;
        if (p == l.end || s_[p] == '#') {
            opened_ = true;
            return {};
        }
        if (s_[p] == '|' || s_[p] == '>') {
            blockIndent_ = depth;
            return {};
        }
        if (s_[p] == '"' || s_[p] == '\'') return quoted(p, l);
        if (s_[p] == '[' || s_[p] == '{') return flow(p);
        plainValue_ = true;
        return {};
    }

    std::size_t lineStartOf(std::size_t p) const {
        const std::size_t nl = s_.rfind('\n', p == 0 ? 0 : p - 1);
        return p == 0 || nl == std::string::npos ? 0 : nl + 1;
    }

    // A quoted scalar at `open`. One that runs over lines and ends where yaml-cpp failed (or never
    // ends) is the unclosed quote. Otherwise reading goes on after it (skipTo_).
    SyntaxProblem quoted(std::size_t open, const Line& l) {
        const std::size_t close = closingQuote(s_, open);
        if (close == std::string::npos || (close > l.end && lineStartOf(close - 1) <= fail_ && fail_ <= endOfLineAfter(close))) {
            SyntaxProblem q = problem(SyntaxProblem::Kind::UnclosedQuote, open);
            q.quote = s_[open];
            return q;
        }
        skipTo_ = close;
        plainValue_ = false;
        return {};
    }

    // The end of the line after the one holding `p`: yaml-cpp stops there at the latest.
    std::size_t endOfLineAfter(std::size_t p) const {
        std::size_t e = s_.find('\n', p);
        if (e == std::string::npos) return s_.size();
        e = s_.find('\n', e + 1);
        return e == std::string::npos ? s_.size() : e;
    }

    // A flow collection ([...] or {...}), which may run over lines; quotes inside are checked too.
    SyntaxProblem flow(std::size_t open) {
        int depth = 0;
        for (std::size_t i = open; i < s_.size(); ++i) {
            const char c = s_[i];
            if (c == '[' || c == '{') ++depth;
            else if (c == ']' || c == '}') {
                if (--depth == 0) {
                    skipTo_ = s_.find('\n', i);
                    return {};
                }
            } else if ((c == '"' || c == '\'') && i > open && (s_[i - 1] == '[' || s_[i - 1] == '{' || s_[i - 1] == ' ' || s_[i - 1] == ',')) {
                const std::size_t close = closingQuote(s_, i);
                if (close == std::string::npos || close > fail_ + 1) {
                    if (i <= fail_) {
                        SyntaxProblem q = problem(SyntaxProblem::Kind::UnclosedQuote, i);
                        q.quote = c;
                        return q;
                    }
                    break;
                }
                i = close - 1;
            } else if (c == '#' && i > 0 && s_[i - 1] == ' ') {
                i = s_.find('\n', i);
                if (i == std::string::npos) break;
            }
        }
        skipTo_ = std::string::npos;
        return {};  // unclosed brackets: yaml-cpp's own message says so
    }
};

}  // namespace

SyntaxProblem findSyntaxProblem(const std::string& text, std::size_t failOffset) {
    return Scanner(text, failOffset).run();
}

}  // namespace hr::yaml
