// SPDX-License-Identifier: EUPL-1.2
// Links in a Markdown text, found with cmark, so the validator can check their targets; and what
// kind of link a target is, the one place that says so for the loader, the views and the window.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hr::markdown {

struct LinkRef {
    std::string target;      // the URL as cmark resolved it (reference links included)
    std::size_t offset = 0;  // where the target (or the link) is written in the text, best effort
    bool image = false;
};

std::vector<LinkRef> findLinks(std::string_view text);

// What a link target is, by its scheme (in any case) with something after it: a web page (https://,
// http://), an e-mail address (mailto:), a phone number (tel:), or none the app will follow.
enum class LinkKind { Web, Mail, Phone, Other };
LinkKind classifyLink(std::string_view target);

// True for the link targets the app will open: http(s), mailto and tel.
inline bool isAllowedLinkTarget(std::string_view target) { return classifyLink(target) != LinkKind::Other; }
// A tel: link with a number: a desktop cannot dial, so the window shows and copies the number.
inline bool isPhoneLink(std::string_view target) { return classifyLink(target) == LinkKind::Phone; }

}  // namespace hr::markdown
