// The window's views and the state they draw. Views draw the app's state and hand back what the
// user asked for (an Intent); they never change the session or touch files themselves. The
// controller (controller.cpp) applies intents: it drives the session engine and saves.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "content/pack.h"
#include "fonts.h"
#include "i18n/strings.h"
#include "session/engine.h"
#include "session/export.h"
#include "session/record_lock.h"
#include "session/store.h"
#include "settings/settings.h"
#include "theme/palette.h"

namespace hr::ui {

struct Intent {
    enum class Kind {
        None,
        OpenTrack,        // id: track
        BackToStart,
        Answer,           // answer
        Review,           // outcome, text
        Back,
        GoTo,             // index
        AddAgreement,     // agreement
        AddTemplate,      // id: template
        UpdateAgreement,  // agreement
        RemoveAgreement,  // id
        SetNextDate,      // date
        SetNote,          // id: node, text
        SetParticipants,  // participants
        Resume,           // id: record
        FollowUp,         // id: record
        Export,           // id: record ("" = the open session), format, exportOptions
        DeleteRecord,     // id: record; index 1: also the exports it made
        ShowPage,         // id: page
        ClosePage,
        DismissNotice,    // index: which notice
        SetTheme,     // index: theme::ThemeId
        SetZoom,      // index: percent
        SetLanguage,  // id: nl or en
        OpenLink,         // text: an http(s) or mailto URL, opened with the desktop's xdg-open
        CopyText,         // text: copied to the clipboard (a tel: link's number)
        Unlock,           // the passphrase typed (UiState::passphrase) opens the protected records
        SkipUnlock,       // go on without opening them (nothing can be saved then)
        Protect,          // turn protection on with UiState::passphrase (typed twice)
        Unprotect,        // turn protection off
        Hide,             // quick hide: save, then a neutral screen
        Unhide,           // back from the neutral screen, to the same place
        UseFolder,        // text: another records folder, for the conversation waiting to start
        StartUnsaved,     // start the waiting conversation without saving it
        CancelStart,      // do not start the waiting conversation
    } kind = Kind::None;
    std::string id;
    std::size_t index = 0;
    session::Answer answer;
    session::Agreement agreement;
    session::ReviewOutcome outcome = session::ReviewOutcome::Keep;
    std::string text;
    std::optional<session::Date> date;
    std::vector<session::Participant> participants;
    session::ExportFormat format = session::ExportFormat::Html;
    session::ExportOptions exportOptions;

    bool none() const { return kind == Kind::None; }
    static Intent of(Kind k, std::string id = {}) {
        Intent i;
        i.kind = k;
        i.id = std::move(id);
        return i;
    }
};

// A message shown above the current screen until dismissed.
struct Notice {
    enum class Level { Info, Warning, Error } level = Level::Info;
    std::string title;
    std::vector<std::string> lines;
};

// Whether the open conversation is being saved: the top bar says exactly this.
struct Saving {
    enum class State { On, Off, Failed } state = State::On;  // Off: chosen, or a run that writes nothing
    std::string reason;  // why not: the problem in plain words (an interface string key); may be empty for Off
    std::string detail;  // Failed: the system's words
};

// A conversation asked for while its record could not be saved: it waits for the user's choice
// (another folder, or on without saving).
struct PendingStart {
    Intent start;          // OpenTrack or FollowUp
    std::string folder;    // the folder that could not be used
    std::string reason;    // an interface string key
    std::string detail;
};

// What the app holds: the guide, the records folder, the open conversation.
struct AppState {
    content::LoadedPack pack;
    i18n::Strings tr;
    std::unique_ptr<session::Store> store;    // null when the records folder cannot be used
    std::filesystem::path dataDir;            // the records folder asked for (also when it cannot be used)
    std::vector<session::Store::Entry> records;  // as last listed
    std::optional<session::Session> session;   // the open conversation
    std::optional<session::RecordLock> lock;   // held while the open conversation is saved here
    std::string savedStamp;                    // the record file as this window last wrote it
    // Notices above the screen, oldest first; several at once, so a later one never hides an
    // earlier one (a notice with the same title replaces that one).
    std::vector<Notice> notices;
    std::string openPage;           // a reference page shown over the screen
    std::filesystem::path exportDir;  // where exports are written
    std::filesystem::path uiDir;      // content/ui, for switching the language
    settings::Settings settings;      // as chosen; the window applies theme and zoom

    // The interface and content language: the settings hold it, nothing else does.
    const std::string& language() const { return settings.language; }
    std::optional<std::filesystem::path> settingsPath;  // where they are saved (none: not saved)
    Saving saving;
    std::optional<PendingStart> pendingStart;
    bool hidden = false;      // quick hide: a neutral screen until the user comes back
    // A records folder protected with a passphrase is locked until unlocked: nothing of it is
    // listed, and a conversation asked for at start (--track, --resume) waits.
    bool locked = false;
    bool unlockSkipped = false;
    std::string unlockError;  // an interface string key, after a failed unlock
    std::string unlockDetail;
    std::optional<Intent> afterUnlock;
    bool writesNothing = false;  // a --screenshot run: no record, no export, no settings
};

// Widget state that only the views need (text being typed, the highlighted choice, open popups).
// Kept apart from AppState so that the session stays the single truth about the conversation.
struct UiState {
    std::string highlighted;               // choice id picked with a digit, confirmed with Enter
    std::vector<std::string> ticked;       // checklist being filled in
    std::map<std::string, int> points;     // scale being filled in
    std::string stepKey;                   // node + position the buffers above belong to
    // Agreement editor
    bool editorOpen = false;
    bool editorFocus = false;
    session::Agreement editing;
    std::string editText, editDue, editEvaluate;
    int editOwner = 0;
    // Review "adjust" text, next-date field, note field
    std::string adjustText;
    std::string nextDate;
    bool nextDateSynced = false;
    std::string note;
    std::string noteKey;
    bool includeNotes = false, includeAnswers = false, includeTitle = false;
    std::string confirmDelete;  // record id awaiting confirmation
    bool deleteExports = true;  // with it, the exports the record made (offered, on by default)
    std::vector<std::string> deleteExportFiles;  // those found when Verwijderen was clicked (read once, not per frame)
    std::string lastExport;     // path of the last export written
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
};

// Draws one frame of the whole window (an ImGui frame must be open) and returns the user's intent.
Intent drawApp(const AppState& state, UiState& ui, const Fonts& fonts);

// Applies an intent: drives the session, saves the record, lists records again.
void apply(AppState& state, UiState& ui, const Intent& intent);

// Opens the records folder and lists its records (called at start and after changes).
void refreshRecords(AppState& state);

// The screens, drawn inside the main window.
Intent drawStart(const AppState& state, UiState& ui, const Fonts& fonts);
Intent drawWalk(const AppState& state, UiState& ui, const Fonts& fonts);
Intent drawAgreements(const AppState& state, UiState& ui, const Fonts& fonts);
Intent drawSummary(const AppState& state, UiState& ui, const Fonts& fonts);
void drawDiagnostics(const AppState& state, const Fonts& fonts);
Intent drawPage(const AppState& state, const content::Page& page, const Fonts& fonts);
// Privacy screens (privacy_views.cpp): the neutral screen of quick hide, and the choice when a
// conversation cannot be saved.
Intent drawHidden(const AppState& state, const Fonts& fonts);
Intent drawSavePrompt(const AppState& state, UiState& ui, const Fonts& fonts);
// The passphrase screen of a protected records folder, shown before anything is listed.
Intent drawUnlock(const AppState& state, UiState& ui, const Fonts& fonts);
// The dialog that turns protection on (passphrase twice) or off; opened from the settings.
Intent drawProtectDialog(const AppState& state, UiState& ui);
// The id of the built-in help page (112, Veilig Thuis, 113), shown when the pack has none or
// cannot be loaded.
inline constexpr const char* kBuiltinHelpPage = "builtin:help";

// Markdown text with its styles, wrapped to the space left in the column (markdown_layout.h).
// A clicked link is an OpenLink intent (http, https, mailto) or a CopyText one (tel: number).
Intent drawMarkdown(const std::string& markdown, const Fonts& fonts);

// Applies the app's look to ImGui's style: spacing scaled by `scale`, colours of the theme.
void applyStyle(float scale, theme::ThemeId theme = theme::ThemeId::Light);
// A collapsing header whose title sits close to its arrow (the app's wide frame padding would
// leave a gap there). `flags` are ImGuiTreeNodeFlags.
bool foldingHeader(const char* label, int flags = 0);
// A dialog without a title bar, `maxWidth` wide at most, centred a third down the window; opened
// while `open` is set. Returns what ImGui::BeginPopupModal returns (then EndPopup must follow).
bool beginDialog(const char* id, bool open, float maxWidth);
// A full-width one-line text field. With `focus` set it asks for the keyboard focus and clears
// `focus`; it then gets the cursor after the text, not all of it selected (one typed key would
// replace a whole agreement). `flags` are ImGuiInputTextFlags; returns what ImGui::InputText returns.
bool textField(const char* id, std::string& text, bool& focus, int flags = 0);

// Keyboard helpers shared by the views (inactive while a text field has focus).
int typedDigit();        // 1-9 typed this frame, or 0
bool enterPressed();
bool backPressed();      // Alt+Left, or Backspace
bool ctrlPressed(char key);  // Ctrl + an uppercase letter, a digit, '=', '+' or '-' 

}  // namespace hr::ui
