// SPDX-License-Identifier: EUPL-1.2
// Small text helpers: UTF-8 validation, capped edit distance, line/column arithmetic.
#include "util/text_util.h"

#include <algorithm>
#include <array>

namespace hr {

std::size_t findInvalidUtf8(std::string_view s) {
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c < 0xC2 || c > 0xF4) return i;  // a continuation byte, or a lead byte of no valid form
        const std::size_t len = utf8SequenceLength(c);
        unsigned cp = c & (len == 2 ? 0x1Fu : len == 3 ? 0x0Fu : 0x07u);
        if (i + len > n) return i;
        for (std::size_t k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if (!isUtf8Continuation(cc)) return i;
            cp = (cp << 6) | (cc & 0x3Fu);
        }
        // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return std::string_view::npos;
}

std::size_t editDistance(std::string_view a, std::string_view b, std::size_t cap) {
    const std::size_t diff = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    if (diff > cap) return cap + 1;
    // Optimal string alignment: Levenshtein plus adjacent transpositions ("chioces" is one edit).
    std::vector<std::size_t> prev2(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        std::size_t rowMin = cur[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t subst = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, subst});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > cap) return cap + 1;
        prev2.swap(prev);
        prev.swap(cur);
    }
    return std::min(prev[b.size()], cap + 1);
}

std::string closestMatch(std::string_view word, const std::vector<std::string>& candidates) {
    const std::size_t cap = word.size() <= 4 ? 1 : (word.size() <= 8 ? 2 : 3);
    std::string best;
    std::size_t bestDist = cap + 1;
    for (const auto& c : candidates) {
        const std::size_t d = editDistance(word, c, cap);
        if (d < bestDist) {
            bestDist = d;
            best = c;
        }
    }
    return best;
}

LineCol lineColAt(std::string_view text, std::size_t offset) {
    LineCol lc;
    offset = std::min(offset, text.size());
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++lc.line;
            lc.column = 1;
        } else if (!isUtf8Continuation(static_cast<unsigned char>(text[i]))) {
            ++lc.column;
        }
    }
    return lc;
}

int columnAt(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    const std::size_t newline = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
    const std::size_t start = newline == std::string_view::npos ? 0 : newline + 1;
    int column = 1;
    for (std::size_t i = start; i < offset; ++i)
        if (!isUtf8Continuation(static_cast<unsigned char>(text[i]))) ++column;
    return column;
}

int codePoints(std::string_view text, std::size_t bytes) {
    bytes = std::min(bytes, text.size());
    int n = 0;
    for (std::size_t i = 0; i < bytes; ++i)
        if (!isUtf8Continuation(static_cast<unsigned char>(text[i]))) ++n;
    return n;
}

Msg quotedList(const std::vector<std::string>& words) {
    if (words.size() < 2) return Msg("list.one", {{"only", words.empty() ? "" : "'" + words[0] + "'"}});
    std::string first;
    for (std::size_t i = 0; i + 1 < words.size(); ++i) first += (i == 0 ? "'" : ", '") + words[i] + "'";
    return Msg("list.or", {{"first", first}, {"last", "'" + words.back() + "'"}});
}

namespace {

// The bytes that may start a control character (C0, DEL, and 0xC2, which leads C1 in UTF-8):
// a table, so the common byte costs one look-up. A guide's load scans each file's whole text.
constexpr std::array<bool, 256> kControlLeads = [] {
    std::array<bool, 256> at{};
    for (std::size_t b = 0; b < 0x20; ++b) at[b] = true;
    at[0x7f] = at[0xC2] = true;
    return at;
}();

}  // namespace

std::size_t firstControlCharacter(std::string_view text, std::size_t from, bool lineBreaksAllowed) {
    for (std::size_t i = from; i < text.size(); ++i) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (!kControlLeads[b]) continue;
        if (b == '\t' || (b == '\n' && lineBreaksAllowed)) continue;
        if (b < 0x20 || b == 0x7f) return i;
        if (b == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(text[i + 1]) <= 0x9f)
            return i;
    }
    return std::string_view::npos;
}

}  // namespace hr
