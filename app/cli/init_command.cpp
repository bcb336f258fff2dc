// SPDX-License-Identifier: EUPL-1.2
// `init DIR`: a small overlay of the bundled guide for an institution to start from, with Dutch
// comments for editors who are not programmers. It passes `check` as written, and every example
// in it is marked as one, so that nothing invented reaches a person in the app unnoticed.
#include "cli/commands.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "content/pack_files.h"
#include "util/paths.h"

namespace fs = std::filesystem;

namespace hr::cli {

namespace {

// The step of the conversation after which the example step is inserted, and the agreements step
// whose suggestions the starter copies (a list of ids is replaced whole, so it is written out
// with the local agreement added).
constexpr const char* kInsertAfter = "gesprek-afronden";
constexpr const char* kAgreementsStep = "gesprek-afspraken";

std::string idFromFolder(const fs::path& dir) {
    std::string id;
    for (char c : dir.filename().string()) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')
            id += c;
        else if (!id.empty() && id.back() != '-')
            id += '-';
    }
    while (!id.empty() && id.back() == '-') id.pop_back();
    const auto letter = id.find_first_of("abcdefghijklmnopqrstuvwxyz");
    id = letter == std::string::npos ? "" : id.substr(letter);  // an id starts with a letter
    return content::isItemId(id) ? id : "eigen-versie";
}

std::string starter(const std::string& id, const content::Guide& base, const std::string& after,
                    const std::vector<std::string>& suggestions) {
    std::string s;
    s += "# Jullie eigen versie van de handreiking\n"
         "#\n"
         "# Dit is een overlay: een kleine aanvulling op de handreiking die bij de app hoort ('" + base.id + "').\n"
         "# Hier staat alleen wat bij jullie anders is. Al het andere komt uit de handreiking zelf. Komt\n"
         "# er een nieuwe versie van de handreiking, dan blijft dit bestand werken.\n"
         "#\n"
         "# Zo werkt het:\n"
         "# - Elk onderdeel heeft een id. Noem je een id die al bestaat, dan verander je dat onderdeel.\n"
         "#   Schrijf alleen op wat anders moet: geef je alleen 'text', dan verandert alleen de tekst.\n"
         "# - Een nieuw id voegt iets toe.\n"
         "# - 'remove: true' haalt iets weg.\n"
         "# - Een regel die begint met # is uitleg; de app leest die niet.\n"
         "#\n"
         "# Na elke wijziging:\n"
         "#   controleren:  handreiking check DEZE-MAP\n"
         "#   bekijken:     handreiking --content DEZE-MAP\n"
         "# Meer uitleg: content/README.md, het hoofdstuk 'Je eigen versie maken'.\n"
         "#\n"
         "# Alles hieronder is een voorbeeld. Pas het aan of haal het weg voordat collega's deze versie\n"
         "# gebruiken.\n"
         "format: 1\n"
         "id: " + id + "\n"
         "version: \"1\"\n"
         "extends: " + base.id + "\n"
         "# De versies van de handreiking waarvoor deze overlay geschreven is. Is de handreiking\n"
         "# nieuwer, dan meldt de controle dat: kijk dan of alles nog klopt en pas dit aan.\n"
         "base-version: \">=" + base.version + " <1\"\n"
         "\n"
         "snippets:\n"
         "  # 1. Een contact aanpassen. Deze tekst staat maar op één plek: de app gebruikt hem overal\n"
         "  #    waar {{vertrouwenspersoon-bereiken}} staat. Schrijf hier hoe jullie\n"
         "  #    vertrouwenspersoon bereikbaar is, bijvoorbeeld:\n"
         "  #      text: \"Bel onze vertrouwenspersoon: [030 123 45 67](tel:0301234567).\"\n"
         "  #    Een telefoonnummer schrijf je zo: [zoals je het leest](tel:alleen-cijfers).\n"
         "  - id: vertrouwenspersoon-bereiken\n"
         "    text: Vraag bij HR of kijk op het intranet hoe je de vertrouwenspersoon bereikt.\n"
         "\n"
         "nodes:\n"
         "  # 2. Een eigen stap toevoegen. De stap '" + std::string(kInsertAfter) + "' gaat nu eerst naar de nieuwe\n"
         "  #    stap 'eigen-regeling', en die gaat verder naar waar '" + kInsertAfter + "' heen ging.\n"
         "  - id: " + kInsertAfter + "\n"
         "    next: eigen-regeling\n"
         "  - id: eigen-regeling\n"
         "    kind: info\n"
         "    title: Zo regelen wij het\n"
         "    text: |\n"
         "      Dit is een voorbeeld van een eigen stap. Schrijf hier wat bij jullie geregeld is,\n"
         "      bijvoorbeeld welke steun de organisatie biedt na een zwaar contact.\n"
         "    next: " + after + "\n"
         "\n"
         "  # 3. Een afspraak toevoegen, en 4. een voorstel weghalen. Deze lijst vervangt de lijst\n"
         "  #    van voorstellen van de handreiking helemaal. Zet een # voor een voorstel om het weg\n"
         "  #    te halen. Na een nieuwe versie van de handreiking: kijk of er voorstellen bij zijn\n"
         "  #    gekomen die je ook wilt.\n"
         "  - id: " + kAgreementsStep + "\n"
         "    suggest:\n";
    for (const auto& a : suggestions) s += "      - " + a + "\n";
    s += "      - eigen-afspraak\n"
         "\n"
         "agreements:\n"
         "  - id: eigen-afspraak\n"
         "    text: We bespreken na een zwaar contact samen wat je nodig hebt (voorbeeld).\n"
         "    owner: samen\n"
         "  # Een afspraak helemaal weghalen kan ook, als geen stap hem nog voorstelt:\n"
         "  #  - id: pop-doel\n"
         "  #    remove: true\n";
    return s;
}

}  // namespace

int runInit(const std::string& dir) {
    std::error_code ec;
    if (fs::exists(dir, ec) && !(fs::is_directory(dir, ec) && fs::is_empty(dir, ec))) {
        complain(Msg("cli.init_not_empty", {{"path", dir}}));
        return kExitCannotRun;
    }
    content::LoadedPack base;
    if (!loadContent({}, base)) return kExitCannotRun;
    const content::Node* step = base.usable() ? base.guide->node(kAgreementsStep) : nullptr;
    const content::Node* before = base.usable() ? base.guide->node(kInsertAfter) : nullptr;
    if (!step || !before) {
        complain(Msg("cli.init_no_base"));
        return kExitContentErrors;
    }
    std::vector<std::string> suggestions;
    for (const auto& r : step->suggest) suggestions.push_back(r.id);
    fs::create_directories(dir, ec);
    const fs::path file = fs::path(dir) / "guide.yaml";
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    fs::path named = fs::absolute(dir).lexically_normal();
    if (named.filename().empty()) named = named.parent_path();  // "DIR/"
    out << starter(idFromFolder(named), *base.guide, before->next.id, suggestions);
    out.close();
    if (ec || !out) {
        complain(Msg("cli.cannot_write", {{"path", file.string()}, {"why", ec ? ec.message() : std::strerror(errno)}}));
        return kExitCannotRun;
    }
    // The two commands under each other, their labels padded to one width.
    std::string check = say(Msg("cli.init_check")), view = say(Msg("cli.init_view"));
    const std::size_t width = std::max(check.size(), view.size()) + 1;
    check.resize(width, ' ');
    view.resize(width, ' ');
    std::printf("%s: %s\n%shandreiking check %s\n%shandreiking --content %s\n", visibleText(file.string()).c_str(),
                say(Msg("cli.init_done", {{"id", base.guide->id}})).c_str(), check.c_str(), visibleText(shownArg(dir)).c_str(),
                view.c_str(), visibleText(shownArg(dir)).c_str());
    return kExitOk;
}

}  // namespace hr::cli
