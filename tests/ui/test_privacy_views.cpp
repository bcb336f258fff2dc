// SPDX-License-Identifier: EUPL-1.2
// The window's privacy promises, drawn headless with the real controller: what the top bar says
// about saving is true, quick hide leaves no text of the guide, a self-reflection is not listed
// among the shared conversations, deleting offers to delete the exports, help is always reachable,
// and an agreement typed in the open dialog is already saved.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <thread>

#include "content/builtin_help.h"
#include "headless.h"
#include "session/record_index.h"

using namespace hr;
using namespace hr::test;
namespace fs = std::filesystem;

namespace {


bool has(const std::string& screen, const std::string& text) { return screen.find(text) != std::string::npos; }

std::size_t filesIn(const fs::path& dir) {
    std::error_code ec;
    std::size_t n = 0;
    for (const auto& e : fs::recursive_directory_iterator(dir, ec)) n += e.is_regular_file() ? 1 : 0;
    return n;
}

// Points the app at a records folder that is a file: nothing can be saved there.
void breakRecordsFolder(Headless& h) {
    const fs::path file = h.tmp.path() / "not-a-folder";
    writeText(file, "x");
    h.state.store.reset();
    h.state.dataDir = file / "sessions";
}

}  // namespace

TEST_CASE("a conversation that cannot be saved waits for a choice and then says it is not saved") {
    Headless h;
    breakRecordsFolder(h);
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    CHECK_FALSE(h.state.session);
    std::string screen = h.screen();
    CHECK(has(screen, h.state.tr("save.cannot_title")));
    CHECK(has(screen, h.state.tr("save.problem_not_a_folder")));
    CHECK_FALSE(has(screen, h.state.tr("top.saved")));

    SECTION("on without saving: the top bar says so for the whole conversation") {
        h.click(ImVec2(0, 0));  // nothing
        ui::apply(h.state, h.ui, ui::intent::StartUnsaved{});
        REQUIRE(h.state.session);
        for (int step = 0; step < 3; ++step) {
            screen = h.screen();
            CHECK(has(screen, h.state.tr("top.not_saved")));
            CHECK_FALSE(has(screen, h.state.tr("top.saved")));
            h.answer(step == 1 ? "ja" : "");
        }
        CHECK(filesIn(h.tmp.path()) == 1);  // only the file that stood in the way
    }
    SECTION("another folder: the conversation starts there and is saved") {
        ui::apply(h.state, h.ui, ui::intent::UseFolder{(h.tmp.path() / "elsewhere").string()});
        REQUIRE(h.state.session);
        CHECK(fs::exists(h.tmp.path() / "elsewhere" / (h.state.session->record().id + ".yaml")));
        CHECK(has(h.screen(), h.state.tr("top.saved")));
    }
    SECTION("another folder that does not work either: the screen says why, nothing starts") {
        ui::apply(h.state, h.ui, ui::intent::UseFolder{(h.tmp.path() / "not-a-folder" / "x").string()});
        CHECK_FALSE(h.state.session);
        CHECK(has(h.screen(), h.state.tr("save.problem_not_a_folder")));
    }
}

TEST_CASE("a save that fails during a conversation turns the top bar into a lasting warning") {
    Headless h;
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    REQUIRE(h.state.session);
    CHECK(has(h.screen(), h.state.tr("top.saved")));
    // The records folder disappears and a file takes its place.
    fs::remove_all(h.state.dataDir);
    writeText(h.state.dataDir, "x");
    h.answer("");
    ui::apply(h.state, h.ui, ui::intent::DismissNotice{});
    const std::string screen = h.screen();
    CHECK(has(screen, h.state.tr("top.save_failed")));
    CHECK_FALSE(has(screen, h.state.tr("top.saved")));
    // Once saving works again, the top bar says so again.
    fs::remove(h.state.dataDir);
    fs::create_directory(h.state.dataDir);
    h.answer("ja");
    CHECK(has(h.screen(), h.state.tr("top.saved")));
}

TEST_CASE("quick hide shows no text of the guide and comes back to the same place") {
    Headless h("prive");
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"praten"});
    h.answer("");
    ui::apply(h.state, h.ui, ui::intent::ShowPage{ui::kBuiltinHelpPage});
    const std::string before = h.screen();
    REQUIRE(has(before, "Geheime veiligheidsvraag"));
    ui::apply(h.state, h.ui, ui::intent::Hide{});
    const std::string hidden = h.screen();
    for (const std::string& text : {std::string("Geheime"), std::string("Privégids"), std::string("Praten"),
                                    h.state.tr("top.hide"), std::string("112"), h.state.tr("app.title")})
        CHECK_FALSE(has(hidden, text));
    // Shift is not a way back; Enter is.
    h.press(kEnter);
    CHECK_FALSE(h.state.hidden);
    CHECK(at(h.state) == "pv-veilig");
    CHECK(h.state.openPage == ui::kBuiltinHelpPage);
    CHECK(has(h.screen(), "Geheime veiligheidsvraag"));
}

TEST_CASE("a private step says its answer is not kept and offers no note") {
    Headless h("prive");
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"praten"});
    h.answer("");
    std::string screen = h.screen();
    CHECK(has(screen, h.state.tr("walk.private_hint")));
    CHECK_FALSE(has(screen, h.state.tr("note.header")));
    h.answer("rustig");
    h.screen();
    ui::apply(h.state, h.ui, ui::intent::BackToStart{});
    // Reopened: the question is asked again, and the screen says why.
    ui::apply(h.state, h.ui, ui::intent::Resume{h.state.records.front().summary->id});
    screen = h.screen();
    CHECK(at(h.state) == "pv-veilig");
    CHECK(has(screen, h.state.tr("walk.asked_again")));
}

TEST_CASE("conversations walked alone are listed apart, closed until opened") {
    Headless h("prive");
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"alleen"});
    ui::apply(h.state, h.ui, ui::intent::BackToStart{});
    REQUIRE(h.state.records.size() == 1);
    const std::string screen = h.screen();
    CHECK(has(screen, h.state.tr("start.alone")));
    CHECK_FALSE(has(screen, "\u2014 Alleen"));  // the record's row (date — track) is folded away
    CHECK(has(screen, h.state.tr("start.no_records")));
}

TEST_CASE("deleting a record names its exports and deletes them when asked") {
    Headless h;
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    ui::apply(h.state, h.ui, ui::intent::Export{"", session::ExportFormat::Markdown, {}});
    REQUIRE(h.state.session->record().exports.size() == 1);
    const fs::path exported = h.state.session->record().exports.front();
    REQUIRE(fs::exists(exported));
    // The export folder it made is private: nobody else can list the file names in it.
    CHECK((fs::status(h.state.exportDir).permissions() & (fs::perms::group_all | fs::perms::others_all)) ==
          fs::perms::none);
    const std::string id = h.state.session->record().id;
    ui::apply(h.state, h.ui, ui::intent::BackToStart{});
    h.ui.confirmDelete = id;  // as clicking Verwijderen does
    Diagnostics d;
    h.ui.deleteExportFiles = session::existingExports(*h.state.store->load(h.state.records.front().path, d));
    const std::string screen = h.screen();
    CHECK(has(screen, h.state.tr("start.delete_exports")));
    CHECK(has(screen, exported.string()));

    SECTION("with the exports") {
        ui::apply(h.state, h.ui, ui::intent::DeleteRecord{id, true});
        CHECK_FALSE(fs::exists(exported));
        CHECK_FALSE(fs::exists(h.state.store->pathFor(id)));
    }
    SECTION("without them: the notice says they stay") {
        ui::apply(h.state, h.ui, ui::intent::DeleteRecord{id});
        CHECK(fs::exists(exported));
        CHECK_FALSE(fs::exists(h.state.store->pathFor(id)));
        REQUIRE_FALSE(h.state.notices.empty());
        CHECK(has(h.state.notices.back().lines.front(), exported.string()));
    }
}

TEST_CASE("help with 112, Veilig Thuis and 113 opens from the screen that lists a pack's errors") {
    Headless h("unknown-node");
    REQUIRE_FALSE(h.state.pack.usable());
    const std::string help = content::builtinHelpPage().title.get("nl", "nl");
    REQUIRE(has(h.screen(), help));
    ui::apply(h.state, h.ui, ui::intent::ShowPage{ui::kBuiltinHelpPage});
    h.frame();
    CHECK(ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId));
    for (const char* number : {"112", "0800-2000", "113"})
        CHECK(has(content::builtinHelpPage().text.get("nl", "nl"), number));
}

TEST_CASE("an agreement typed in the open dialog is saved before it is confirmed") {
    Headless h;
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    ImGui::GetIO().KeyCtrl = true;
    h.press('N');
    ImGui::GetIO().KeyCtrl = false;
    REQUIRE(h.ui.editorOpen);
    h.frame();
    for (char c : std::string("Rooster")) h.typeChar(c);
    h.frame();
    const std::string id = h.state.session->record().id;
    CHECK(readText(h.state.store->pathFor(id)).find("Rooster") != std::string::npos);
    // Esc asks first: what was typed stays until the user says to throw it away.
    h.press(kEscape);
    CHECK(h.ui.confirmDiscard);
    CHECK(h.ui.editText == "Rooster");
    CHECK_FALSE(h.state.session->record().agreements.empty());
    // Weggooien (Annuleren) takes the new agreement out again.
    bool removed = false;
    for (float y = 5; y < 800 && !removed; y += 6)
        for (float x = 5; x < 1100 && !removed; x += 20) removed = h.click(ImVec2(x, y)).is<ui::intent::RemoveAgreement>();
    REQUIRE(removed);
    CHECK(h.state.session->record().agreements.empty());
    CHECK(readText(h.state.store->pathFor(id)).find("Rooster") == std::string::npos);
}

TEST_CASE("a protected records folder shows nothing until the passphrase opens it") {
    test::TempDir outside;  // the folder outlives the first run's headless context
    const fs::path data = outside.path() / "sessions";
    std::string id;
    {
    Headless h;
    h.state.dataDir = data;
    h.state.store = std::make_unique<session::Store>(data);
    REQUIRE(h.state.store->prepare().empty());
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    ui::apply(h.state, h.ui, ui::intent::BackToStart{});
    REQUIRE(h.state.records.size() == 1);
    id = h.state.records.front().summary->id;
    // Turned on from the settings' dialog: the passphrase twice.
    h.ui.passphrase = "een lang wachtwoord";
    h.ui.passphrase2 = "een ander wachtwoord";
    ui::apply(h.state, h.ui, ui::intent::Protect{});
    CHECK(h.ui.protectError == "protect.mismatch");
    CHECK_FALSE(h.state.store->protection().isProtected);
    h.ui.passphrase = h.ui.passphrase2 = "een lang wachtwoord";
    ui::apply(h.state, h.ui, ui::intent::Protect{});
    CHECK(h.ui.passphrase.empty());  // wiped once used
    CHECK(h.state.store->protection().sealedFiles == 1);
    CHECK(h.state.store->protection().plainFiles == 0);
    }

    // The next start: locked.
    Headless next;
    next.state.dataDir = data;
    next.state.store = std::make_unique<session::Store>(data);
    next.state.locked = next.state.store->protection().isProtected;
    ui::refreshRecords(next.state);
    REQUIRE(next.state.locked);
    std::string screen = next.screen();
    CHECK(has(screen, next.state.tr("unlock.title")));
    CHECK_FALSE(has(screen, next.state.tr("start.records")));
    CHECK(next.state.records.empty());
    // A start that cannot be saved while locked waits, and says why.
    ui::apply(next.state, next.ui, ui::intent::OpenTrack{"gesprek"});
    CHECK_FALSE(next.state.session);
    REQUIRE(next.state.pendingStart);
    CHECK(next.state.pendingStart->reason == "save.problem_locked");
    next.state.pendingStart.reset();

    fs::path sealed;
    for (const auto& e : fs::directory_iterator(data))
        if (e.path().extension() == ".hrenc") sealed = e.path();
    REQUIRE_FALSE(sealed.empty());
    const auto before = fs::last_write_time(sealed);
    next.ui.passphrase = "niet het wachtwoord";
    ui::apply(next.state, next.ui, ui::intent::Unlock{});
    CHECK(next.state.locked);
    CHECK(next.state.unlockError == "unlock.wrong");
    CHECK(has(next.screen(), next.state.tr("unlock.wrong")));
    next.ui.passphrase = "een lang wachtwoord";
    ui::apply(next.state, next.ui, ui::intent::Unlock{});
    CHECK_FALSE(next.state.locked);
    CHECK(next.ui.passphrase.empty());
    REQUIRE(next.state.records.size() == 1);
    REQUIRE(next.state.records.front().summary);
    CHECK(next.state.records.front().summary->id == id);
    CHECK(fs::last_write_time(sealed) == before);
    screen = next.screen();
    CHECK(has(screen, next.state.tr("start.records")));
    CHECK(has(screen, "\u2014 Gesprek"));  // the record's row: date — track
}

TEST_CASE("a record an older version wrote with private answers is rewritten without them when listed") {
    Headless h("prive");
    const fs::path file = h.state.dataDir / "2026-11-01-100000-praten.yaml";
    fs::copy_file(fixturesDir() / "records" / "prive-format-1.yaml", file);
    ui::refreshRecords(h.state);
    const std::string text = readText(file);
    for (const char* secret : {"rustig", "geheimpunt", "pv-veilig", "pv-stemming", "Geheime"}) {
        INFO(secret << " in:\n" << text);
        CHECK(text.find(secret) == std::string::npos);
    }
    CHECK(text.find("format: 2") != std::string::npos);
    CHECK(text.find("node: pv-werk") != std::string::npos);
    // Reopened from the list, it is read from the file as it is now (the list holds summaries
    // only): the private step is asked again, as for any record reopened.
    ui::apply(h.state, h.ui, ui::intent::Resume{"2026-11-01-100000-praten"});
    REQUIRE(h.state.session);
    CHECK(h.state.session->askedAgain());
}

TEST_CASE("in a narrow window the top bar's buttons wrap, so quick hide stays in reach") {
    Headless h("bundled");
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    ImGui::GetIO().DisplaySize = ImVec2(420, 800);  // narrower than the buttons in one row
    h.frame();
    // Somewhere inside the window a click must hide (ImGui's own log sees clipped items too, so
    // the test clicks instead of reading the screen).
    bool found = false;
    for (float y = 5; y < 260 && !found; y += 8)
        for (float x = 5; x < 420 && !found; x += 16) {
            const ui::Intent i = h.click(ImVec2(x, y));
            found = i.is<ui::intent::Hide>();
            // Any other button (home, the menu) is undone, so the search goes on on the same screen.
            if (!found && !i.none()) {
                if (!h.state.session) ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
                h.state.openPage.clear();
            }
            if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) h.press(kEscape);
        }
    CHECK(found);
}

TEST_CASE("deleting a record never deletes a file its export list names that is not its export") {
    Headless h;
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    const std::string id = h.state.session->record().id;
    ui::apply(h.state, h.ui, ui::intent::BackToStart{});
    // A hand-edited record lists someone else's file as its export.
    const fs::path other = h.tmp.path() / "belangrijk.html";
    writeText(other, "<p>iets anders</p>");
    Diagnostics d;
    session::Record r = *h.state.store->load(h.state.records.front().path, d);
    r.exports.push_back(other.string());
    REQUIRE(h.state.store->save(r).empty());
    ui::refreshRecords(h.state);
    h.ui.confirmDelete = id;  // as clicking Verwijderen does
    h.ui.deleteExportFiles = session::existingExports(*h.state.store->load(h.state.records.front().path, d));
    CHECK_FALSE(has(h.screen(), other.string()));
    ui::apply(h.state, h.ui, ui::intent::DeleteRecord{id, true});
    CHECK(fs::exists(other));
    CHECK_FALSE(fs::exists(h.state.store->pathFor(id)));
}

TEST_CASE("a later notice does not hide an earlier one") {
    Headless h;
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    fs::remove_all(h.state.dataDir);
    writeText(h.state.dataDir, "x");
    h.answer("");  // the save fails
    ui::apply(h.state, h.ui, ui::intent::CopyText{"08002000"});
    const std::string screen = h.screen();
    CHECK(has(screen, h.state.tr("notice.save_failed")));
    CHECK(has(screen, h.state.tr("notice.number_copied")));
    // Dismissed one by one.
    ui::apply(h.state, h.ui, ui::intent::DismissNotice{1});
    REQUIRE(h.state.notices.size() == 1);
    CHECK(h.state.notices.front().title == h.state.tr("notice.save_failed"));
}

TEST_CASE("a record open in another window opens read-only here, and an edit made elsewhere is never overwritten") {
    Headless h;
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    const std::string id = h.state.session->record().id;
    const fs::path file = h.state.store->pathFor(id);
    ui::apply(h.state, h.ui, ui::intent::BackToStart{});

    SECTION("another window holds it") {
        auto other = session::RecordLock::acquire(file);  // as a second window would
        REQUIRE(other);
        ui::apply(h.state, h.ui, ui::intent::Resume{id});
        REQUIRE(h.state.session);
        CHECK(h.state.saving.state == ui::Saving::State::Off);
        CHECK(has(h.screen(), h.state.tr("save.elsewhere")));
        const std::string before = readText(file);
        h.answer("");
        CHECK(readText(file) == before);
        // Nor can this window delete it from under the other one.
        ui::apply(h.state, h.ui, ui::intent::BackToStart{});
        ui::apply(h.state, h.ui, ui::intent::DeleteRecord{id});
        CHECK(fs::exists(file));
    }
    SECTION("the file is changed elsewhere while it is open here") {
        ui::apply(h.state, h.ui, ui::intent::Resume{id});
        REQUIRE(h.state.saving.state == ui::Saving::State::On);
        const std::string edited = readText(file) + "# bewerkt met de hand\n";
        writeText(file, edited);
        h.answer("");
        CHECK(readText(file) == edited);
        CHECK(h.state.saving.state == ui::Saving::State::Failed);
        CHECK(h.state.saving.reason == "save.problem_changed");
    }
}

TEST_CASE("an old record that still holds private answers is rewritten when listed, once, not at every list") {
    Headless h("prive");
    const fs::path file = h.state.store->dir() / "2026-11-01-100000-praten.yaml";
    writeText(file, readText(fixturesDir() / "records" / "prive-format-1.yaml"));
    REQUIRE(readText(file).find("Geheime notitie") != std::string::npos);
    const auto settle = [] { std::this_thread::sleep_for(std::chrono::milliseconds(150)); };
    settle();
    ui::refreshRecords(h.state);
    for (const char* secret : {"Geheime notitie", "geheimpunt", "rustig", "pv-stemming"})
        CHECK(readText(file).find(secret) == std::string::npos);
    REQUIRE(h.state.records.size() == 1);
    REQUIRE(h.state.records[0].summary);
    settle();
    ui::refreshRecords(h.state);  // read once more (it was just written), and now indexed
    struct stat before {};
    REQUIRE(::stat(file.c_str(), &before) == 0);
    const auto index = session::readIndexText(readText(h.state.store->dir() / session::Store::kIndexFile));
    REQUIRE(index);
    CHECK(std::count_if(index->files.begin(), index->files.end(),
                        [&](const session::RecordIndex::Item& i) { return i.name == file.filename().string(); }) == 1);
    for (const char* secret : {"Geheim", "geheimpunt", "rustig", "pv-stemming"})
        CHECK(readText(h.state.store->dir() / session::Store::kIndexFile).find(secret) == std::string::npos);
    ui::refreshRecords(h.state);
    struct stat after {};
    REQUIRE(::stat(file.c_str(), &after) == 0);
    CHECK(after.st_ino == before.st_ino);  // not written again
    CHECK(after.st_ctim.tv_nsec == before.st_ctim.tv_nsec);
    REQUIRE(h.state.records.size() == 1);
    CHECK(h.state.records[0].summary->id == "2026-11-01-100000-praten");
}

namespace {

// The notice with this title (the newest), or nothing.
const ui::Notice* noticeTitled(const ui::AppState& s, const std::string& title) {
    for (auto it = s.notices.rbegin(); it != s.notices.rend(); ++it)
        if (it->title == title) return &*it;
    return nullptr;
}

bool noticeSays(const ui::AppState& s, const std::string& titleKey, const std::string& line) {
    const ui::Notice* n = noticeTitled(s, s.tr(titleKey));
    if (!n) return false;
    for (const auto& l : n->lines)
        if (l == line) return true;
    return false;
}

}  // namespace

TEST_CASE("why a save or a delete failed is said in the window's language, naming the file") {
    Headless h;
    REQUIRE(h.state.language() == "nl");
    SECTION("save failed") {
        ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
        REQUIRE(h.state.session);
        const fs::path file = h.state.store->pathFor(h.state.session->record().id);
        fs::remove_all(h.state.dataDir);
        writeText(h.state.dataDir, "x");  // a file where the folder was
        h.answer("");
        CHECK(noticeSays(h.state, "notice.save_failed",
                         "Het bestand " + file.string() + " kon niet worden bewaard: Not a directory"));
        CHECK(has(h.screen(), "Het bestand " + file.string() + " kon niet worden bewaard"));
        ui::apply(h.state, h.ui, ui::intent::SetLanguage{"en"});
        h.answer("ja");
        CHECK(noticeSays(h.state, "notice.save_failed", "cannot write " + file.string() + ": Not a directory"));
    }
    SECTION("delete failed") {
        ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
        const std::string id = h.state.session->record().id;
        const fs::path file = h.state.store->pathFor(id);
        ui::apply(h.state, h.ui, ui::intent::BackToStart{});
        fs::remove(file);  // gone already, e.g. deleted in the file manager
        CHECK(ui::apply(h.state, h.ui, ui::intent::DeleteRecord{id}) == ui::Outcome::Refused);
        CHECK(noticeSays(h.state, "notice.delete_failed",
                         "Het bestand " + file.string() + " kon niet worden verwijderd: No such file or directory"));
        ui::apply(h.state, h.ui, ui::intent::SetLanguage{"en"});
        CHECK(ui::apply(h.state, h.ui, ui::intent::DeleteRecord{id}) == ui::Outcome::Refused);
        CHECK(noticeSays(h.state, "notice.delete_failed", "cannot delete " + file.string() + ": No such file or directory"));
    }
}

TEST_CASE("a records folder that cannot be made is said at the start in the window's language") {
    Headless h;  // for the fonts and the context; the app below starts on a folder that cannot be
    writeText(h.tmp.path() / "file", "x");
    const fs::path data = h.tmp.path() / "file" / "sessions";
    for (const std::string lang : {"nl", "en"}) {
        ui::AppState state;
        ui::UiState ui;
        ui::BootOptions b;
        b.pack = content::loadAndValidate(fixturesDir() / "packs" / "proef", "proef");
        b.uiDir = sourceDir() / "content" / "ui";
        b.dataDir = data;
        b.settings.language = lang;
        (void)ui::boot(state, ui, std::move(b));
        CHECK_FALSE(state.store);
        const std::string expected = lang == "nl"
                                         ? "De map voor gesprekken " + data.string() + " kon niet worden gemaakt: Not a directory"
                                         : "cannot create the records folder " + data.string() + ": Not a directory";
        CHECK(noticeSays(state, "notice.store_failed", expected));
    }
}

TEST_CASE("a wrong passphrase, and protection that could not be turned on, are said in the window's language") {
    test::TempDir outside;
    const fs::path data = outside.path() / "sessions";
    {
        session::Store other(data);
        REQUIRE(other.prepare().empty());
        REQUIRE(other.enableEncryption("het echte wachtwoord", session::testVaultLimits()).status.ok());
    }
    const std::string nl = "Dit wachtwoord past niet: het opent de gesprekken in " + data.string() + " niet. Er is niets veranderd";
    const std::string en = "wrong passphrase: it does not open the records in " + data.string();
    SECTION("unlocking") {
        Headless h;
        h.state.dataDir = data;
        h.state.store = std::make_unique<session::Store>(data);
        h.state.locked = true;
        h.ui.passphrase = "niet het wachtwoord";
        CHECK(ui::apply(h.state, h.ui, ui::intent::Unlock{}) == ui::Outcome::Refused);
        CHECK(h.state.unlockDetail == nl);
        CHECK(has(h.screen(), nl));
        ui::apply(h.state, h.ui, ui::intent::SetLanguage{"en"});
        h.ui.passphrase = "niet het wachtwoord";
        CHECK(ui::apply(h.state, h.ui, ui::intent::Unlock{}) == ui::Outcome::Refused);
        CHECK(h.state.unlockDetail == en);
    }
    SECTION("turning protection on where another window already did, with another passphrase") {
        Headless h;
        h.state.dataDir = data;
        h.state.store = std::make_unique<session::Store>(data);
        h.ui.passphrase = h.ui.passphrase2 = "een ander wachtwoord";
        CHECK(ui::apply(h.state, h.ui, ui::intent::Protect{}) == ui::Outcome::Refused);
        CHECK(noticeSays(h.state, "notice.protect_failed", nl));
        ui::apply(h.state, h.ui, ui::intent::SetLanguage{"en"});
        h.ui.passphrase = h.ui.passphrase2 = "een ander wachtwoord";
        CHECK(ui::apply(h.state, h.ui, ui::intent::Protect{}) == ui::Outcome::Refused);
        CHECK(noticeSays(h.state, "notice.protect_failed", en));
    }
}
