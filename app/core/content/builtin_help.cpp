// SPDX-License-Identifier: EUPL-1.2
// The built-in help page's text. Kept short on purpose: only what someone in danger needs.
#include "content/builtin_help.h"

namespace hr::content {

const Page& builtinHelpPage() {
    static const Page page = [] {
        Page p;
        p.id = "builtin:help";
        p.title.byLang = {{"nl", "Hulp en contact"}, {"en", "Help and contact"}};
        p.text.byLang = {
            {"nl",
             "- **Direct gevaar?** Bel [112](tel:112).\n"
             "- **Onveilig thuis, of zorgen om een ander?** Bel Veilig Thuis: [0800-2000](tel:08002000). "
             "Gratis, dag en nacht, en anoniem als je wilt.\n"
             "- **Denk je aan zelfdoding?** Bel [113](tel:113) of [0800-0113](tel:08000113), of chat via "
             "[113.nl](https://www.113.nl). Gratis, dag en nacht, en anoniem.\n"
             "- **Seksueel geweld?** Bel het Centrum Seksueel Geweld: [0800-0188](tel:08000188). Dag en nacht.\n\n"
             "Een nummer aanklikken kopieert het. Deze pagina zit in de app zelf, dus hij werkt altijd.\n"},
            {"en",
             "- **In danger right now?** Call [112](tel:112).\n"
             "- **Unsafe at home, or worried about someone?** Call Veilig Thuis: [0800-2000](tel:08002000). "
             "Free, day and night, and anonymous if you wish.\n"
             "- **Thinking about suicide?** Call [113](tel:113) or [0800-0113](tel:08000113), or chat at "
             "[113.nl](https://www.113.nl). Free, day and night, and anonymous.\n"
             "- **Sexual violence?** Call Centrum Seksueel Geweld: [0800-0188](tel:08000188). Day and night.\n\n"
             "Clicking a number copies it. This page is part of the app itself, so it always works.\n"}};
        return p;
    }();
    return page;
}

}  // namespace hr::content
