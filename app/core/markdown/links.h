// Links in a Markdown text, found with cmark, so the validator can check their targets.
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

// True for the link targets the app will open: http(s), mailto and tel.
bool isAllowedLinkTarget(std::string_view target);

}  // namespace hr::markdown
