// SPDX-License-Identifier: EUPL-1.2
// After an export: the buttons stay where they were (a notice is drawn in a strip at the foot,
// never above them), and Openen, Afdrukken and Map tonen hand the file to the desktop through
// stand-in xdg-open and dbus-send scripts that record their arguments, failures included.
#include <catch2/catch.hpp>
#include <imgui.h>
#include <imgui_internal.h>  // which item the mouse is over
#include <sys/stat.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include "headless.h"

namespace fs = std::filesystem;
using namespace hr;
using namespace hr::test;

namespace {

void toSummary(Headless& h) {
    h.frame();
    ui::apply(h.state, h.ui, ui::intent::OpenTrack{"gesprek"});
    for (const char* choice : {"", "ja", "nee", ""}) h.answer(choice);
    REQUIRE(h.state.session->finished());
    for (int i = 0; i < 4; ++i) h.frame();
}

// Where the item with the keyboard focus (the summary starts on the printable page's export) is
// under the mouse: found by hovering only, so nothing is clicked on the way.
ImVec2 focusedItemPosition(Headless& h) {
    const ImGuiID focused = ImGui::GetCurrentContext()->NavId;
    REQUIRE(focused != 0);
    for (float y = 40; y < 800; y += 4)
        for (float x = 10; x < 700; x += 20) {
            h.frame(ImVec2(x, y));
            if (ImGui::GetCurrentContext()->HoveredId == focused) return ImVec2(x, y);
        }
    FAIL("the focused item was not found under the mouse");
    return {};
}

// A stand-in for `name` on PATH: writes its arguments, one a line, to name.args, and exits `code`.
void fakeProgram(const fs::path& dir, const std::string& name, int code) {
    const auto file = dir / name;
    writeText(file, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '" + (dir / name).string() +
                        ".args.tmp'\nmv '" + (dir / name).string() + ".args.tmp' '" + (dir / name).string() +
                        ".args'\nexit " + std::to_string(code) + "\n");
    REQUIRE(chmod(file.c_str(), 0755) == 0);
}

// Frames until the launched programs have ended and been taken in (or five seconds).
void settle(Headless& h) {
    for (int i = 0; i < 250 && !h.state.launches.empty(); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        h.frame();
    }
    CHECK(h.state.launches.empty());
}

std::string argsOf(const fs::path& dir, const std::string& name) {
    const auto p = dir / (name + ".args");
    if (!fs::exists(p)) return "";
    std::string text = readText(p);
    fs::remove(p);
    return text;
}

class PathFirst {
public:
    explicit PathFirst(const fs::path& dir) {
        const char* old = std::getenv("PATH");
        saved_ = old ? old : "";
        setenv("PATH", (dir.string() + ":/usr/bin:/bin").c_str(), 1);
    }
    ~PathFirst() { setenv("PATH", saved_.c_str(), 1); }
    PathFirst(const PathFirst&) = delete;
    PathFirst& operator=(const PathFirst&) = delete;

private:
    std::string saved_;
};

}  // namespace

TEST_CASE("an export's notice moves nothing: the same click at the same place exports again") {
    Headless h;
    toSummary(h);
    const ImVec2 at = focusedItemPosition(h);
    const ui::Intent first = h.click(at);
    REQUIRE(first.is<ui::intent::Export>());
    CHECK(h.state.notices.empty());  // the summary says where it went, beside the buttons
    // A notice comes (opening failed: no xdg-open here).
    TempDir empty;
    PathFirst path(empty.path());
    setenv("PATH", empty.path().c_str(), 1);
    ui::apply(h.state, h.ui, ui::intent::OpenExport{});
    REQUIRE(h.state.notices.size() == 1);
    for (int i = 0; i < 4; ++i) h.frame(at);  // the strip measures itself
    CHECK(h.ui.noticeHeight > 0);
    // The button is still the item under the mouse, and clicking it exports again.
    h.frame(at);
    CHECK(ImGui::GetCurrentContext()->HoveredId == ImGui::GetCurrentContext()->NavId);
    const ui::Intent second = h.click(at);
    REQUIRE(second.is<ui::intent::Export>());
    CHECK(second.as<ui::intent::Export>()->format == session::ExportFormat::Html);
    REQUIRE(h.state.lastExport);
    CHECK(h.state.lastExport->replaced);  // its own earlier export, written over, and said so
    CHECK(h.screen().find(h.state.tr.format("summary.replaced_as", {{"path", h.state.lastExport->path.string()}})) !=
          std::string::npos);
}

TEST_CASE("Openen, Afdrukken and Map tonen hand the export to xdg-open and the file manager, and say when that fails") {
    Headless h;
    toSummary(h);
    TempDir bin;
    PathFirst path(bin.path());
    // Before an export there is nothing to open.
    CHECK(ui::apply(h.state, h.ui, ui::intent::OpenExport{}) == ui::Outcome::Ignored);

    ui::apply(h.state, h.ui, ui::intent::Export{"", session::ExportFormat::Markdown, {}});
    REQUIRE(h.state.lastExport);
    const fs::path md = h.state.lastExport->path;
    CHECK(md.parent_path() == h.state.exportDir);
    CHECK(h.screen().find(h.state.tr.format("summary.saved_as", {{"path", md.string()}})) != std::string::npos);

    fakeProgram(bin.path(), "xdg-open", 0);
    fakeProgram(bin.path(), "dbus-send", 0);
    CHECK(ui::apply(h.state, h.ui, ui::intent::OpenExport{ui::intent::OpenExport::Way::Open, {}}) == ui::Outcome::Done);
    settle(h);
    CHECK(argsOf(bin.path(), "xdg-open") == md.string() + "\n");
    const std::size_t quiet = h.state.notices.size();

    // Afdrukken of a Markdown export writes the printable page first, and opens that.
    ui::apply(h.state, h.ui, ui::intent::OpenExport{ui::intent::OpenExport::Way::Print, {}});
    settle(h);
    const fs::path html = fs::path(md).replace_extension(".html");
    CHECK(fs::is_regular_file(html));
    CHECK(h.state.lastExport->path == html);
    CHECK(argsOf(bin.path(), "xdg-open") == html.string() + "\n");
    CHECK(h.state.notices.back().title == h.state.tr("notice.print_hint"));

    // Map tonen: the file manager over D-Bus, the file selected.
    ui::apply(h.state, h.ui, ui::intent::OpenExport{ui::intent::OpenExport::Way::Folder, {}});
    settle(h);
    const std::string call = argsOf(bin.path(), "dbus-send");
    CHECK(call.find("--dest=org.freedesktop.FileManager1\n") != std::string::npos);
    CHECK(call.find("org.freedesktop.FileManager1.ShowItems\n") != std::string::npos);
    CHECK(call.find("array:string:" + ui::fileUri(html) + "\n") != std::string::npos);
    CHECK(argsOf(bin.path(), "xdg-open").empty());  // the file manager answered: no fallback
    CHECK(h.state.notices.size() == quiet + 1);     // only the hint about printing

    // No file manager on the bus: xdg-open of the folder instead.
    fakeProgram(bin.path(), "dbus-send", 1);
    ui::apply(h.state, h.ui, ui::intent::OpenExport{ui::intent::OpenExport::Way::Folder, {}});
    settle(h);
    CHECK(argsOf(bin.path(), "xdg-open") == h.state.exportDir.string() + "\n");

    // xdg-open that fails (no app for the file): a notice says so, with the path to copy.
    fakeProgram(bin.path(), "xdg-open", 3);
    ui::apply(h.state, h.ui, ui::intent::OpenExport{ui::intent::OpenExport::Way::Open, {}});
    settle(h);
    REQUIRE_FALSE(h.state.notices.empty());
    const ui::Notice& failed = h.state.notices.back();
    CHECK(failed.level == ui::Notice::Level::Error);
    CHECK(failed.title == h.state.tr("notice.open_failed"));
    CHECK(failed.lines.at(0) == h.state.tr.format("notice.open_exit", {{"program", "xdg-open"}, {"code", "3"}}));
    CHECK(failed.lines.at(1) == html.string());
    REQUIRE(failed.action.is<ui::intent::CopyText>());
    CHECK(failed.action.as<ui::intent::CopyText>()->text == html.string());

    // No xdg-open at all (it is only recommended by the package): said, and the path offered.
    fs::remove(bin.path() / "xdg-open");
    setenv("PATH", bin.path().c_str(), 1);
    h.state.notices.clear();
    CHECK(ui::apply(h.state, h.ui, ui::intent::OpenExport{ui::intent::OpenExport::Way::Open, {}}) == ui::Outcome::Done);
    REQUIRE(h.state.notices.size() == 1);
    CHECK(h.state.notices[0].lines.at(0) == h.state.tr.format("notice.open_missing", {{"program", "xdg-open"}}));
    CHECK(h.state.notices[0].actionKey == "notice.copy_path");
    const std::string shown = h.screen();
    CHECK(shown.find(h.state.tr("notice.copy_path")) != std::string::npos);

    // A file removed since: said before anything is started.
    h.state.notices.clear();
    fs::remove(html);
    CHECK(ui::apply(h.state, h.ui, ui::intent::OpenExport{ui::intent::OpenExport::Way::Open, {}}) == ui::Outcome::Refused);
    CHECK(h.state.notices.back().lines.at(0) == h.state.tr("notice.open_gone"));
}

TEST_CASE("a file URI percent-encodes what is not plain in a path") {
    CHECK(ui::fileUri("/home/an/Mijn documenten/werk#1 é.html") ==
          "file:///home/an/Mijn%20documenten/werk%231%20%C3%A9.html");
}
