// SPDX-License-Identifier: EUPL-1.2
// The views' own widget state: what is being typed, highlighted or open. Kept apart from AppState
// so that the session stays the single truth about the conversation.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "session/engine.h"
#include "session/export.h"

namespace hr::ui {

// Widget state that only the views need (text being typed, the highlighted choice, open popups).
struct UiState {
    std::string highlighted;               // choice id picked with a digit, confirmed with Enter
    std::vector<std::string> ticked;       // checklist being filled in
    std::map<std::string, int> points;     // scale being filled in
    std::string stepKey;                   // node + position the buffers above belong to
    std::string screenKey;                 // which screen the focus belongs to (start, a conversation, its end)
    std::string focusRequest;              // the item to take the keyboard focus next (focus.h)
    int revealFocus = 0;                   // frames left to scroll a new step's focus into sight
    std::string cursor;                    // the statement the keyboard is in (a scale's digits give it points)
    std::size_t part = 1;                  // the part of the screen F6 moved to last (0 top bar, 1 step, 2 panel)
    bool panelBelow = false;               // the agreements panel is drawn under the step (narrow window)
    float noticeHeight = 0;                // the notice strip's height as last drawn (app_view.cpp)
    std::size_t noticeStripShown = 0;      // a hash of the notices in the strip in the last frame (0: none)
    double noticeGuardUntil = 0;           // ImGui time until which the strip takes no clicks
    // Agreement editor
    bool editorOpen = false;
    bool editorFocus = false;
    bool confirmDiscard = false;           // Esc with typed text: asking whether to throw it away
    session::Agreement editing;
    std::string editText, editDue, editEvaluate;
    int editOwner = 0;
    // Review "adjust" text, next-date field, note field
    std::string adjustText;
    std::string nextDate;
    bool nextDateSynced = false;
    std::string note;
    bool includeNotes = false, includeAnswers = false, includeTitle = false;
    bool includeAgreementDates = false;  // the calendar export: events for the agreements' dates too
    std::string confirmDelete;  // record id awaiting confirmation
    bool deleteExports = true;  // with it, the exports the record made (offered, on by default)
    std::vector<std::string> deleteExportFiles;  // those found when Verwijderen was clicked (read once, not per frame)
    std::string otherFolder;    // typed on the "cannot save" screen
    // Passphrases as typed; wiped (session::wipe) by the controller as soon as they are used.
    std::string passphrase, passphrase2;
    bool protectDialog = false;    // turning protection on or off
    std::string protectError;      // an interface string key
    // The agreement editor saves as it is typed (an agreement in an open dialog is a change too):
    // what it last sent, and the agreement as it was before, for Annuleren.
    bool editingIsNew = false;
    std::optional<session::Agreement> editSent;
    session::Agreement editOriginal;
    // The map (map_view.cpp): where it is scrolled to and how far zoomed, the node shown below it
    // (clicked, or Enter on the node the keyboard is on), -1 for none.
    struct MapView {
        bool placed = false;  // scrolled to the current step once opened
        float panX = 0, panY = 0;  // the map point at the canvas's top left
        float zoom = 1;
        int selected = -1, focused = -1;
        float originX = 0, originY = 0, scale = 1;  // as last drawn: screen = origin + (map - pan) * scale
    } map;
    // What the end screen shows, made by session::summarise: again only when the record changed
    // (Session::revision), or the guide or the language did, never once per frame.
    struct SummaryCache {
        std::uint64_t revision = 0;
        const void* guide = nullptr;
        std::string language;
        session::Summary summary;
    } summaryCache;
    // What the walk derives from the session (the path's titles, the steps left, the agreements to
    // suggest), made again only when Session::revision moves (views.h: derived()).
    struct Derived {
        std::uint64_t revision = 0;
        std::vector<session::Crumb> crumbs;
        session::Progress progress;
        std::vector<const content::AgreementTemplate*> suggestions;
    } derived;
};

}  // namespace hr::ui
