// SPDX-License-Identifier: EUPL-1.2
// The document model as plain lines. Works on the parsed Document (cmark's reading of the text),
// so what counts as a list, a link or emphasis is exactly what the window shows.
#include "markdown/plain_text.h"

#include <cctype>

namespace hr::markdown {

namespace {

std::string digitsOf(std::string_view s) {
    std::string out;
    for (char c : s)
        if (std::isdigit(static_cast<unsigned char>(c)) || c == '+') out += c;
    return out;
}

// A link's address as it is worth reading: a phone number or mail address without its scheme,
// and nothing at all when the link's text says it already ([0800-2000](tel:08002000) is read as
// "0800-2000", not twice). A screen reader reads every character of an address aloud.
std::string shownAddress(const std::string& text, const std::string& target) {
    std::string address = target;
    for (const char* scheme : {"tel:", "mailto:"})
        if (address.rfind(scheme, 0) == 0) address = address.substr(std::string(scheme).size());
    if (address.empty() || address == text) return {};
    if (target.rfind("tel:", 0) == 0 && digitsOf(text) == digitsOf(address)) return {};
    return address;
}

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t from = 0;
    for (;;) {
        const std::size_t nl = text.find('\n', from);
        out.push_back(text.substr(from, nl == std::string::npos ? std::string::npos : nl - from));
        if (nl == std::string::npos) return out;
        from = nl + 1;
    }
}

std::vector<std::string> blockLines(const Block& b);

// Blocks one after the other, an empty line between them when `blank` (empty blocks, such as a
// rule, leave no trace: a line of dashes is read aloud as "dash dash dash").
std::vector<std::string> joinBlocks(const std::vector<Block>& blocks, bool blank) {
    std::vector<std::string> out;
    for (const Block& b : blocks) {
        std::vector<std::string> lines = blockLines(b);
        if (lines.empty()) continue;
        if (blank && !out.empty()) out.emplace_back();
        out.insert(out.end(), lines.begin(), lines.end());
    }
    return out;
}

std::vector<std::string> listLines(const Block& list) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < list.children.size(); ++i) {
        const std::string marker = list.ordered ? std::to_string(list.start + static_cast<int>(i)) + ". " : "- ";
        std::vector<std::string> lines = joinBlocks(list.children[i].children, !list.tight);
        if (!list.tight && !out.empty()) out.emplace_back();
        if (lines.empty()) lines.emplace_back();
        for (std::size_t k = 0; k < lines.size(); ++k) {
            if (k == 0)
                out.push_back(marker + lines[k]);
            else
                out.push_back(lines[k].empty() ? "" : std::string(marker.size(), ' ') + lines[k]);
        }
    }
    return out;
}

std::vector<std::string> blockLines(const Block& b) {
    switch (b.kind) {
        case Block::Kind::Heading:
        case Block::Kind::Paragraph: {
            const std::string text = spansToPlainText(b.spans);
            return text.empty() ? std::vector<std::string>{} : splitLines(text);
        }
        case Block::Kind::Code: return b.literal.empty() ? std::vector<std::string>{} : splitLines(b.literal);
        case Block::Kind::List: return listLines(b);
        // A quote is a remark that stands out on screen; its words say who it is for ("Voor de
        // leidinggevende:"), and a "> " before each line would be read aloud as a symbol.
        case Block::Kind::Quote:
        case Block::Kind::Item: return joinBlocks(b.children, true);
        case Block::Kind::Rule: return {};
    }
    return {};
}

}  // namespace

std::string spansToPlainText(const std::vector<Span>& spans) {
    std::string out;
    for (std::size_t i = 0; i < spans.size();) {
        const Span& s = spans[i];
        if (s.kind == Span::Kind::HardBreak || s.link.empty()) {
            out += s.kind == Span::Kind::HardBreak ? std::string("\n") : s.text;
            ++i;
            continue;
        }
        // The spans of one link (it may hold bold and plain runs) read as one text.
        std::string text;
        std::size_t j = i;
        for (; j < spans.size() && spans[j].kind == Span::Kind::Text && spans[j].link == s.link; ++j)
            text += spans[j].text;
        out += text;
        if (const std::string address = shownAddress(text, s.link); !address.empty())
            out += text.empty() ? address : " (" + address + ")";
        i = j;
    }
    return out;
}

std::string toPlainText(const Document& doc) {
    std::string out;
    for (const std::string& line : joinBlocks(doc.blocks, true)) {
        if (!out.empty()) out += '\n';
        // Trailing spaces are read as nothing but move a braille display's cursor.
        const std::size_t end = line.find_last_not_of(' ');
        out += end == std::string::npos ? "" : line.substr(0, end + 1);
    }
    return out;
}

std::string toPlainText(std::string_view markdown) { return toPlainText(parse(markdown)); }

}  // namespace hr::markdown
