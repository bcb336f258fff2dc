// SPDX-License-Identifier: EUPL-1.2
// The screen-reader route (`walk --interactive`) from the outside: scripted answers through a
// pipe for every bundled track to its end, wrong answers, the commands (terug, hulp, achtergrond,
// herhaal, stop), stop then --resume at the same step, private answers never in the record, the
// safety route, a folder that cannot be written, a protected folder, a follow-up with its look
// back, and one run in a pseudo-terminal (script(1), from bsdutils) that starts the terminal
// walk without --interactive and prints no escape code.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "test_support.h"

namespace fs = std::filesystem;
using namespace hr;

namespace {

std::string bin() { return test::binaryCommand(); }
std::string q(const fs::path& p) { return test::shellQuote(p.string()); }

// One answer per line, as typed.
std::string lines(const std::vector<std::string>& typed) {
    std::string out;
    for (const auto& l : typed) out += l + "\n";
    return out;
}

// `walk ARGS --interactive --data-dir TMP/data` with `input` as its standard input.
test::CommandResult walk(const test::TempDir& tmp, const std::string& args, const std::string& input,
                         const std::string& extra = " --interactive") {
    test::writeText(tmp.path() / "input.txt", input);
    return test::run(bin() + " walk " + args + extra + " --data-dir " + q(tmp.path() / "data") + " < " +
                     q(tmp.path() / "input.txt"));
}

std::vector<fs::path> records(const test::TempDir& tmp, const std::string& ext = ".yaml") {
    std::vector<fs::path> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(tmp.path() / "data", ec))
        if (e.path().extension() == ext) out.push_back(e.path());
    return out;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// The record id in the line that says how to continue.
std::string resumeId(const std::string& out) {
    std::smatch m;
    const std::regex re("handreiking walk --resume ([^ \n]+)");
    return std::regex_search(out, m, re) ? m[1].str() : "";
}

struct TrackScript {
    const char* track;
    std::vector<std::string> typed;
    std::vector<const char*> titles;  // seen on the way, in this order
};

// Answers for each bundled track, found by walking it: Enter for text steps, numbers for choices
// and checklists, a point per statement, a suggestion then Enter for agreements, Enter at the end.
const std::vector<TrackScript>& scripts() {
    static const std::vector<TrackScript> all = {
        {"gesprek",
         {"", "2", "1", "", "1", "1", "1", "", "", "1", "", ""},
         {"Waar dit gesprek over gaat", "Is het nu veilig?", "Waar willen jullie het over hebben?",
          "Wat spreken we af?"}},
        {"stagebegeleiding",
         {"", "2", "2", "", "2", "", "", "2", "", "", "1", "", ""},
         {"Ben je jonger dan 18?", "De keuze van casussen", "Wat spreken we af?"}},
        {"vervolggesprek",
         {"", "2", "2", "2", "", "1", "", ""},
         {"Welkom terug", "Wie praten er vandaag?", "Steun buiten dit gesprek"}},
        {"voorbereiden",
         {"", "2", "", "2", "", "1", "", "", "", "", "1", "", ""},
         {"Je gesprek voorbereiden", "Welke onderwerpen wil je voorbereiden?", "Praktisch voorbereiden"}},
        {"zelfreflectie",
         {"",  "2", "",  "3", "3", "3", "3", "3", "3", "3", "3",     "3",
          "3", "3", "3", "3", "3", "3", "3", "3", "2", "",  "nieuw", "Elke vrijdag tien minuten stilstaan.",
          "",  "",  "",  ""},
         {"Even stilstaan bij jezelf", "Veiligheid nu", "Stelling 1 van 2: Ik voel me op dit moment veilig",
          "Steun om je heen", "Wat neem je mee?"}},
    };
    return all;
}

}  // namespace

TEST_CASE("walk --interactive reaches the end of every bundled track and saves the record") {
    for (const auto& script : scripts()) {
        test::TempDir tmp;
        const auto r = walk(tmp, std::string("--track ") + script.track, lines(script.typed));
        INFO(script.track << "\n" << r.out << r.err);
        REQUIRE(r.exitCode == 0);
        CHECK(r.err.empty());
        std::size_t at = 0;
        for (const char* title : script.titles) {
            const std::size_t found = r.out.find(title, at);
            INFO("title: " << title);
            CHECK(found != std::string::npos);
            if (found != std::string::npos) at = found;
        }
        // The summary, then where it is saved and how to export it; nothing about stopping early.
        CHECK(r.out.find("\nAfspraken\n- ") != std::string::npos);
        CHECK(r.out.find("Volgend gesprek: ") != std::string::npos);
        const auto saved = records(tmp);
        REQUIRE(saved.size() == 1);
        CHECK(r.out.find("Het gesprek is bewaard in: " + saved.front().string() + "\n") != std::string::npos);
        CHECK(r.out.find("handreiking export " + saved.front().string() + " --format html") != std::string::npos);
        CHECK(r.out.find("Later verder gaan") == std::string::npos);
        CHECK(r.out.find('\x1b') == std::string::npos);
        const std::string record = test::readText(saved.front());
        CHECK(record.find("finished: true") != std::string::npos);
        CHECK(record.find(std::string("track: ") + script.track + "\n") != std::string::npos);
        CHECK(record.find("agreements:\n  - id: a1\n") != std::string::npos);
    }
}

TEST_CASE("walk --interactive: a wrong answer gets one line and the same question again") {
    test::TempDir tmp;
    const auto r = walk(tmp, "--track gesprek", lines({"x", "", "9", "abc", "1 2", "", "2"}));
    INFO(r.out);
    REQUIRE(r.exitCode == 0);
    const std::string info = "Druk op Enter om verder te gaan:\n";
    const std::string choose = "Typ een nummer van 1 tot 3 en druk op Enter:\n";
    CHECK(r.out.find(info + "Hier hoef je niets te kiezen. Druk alleen op Enter, of typ een opdracht zoals hulp.\n" +
                     info) != std::string::npos);
    CHECK(r.out.find(choose + "Er is geen nummer 9. Kies van 1 tot 3.\n" + choose) != std::string::npos);
    CHECK(r.out.find(choose + "Dat is geen nummer: abc. Kies van 1 tot 3.\n" + choose) != std::string::npos);
    CHECK(r.out.find(choose + "Typ maar één nummer, van 1 tot 3.\n" + choose) != std::string::npos);
    CHECK(r.out.find(choose + "Typ een nummer van 1 tot 3.\n" + choose) != std::string::npos);
    CHECK(count(r.out, choose) == 6);  // five times here, once at the next step
    CHECK(r.out.find("Gekozen: Het is nu veilig\n") != std::string::npos);
    // Then the input ends (Ctrl+D): saved once, how to continue said once, no loop.
    CHECK(count(r.out, "Het gesprek is bewaard. Later verder gaan kan met:\n") == 1);
    CHECK(count(r.out, "Hoe kwam dit gesprek tot stand?") == 1);
    REQUIRE(records(tmp).size() == 1);
}

TEST_CASE("walk --interactive: terug, hulp, achtergrond and herhaal at a question") {
    test::TempDir tmp;
    const auto r =
        walk(tmp, "--track gesprek", lines({"terug", "", "2", "terug", "hulp", "achtergrond", "herhaal", ""}));
    INFO(r.out);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("Dit is de eerste stap. Verder terug kan niet.\n") != std::string::npos);
    // Back at the safety question, the earlier answer is kept with just Enter.
    CHECK(count(r.out, "\nIs het nu veilig?\n") == 3);  // first time, after terug, after herhaal
    CHECK(r.out.find("Eerder gekozen: 2. Alleen Enter houdt dat.\n") != std::string::npos);
    CHECK(count(r.out, "Gekozen: Het is nu veilig\n") == 2);
    // hulp: the pack's help page with the numbers; achtergrond: the background page.
    CHECK(r.out.find("\nHulp en contact\n\n") != std::string::npos);
    CHECK(r.out.find("- Alarmnummer: 112.") != std::string::npos);
    CHECK(r.out.find("Veilig Thuis") != std::string::npos);
    CHECK(r.out.find("\nAchtergrond\n\nWaar deze handreiking op steunt\n") != std::string::npos);
    CHECK(r.out.find("**") == std::string::npos);
    CHECK(r.out.find("](") == std::string::npos);
}

TEST_CASE("walk --interactive: stop, then --resume asks the private step again and goes on where it stood") {
    test::TempDir tmp;
    const auto first = walk(tmp, "--track gesprek", lines({"", "2", "1", "", "stop", "1"}));
    INFO(first.out);
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.find("Het gesprek is bewaard. Later verder gaan kan met:\nhandreiking walk --resume ") !=
          std::string::npos);
    CHECK(first.out.find("Gekozen: De professional vroeg") != std::string::npos);
    const std::string id = resumeId(first.out);
    REQUIRE(!id.empty());
    CHECK(first.out.find("--resume " + id + " --data-dir " + (tmp.path() / "data").string() + "\n") !=
          std::string::npos);
    const auto saved = records(tmp);
    REQUIRE(saved.size() == 1);
    // The private step's answer ('veilig') and its id are not in the file, only that it was passed.
    const std::string record = test::readText(saved.front());
    CHECK(record.find("- private: true\n") != std::string::npos);
    CHECK(record.find("veilig") == std::string::npos);
    CHECK(record.find("choice: professional") != std::string::npos);
    CHECK(record.find("node: gesprek-toestemming\n") != std::string::npos);

    const auto again = walk(tmp, "--resume " + id, lines({"2", "2"}), "");
    INFO(again.out << again.err);
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.find("We vragen dit opnieuw, omdat het antwoord niet wordt bewaard.\n") != std::string::npos);
    const std::size_t asked = again.out.find("\nIs het nu veilig?\n");
    const std::size_t stood = again.out.find("\nWaar wil je het over hebben?\n");
    CHECK(asked != std::string::npos);
    CHECK(stood != std::string::npos);
    CHECK(asked < stood);
    CHECK(again.out.find("Hoe kwam dit gesprek tot stand?") == std::string::npos);  // answered before: not asked
    CHECK(records(tmp).size() == 1);                                                // the same record, continued
    CHECK(test::readText(saved.front()).find("veilig") == std::string::npos);
}

TEST_CASE("walk --interactive: acute danger leads to the safety route at once, as in the window") {
    test::TempDir tmp;
    const auto r = walk(tmp, "--track gesprek", lines({"", "1", ""}));
    INFO(r.out);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find(
              "Gekozen: Er is nu gevaar, of ik voel me niet veilig\n\nStap 3, nog 4 te gaan.\nEerst veiligheid\n") !=
          std::string::npos);
    CHECK(r.out.find("- Direct gevaar? Bel 112.\n") != std::string::npos);
    CHECK(r.out.find("\nWat het werk kan doen\n") != std::string::npos);
    CHECK(test::readText(records(tmp).at(0)).find("gevaar") == std::string::npos);
}

TEST_CASE("walk --interactive: own agreements with who and when, removing one, the next date") {
    test::TempDir tmp;
    // Through the safety route to its agreements step.
    const auto r = walk(tmp, "--track gesprek",
                        lines({"", "1", "", "", "nieuw", "Elke week even bijpraten.", "9", "3", "31-2-2027",
                               "15-1-2027", "nieuw", "", "2", "weg 1", "weg 7", "datum", "1-3-2027", "", ""}));
    INFO(r.out);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("Toegevoegd: Elke week even bijpraten. (Wie: Samen, Wanneer: 15 januari 2027)\n") !=
          std::string::npos);
    CHECK(r.out.find("Er is geen nummer 9. Kies van 1 tot 6.\n") != std::string::npos);
    CHECK(r.out.find("Geen bestaande datum. Schrijf bijvoorbeeld 15-1-2027.\n") != std::string::npos);
    CHECK(r.out.find("Geen afspraak toegevoegd.\n") != std::string::npos);
    CHECK(r.out.find("Weggehaald: Elke week even bijpraten.\n") != std::string::npos);
    CHECK(r.out.find("Er is geen nummer 7. Kies van 1 tot 1.\n") != std::string::npos);
    CHECK(r.out.find("Volgend gesprek: 1 maart 2027\n") != std::string::npos);
    const std::string record = test::readText(records(tmp).at(0));
    CHECK(record.find("Elke week even bijpraten.") == std::string::npos);
    CHECK(record.find("template: veiligheid-rooster") != std::string::npos);
    CHECK(record.find("next_conversation: 2027-03-01") != std::string::npos);
    CHECK(record.find("finished: true") != std::string::npos);
}

TEST_CASE("walk --interactive: a scale asks one statement at a time and terug goes to the statement before") {
    test::TempDir tmp;
    const auto r = walk(tmp, "--track zelfreflectie", lines({"", "2", "", "7", "4", "terug", "", "5", "stop"}));
    INFO(r.out);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("Geef bij elke stelling een punt van 1 tot 5.") != std::string::npos);
    CHECK(r.out.find("1: klopt niet\n") != std::string::npos);
    CHECK(r.out.find("Punt van 1 tot 5:\nKies een punt van 1 tot 5, of alleen Enter om de stelling open te laten.\n") !=
          std::string::npos);
    CHECK(count(r.out, "Stelling 1 van 2: Ik voel me op dit moment veilig") == 3);  // then 7, 4, then after terug
    CHECK(r.out.find("Eerder: 4.\n") != std::string::npos);
    // A private scale: its points are not in the record.
    const std::string record = test::readText(records(tmp).at(0));
    CHECK(record.find("zr_") == std::string::npos);
}

TEST_CASE("walk --interactive in a folder that cannot be written says so, goes on, and writes nothing") {
    test::TempDir tmp;
    test::writeText(tmp.path() / "data", "een bestand");
    const auto r = walk(tmp, "--track gesprek", lines({"", "2"}));
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("Let op: wat je nu doet, wordt niet bewaard. Stop je, dan is het weg.\n") != std::string::npos);
    CHECK(r.out.find("Dit is geen map, maar een bestand.\n") != std::string::npos);
    CHECK(r.out.find("Alles wordt vanzelf bewaard") == std::string::npos);
    CHECK(r.out.find("Gestopt. Wat je hier deed, is niet bewaard.\n") != std::string::npos);
    CHECK(r.out.find("--resume") == std::string::npos);
    CHECK(test::readText(tmp.path() / "data") == "een bestand");
}

TEST_CASE("walk --resume of a record another walk has open saves nothing and says so") {
    test::TempDir tmp;
    const auto first = walk(tmp, "--track gesprek", lines({"", "2", "stop"}));
    const std::string id = resumeId(first.out);
    REQUIRE(!id.empty());
    const std::string before = test::readText(records(tmp).at(0));
    // The first walk holds the record while it waits on a FIFO for input; the second one starts
    // once the first has printed its first step (it holds the lock by then).
    const fs::path fifo = tmp.path() / "fifo", held = tmp.path() / "held.txt";
    test::writeText(tmp.path() / "input.txt", lines({"2", "1"}));
    const std::string resume = bin() + " walk --resume " + id + " --data-dir " + q(tmp.path() / "data");
    // In parentheses: the output of all of it is captured, not only of the last command.
    const auto r =
        test::run("(mkfifo " + q(fifo) + " && { " + resume + " <" + q(fifo) + " >" + q(held) + " & } && exec 3>" +
                  q(fifo) + " && i=0 && while ! grep -q Stap " + q(held) + " && [ $i -lt 400 ]; do sleep 0.05; " +
                  "i=$((i+1)); done; " + resume + " <" + q(tmp.path() / "input.txt") + "; exec 3>&-; wait)");
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("Dit gesprek is ook open in een ander venster. Hier wordt niets bewaard") != std::string::npos);
    CHECK(r.out.find("Gestopt. Wat je hier deed, is niet bewaard.\n") != std::string::npos);
    CHECK(r.out.find("choice: professional") == std::string::npos);
    CHECK(test::readText(records(tmp).at(0)).find("choice: professional") == std::string::npos);
    CHECK(test::readText(held).find("Later verder gaan kan met:") != std::string::npos);  // the first one saved
}

TEST_CASE("walk --interactive in a protected folder: needs the passphrase, saves sealed") {
    test::TempDir tmp;
    const fs::path pass = tmp.path() / "pass.txt";
    test::writeText(pass, "een lang wachtwoord\n");
    REQUIRE(test::run(bin() + " encrypt on --passphrase-file " + q(pass) + " --data-dir " + q(tmp.path() / "data"))
                .exitCode == 0);
    auto r = walk(tmp, "--track gesprek", lines({""}));
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("protected with a passphrase: give --passphrase-file FILE") != std::string::npos);
    CHECK(records(tmp, ".hrenc").empty());
    r = walk(tmp, "--track gesprek --passphrase-file " + q(pass), lines({"", "2", "1", "stop"}));
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(records(tmp).empty());
    REQUIRE(records(tmp, ".hrenc").size() == 1);
    CHECK(r.out.find(" --passphrase-file " + pass.string() + "\n") != std::string::npos);
    const std::string id = resumeId(r.out);
    r = walk(tmp, "--resume " + id + " --passphrase-file " + q(pass), lines({"2"}));
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("\nWat vertrouwelijk blijft\n") != std::string::npos);  // where it stood
}

// The follow-up opens with its welcome, the safety question and the consent; its review step then
// holds the look back on each earlier agreement.
TEST_CASE("walk --follow-up looks back on each earlier agreement, then goes on into the follow-up track") {
    test::TempDir tmp;
    const auto& gesprek = scripts().front();
    const auto first = walk(tmp, "--track gesprek", lines(gesprek.typed));
    REQUIRE(first.exitCode == 0);
    const std::string id = records(tmp).at(0).stem().string();
    const auto r = walk(tmp, "--follow-up " + id, lines({"", "2", "1", "1", "", "5", "2", "", "2", "Elke maand even bijpraten."}), "");
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("\nEerdere afspraken\nBekijk per afspraak uit het vorige gesprek hoe het ging.\n"
                     "Afspraak 1 van 1 uit het vorige gesprek:\n") != std::string::npos);
    CHECK(r.out.find("1. Houden zoals hij is\n2. Aanpassen\n3. Gedaan\n4. Stoppen met deze afspraak\n") !=
          std::string::npos);
    CHECK(r.out.find("Er is geen nummer 5. Kies van 1 tot 4.\n") != std::string::npos);
    CHECK(r.out.find("\nWelkom terug\n") != std::string::npos);
    CHECK(r.out.find("\nWelkom terug\n") < r.out.find("\nEerdere afspraken\n"));
    // One agreement is "de afspraak", on "het volgende scherm" (never "de 1 afspraken").
    CHECK(r.out.find("Op het volgende scherm lopen jullie de afspraak van het vorige gesprek langs.\n") !=
          std::string::npos);
    CHECK(r.out.find("de 1 afspraken") == std::string::npos);
    const auto saved = records(tmp);
    REQUIRE(saved.size() == 2);
    const std::string record = test::readText(saved[0].stem() == id ? saved[1] : saved[0]);
    CHECK(record.find("follow_up_of: " + id) != std::string::npos);
    CHECK(record.find("outcome: adjust") != std::string::npos);
    CHECK(record.find("text: Elke maand even bijpraten.") != std::string::npos);
}

// The review step says how many agreements come: "de afspraak" for one (the test above), "de 2
// afspraken" for two.
TEST_CASE("walk --follow-up of two agreements says both are looked back on, on the next screens") {
    test::TempDir tmp;
    const auto first = walk(tmp, "--track gesprek", lines({"", "2", "1", "", "1", "1", "1", "", "", "1", "2", "", ""}));
    REQUIRE(first.exitCode == 0);
    REQUIRE(test::readText(records(tmp).at(0)).find("  - id: a2\n") != std::string::npos);
    const std::string id = records(tmp).at(0).stem().string();
    const auto r = walk(tmp, "--follow-up " + id, lines({"", "2", "1", "1", "", "stop"}));
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("\nOp de volgende schermen lopen jullie de 2 afspraken van het vorige gesprek langs.\n") !=
          std::string::npos);
    CHECK(r.out.find("Afspraak 1 van 2 uit het vorige gesprek:\n") != std::string::npos);
    CHECK(r.out.find("Op het volgende scherm") == std::string::npos);
}

// A follow-up continues a conversation between people: a reflection walked alone (here one stopped
// halfway, as the issue found) has none, and the start screen offers none for it either.
TEST_CASE("walk --follow-up refuses a record of a track walked alone, naming the record and the track") {
    test::TempDir tmp;
    const auto first = walk(tmp, "--track zelfreflectie", lines({"", "2", "stop"}));
    REQUIRE(first.exitCode == 0);
    REQUIRE(records(tmp).size() == 1);
    const std::string id = records(tmp).at(0).stem().string();
    const std::string before = test::readText(records(tmp).at(0));
    const auto r = walk(tmp, "--follow-up " + id + " --lang nl", lines({"", "2"}));
    INFO(r.out << r.err);
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("handreiking: " + id + " is een gesprek uit de route 'Zelfreflectie'. Die route doorloop je "
                     "alleen, dus er is geen vervolggesprek.") != std::string::npos);
    CHECK(r.out.find("Welkom terug") == std::string::npos);
    // Nothing was started and the record is as it was.
    CHECK(records(tmp).size() == 1);
    CHECK(test::readText(records(tmp).at(0)) == before);
}

// The guide's follow-up is written for a personal talk: a team talk (`follow-up: false`) has none,
// and the refusal says why, in the language asked for.
TEST_CASE("walk --follow-up refuses a record of a track the follow-up does not fit, and says why") {
    test::TempDir tmp;
    const auto first = walk(tmp, "--track teamgesprek", lines({"", "stop"}));
    INFO(first.out << first.err);
    REQUIRE(first.exitCode == 0);
    REQUIRE(records(tmp).size() == 1);
    const std::string id = records(tmp).at(0).stem().string();
    const std::string before = test::readText(records(tmp).at(0));
    auto r = walk(tmp, "--follow-up " + id + " --lang nl", lines({"", "2"}));
    INFO(r.out << r.err);
    CHECK(r.exitCode == 2);
    CHECK(r.err ==
          "handreiking: " + id +
              " hoort bij de route 'Teamgesprek over eigen ervaring in het werk'. Het "
              "vervolggesprek van deze gids is voor een ander soort gesprek geschreven, dus bij die route hoort "
              "geen vervolggesprek. Begin een nieuw gesprek met --track\n");
    CHECK(r.out.find("Welkom terug") == std::string::npos);
    r = walk(tmp, "--follow-up " + id + " --lang en", lines({"", "2"}));
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("handreiking: " + id +
                     " belongs to the track 'Teamgesprek over eigen ervaring in het werk'. "
                     "This guide's follow-up is written for another kind of conversation") != std::string::npos);
    CHECK(r.err.find("walks alone") == std::string::npos);
    CHECK(records(tmp).size() == 1);
    CHECK(test::readText(records(tmp).at(0)) == before);
}

TEST_CASE("walk refuses options that do not go together, and without a terminal still asks for answers") {
    test::TempDir tmp;
    auto r = walk(tmp, "--track gesprek --random 1", "", " --interactive");
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("walk takes one of --answers FILE, --random SEED and --interactive") != std::string::npos);
    r = walk(tmp, "--track gesprek", "", "");
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("or --interactive to be asked step by step (standard input is not a terminal)") !=
          std::string::npos);
    r = walk(tmp, "--resume nergens", "");
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("--resume nergens: no such record") != std::string::npos);
    r = walk(tmp, "--resume ../x", "");
    CHECK(r.exitCode == 2);
    r = walk(tmp, "--track gesprek --out " + q(tmp.path() / "r.yaml"), "");
    CHECK(r.exitCode == 2);
    CHECK(records(tmp).empty());
}

TEST_CASE("walk in a pseudo-terminal asks step by step without --interactive, and prints no escape code") {
    if (test::run("command -v script").exitCode != 0) FAIL("script(1) from bsdutils is needed for this test");
    test::TempDir tmp;
    test::writeText(tmp.path() / "input.txt", lines({"", "hulp", "2", "stop"}));
    const std::string inner = bin() + " walk --track gesprek --data-dir " + q(tmp.path() / "data");
    // script gives the program a terminal as its input and output, and copies our file into it.
    const auto r = test::run("script -qec " + test::shellQuote(inner) + " /dev/null < " + q(tmp.path() / "input.txt"));
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("Stap 1, nog ") != std::string::npos);
    CHECK(r.out.find("Druk op Enter om verder te gaan: ") != std::string::npos);  // the answer goes after it
    CHECK(r.out.find("Hulp en contact") != std::string::npos);
    CHECK(r.out.find("Gekozen: Het is nu veilig") != std::string::npos);
    CHECK(r.out.find("Later verder gaan kan met:") != std::string::npos);
    CHECK(r.out.find('\x1b') == std::string::npos);
    CHECK(records(tmp).size() == 1);
}
