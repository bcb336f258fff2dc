// SPDX-License-Identifier: EUPL-1.2
// What a view can ask for: one small struct per kind of request, held in an Intent (a variant).
// Views return intents; the controller (controller.h) applies them. A struct holds exactly what
// its request needs, so no field means one thing for one kind and another for the next.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "session/engine.h"
#include "session/export.h"
#include "theme/palette.h"

namespace hr::ui {

namespace intent {

struct None {};

// The conversation
struct OpenTrack { std::string track; };
struct BackToStart {};
struct Answer { session::Answer answer; };
struct Review { session::ReviewOutcome outcome = session::ReviewOutcome::Keep; std::string text; };
struct Back {};
struct GoTo { std::size_t position = 0; };  // a step in the breadcrumb
struct AddAgreement { session::Agreement agreement; };
struct AddTemplate { std::string templateId; };
struct UpdateAgreement { session::Agreement agreement; };
struct RemoveAgreement { std::string id; bool undoable = true; };  // not undoable: Annuleren of a new one
struct UndoRemove {};  // puts the agreement removed last back
struct SetNextDate { std::optional<session::Date> date; };
struct SetNote { std::string node, text; };
struct SetParticipants { std::vector<session::Participant> participants; };

// Records
struct Resume { std::string record; };
struct FollowUp { std::string record; };
struct Export {
    std::string record;  // "" = the open conversation
    session::ExportFormat format = session::ExportFormat::Html;
    session::ExportOptions options;
};
// The export made last (AppState::lastExport): opened in the desktop's app for it, opened as the
// printable page (the HTML, written first when the export was another format; the browser
// prints it), or shown in the file manager.
struct OpenExport {
    enum class Way { Open, Print, Folder } way = Way::Open;
    session::ExportOptions options;  // for the printable page, when it has to be written
};
struct DeleteRecord { std::string record; bool withExports = false; };  // and the exports it made

// Pages, notices, settings, the desktop
struct ShowPage { std::string page; };
struct ClosePage {};
struct DismissNotice { std::size_t index = 0; };
struct SetTheme { theme::ThemeId theme = theme::ThemeId::Light; };
struct SetZoom { int percent = 100; };
struct SetLanguage { std::string language; };  // nl or en
struct SetSingleKeys { bool on = true; };       // digits and Backspace as shortcuts
struct OpenLink { std::string url; };          // http(s) or mailto, opened by the desktop
struct CopyText {                              // to the clipboard (a tel: link's number)
    std::string text;
    std::string notice = "notice.number_copied";  // what the notice after it says (a string key)
};
struct ShowMap {};   // the map of the guide (Kaart), laid out when first asked for
struct CloseMap {};

// Privacy
struct Unlock {};      // the passphrase typed (UiState::passphrase) opens the protected records
struct SkipUnlock {};  // go on without opening them (nothing can be saved then)
struct Protect {};     // turn protection on with UiState::passphrase (typed twice)
struct Unprotect {};
struct Hide {};        // quick hide: save, then a neutral screen
struct Unhide {};      // back from the neutral screen, to the same place
struct UseFolder { std::string folder; };  // another records folder, for the conversation waiting to start
struct StartUnsaved {};  // start the waiting conversation without saving it
struct CancelStart {};

}  // namespace intent

using IntentVariant =
    std::variant<intent::None, intent::OpenTrack, intent::BackToStart, intent::Answer, intent::Review, intent::Back,
                 intent::GoTo, intent::AddAgreement, intent::AddTemplate, intent::UpdateAgreement,
                 intent::RemoveAgreement, intent::UndoRemove, intent::SetNextDate, intent::SetNote, intent::SetParticipants,
                 intent::Resume, intent::FollowUp, intent::Export, intent::OpenExport, intent::DeleteRecord, intent::ShowPage,
                 intent::ClosePage, intent::DismissNotice, intent::SetTheme, intent::SetZoom, intent::SetLanguage, intent::SetSingleKeys,
                 intent::OpenLink, intent::CopyText, intent::ShowMap, intent::CloseMap, intent::Unlock, intent::SkipUnlock, intent::Protect,
                 intent::Unprotect, intent::Hide, intent::Unhide, intent::UseFolder, intent::StartUnsaved,
                 intent::CancelStart>;

// One request from a view; None when the user asked for nothing this frame.
struct Intent : IntentVariant {
    using IntentVariant::IntentVariant;
    Intent() : IntentVariant(intent::None{}) {}

    bool none() const { return std::holds_alternative<intent::None>(*this); }
    template <class T>
    bool is() const { return std::holds_alternative<T>(*this); }
    template <class T>
    const T* as() const { return std::get_if<T>(static_cast<const IntentVariant*>(this)); }
    const IntentVariant& variant() const { return *this; }
};

// A conversation asked for that has to wait (for a passphrase, or for a folder it can be saved in).
using StartIntent = std::variant<intent::OpenTrack, intent::FollowUp, intent::Resume>;

}  // namespace hr::ui
