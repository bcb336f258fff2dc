// SPDX-License-Identifier: EUPL-1.2
// Live reload end to end without a window: the real watcher and worker (content/pack_reload.h) on
// a copy of the trial pack, the controller's applyReload and the views. A sound edit shows at once
// on the same step with the answers kept; a broken one keeps the last good guide with the panel of
// diagnostics, and the fix takes the panel away; an edit that drops an answer says so and leaves
// the record on disk alone until the edit is undone.
#include "headless.h"

#include <imgui_internal.h>

#include <thread>

#include "content/pack_reload.h"
#include "session/record_io.h"

namespace fs = std::filesystem;
using namespace hr;
using namespace std::chrono_literals;

namespace {

struct Reloading {
    test::Headless h;
    test::TempDir pack;
    fs::path file = pack.path() / "guide.yaml";
    std::string original = test::readText(test::fixturesDir() / "packs" / "proef" / "guide.yaml");
    std::optional<content::PackReloader> reloader;

    Reloading() {
        test::writeText(file, original);
        h.state.pack = content::loadAndValidate(pack.path(), "proef");
        REQUIRE(h.state.pack.usable());
        reloader.emplace(h.state.pack, nullptr);
        REQUIRE(reloader->error().empty());
        REQUIRE(ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"}) == ui::Outcome::Done);
        h.answer("");     // welkom
        h.answer("ja");   // veilig
        h.answer("ja");   // praten
        REQUIRE(test::at(h.state) == "thema");
    }

    // Saves the pack's file as many editors do (a temporary file renamed over it), waits for the
    // worker's result and hands it to the controller, as the window does.
    void save(const std::string& text) {
        test::writeText(pack.path() / ".guide.yaml.new", text);
        fs::rename(pack.path() / ".guide.yaml.new", file);
        const auto until = std::chrono::steady_clock::now() + 20s;
        while (std::chrono::steady_clock::now() < until) {
            if (auto r = reloader->take()) {
                ui::applyReload(h.state, h.ui, std::move(r->pack));
                return;
            }
            std::this_thread::sleep_for(5ms);
        }
        FAIL("no reload within 20 s of the save");
    }
    std::string edited(const std::string& from, const std::string& to) const {
        std::string s = original;
        const auto at = s.find(from);
        REQUIRE(at != std::string::npos);
        return s.replace(at, from.size(), to);
    }
    std::string recordFile() const { return test::readText(h.state.store->pathFor(h.state.session->record().id)); }
};

}  // namespace

TEST_CASE("live reload: a saved text shows on the same step, answers kept, the record pinned to the new version") {
    Reloading r;
    const std::size_t position = r.h.state.session->record().position;
    const std::string oldHash = r.h.state.session->record().packHash;
    CHECK(r.h.screen().find("Thema's") != std::string::npos);
    r.save(r.edited("title: {nl: Thema's", "title: {nl: Onderwerpen om te bespreken"));
    const std::string screen = r.h.screen();
    CHECK(screen.find("Onderwerpen om te bespreken") != std::string::npos);
    CHECK(screen.find("Thema's") == std::string::npos);
    CHECK(test::at(r.h.state) == "thema");
    CHECK(r.h.state.session->record().position == position);
    CHECK(r.h.state.session->record().path[2].answer.choice == "ja");
    CHECK(r.h.state.notices.empty());
    CHECK_FALSE(r.h.state.reloadFailed);
    // Saved at once on the new version: its hash is what the record now pins.
    const std::string newHash = r.h.state.pack.guide->layers.front().hash;
    CHECK(newHash != oldHash);
    CHECK(r.h.state.session->record().packHash == newHash);
    CHECK(r.recordFile().find(newHash) != std::string::npos);
}

TEST_CASE("live reload: a broken save keeps the last good guide and shows the panel until the fix") {
    Reloading r;
    r.save(r.edited("title: {nl: Thema's", "title: {nl: Onderwerpen om te bespreken"));
    const std::string saved = r.recordFile();
    std::string broken = r.edited("title: {nl: Thema's", "title: {nl: Kapot");
    broken.replace(broken.find("next: meldcode"), 14, "next: nergens");
    r.save(broken);
    REQUIRE(r.h.state.reloadFailed);
    CHECK(r.h.state.reloadFailed->diags.hasErrors());
    std::string screen = r.h.screen();
    CHECK(screen.find(r.h.state.tr("reload.failed_title")) != std::string::npos);
    CHECK(screen.find(r.h.state.tr("reload.copy_location")) != std::string::npos);
    CHECK(screen.find("proef/guide.yaml:") != std::string::npos);  // the diagnostic's file:line:col
    CHECK(screen.find("nergens") != std::string::npos);
    CHECK(screen.find("Onderwerpen om te bespreken") != std::string::npos);  // the last good text
    CHECK(screen.find("Kapot") == std::string::npos);
    CHECK(test::at(r.h.state) == "thema");
    CHECK(r.recordFile() == saved);  // nothing written for a pack that is not used

    // The button copies the first diagnostic's location.
    const auto& first = r.h.state.reloadFailed->diags.items().front();
    const std::string where = first.loc.file + ":" + std::to_string(first.loc.line) + ":" + std::to_string(first.loc.column);
    const ImGuiWindow* panel = nullptr;
    for (const ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (std::string(w->Name).find("reload-diagnostics") != std::string::npos) panel = w;
    REQUIRE(panel);
    // Down the first button's column inside the panel: nothing else there can be clicked.
    const ImVec2 pos = panel->Pos, size = panel->Size;
    ui::Intent copy;
    for (float y = pos.y + 2; y < pos.y + size.y && copy.none(); y += 3) copy = r.h.click(ImVec2(pos.x + ImGui::GetStyle().WindowPadding.x + 10, y));
    REQUIRE(copy.is<ui::intent::CopyText>());
    CHECK(copy.as<ui::intent::CopyText>()->text == where);
    CHECK(std::string(ImGui::GetClipboardText()) == where);

    r.save(r.edited("title: {nl: Thema's", "title: {nl: Hersteld"));
    CHECK_FALSE(r.h.state.reloadFailed);
    screen = r.h.screen();
    CHECK(screen.find(r.h.state.tr("reload.failed_title")) == std::string::npos);
    CHECK(screen.find("Hersteld") != std::string::npos);
    CHECK(test::at(r.h.state) == "thema");
}

TEST_CASE("live reload: an answer whose choice went is asked again, the record keeps it until the edit is undone") {
    Reloading r;
    const std::string before = r.recordFile();
    r.save(r.edited("{id: ja, label: {nl: Ja, en: \"Yes\"}, set: {praten: true}",
                    "{id: graag, label: {nl: Graag, en: \"Yes\"}, set: {praten: true}"));
    CHECK(test::at(r.h.state) == "praten");  // asked again
    REQUIRE_FALSE(r.h.state.notices.empty());
    CHECK(r.h.state.notices.back().title == r.h.state.tr("reload.dropped_title"));
    CHECK(r.h.screen().find(r.h.state.tr("reload.dropped_title")) != std::string::npos);
    CHECK(r.recordFile() == before);  // not rewritten: the dropped answer is still on disk
    CHECK(r.h.state.beforeReload);

    r.save(r.original);  // the edit undone: the conversation is back where it stood, and saved
    CHECK(test::at(r.h.state) == "thema");
    CHECK(r.h.state.session->record().path[2].answer.choice == "ja");
    CHECK_FALSE(r.h.state.beforeReload);
}
