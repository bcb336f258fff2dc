// SPDX-License-Identifier: EUPL-1.2
// Dropped answers in words: a step that is gone has no title left to show (the record keeps only
// ids), so it is said without one.
#include "session/change_notice.h"

namespace hr::session {

std::vector<std::string> describeDropped(const std::vector<Dropped>& dropped, const content::Guide& guide,
                                         const std::string& lang, const i18n::Strings& tr) {
    std::vector<std::string> lines;
    for (const auto& d : dropped) {
        const content::Node* n = d.node.empty() ? nullptr : guide.node(d.node);
        const std::string title = n ? guide.text(n->title, lang) : std::string();
        auto about = [&](const char* key) { return tr.format(key, {{"step", title}}); };
        switch (d.change) {
            case Dropped::Change::StepGone: lines.push_back(tr("notice.dropped_step_gone")); break;
            case Dropped::Change::TrackGone: lines.push_back(tr("notice.dropped_track_gone")); break;
            case Dropped::Change::NotRestored: lines.push_back(tr("notice.dropped_not_restored")); break;
            case Dropped::Change::ChoiceGone: lines.push_back(about("notice.dropped_choice_gone")); break;
            case Dropped::Change::OffPath: lines.push_back(about("notice.dropped_off_path")); break;
            case Dropped::Change::NoLongerFits: lines.push_back(about("notice.dropped_no_longer_fits")); break;
        }
    }
    return lines;
}

}  // namespace hr::session
