// SPDX-License-Identifier: EUPL-1.2
// Markdown in the views: the text's cached layout (markdown_layout.h) drawn at the cursor, wrapped
// to the space left in the column, and a clicked link turned into the intent that follows it.
#include <imgui.h>

#include <algorithm>
#include <cctype>

#include "markdown/links.h"
#include "markdown_layout.h"
#include "widgets.h"

namespace hr::ui {

namespace {


Intent linkIntent(const std::string& target) {
    if (!markdown::isAllowedLinkTarget(target)) return {};
    // No phone to dial from a desktop: the number goes to the clipboard.
    if (markdown::isPhoneLink(target)) return intent::CopyText{target.substr(4)};
    return intent::OpenLink{target};
}

}  // namespace

Intent drawMarkdown(const std::string& markdown, const Fonts& fonts) {
    const float width = std::max(ImGui::GetContentRegionAvail().x, 1.0f);
    return linkIntent(md::drawLayout(md::cachedLayout(markdown, fonts, width)));
}

}  // namespace hr::ui
