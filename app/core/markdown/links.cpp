// SPDX-License-Identifier: EUPL-1.2
// Link extraction with cmark's iterator.
#include "markdown/links.h"

#include <cmark.h>

#include <algorithm>
#include <cctype>

namespace hr::markdown {

std::vector<LinkRef> findLinks(std::string_view text) {
    std::vector<LinkRef> out;
    // Every link, image or autolink needs a '[' or a '<': a text with neither (most of a guide's
    // texts) has none, and need not be parsed. Loading the guide parses a few hundred texts.
    if (text.find_first_of("[<") == std::string_view::npos) return out;
    cmark_node* doc = cmark_parse_document(text.data(), text.size(), CMARK_OPT_DEFAULT);
    if (!doc) return out;
    cmark_iter* it = cmark_iter_new(doc);
    std::size_t searchFrom = 0;
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        if (ev != CMARK_EVENT_ENTER) continue;
        cmark_node* n = cmark_iter_get_node(it);
        const auto type = cmark_node_get_type(n);
        if (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE) continue;
        LinkRef link;
        const char* url = cmark_node_get_url(n);
        link.target = url ? url : "";
        link.image = type == CMARK_NODE_IMAGE;
        // cmark 0.30 keeps no positions for inlines: find the target in the source text instead.
        std::size_t at = std::string_view::npos;
        if (!link.target.empty()) at = text.find(link.target, searchFrom);
        if (at == std::string_view::npos) at = text.find("](", searchFrom);
        if (at == std::string_view::npos) at = text.find('[', searchFrom);
        if (at != std::string_view::npos) {
            if (link.target.empty() && text.compare(at, 2, "](") == 0) at += 2;
            link.offset = at;
            searchFrom = at + 1;
        }
        out.push_back(std::move(link));
    }
    cmark_iter_free(it);
    cmark_node_free(doc);
    return out;
}

LinkKind classifyLink(std::string_view target) {
    std::string lower(target.substr(0, 8));
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    // The scheme, and at least one character after it.
    auto has = [&](std::string_view scheme) { return lower.rfind(scheme, 0) == 0 && target.size() > scheme.size(); };
    if (has("https://") || has("http://")) return LinkKind::Web;
    if (has("mailto:")) return LinkKind::Mail;
    if (has("tel:")) return LinkKind::Phone;
    return LinkKind::Other;
}

}  // namespace hr::markdown
