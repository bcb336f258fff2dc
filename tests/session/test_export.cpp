// Exports against golden files (tests/fixtures/golden): Markdown, HTML and iCalendar of one
// record, with and without notes and answers. Set HR_UPDATE_GOLDEN=1 to rewrite them after an
// intended change, then read the diff.
#include <cstdlib>

#include "session/export.h"
#include "session_fixture.h"

namespace fs = std::filesystem;
using namespace hr;
using namespace hr::session;

namespace {

const i18n::Strings& dutch() {
    static const i18n::Strings s = [] {
        Diagnostics d;
        auto strings = i18n::Strings::load(test::sourceDir() / "content" / "ui", "nl", d);
        REQUIRE(d.empty());
        return strings;
    }();
    return s;
}

void golden(const std::string& name, const std::string& actual) {
    const fs::path file = test::fixturesDir() / "golden" / name;
    if (std::getenv("HR_UPDATE_GOLDEN")) test::writeText(file, actual);
    INFO("golden file " << file);
    CHECK(actual == test::readText(file));
}

}  // namespace

TEST_CASE("Markdown export matches its golden file") {
    const Record r = test::sampleRecord();
    golden("gesprek.md", exportMarkdown(r, test::proefGuide().get(), dutch()));
    ExportOptions all;
    all.includeNotes = true;
    all.includeAnswers = true;
    golden("gesprek-met-notities.md", exportMarkdown(r, test::proefGuide().get(), dutch(), all));
}

TEST_CASE("HTML export matches its golden file and is self-contained") {
    const Record r = test::sampleRecord();
    const std::string html = exportHtml(r, test::proefGuide().get(), dutch());
    golden("gesprek.html", html);
    CHECK(html.find("<html lang=\"nl\">") != std::string::npos);
    CHECK(html.find("@media print") != std::string::npos);
    CHECK(html.find("<link") == std::string::npos);  // nothing fetched from elsewhere
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("src=") == std::string::npos);
    CHECK(html.find("Alleen werkafspraken.") == std::string::npos);  // notes only when asked
    CHECK(html.find("&quot;quotes&quot;") != std::string::npos);     // user text is escaped
}

TEST_CASE("iCalendar export matches its golden file") {
    const Record r = test::sampleRecord();
    const std::string ics = exportIcs(r, test::proefGuide().get(), dutch());
    golden("gesprek.ics", ics);
    std::size_t start = 0;
    for (std::size_t end = ics.find("\r\n"); end != std::string::npos; end = ics.find("\r\n", start)) {
        CHECK(end - start <= 75);  // folded lines
        start = end + 2;
    }
    CHECK(start == ics.size());  // every line ends in CRLF
    Record none = r;
    none.nextConversation.reset();
    CHECK(exportIcs(none, test::proefGuide().get(), dutch()).empty());
}

TEST_CASE("a plan track exports each step's text") {
    Session s = Session::start(test::proefGuide(), "plan", "nl");
    s.answer(Answer::ofChecklist({"risico"}));
    s.next();
    s.addFromTemplate("check-in");
    s.next();
    s.setRecordId("2026-11-30-090000-plan");
    s.setTimes("2026-11-30T09:00:00+01:00", "2026-11-30T09:05:00+01:00");
    golden("plan.md", exportMarkdown(s.record(), test::proefGuide().get(), dutch()));
}

TEST_CASE("without the guide the export uses ids") {
    const std::string md = exportMarkdown(test::sampleRecord(), nullptr, dutch());
    CHECK(md.rfind("# gesprek\n", 0) == 0);
    CHECK(md.find("- thema") != std::string::npos);
}

TEST_CASE("private steps stay out of the summary and the exports") {
    Session s = Session::start(test::proefGuide(), "gesprek", "nl");
    s.next();
    s.answer(Answer::ofChoice("gevaar"));
    s.next();  // 'hulp' is private
    s.next();
    REQUIRE(s.finished());
    std::vector<std::string> ids;
    for (const auto* n : coveredSteps(s.record(), *test::proefGuide())) ids.push_back(n->id);
    CHECK(ids == std::vector<std::string>{"welkom", "veilig", "afspraken"});
    CHECK(exportMarkdown(s.record(), test::proefGuide().get(), dutch()).find("Hulp") == std::string::npos);
}

TEST_CASE("the topics of a track walked alone are not called discussed") {
    const Record r = test::sampleRecord();
    const std::string together = exportMarkdown(r, test::proefGuide().get(), dutch());
    CHECK(together.find("## " + dutch()("export.topics") + "\n") != std::string::npos);

    // The same record, on the same guide with its track marked as walked alone.
    auto alone = std::make_shared<content::Guide>(*test::proefGuide());
    for (auto& t : alone->tracks) t.alone = true;
    const std::string md = exportMarkdown(r, alone.get(), dutch());
    CHECK(md.find("## " + dutch()("export.topics_alone") + "\n") != std::string::npos);
    CHECK(md.find(dutch()("export.topics")) == std::string::npos);
    CHECK(exportHtml(r, alone.get(), dutch()).find("<h2>" + dutch()("export.topics_alone") + "</h2>") !=
          std::string::npos);
}
