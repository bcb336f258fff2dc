// SPDX-License-Identifier: EUPL-1.2
// The window icon as PNG files compiled into the binary (rendered from packaging/handreiking.svg at
// build time; packaging/embed_png.cmake writes the definitions), largest last.
#pragma once

#include <cstddef>

namespace hr::ui {

struct EmbeddedPng {
    const unsigned char* data;
    std::size_t size;
};

extern const EmbeddedPng kWindowIcons[];
extern const std::size_t kWindowIconCount;

}  // namespace hr::ui
