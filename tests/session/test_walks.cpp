// SPDX-License-Identifier: EUPL-1.2
// Every track of the bundled guide walked: exhaustively where the paths can be counted, and by
// many random seeds; every path reaches an end and passes an agreements step (except a plain
// "no", which ends at once with nothing suggested), and no export of any path holds a private
// answer. Also the guide's safety promises: the safety route within two steps of every track's
// start (the follow-up, with earlier agreements, included), no label of a step two people see
// that asks someone to state suicidal thoughts or a diagnosis, and the contact page showing
// exactly the support numbers of the research brief; the routes for the organisation, the team and the
// training programme are there and plan tracks end in a plan; and on every path of every track,
// nothing of a private step reaches an export, with every option on.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <set>

#include "content/validator.h"
#include "i18n/strings.h"
#include "markdown/links.h"
#include "session/autowalk.h"
#include "session/export.h"
#include "session_fixture.h"

using namespace hr;
using namespace hr::session;

namespace {

std::shared_ptr<const content::Guide> bundled() {
    static const auto pack =
        content::loadAndValidate(test::sourceDir() / "content" / "ervaringskennis", "ervaringskennis");
    INFO(pack.diags.str());
    REQUIRE(pack.usable());
    return pack.guide;
}

struct WalkStats {
    std::size_t paths = 0;
    std::size_t withoutAgreements = 0;
    bool exhausted = false;  // stopped at the budget
    std::set<std::string> ends;
    std::set<std::string> endsWithoutAgreements;
    std::size_t leaks = 0;  // exports that held a private step's title or answer
};

// Called at the end of each path with the finished session and the steps it went through.
using AtEnd = std::function<void(const Session&, const std::vector<const content::Node*>&)>;

// How a walk fills in what is not an answer: with `annotate` on, a note at every step and every
// suggested agreement taken, so that an export has all it could leak.
struct WalkOptions {
    bool annotate = false;
    AtEnd atEnd;
};

// The ends of a plain "Nee, hier wil ik niet over praten": the conversation stops there with
// respect, and nothing is suggested, so no agreements step comes before them.
const std::set<std::string> kPlainNoEnds = {"gesprek-nee", "stage-nee", "vervolg-nee"};

const i18n::Strings& dutch() {
    static const i18n::Strings s = [] {
        Diagnostics d;
        auto strings = i18n::Strings::load(test::sourceDir() / "content" / "ui", "nl", d);
        REQUIRE(d.empty());
        return strings;
    }();
    return s;
}

// Texts that only private steps show (their titles and choice labels): none may appear in an
// export. A text that a non-private step shows too could be there for that step, so it is not
// counted.
std::set<std::string> privateOnlyTexts(const content::Guide& g) {
    std::set<std::string> priv, open;
    for (const auto& n : g.nodes) {
        auto& into = n.isPrivate ? priv : open;
        into.insert(g.text(n.title, "nl"));
        for (const auto& c : n.choices) into.insert(g.text(c.label, "nl"));
    }
    for (const auto& t : open) priv.erase(t);
    return priv;
}

// An export with everything the user can add (answers, notes, the title) holds nothing private.
std::size_t leaksIn(const Session& s) {
    static const std::set<std::string> texts = privateOnlyTexts(s.guide());
    ExportOptions o;
    o.includeAnswers = o.includeNotes = o.includeTitle = true;
    const std::string md = exportMarkdown(s.record(), &s.guide(), dutch(), o);
    std::size_t n = 0;
    for (const auto& t : texts)
        if (md.find(t) != std::string::npos) {
            UNSCOPED_INFO("private text in an export: " << t);
            ++n;
        }
    return n;
}

// Depth-first over answers. Checklists try nothing, everything and each single item; scales try
// no points, all lowest and all highest; a node is visited at most twice on one path.
void explore(const Session& s, WalkStats& stats, std::size_t budget, bool sawAgreements,
             const WalkOptions& opt = {}, std::vector<const content::Node*> visited = {}) {
    if (stats.paths >= budget) {
        stats.exhausted = true;
        return;
    }
    if (s.atReview()) {  // a follow-up's look back: each outcome leads on the same way
        Session next = s;
        REQUIRE(next.review(ReviewOutcome::Keep).empty());
        explore(next, stats, budget, sawAgreements, opt, visited);
        return;
    }
    const content::Node* n = s.currentNode();
    REQUIRE(n);
    const auto& path = s.record().path;
    if (std::count_if(path.begin(), path.end(), [&](const Step& st) { return st.node == n->id; }) > 2) return;
    visited.push_back(n);
    auto branch = [&](const Answer& a) {
        Session next = s;
        if (opt.annotate) {
            next.setNote(n->id, "Notitie qx bij " + n->id);
            if (n->kind == content::NodeKind::Agreements)
                for (const auto* t : next.suggestions()) (void)next.addFromTemplate(t->id);
        }
        const std::string err = next.answer(a);
        INFO("at " << n->id << ": " << err);
        REQUIRE(err.empty());
        explore(next, stats, budget, sawAgreements || n->kind == content::NodeKind::Agreements, opt, visited);
    };
    switch (n->kind) {
        case content::NodeKind::End: {
            ++stats.paths;
            stats.ends.insert(n->id);
            if (!sawAgreements) stats.endsWithoutAgreements.insert(n->id);
            if (!sawAgreements && !kPlainNoEnds.count(n->id)) ++stats.withoutAgreements;
            if (opt.atEnd) opt.atEnd(s, visited);
            Session done = s;
            REQUIRE(done.next().empty());
            // Every 5th path is exported: enough to meet every private step, and quick.
            if (stats.paths % 5 == 1) stats.leaks += leaksIn(done);
            return;
        }
        case content::NodeKind::Info:
        case content::NodeKind::Review:
        case content::NodeKind::Agreements: branch(Answer::confirmed()); return;
        case content::NodeKind::Choice:
            REQUIRE_FALSE(s.availableChoices().empty());
            for (const auto* c : s.availableChoices()) branch(Answer::ofChoice(c->id));
            return;
        case content::NodeKind::Checklist: {
            const auto choices = s.availableChoices();
            std::vector<std::string> all;
            for (const auto* c : choices) all.push_back(c->id);
            branch(Answer::ofChecklist({}));
            branch(Answer::ofChecklist(all));
            if (choices.size() > 1)
                for (const auto* c : choices) branch(Answer::ofChecklist({c->id}));
            return;
        }
        case content::NodeKind::Scale: {
            std::map<std::string, int> low, high;
            for (const auto& st : n->statements) {
                low[st.id] = n->scale.min;
                high[st.id] = n->scale.max;
            }
            branch(Answer::ofScale({}));
            branch(Answer::ofScale(low));
            branch(Answer::ofScale(high));
            return;
        }
    }
}

}  // namespace

// An earlier conversation with two agreements, for walking the follow-up as it really starts.
Record earlierRecord(const std::shared_ptr<const content::Guide>& g, const std::string& track = "gesprek") {
    Session first = Session::start(g, track, "nl");
    Agreement a;
    a.text = "We praten elke twee weken kort bij.";
    a.owner = "samen";
    first.addAgreement(a);
    a.text = "Ik breng een casus in bij intervisie.";
    first.addAgreement(a);
    first.setRecordId("2026-11-01-090000-" + track);
    return first.record();
}

TEST_CASE("every path of every bundled track passes agreements and reaches an end") {
    const auto g = bundled();
    for (const auto& track : g->tracks) {
        SECTION(track.id) {
            WalkStats stats;
            explore(Session::start(g, track.id, "nl"), stats, 20000, false);
            INFO(track.id << ": " << stats.paths << " paths" << (stats.exhausted ? " (budget reached)" : ""));
            CHECK(stats.paths > 0);
            CHECK(stats.withoutAgreements == 0);
            CHECK(stats.leaks == 0);
            CHECK(!stats.ends.empty());
            // Only a plain "no" ends without agreements.
            for (const auto& e : stats.endsWithoutAgreements) CHECK(kPlainNoEnds.count(e) == 1);
            WARN(track.id << ": " << stats.paths << " paths walked" << (stats.exhausted ? ", budget reached" : ", all"));
        }
    }
}

TEST_CASE("every path of a follow-up with earlier agreements ends, and its exports keep private steps out") {
    const auto g = bundled();
    WalkStats stats;
    explore(Session::followUp(g, earlierRecord(g), "nl"), stats, 20000, false);
    INFO(stats.paths << " paths");
    CHECK(stats.paths > 0);
    CHECK(stats.withoutAgreements == 0);
    CHECK(stats.leaks == 0);
}

TEST_CASE("a follow-up asks about safety before it looks back on the earlier agreements") {
    const auto g = bundled();
    Session s = Session::followUp(g, earlierRecord(g), "nl");
    REQUIRE(s.record().reviews.size() == 2);
    const content::Node* safety = g->node(g->safety.id);
    REQUIRE(safety);
    // Within two steps of the start, with no look back before it, a choice leads to safety.
    bool found = false;
    for (int step = 0; step < 2 && !found; ++step) {
        REQUIRE_FALSE(s.atReview());
        const content::Node* n = s.currentNode();
        REQUIRE(n);
        for (const auto& c : n->choices) found = found || c.next.id == safety->id;
        if (!found) REQUIRE(s.next().empty());
    }
    CHECK(found);
}

TEST_CASE("no step two people see asks someone to state suicidal thoughts or a diagnosis") {
    // Words that would make someone say, in front of another, that they think of suicide or have
    // a diagnosis. A label may offer help ("Ik heb nu meteen hulp nodig"); it never names why.
    const std::vector<std::string> words = {"zelfdoding", "zelfmoord", "suïcid", "dood", "diagnose", "ptss",
                                            "depressi", "stoornis", "trauma", "burn-out", "overspannen"};
    const auto g = bundled();
    std::size_t labels = 0;
    for (const auto& track : g->tracks) {
        // A plan's labels name the chapters of an organisation's or a programme's policy (such as
        // "secundaire traumatisering"), never something about a person in the room.
        if (track.alone || track.summary == content::SummaryKind::Plan) continue;
        const content::Node* start = g->node(track.start.id);
        REQUIRE(start);
        for (const content::Node* n : content::reachable(*g, {start})) {
            for (const auto& c : n->choices) {
                std::string label = g->text(c.label, "nl");
                std::transform(label.begin(), label.end(), label.begin(), [](unsigned char ch) { return std::tolower(ch); });
                ++labels;
                for (const auto& w : words) {
                    INFO("track " << track.id << ", step " << n->id << ", choice " << c.id << ": " << label);
                    CHECK(label.find(w) == std::string::npos);
                }
            }
        }
    }
    CHECK(labels > 50);
}

TEST_CASE("random walks on every bundled track reach an end for many seeds") {
    const auto g = bundled();
    for (const auto& track : g->tracks) {
        for (std::uint64_t seed = 1; seed <= 300; ++seed) {
            Session s = Session::start(g, track.id, "nl");
            const std::string err = walkRandom(s, seed);
            INFO(track.id << " seed " << seed << ": " << err);
            REQUIRE(err.empty());
            REQUIRE(s.record().finished);
        }
    }
}

TEST_CASE("the same seed gives the same walk") {
    const auto g = bundled();
    Session a = Session::start(g, "gesprek", "nl"), b = Session::start(g, "gesprek", "nl");
    REQUIRE(walkRandom(a, 42).empty());
    REQUIRE(walkRandom(b, 42).empty());
    CHECK(a.record().path.size() == b.record().path.size());
    for (std::size_t i = 0; i < a.record().path.size(); ++i) CHECK(a.record().path[i].answer == b.record().path[i].answer);
}

namespace {

// Depth-first to the safety route's agreements step, calling `at` each time a path gets there
// (checklists and scales as in explore(), but only none and all, lowest and highest). A path stops
// there: what comes after is the same for every route.
void toSafetyAgreements(const Session& s, const std::string& stepId, std::size_t& budget,
                        const std::function<void(const Session&)>& at) {
    if (budget == 0) return;
    if (s.atReview()) {
        Session next = s;
        REQUIRE(next.review(ReviewOutcome::Keep).empty());
        toSafetyAgreements(next, stepId, budget, at);
        return;
    }
    const content::Node* n = s.currentNode();
    REQUIRE(n);
    if (n->id == stepId) {
        --budget;
        at(s);
        return;
    }
    const auto& path = s.record().path;
    if (n->kind == content::NodeKind::End ||
        std::count_if(path.begin(), path.end(), [&](const Step& st) { return st.node == n->id; }) > 1) {
        --budget;
        return;
    }
    auto branch = [&](const Answer& a) {
        Session next = s;
        REQUIRE(next.answer(a).empty());
        toSafetyAgreements(next, stepId, budget, at);
    };
    std::vector<std::string> all;
    std::map<std::string, int> low, high;
    switch (n->kind) {
        case content::NodeKind::Choice:
            for (const auto* c : s.availableChoices()) branch(Answer::ofChoice(c->id));
            return;
        case content::NodeKind::Checklist:
            for (const auto* c : s.availableChoices()) all.push_back(c->id);
            branch(Answer::ofChecklist({}));
            branch(Answer::ofChecklist(all));
            return;
        case content::NodeKind::Scale:
            for (const auto& st : n->statements) low[st.id] = n->scale.min, high[st.id] = n->scale.max;
            branch(Answer::ofScale(low));
            branch(Answer::ofScale(high));
            return;
        default: branch(Answer::confirmed());
    }
}

}  // namespace

namespace {

// Who talks in a follow-up (its answer at "Wie praten er vandaag?", vv_wie) names the track whose
// people they are; null while nobody said (then only what fits both kinds).
const content::Track* followUpKind(const content::Guide& g, const Session& s) {
    const auto it = s.variables().find("vv_wie");
    if (it == s.variables().end() || !it->second.isSet()) return nullptr;
    const std::string who = it->second.str();
    if (who == "leiding") return g.track("gesprek");
    if (who == "stage") return g.track("stagebegeleiding");
    FAIL("a follow-up's vv_wie that no test knows: " << who);
    return nullptr;
}

bool ownedWithin(const content::AgreementTemplate& t, const content::Track& track) {
    return t.owner.id.empty() || t.owner.id == "samen" ||
           std::any_of(track.roles.begin(), track.roles.end(), [&](const content::Ref& r) { return r.id == t.owner.id; });
}

}  // namespace

// The safety route is shared, so what it suggests must fit who is there: in a route walked alone
// no agreement that someone else carries out (never a manager's); in a route that names its roles,
// only those roles (or "samen"); in a team or at a policy or programme plan nothing about one
// person; in a follow-up, the roles of the talk it follows once it is said who talks (a manager's
// talk or a placement talk), and before that only what fits both.
TEST_CASE("the safety route's agreements fit who is there, on every track") {
    const auto g = bundled();
    const std::string stepId = "veiligheid-afspraken";
    REQUIRE(g->node(stepId));
    auto checkAt = [&](const content::Track& track, const Session& s, std::size_t& arrivals) {
        ++arrivals;
        const auto offered = s.suggestions();
        INFO("track " << track.id << ", after " << s.record().path.size() << " steps");
        CHECK_FALSE(offered.empty());
        for (const auto* t : offered) {
            INFO("suggestion " << t->id << " (owner '" << t->owner.id << "')");
            const std::string text = g->text(t->text, "nl");
            if (track.alone) CHECK(t->owner.id.empty());
            if (!track.roles.empty())
                CHECK((t->owner.id.empty() || t->owner.id == "samen" ||
                       std::any_of(track.roles.begin(), track.roles.end(), [&](const content::Ref& r) { return r.id == t->owner.id; })));
            if (!track.alone && track.roles.empty() && track.id != g->followUp.id) {
                CHECK(t->owner.id != "professional");
                CHECK(t->owner.id != "student");
                CHECK(text.find("de professional") == std::string::npos);
                CHECK(text.find("de student") == std::string::npos);
            }
            if (track.id == g->followUp.id) {
                if (const content::Track* kind = followUpKind(*g, s)) {
                    INFO("a follow-up of " << kind->id);
                    CHECK(ownedWithin(*t, *kind));
                } else {
                    CHECK(t->owner.id == "samen");
                }
            }
        }
    };
    for (const auto& track : g->tracks) {
        std::size_t arrivals = 0, budget = 4000;
        toSafetyAgreements(Session::start(g, track.id, "nl"), stepId, budget,
                           [&](const Session& s) { checkAt(track, s, arrivals); });
        INFO("track " << track.id);
        CHECK(arrivals > 0);
    }
    const content::Track* follow = g->track(g->followUp.id);
    REQUIRE(follow);
    for (const char* earlier : {"gesprek", "stagebegeleiding"}) {
        INFO("a follow-up of " << earlier);
        std::size_t arrivals = 0, budget = 4000;
        toSafetyAgreements(Session::followUp(g, earlierRecord(g, earlier), "nl"), stepId, budget,
                           [&](const Session& s) { checkAt(*follow, s, arrivals); });
        CHECK(arrivals > 0);
    }
}

// Outside the safety route too, a follow-up suggests what fits who talks: after a placement talk
// (student, placement supervisor, maybe the school's supervisor) nothing a manager or "the
// professional" carries out, and agreements of the placement's own people; after a manager's talk
// nothing for a student or about the placement. Both kinds walked from an earlier record of their
// own track, on every answer up to the follow-up's agreements step.
TEST_CASE("a follow-up's own agreements fit who talks, after a manager's talk and after a placement talk") {
    const auto g = bundled();
    const content::Track* follow = g->track(g->followUp.id);
    REQUIRE(follow);
    for (const char* earlier : {"gesprek", "stagebegeleiding"}) {
        std::map<std::string, std::size_t> arrivals;
        std::set<std::string> stageOwned;
        auto checkAt = [&](const Session& s) {
            const content::Track* kind = followUpKind(*g, s);
            REQUIRE(kind);
            ++arrivals[kind->id];
            const auto offered = s.suggestions();
            INFO("a follow-up of " << earlier << ", who talks as in " << kind->id << ", at " << s.currentNode()->id);
            CHECK_FALSE(offered.empty());
            for (const auto* t : offered) {
                const std::string text = g->text(t->text, "nl");
                INFO("suggestion " << t->id << " (owner '" << t->owner.id << "'): " << text);
                CHECK(ownedWithin(*t, *kind));
                if (kind->id == "stagebegeleiding") {
                    CHECK(text.find("professional") == std::string::npos);
                    CHECK(text.find("leidinggevende") == std::string::npos);
                    if (!t->owner.id.empty() && t->owner.id != "samen") stageOwned.insert(t->owner.id);
                } else {
                    CHECK(text.find("stage") == std::string::npos);
                    CHECK(text.find("student") == std::string::npos);
                }
            }
        };
        for (const char* stepId : {"vervolg-afspraken", "vervolg-afspraken-stage"}) {
            REQUIRE(g->node(stepId));
            std::size_t budget = 20000;
            toSafetyAgreements(Session::followUp(g, earlierRecord(g, earlier), "nl"), stepId, budget, checkAt);
        }
        INFO("a follow-up of " << earlier);
        CHECK(arrivals["gesprek"] > 0);
        CHECK(arrivals["stagebegeleiding"] > 0);
        // A placement follow-up offers the placement's own people something to do, not only "samen".
        CHECK(stageOwned.count("student") == 1);
        CHECK(stageOwned.count("stagebegeleider") == 1);
        CHECK(stageOwned.count("stagedocent") == 1);
    }
}

TEST_CASE("the safety route is at most two steps from every track's start") {
    const auto g = bundled();
    REQUIRE_FALSE(g->safety.empty());
    const content::Node* safety = g->node(g->safety.id);
    REQUIRE(safety);
    for (const auto& track : g->tracks) {
        std::set<const content::Node*> level{g->node(track.start.id)}, seen = level;
        bool found = level.count(safety) > 0;
        for (int step = 1; step <= 2 && !found; ++step) {
            std::set<const content::Node*> next;
            for (const auto* n : level)
                for (const auto* s : content::successors(*g, *n))
                    if (seen.insert(s).second) next.insert(s);
            found = next.count(safety) > 0;
            level = next;
        }
        INFO("track " << track.id);
        CHECK(found);
    }
}

TEST_CASE("the contact page shows exactly the support numbers of the research brief") {
    const auto g = bundled();
    const YAML::Node expected = YAML::LoadFile((test::fixturesDir() / "support-numbers.yaml").string());
    std::set<std::string> want;
    for (const auto& e : expected) want.insert(e["number"].as<std::string>());

    const content::Page* page = nullptr;
    for (const auto& p : g->pages)
        if (p.title.get("nl", "nl") == "Hulp en contact") page = &p;
    REQUIRE(page);
    const std::string text = page->text.get("nl", "nl");
    std::set<std::string> shown;
    auto digits = [](const std::string& s) {
        std::string d;
        for (char c : s)
            if (c >= '0' && c <= '9') d += c;
        return d;
    };
    for (const auto& link : markdown::findLinks(text)) {
        if (link.target.rfind("tel:", 0) != 0) continue;
        // The label is the text between '[' and ']' just before the target.
        const std::size_t close = text.rfind("](", link.offset);
        const std::size_t open = text.rfind('[', close);
        REQUIRE(close != std::string::npos);
        REQUIRE(open != std::string::npos);
        const std::string label = text.substr(open + 1, close - open - 1);
        INFO("link " << label << " -> " << link.target);
        CHECK(digits(label) == digits(link.target.substr(4)));
        shown.insert(label);
    }
    CHECK(shown == want);
}

TEST_CASE("the bundled guide has routes for the organisation, a team, the programme and colleagues") {
    const auto g = bundled();
    // The policy plan and the programme plan print every chapter walked: they are plan tracks.
    for (const char* id : {"beleid", "opleiding"}) {
        INFO(id);
        REQUIRE(g->track(id) != nullptr);
        CHECK(g->track(id)->summary == content::SummaryKind::Plan);
    }
    // A team talks together; learning and using one's knowledge can be walked alone.
    REQUIRE(g->track("teamgesprek") != nullptr);
    CHECK_FALSE(g->track("teamgesprek")->alone);
    for (const char* id : {"leren", "inzetten"}) {
        INFO(id);
        REQUIRE(g->track(id) != nullptr);
        CHECK(g->track(id)->alone);
    }
}

// The follow-up asks who talks (a professional and a manager, a student and a placement
// supervisor) and suggests agreements for them: it fits a personal talk, not a team or a plan.
TEST_CASE("the bundled follow-up is offered after a personal talk, not after a team talk or a plan") {
    const auto g = bundled();
    for (const char* id : {"gesprek", "stagebegeleiding", "vervolggesprek"}) {
        INFO(id);
        CHECK(Session::hasFollowUp(*g, id));
    }
    for (const char* id : {"teamgesprek", "beleid", "opleiding"}) {
        INFO(id);
        REQUIRE(g->track(id) != nullptr);
        CHECK_FALSE(g->track(id)->alone);
        CHECK_FALSE(g->track(id)->followUp);
        CHECK_FALSE(Session::hasFollowUp(*g, id));
    }
    for (const auto& t : g->tracks) {
        INFO(t.id);
        if (t.alone) CHECK_FALSE(Session::hasFollowUp(*g, t.id));
    }
}

namespace {

i18n::Strings dutchStrings() {
    Diagnostics d;
    auto strings = i18n::Strings::load(test::sourceDir() / "content" / "ui", "nl", d);
    REQUIRE(d.empty());
    return strings;
}

// What a private step could give away in an export: its id, its title, the labels of its choices
// and the note written at it. Texts that a public step of the same path also shows are left out:
// they do not tell which way was taken.
std::vector<std::string> privateTraces(const content::Node& n, const Record& r,
                                       const std::set<std::string>& publicTexts) {
    std::vector<std::string> out{n.id};
    auto add = [&](const std::string& t) {
        if (!publicTexts.count(t)) out.push_back(t);
    };
    add(n.title.get("nl", "nl"));
    for (const auto& c : n.choices) add(c.label.get("nl", "nl"));
    if (auto it = r.notes.find(n.id); it != r.notes.end()) out.push_back(it->second);
    return out;
}

// `s` as HTML writes it, so a search cannot miss it for an apostrophe.
std::string asHtml(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '\'')
            out += "&#39;";
        else if (c == '"')
            out += "&quot;";
        else if (c == '&')
            out += "&amp;";
        else
            out += c;
    }
    return out;
}

}  // namespace

TEST_CASE("on every path of every bundled track, nothing of a private step is in an export") {
    const auto g = bundled();
    const i18n::Strings nl = dutchStrings();
    ExportOptions all;
    all.includeAnswers = all.includeNotes = all.includeTitle = true;
    std::size_t privateSeen = 0;
    WalkOptions opt;
    opt.annotate = true;
    opt.atEnd = [&](const Session& s, const std::vector<const content::Node*>& visited) {
        // The track's title is asked for (includeTitle): a private step of the same name tells nothing.
        std::set<std::string> publicTexts{g->track(s.record().track)->title.get("nl", "nl")};
        for (const auto* n : visited)
            if (!n->isPrivate) {
                publicTexts.insert(n->title.get("nl", "nl"));
                for (const auto& c : n->choices) publicTexts.insert(c.label.get("nl", "nl"));
            }
        for (ExportFormat f : {ExportFormat::Markdown, ExportFormat::Html}) {
            const std::string text = exportRecord(f, s.record(), g.get(), nl, all);
            for (const auto* n : visited) {
                if (!n->isPrivate) continue;
                ++privateSeen;
                for (const std::string& trace : privateTraces(*n, s.record(), publicTexts)) {
                    INFO(s.record().track << " " << extensionFor(f) << ": " << n->id << " shows " << trace);
                    CHECK(text.find(f == ExportFormat::Html ? asHtml(trace) : trace) == std::string::npos);
                }
            }
        }
    };
    for (const auto& track : g->tracks) {
        SECTION(track.id) {
            WalkStats stats;
            explore(Session::start(g, track.id, "nl"), stats, 400, false, opt);
            CHECK(stats.paths > 0);
        }
    }
    CHECK(privateSeen > 0);
}

// The calendar event of the next talk is seen by whoever sees the calendar: on every bundled track,
// with everything asked for (the title too), it names no track and nothing of what the talk was
// about, and has no note that marks it as sensitive.
TEST_CASE("the calendar event of a bundled track's next talk is neutral") {
    const auto g = bundled();
    const i18n::Strings nl = dutchStrings();
    ExportOptions all;
    all.includeAnswers = all.includeNotes = all.includeTitle = all.includeAgreementDates = true;
    std::size_t events = 0;
    for (const auto& track : g->tracks) {
        if (track.alone) continue;  // no next talk to plan (a team talk and a plan still have one)
        INFO("track " << track.id);
        Session s = Session::start(g, track.id, "nl");
        s.setNextConversation(Date::parse("2027-01-15"));
        const std::string ics = exportIcs(s.record(), g.get(), nl, all);
        REQUIRE_FALSE(ics.empty());
        ++events;
        // The follow-up's own title is the neutral word of every such event, and "gesprek" is in the
        // description: the title is looked for where it is not the neutral word, the id in the UID.
        const std::string title = g->text(track.title, "nl");
        if (title != nl("export.ics_summary")) CHECK(ics.find(title) == std::string::npos);
        const std::size_t uid = ics.find("\r\nUID:");
        REQUIRE(uid != std::string::npos);
        CHECK(ics.substr(uid, ics.find("\r\n", uid + 2) - uid).find(track.id) == std::string::npos);
        for (const char* word : {"rvaring", "geweld", "mishandel", "veilig", "personeelsdossier", "persoon"}) {
            INFO(word);
            CHECK(ics.find(word) == std::string::npos);
        }
        CHECK(ics.find("DESCRIPTION:Vervolg op het gesprek van ") != std::string::npos);
    }
    CHECK(events >= 4);  // gesprek, stagebegeleiding, vervolggesprek, teamgesprek and the plans
}
