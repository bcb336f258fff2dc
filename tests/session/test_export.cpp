// SPDX-License-Identifier: EUPL-1.2
// Exports against golden files (tests/fixtures/golden): Markdown, HTML and iCalendar of one
// record, with and without notes, answers and the track's title. Set HR_UPDATE_GOLDEN=1 to
// rewrite them after an intended change, then read the diff. Besides the golden files, checks that
// hold whatever the layout: a neutral title, the closing line, nothing from a private step, and
// neutral file names that never overwrite another file.
#include <cmark.h>

#include <algorithm>
#include <cstdlib>

#include "content/pack.h"

#include "session/autowalk.h"
#include "session/export.h"
#include "session_fixture.h"

namespace fs = std::filesystem;
using namespace hr;
using namespace hr::session;

namespace {

i18n::Strings loadStrings(const std::string& lang) {
    Diagnostics d;
    auto strings = i18n::Strings::load(test::sourceDir() / "content" / "ui", lang, d);
    REQUIRE(d.empty());
    return strings;
}

const i18n::Strings& dutch() {
    static const i18n::Strings s = loadStrings("nl");
    return s;
}

const i18n::Strings& english() {
    static const i18n::Strings s = loadStrings("en");
    return s;
}

ExportOptions allOptions() {
    ExportOptions o;
    o.includeAnswers = o.includeNotes = o.includeTitle = true;
    return o;
}

ExportOptions titleOnly() {
    ExportOptions o;
    o.includeTitle = true;
    return o;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// `s` as format `f` writes it (escaped), so a search cannot miss it for an apostrophe or a comma.
std::string written(const std::string& s, ExportFormat f) {
    std::string out;
    for (char c : s) {
        if (f == ExportFormat::Html && c == '\'')
            out += "&#39;";
        else if (f == ExportFormat::Html && c == '"')
            out += "&quot;";
        else if (f == ExportFormat::Html && c == '&')
            out += "&amp;";
        else if (f == ExportFormat::Ics && (c == ',' || c == ';' || c == '\\'))
            out += std::string("\\") + c;
        else
            out += c;
    }
    return out;
}

// iCalendar lines are folded at 75 octets: join them again to search the text.
std::string unfolded(std::string ics) {
    for (std::size_t at = ics.find("\r\n "); at != std::string::npos; at = ics.find("\r\n ", at)) ics.erase(at, 3);
    return ics;
}

// The proef guide with its tracks renamed (id and title) to words found nowhere else, and the
// sample record moved onto it: what the track could give away can be searched for.
struct RenamedTrack {
    std::shared_ptr<content::Guide> guide;
    Record record;
};

RenamedTrack renamedTrack() {
    RenamedTrack out{std::make_shared<content::Guide>(*test::proefGuide()), test::sampleRecord()};
    for (auto& t : out.guide->tracks)
        if (t.id == "gesprek") {
            t.id = "trackidqx";
            t.title.byLang = {{"nl", "Tracktitelqx"}, {"en", "Tracktitelqx"}};
        }
    out.guide->index();
    out.record.track = "trackidqx";
    out.record.id = "2026-11-29-143205-trackidqx";
    out.record.followUpOf = "2026-11-01-090000-trackidqx";  // the earlier record's id names it too
    REQUIRE(out.guide->track("trackidqx") != nullptr);
    return out;
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
    ExportOptions notes;
    notes.includeNotes = true;
    notes.includeAnswers = true;
    golden("gesprek-met-notities.md", exportMarkdown(r, test::proefGuide().get(), dutch(), notes));
}

// A calendar is often shared, and a track's title can tell what a talk was about: the event stays
// the neutral one even when the documents are asked to show the title.
TEST_CASE("with the track's title asked for, the documents show it and the calendar does not") {
    const Record r = test::sampleRecord();
    const content::Guide* g = test::proefGuide().get();
    golden("gesprek-met-naam.md", exportMarkdown(r, g, dutch(), titleOnly()));
    golden("gesprek-met-naam.html", exportHtml(r, g, dutch(), titleOnly()));
    CHECK(exportIcs(r, g, dutch(), titleOnly()) == exportIcs(r, g, dutch()));
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

TEST_CASE("without the guide no step is listed (none can be told private) and ids stand in for names") {
    Session s = Session::start(test::proefGuide(), "gesprek", "nl");
    s.next();
    s.answer(Answer::ofChoice("gevaar"));
    s.setNote("hulp", "Notitie bij een private stap.");
    s.next();  // 'hulp' is private
    s.addFromTemplate("check-in");
    s.next();
    REQUIRE(s.finished());
    s.setTimes("2026-11-29T14:32:05+01:00", "2026-11-29T15:01:00+01:00");
    const std::string md = exportMarkdown(s.record(), nullptr, dutch(), allOptions());
    CHECK(has(md, "\n" + dutch()("export.topics_unknown") + "\n"));
    for (const char* id : {"welkom", "veilig", "hulp", "Notitie bij"}) CHECK_FALSE(has(md, id));
    CHECK(has(md, "- Elke maand een check-in.\n      - *" + dutch()("export.who") + ":* samen\n"));  // the role's id
    CHECK(has(md, "**" + dutch()("export.track") + ":** gesprek\n"));  // asked for: the track's id
    const std::string html = exportHtml(s.record(), nullptr, dutch(), allOptions());
    CHECK(has(html, "<p>" + dutch()("export.topics_unknown") + "</p>"));
    CHECK_FALSE(has(html, "<li>"));
    CHECK_FALSE(has(html, "hulp"));
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

TEST_CASE("the default title is neutral and names no track, in every format") {
    const RenamedTrack t = renamedTrack();
    for (const i18n::Strings* tr : {&dutch(), &english()}) {
        INFO(tr->language());
        const std::string title = tr->format("export.neutral_title", {{"date", longDate(*Date::parse("2026-11-29"), *tr)}});
        const std::string md = exportMarkdown(t.record, t.guide.get(), *tr);
        const std::string html = exportHtml(t.record, t.guide.get(), *tr);
        const std::string ics = unfolded(exportIcs(t.record, t.guide.get(), *tr));
        CHECK(has(md, "\n# " + title + "\n"));
        CHECK(has(html, "<title>" + title + "</title>"));
        const std::string date = longDate(*Date::parse("2026-11-29"), *tr);
        std::string h1 = title;
        h1.replace(h1.find(date), date.size(), "<time datetime=\"2026-11-29\">" + date + "</time>");
        CHECK(has(html, "<h1>" + h1 + "</h1>"));
        CHECK(has(ics, "\r\nSUMMARY:" + (*tr)("export.ics_summary") + "\r\n"));
        CHECK(has(md, "**" + (*tr)("export.follow_up_of") + ":** 1 " + (*tr)("month.11") + " 2026\n"));
        for (const std::string* text : {&md, &html, &ics}) {
            CHECK_FALSE(has(*text, "Tracktitelqx"));
            CHECK_FALSE(has(*text, "trackidqx"));
        }
        // Asked for, the title is there (under the neutral one); the calendar event never names it.
        CHECK(has(exportMarkdown(t.record, t.guide.get(), *tr, titleOnly()),
                  "\n# " + title + "\n\n**" + (*tr)("export.track") + ":** Tracktitelqx  \n"));
        CHECK(has(exportHtml(t.record, t.guide.get(), *tr, titleOnly()), "<dd>Tracktitelqx</dd>"));
        const std::string titled = unfolded(exportIcs(t.record, t.guide.get(), *tr, titleOnly()));
        CHECK(has(titled, "\r\nSUMMARY:" + (*tr)("export.ics_summary") + "\r\n"));
        CHECK_FALSE(has(titled, "Tracktitelqx"));
    }
    CHECK(dutch().format("export.neutral_title", {{"date", "1 mei 2027"}}) == "Werkafspraken, 1 mei 2027");
    CHECK(english().format("export.neutral_title", {{"date", "1 May 2027"}}) == "Work agreements, 1 May 2027");
}

// A track that is no talk (a policy plan) names its export's parts; what it leaves out keeps the
// app's word, the track's own title still stays out, and the event for the next meeting uses the
// track's word for it.
TEST_CASE("a track's export words name the title, the headings and the calendar event") {
    RenamedTrack t = renamedTrack();
    content::Track& track = *const_cast<content::Track*>(t.guide->track("trackidqx"));
    track.exportWords.title.byLang = {{"nl", "Beleidsplanqx"}};
    track.exportWords.topics.byLang = {{"nl", "Onderdelenqx"}};
    track.exportWords.next.byLang = {{"nl", "Volgende besprekingqx"}};
    const std::string date = longDate(*Date::parse("2026-11-29"), dutch());
    const std::string md = exportMarkdown(t.record, t.guide.get(), dutch());
    const std::string html = exportHtml(t.record, t.guide.get(), dutch());
    CHECK(has(md, "\n# Beleidsplanqx, " + date + "\n"));
    CHECK(has(md, "\n## Onderdelenqx\n"));
    CHECK(has(md, "\n## " + dutch()("export.agreements") + "\n"));  // not named: the app's word
    CHECK(has(md, "\n## Volgende besprekingqx\n"));
    CHECK(has(html, "<title>Beleidsplanqx, " + date + "</title>"));
    CHECK(has(html, "<h2>Onderdelenqx</h2>"));
    CHECK(has(html, "<h2>Volgende besprekingqx</h2>"));
    for (const std::string* text : {&md, &html}) {
        CHECK_FALSE(has(*text, dutch()("export.neutral_title_undated")));
        CHECK_FALSE(has(*text, dutch()("export.next_conversation") + "\n"));
        CHECK_FALSE(has(*text, "Tracktitelqx"));
    }
    const std::string ics = unfolded(exportIcs(t.record, t.guide.get(), dutch()));
    REQUIRE(t.record.nextConversation);
    CHECK(has(ics, "\r\nSUMMARY:Volgende besprekingqx\r\n"));
    // The summary screen reads the same model.
    const Summary s = summarise(t.record, t.guide.get(), dutch());
    CHECK(s.headings.topics == "Onderdelenqx");
    CHECK(s.headings.agreements == dutch()("export.agreements"));
}

// The documents say where they may be kept. A calendar event does not: others see calendars, and
// there the note would only mark the event as something sensitive about someone.
TEST_CASE("every document export ends with where it may be kept, and a calendar event has no such note") {
    const Record r = test::sampleRecord();
    const content::Guide* g = test::proefGuide().get();
    for (const i18n::Strings* tr : {&dutch(), &english()})
        for (const ExportOptions& o : {ExportOptions{}, allOptions()}) {
            INFO(tr->language());
            const std::string keep = (*tr)("export.keep");
            const std::string md = exportMarkdown(r, g, *tr, o);
            CHECK(md.size() > keep.size());
            CHECK(md.substr(md.size() - keep.size() - 2) == "\n" + keep + "\n");
            CHECK(has(exportHtml(r, g, *tr, o), "<p class=\"keep\">" + keep + "</p>\n</body>\n</html>\n"));
            ExportOptions withDates = o;
            withDates.includeAgreementDates = true;
            const std::string ics = unfolded(exportIcs(r, g, *tr, withDates));
            CHECK(has(ics, "BEGIN:VEVENT"));
            CHECK_FALSE(has(ics, written(keep, ExportFormat::Ics)));
        }
    CHECK(dutch()("export.keep") != english()("export.keep"));  // translated, not fallen back
}

namespace {

std::shared_ptr<const content::Guide> bundled() {
    static const auto pack =
        content::loadAndValidate(test::sourceDir() / "content" / "ervaringskennis", "ervaringskennis");
    REQUIRE(pack.usable());
    return pack.guide;
}

// What a private step could give away: its id, its title and the labels of its choices, in every
// language of the guide, and the note written at it.
std::vector<std::string> traces(const content::Node& n, const Record& r) {
    std::vector<std::string> out{n.id};
    for (const char* lang : {"nl", "en"}) {
        out.push_back(n.title.get(lang, "nl"));
        for (const auto& c : n.choices) out.push_back(c.label.get(lang, "nl"));
    }
    if (auto it = r.notes.find(n.id); it != r.notes.end()) out.push_back(it->second);
    return out;
}

}  // namespace

TEST_CASE("nothing from a private step is in any export, with every option on") {
    // The bundled conversation, answered "danger" at its private safety question: that leads
    // through the private safety steps, where agreements are made and notes written.
    const auto g = bundled();
    Session s = Session::start(g, "gesprek", "nl");
    REQUIRE(test::at(s) == "gesprek-welkom");
    s.setNote("gesprek-welkom", "Notitie bij het welkom.");
    s.next();
    REQUIRE(test::at(s) == "gesprek-veiligheid");
    s.answer(Answer::ofChoice("gevaar"));
    std::vector<std::string> privateSteps{"gesprek-veiligheid"};
    while (!s.finished()) {
        const content::Node* n = s.currentNode();
        REQUIRE(n->isPrivate);
        privateSteps.push_back(n->id);
        s.setNote(n->id, "Notitie bij " + n->id + " over thuis.");
        if (n->kind == content::NodeKind::Agreements)
            for (const auto* t : s.suggestions()) s.addFromTemplate(t->id);
        s.next();
    }
    s.setNote("gesprek-veiligheid", "Notitie bij de veiligheidsvraag.");
    s.setNextConversation(Date::parse("2027-01-10"));
    s.setTimes("2026-11-29T14:32:05+01:00", "2026-11-29T15:01:00+01:00");
    const Record& r = s.record();
    REQUIRE(privateSteps.size() >= 4);
    REQUIRE(r.agreements.size() >= 2);
    CHECK(r.agreements.front().node == "veiligheid-afspraken");  // made at a private step

    for (const i18n::Strings* tr : {&dutch(), &english()})
        for (ExportFormat f : {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Ics}) {
            INFO(tr->language() << " " << extensionFor(f));
            const std::string text = unfolded(exportRecord(f, r, g.get(), *tr, allOptions()));
            REQUIRE_FALSE(text.empty());
            for (const std::string& id : privateSteps)
                for (const std::string& trace : traces(*g->node(id), r)) {
                    INFO(trace);
                    CHECK_FALSE(has(text, trace));
                    CHECK_FALSE(has(text, written(trace, f)));
                }
            if (f == ExportFormat::Ics) continue;
            // The options are on and work: the public step shows with its note, and the agreements
            // made at the private step are listed (they are on every screen).
            CHECK(has(text, written(g->node("gesprek-welkom")->title.get("nl", "nl"), f)));
            CHECK(has(text, "Notitie bij het welkom."));
            for (const auto& a : r.agreements) CHECK(has(text, written(a.text, f)));
        }
}

TEST_CASE("an export's file name holds the date and time, never the track") {
    const RenamedTrack t = renamedTrack();
    CHECK(exportFileName(t.record, ExportFormat::Html, dutch()) == "werkafspraken-2026-11-29-1432.html");
    CHECK(exportFileName(t.record, ExportFormat::Markdown, english()) == "work-agreements-2026-11-29-1432.md");
    Record odd = t.record;
    odd.created = "gisteren";
    CHECK(exportFileName(odd, ExportFormat::Ics, dutch()) == "werkafspraken.ics");
}

TEST_CASE("an export's mark tells this record's exports from others") {
    const Record r = test::sampleRecord();
    Record other = r;
    other.created = "2026-11-29T14:32:40+01:00";  // the same minute: the same file name
    other.id = "2026-11-29-143240-gesprek";
    REQUIRE(exportFileName(other, ExportFormat::Html, dutch()) == exportFileName(r, ExportFormat::Html, dutch()));
    for (ExportFormat f : {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Ics}) {
        const std::string text = exportRecord(f, r, test::proefGuide().get(), dutch());
        CHECK(isExportOf(text, r, f));
        CHECK_FALSE(isExportOf(text, other, f));
        CHECK_FALSE(has(text, r.id));  // the mark is not the id (the id names the track)
    }
    CHECK_FALSE(isExportOf("# Werkafspraken\n", r, ExportFormat::Markdown));
}

TEST_CASE("an export never overwrites a file it did not write") {
    test::TempDir tmp;
    const Record r = test::sampleRecord();
    Record other = r;
    other.created = "2026-11-29T14:32:40+01:00";
    const auto md = [](const Record& rec) { return exportMarkdown(rec, test::proefGuide().get(), dutch()); };
    const fs::path first = tmp.path() / "werkafspraken-2026-11-29-1432.md";
    const fs::path second = tmp.path() / "werkafspraken-2026-11-29-1432-2.md";
    const fs::path third = tmp.path() / "werkafspraken-2026-11-29-1432-3.md";
    CHECK(exportPath(tmp.path(), r, ExportFormat::Markdown, dutch()) == first);  // free
    test::writeText(first, md(r));
    CHECK(exportPath(tmp.path(), r, ExportFormat::Markdown, dutch()) == first);  // its own: written again
    CHECK(exportPath(tmp.path(), other, ExportFormat::Markdown, dutch()) == second);  // another record's
    test::writeText(second, "Iets van iemand anders.\n");
    CHECK(exportPath(tmp.path(), other, ExportFormat::Markdown, dutch()) == third);  // someone else's
    test::writeText(third, md(other));
    CHECK(exportPath(tmp.path(), other, ExportFormat::Markdown, dutch()) == third);
    // Another format is another file.
    CHECK(exportPath(tmp.path(), r, ExportFormat::Html, dutch()) == tmp.path() / "werkafspraken-2026-11-29-1432.html");
}

namespace {

// A bundled plan track walked with the fixed answers of tests/fixtures/answers/TRACK.yaml, at
// fixed times: the policy plan and the programme plan as an organisation would print them.
Record bundledPlan(const std::string& track) {
    Session s = Session::start(bundled(), track, "nl");
    const fs::path file = test::fixturesDir() / "answers" / (track + ".yaml");
    AnswersFile answers;
    Diagnostics d;
    REQUIRE(AnswersFile::read(test::readText(file), file.string(), answers, d));
    REQUIRE(walkWithAnswers(s, answers, d));
    INFO(d.str());
    REQUIRE(d.empty());  // every answer was used: the fixture still fits the track
    REQUIRE(s.finished());
    s.setRecordId("2026-12-02-100000-" + track);
    s.setTimes("2026-12-02T10:00:00+01:00", "2026-12-02T11:30:00+01:00");
    return s.record();
}

// A record whose agreement and note hold what Markdown and HTML would read as markup.
Record hostileRecord() {
    Record r = test::sampleRecord();
    r.agreements.front().text = "*niet schuin* <b>niet vet</b> <script>alert(1)</script> | `code` [link](https://x.nl) # kop";
    r.notes.begin()->second = "regel een\r\n- geen lijst\rregel drie";
    return r;
}

std::string cmarkHtml(const std::string& md) {
    // CMARK_OPT_UNSAFE renders raw HTML as it is: if the export let markup through, it shows here.
    char* html = cmark_markdown_to_html(md.c_str(), md.size(), CMARK_OPT_UNSAFE);
    std::string out = html;
    std::free(html);
    return out;
}

}  // namespace

TEST_CASE("the bundled policy plan and programme plan export as their golden files") {
    const auto g = bundled();
    for (const std::string track : {"beleid", "opleiding"}) {
        INFO(track);
        const Record r = bundledPlan(track);
        // Every chapter walked is in the plan, and the building blocks are its agreements.
        CHECK(r.agreements.size() >= 8);
        golden(track + ".md", exportMarkdown(r, g.get(), dutch()));
        golden(track + ".html", exportHtml(r, g.get(), dutch()));
    }
}

TEST_CASE("where a guide marks topics, a summary lists only those, with the answers given under them") {
    static const auto pack =
        content::loadAndValidate(test::fixturesDir() / "packs" / "vervolg-review", "vervolg-review");
    REQUIRE(pack.usable());
    Session s = Session::start(pack.guide, "vervolg", "nl");
    REQUIRE(s.next().empty());
    REQUIRE(s.answer(Answer::ofChoice("veilig")).empty());
    REQUIRE(s.next().empty());  // the review step (no earlier agreements here)
    REQUIRE(s.answer(Answer::ofChoice("zwaar")).empty());
    REQUIRE(s.next().empty());  // "Wat spreken we af?" is a question, not a topic
    REQUIRE(s.next().empty());
    std::vector<std::string> ids;
    for (const auto* n : coveredSteps(s.record(), *pack.guide)) ids.push_back(n->id);
    CHECK(ids == std::vector<std::string>{"v-hoe"});

    ExportOptions o;
    const Summary plain = summarise(s.record(), pack.guide.get(), dutch(), o);
    REQUIRE(plain.topics.size() == 1);
    CHECK(plain.topics[0].title == "Hoe ging het?");
    CHECK(plain.topics[0].answer.empty());
    o.includeAnswers = true;
    const Summary withAnswers = summarise(s.record(), pack.guide.get(), dutch(), o);
    REQUIRE(withAnswers.topics.size() == 1);
    CHECK(withAnswers.topics[0].answer == "Zwaar");
    const std::string md = exportMarkdown(s.record(), pack.guide.get(), dutch(), o);
    CHECK(md.find("Wat spreken we af?") == std::string::npos);
    CHECK(md.find("Welkom terug") == std::string::npos);
    CHECK(md.find("Is het nu veilig?") == std::string::npos);
}

TEST_CASE("the Markdown export is CommonMark in which typed texts appear as typed, markup and all") {
    ExportOptions o = allOptions();
    const std::string md = exportMarkdown(hostileRecord(), test::proefGuide().get(), dutch(), o);
    const std::string html = cmarkHtml(md);
    INFO(md << "\n---\n" << html);
    CHECK_FALSE(has(html, "<script"));
    CHECK_FALSE(has(html, "<b>"));
    CHECK_FALSE(has(html, "<em>niet schuin"));
    CHECK_FALSE(has(html, "<code>"));
    CHECK_FALSE(has(html, "<a href=\"https://x.nl\""));
    CHECK(has(html, "*niet schuin* &lt;b&gt;niet vet&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt; | `code` [link](https://x.nl) # kop"));
    // A note's line breaks stay line breaks (a carriage return counts as one), and a line that
    // starts with "- " is not a list.
    CHECK(has(html, "regel een<br />\n- geen lijst<br />\nregel drie"));
    CHECK_FALSE(has(md, "|---|"));  // no GitHub-only tables
}

TEST_CASE("dates in the exports are written out, and in HTML also machine-readable") {
    const Record r = test::sampleRecord();
    const std::string md = exportMarkdown(r, test::proefGuide().get(), dutch());
    const std::string html = exportHtml(r, test::proefGuide().get(), dutch());
    CHECK(has(md, "31 december 2026"));
    CHECK_FALSE(has(md, "2026-12-31"));
    CHECK(has(html, "<time datetime=\"2026-12-31\">31 december 2026</time>"));
    CHECK(has(html, "<time datetime=\"2027-01-10\">10 januari 2027</time>"));
    CHECK(has(html, "<h1>Werkafspraken, <time datetime=\"2026-11-29\">29 november 2026</time></h1>"));
    // Printed, a table's header repeats on each page and a heading stays with what follows.
    CHECK(has(html, "<thead><tr><th>Wat</th>"));
    CHECK(has(html, "thead{display:table-header-group}"));
    CHECK(has(html, "h1,h2,h3{break-after:avoid"));
}

TEST_CASE("calendar events have a globally unique UID that stays with the record, and a growing SEQUENCE") {
    Record r = test::sampleRecord();
    r.calendarId = newCalendarId();
    REQUIRE(isCalendarId(r.calendarId));
    CHECK(newCalendarId() != r.calendarId);
    const std::string first = unfolded(exportIcs(r, test::proefGuide().get(), dutch()));
    CHECK(has(first, "UID:" + exportMark(r) + "-" + r.calendarId + "-next@handreiking\r\n"));
    // Another record made in the same second (same mark, same id) still gets other UIDs.
    Record twin = r;
    twin.calendarId = newCalendarId();
    CHECK_FALSE(has(unfolded(exportIcs(twin, test::proefGuide().get(), dutch())), r.calendarId));
    // A later change of the same record: the same UID, a higher SEQUENCE.
    auto seq = [](const std::string& ics) {
        const auto at = ics.find("SEQUENCE:");
        REQUIRE(at != std::string::npos);
        return std::stoll(ics.substr(at + 9, ics.find("\r\n", at) - at - 9));
    };
    Record later = r;
    later.updated = "2026-11-29T16:00:00+01:00";
    const std::string second = unfolded(exportIcs(later, test::proefGuide().get(), dutch()));
    CHECK(has(second, "UID:" + exportMark(r) + "-" + r.calendarId + "-next@handreiking\r\n"));
    CHECK(seq(second) > seq(first));
    // A record from before calendar ids: a UID derived from the record, the same at every export.
    Record old = r;
    old.calendarId.clear();
    CHECK(exportIcs(old, test::proefGuide().get(), dutch()) == exportIcs(old, test::proefGuide().get(), dutch()));
    CHECK(isExportOf(exportIcs(old, test::proefGuide().get(), dutch()), old, ExportFormat::Ics));
}

TEST_CASE("the calendar holds the agreements' due and evaluation dates only when asked") {
    Record r = test::sampleRecord();
    ExportOptions o;
    const std::string plain = unfolded(exportIcs(r, test::proefGuide().get(), dutch(), o));
    CHECK(std::count(plain.begin(), plain.end(), 'V') >= 1);
    CHECK_FALSE(has(plain, "Afgesproken voor vandaag"));
    o.includeAgreementDates = true;
    const std::string with = unfolded(exportIcs(r, test::proefGuide().get(), dutch(), o));
    const auto& a = r.agreements.front();
    REQUIRE(a.due);
    REQUIRE(a.evaluate);
    CHECK(has(with, "-" + a.id + "-due@handreiking\r\nSEQUENCE:"));
    CHECK(has(with, "DTSTART;VALUE=DATE:20261231\r\n"));
    CHECK(has(with, "DTSTART;VALUE=DATE:20270201\r\n"));
    CHECK(has(with, "SUMMARY:Afgesproken voor vandaag: Regel één:\\nen regel twee met \"quotes\" en: dubbele punten\r\n"));
    CHECK(has(with, "SUMMARY:Terugkijken op de afspraak: "));
    // Without a next conversation the agreements' dates still make a calendar.
    r.nextConversation.reset();
    CHECK_FALSE(exportIcs(r, test::proefGuide().get(), dutch(), o).empty());
    CHECK(exportIcs(r, test::proefGuide().get(), dutch()).empty());
}
