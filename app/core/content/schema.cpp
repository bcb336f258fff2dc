// SPDX-License-Identifier: EUPL-1.2
// The table of keys a pack's files may hold, and the JSON Schema made from it. A new key is one line
// in keys(); tests/core/test_schema.cpp fails until the loader and this table agree.
//
// [SECTION] The table of keys
// [SECTION] A small ordered JSON value
// [SECTION] Types
// [SECTION] Items and the whole schema
#include "content/schema.h"

#include <algorithm>
#include <map>
#include <sstream>

namespace hr::content::schema {

// [SECTION] The table of keys

const std::vector<Key>& keys() {
    static const std::vector<Key> table = {
        // Every pack file: the lists of items, and other files to read.
        {"pack", "include", "paths", false, "", "Andere bestanden van de gids die de app ook leest. Het pad is relatief aan dit bestand, met / tussen mappen."},
        {"pack", "snippets", "list:snippet", false, "", "Gedeelde teksten, zoals een telefoonnummer. Je gebruikt ze in elke tekst met {{id}}."},
        {"pack", "roles", "list:role", false, "", "De rollen: wie een afspraak uitvoert, bijvoorbeeld de professional."},
        {"pack", "tracks", "list:track", false, "", "De routes: elke route is één soort gesprek, met een eerste stap."},
        {"pack", "nodes", "list:node", false, "", "De stappen: elk scherm van de app, met een titel, tekst en soms een vraag."},
        {"pack", "agreements", "list:agreement", false, "", "De catalogus met werkafspraken die de app voorstelt."},
        {"pack", "pages", "list:page", false, "", "Naslagpagina's, zoals 'Hulp en contact'. Ze zijn vanaf elk scherm te openen."},
        {"pack", "questions", "list:question", false, "", "De onderzoeksvragen die de gids beantwoordt. Stappen en pagina's noemen ze met covers; info --coverage geeft het overzicht."},
        // guide.yaml
        {"guide", "format", "int", false, "", "De versie van dit formaat. Nu 1."},
        {"guide", "id", "id", true, "", "De vaste naam van de gids. Opgeslagen gesprekken verwijzen ernaar: verander hem niet meer."},
        {"guide", "version", "version", true, "", "De versie van jullie inhoud, bijvoorbeeld 1.2.0. Maak hem hoger bij elke nieuwe uitgave."},
        {"guide", "language", "language", true, "", "De standaardtaal, als code van twee of drie letters, zoals nl. Een overlay heeft deze sleutel niet."},
        {"guide", "languages", "languages", false, "", "Alle talen van de gids, met de standaardtaal erbij."},
        {"guide", "title", "text", true, "", "De titel van de gids op het startscherm."},
        {"guide", "description", "markdown", false, "", "Uitleg over de gids op het startscherm (Markdown)."},
        {"guide", "followup", "ref", false, "", "De route (id) waarmee een vervolggesprek verdergaat."},
        {"guide", "safety", "ref", false, "", "De eerste stap (id) van de veiligheidsroute. Elke route komt daar vanaf de start in hooguit twee stappen."},
        // An overlay's guide.yaml
        {"overlay", "extends", "id", true, "", "De id van de gids die deze overlay aanpast, bijvoorbeeld ervaringskennis."},
        {"overlay", "base-version", "string", false, "", "Voor welke versies van die gids de overlay geschreven is, bijvoorbeeld \">=0.3.0 <1\"."},
        // Items
        {"role", "id", "id", true, "", "De vaste naam van de rol. Afspraken verwijzen ernaar met owner."},
        {"role", "title", "text", true, "", "De naam van de rol zoals de app hem toont."},
        {"track", "id", "id", true, "", "De vaste naam van de route. Verander hem niet meer als de gids gebruikt wordt."},
        {"track", "audience", "text", true, "", "Voor wie de route is. Op het startscherm staat 'Voor:' ervoor."},
        {"track", "title", "text", true, "", "De naam van de route."},
        {"track", "description", "text", false, "", "Eén of twee zinnen uitleg op de kaart van de route. Gewone tekst, geen Markdown."},
        {"track", "start", "ref", true, "", "De id van de eerste stap van de route."},
        {"track", "summary", "summary", false, "", "Wat de samenvatting aan het eind toont: topics (de titels van de stappen, standaard) of plan (de hele tekst van elke info-stap)."},
        {"track", "alone", "bool", false, "", "true voor een route die iemand alleen doorloopt. De app vraagt dan niet wie er meedoen."},
        {"track", "follow-up", "bool", false, "", "false voor een route waar het vervolggesprek niet bij past, zoals een teamgesprek of een plan. Standaard true; een route die iemand alleen doorloopt, heeft nooit een vervolggesprek."},
        {"track", "roles", "refs", false, "", "De rollen (ids) die bij 'Wie doen er mee?' staan. Zonder roles: alle rollen. Niet bij een route die iemand alleen doorloopt."},
        {"track", "export", "object:export", false, "", "Hoe een export van deze route zijn delen noemt, zoals Beleidsplan in plaats van Werkafspraken. Alleen voor een route die geen persoonlijk gesprek is."},
        {"node", "id", "id", true, "", "De vaste naam van de stap. Begin hem met de naam van de route, zoals gesprek-..."},
        {"node", "kind", "kind", true, "", "De soort stap: info, choice, checklist, scale, agreements, review of end."},
        {"node", "title", "text", true, "", "De titel boven de stap."},
        {"node", "text", "markdown", false, "", "De tekst van de stap (Markdown)."},
        {"node", "next", "ref", false, "info checklist scale agreements choice review", "De id van de stap die hierna komt. Een end-stap heeft geen next."},
        {"node", "when", "when", false, "", "Een voorwaarde. Klopt die niet, dan slaat de app de stap over en gaat naar next."},
        {"node", "private", "bool", false, "", "true: het antwoord blijft alleen in het geheugen en komt nooit op schijf, niet in de samenvatting en niet in een export."},
        {"node", "topic", "bool", false, "", "true: deze stap is een onderwerp van het gesprek. Markeert de gids onderwerpen, dan noemt de samenvatting alleen die."},
        {"node", "covers", "question-refs", false, "", "De onderzoeksvragen (ids uit questions) die deze stap behandelt."},
        {"node", "choices", "list:choice", false, "choice checklist", "De keuzes: bij choice kies je er één, bij checklist vink je er meer (of geen) aan."},
        {"node", "statements", "list:statement", false, "scale", "De stellingen. Het antwoord (een getal) komt in een variabele met de naam van de id."},
        {"node", "scale", "object:scale", false, "scale", "De schaal: min, max en labels bij sommige punten. Standaard van 1 tot 5."},
        {"node", "suggest", "refs", false, "agreements", "De afspraken (ids) die de app hier voorstelt. Zonder suggest: de hele catalogus."},
        {"choice", "id", "id", true, "", "De vaste naam van de keuze, uniek binnen de stap."},
        {"choice", "label", "text", true, "", "De tekst op de knop."},
        {"choice", "next", "ref", false, "", "Waar deze keuze heen gaat (id van een stap). Zonder next: naar de next van de stap."},
        {"choice", "set", "set", false, "", "Variabelen die deze keuze zet, zoals {gevaar: true}."},
        {"choice", "when", "when", false, "", "De keuze staat er alleen als deze voorwaarde klopt."},
        {"checklist-item", "id", "id", true, "", "De vaste naam van het item, uniek binnen de stap."},
        {"checklist-item", "label", "text", true, "", "De tekst naast het vakje."},
        {"checklist-item", "set", "set", false, "", "Variabelen die dit item zet als het aangevinkt is."},
        {"checklist-item", "when", "when", false, "", "Het item staat er alleen als deze voorwaarde klopt."},
        {"statement", "id", "variable", true, "", "De naam van de variabele met het antwoord: kleine letters, cijfers en _ (geen -)."},
        {"statement", "text", "text", true, "", "De stelling zelf."},
        {"scale", "min", "int", false, "", "Het laagste punt van de schaal (standaard 1)."},
        {"scale", "max", "int", false, "", "Het hoogste punt van de schaal (standaard 5). Hooguit tien stappen boven min."},
        {"scale", "labels", "labels", false, "", "Uitleg bij sommige punten, zoals 1: helemaal niet."},
        {"export", "title", "text", false, "", "De titel van de export, voor de datum. Standaard: Werkafspraken. Ook zonder de naam van het gesprek te zien: houd hem neutraal."},
        {"export", "topics", "text", false, "", "De kop boven de onderwerpen of het plan. Standaard: Besproken onderwerpen, Onderwerpen of Gespreksplan."},
        {"export", "agreements", "text", false, "", "De kop boven de afspraken. Standaard: Afspraken."},
        {"export", "next", "text", false, "", "De kop boven de datum van de volgende keer, ook de naam van die afspraak in een agenda. Standaard: Volgend gesprek."},
        {"agreement", "id", "id", true, "", "De vaste naam van de afspraak."},
        {"agreement", "text", "text", true, "", "De afspraak zelf. Schrijf een neutrale werkafspraak, nooit iets over iemands geschiedenis of gezondheid."},
        {"agreement", "owner", "ref", false, "", "De rol (id) die de afspraak standaard uitvoert."},
        {"agreement", "when", "when", false, "", "De app stelt de afspraak alleen voor als deze voorwaarde klopt."},
        {"page", "id", "id", true, "", "De vaste naam van de pagina."},
        {"page", "title", "text", true, "", "De titel van de pagina, ook op de knop bovenaan elk scherm."},
        {"page", "text", "markdown", true, "", "De tekst van de pagina (Markdown)."},
        {"page", "covers", "question-refs", false, "", "De onderzoeksvragen (ids uit questions) die deze pagina behandelt."},
        {"question", "id", "question-id", true, "", "De vaste naam van de vraag, zoals 1a of organisatie: kleine letters, cijfers, - en _."},
        {"question", "title", "text", true, "", "De vraag zelf, zoals het overzicht van info --coverage hem toont."},
        {"snippet", "id", "id", true, "", "De naam waarmee je de tekst gebruikt: {{id}}."},
        {"snippet", "text", "markdown", true, "", "De gedeelde tekst. Hij kan geen andere snippet gebruiken."},
        // An overlay's items: where a new one goes, and taking one out.
        {"directive", "remove", "bool", false, "", "Alleen in een overlay: true haalt dit onderdeel uit de gids."},
        {"directive", "before", "ref", false, "", "Alleen in een overlay: zet dit onderdeel vóór het onderdeel met deze id."},
        {"directive", "after", "ref", false, "", "Alleen in een overlay: zet dit onderdeel na het onderdeel met deze id."},
    };
    return table;
}

const std::vector<std::string>& nodeKinds() {
    static const std::vector<std::string> kinds = {"info", "choice", "checklist", "scale", "agreements", "end", "review"};
    return kinds;
}

namespace {

bool takesKind(const Key& k, const std::string& kind) {
    if (kind.empty() || *k.kinds == '\0') return true;
    std::istringstream in(k.kinds);
    for (std::string w; in >> w;)
        if (w == kind) return true;
    return false;
}

}  // namespace

std::vector<std::string> keysOf(const std::string& item, const std::string& kind) {
    std::vector<std::string> out;
    for (const auto& k : keys())
        if (item == k.item && takesKind(k, kind)) out.push_back(k.name);
    return out;
}

namespace {

// [SECTION] A small ordered JSON value

// Objects keep their keys in the order given, so the file reads like the table.
struct Json {
    enum class Kind { Object, Array, String, Literal } kind = Kind::Object;
    std::string text;  // String: the text; Literal: as written (true, 1, ...)
    std::vector<std::pair<std::string, Json>> members;
    std::vector<Json> items;

    static Json str(std::string s) { return Json{Kind::String, std::move(s), {}, {}}; }
    static Json lit(std::string s) { return Json{Kind::Literal, std::move(s), {}, {}}; }
    static Json arr(std::vector<Json> v) { return Json{Kind::Array, "", {}, std::move(v)}; }
    static Json strs(const std::vector<std::string>& v) {
        Json a = arr({});
        for (const auto& s : v) a.items.push_back(str(s));
        return a;
    }
    Json& set(const std::string& key, Json value) {
        members.emplace_back(key, std::move(value));
        return *this;
    }
};

void quote(const std::string& s, std::string& out) {
    out += '"';
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20) {
            static const char* hex = "0123456789abcdef";
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
    }
    out += '"';
}

void write(const Json& j, int depth, std::string& out) {
    const std::string pad(2 * (depth + 1), ' '), close(2 * depth, ' ');
    switch (j.kind) {
        case Json::Kind::String: quote(j.text, out); return;
        case Json::Kind::Literal: out += j.text; return;
        case Json::Kind::Array: {
            // A list of plain words stays on one line, as a person would write it.
            const bool flat = std::all_of(j.items.begin(), j.items.end(), [](const Json& i) { return i.kind != Json::Kind::Object && i.kind != Json::Kind::Array; });
            out += '[';
            for (std::size_t i = 0; i < j.items.size(); ++i) {
                out += i ? (flat ? ", " : ",\n" + pad) : (flat ? "" : "\n" + pad);
                write(j.items[i], depth + 1, out);
            }
            out += flat || j.items.empty() ? "]" : "\n" + close + "]";
            return;
        }
        case Json::Kind::Object:
            if (j.members.empty()) {
                out += "{}";
                return;
            }
            out += "{\n";
            for (std::size_t i = 0; i < j.members.size(); ++i) {
                out += pad;
                quote(j.members[i].first, out);
                out += ": ";
                write(j.members[i].second, depth + 1, out);
                out += i + 1 < j.members.size() ? ",\n" : "\n";
            }
            out += close + "}";
    }
}

Json defRef(const std::string& definition) { return Json{}.set("$ref", Json::str("#/definitions/" + definition)); }
Json typed(const char* type) { return Json{}.set("type", Json::str(type)); }
Json pattern(const char* p) { return typed("string").set("pattern", Json::str(p)); }

// [SECTION] Types

// An item list's definition: the strict one of a whole guide, or the one of an overlay.
std::string itemDef(const std::string& item, bool overlay) { return overlay ? item + "-overlay" : item; }

Json typeSchema(const std::string& type, bool overlay) {
    if (type == "id") return pattern("^[a-z][a-z0-9_-]*$");
    if (type == "variable") return pattern("^[a-z_][a-z0-9_]*$");
    if (type == "ref") return typed("string").set("minLength", Json::lit("1"));
    if (type == "string") return typed("string");
    if (type == "text" || type == "markdown") return defRef("text");
    if (type == "when") return typed("string").set("minLength", Json::lit("1")).set("maxLength", Json::lit("1000"));
    if (type == "bool") return typed("boolean");
    if (type == "int") return typed("integer");
    if (type == "version") return Json{}.set("type", Json::strs({"string", "number"}));
    if (type == "language") return defRef("language");
    if (type == "languages") return typed("array").set("items", defRef("language"));
    if (type == "refs") return typed("array").set("items", typeSchema("ref", overlay));
    if (type == "question-id") return pattern("^[a-z0-9][a-z0-9_-]*$");
    if (type == "question-refs") return typed("array").set("items", typeSchema("question-id", overlay));
    if (type == "paths") return typed("array").set("items", typeSchema("ref", overlay));
    if (type == "kind") return Json{}.set("enum", Json::strs(nodeKinds()));
    if (type == "summary") return Json{}.set("enum", Json::strs({"topics", "plan"}));
    if (type == "set")
        return typed("object")
            .set("propertyNames", pattern("^[a-z_][a-z0-9_]*$"))
            .set("additionalProperties", Json{}.set("type", Json::strs({"boolean", "number", "string"})));
    if (type == "labels")
        return typed("object").set("propertyNames", pattern("^-?[0-9]+$")).set("additionalProperties", defRef("text"));
    if (type.rfind("list:", 0) == 0) return typed("array").set("items", defRef(itemDef(type.substr(5), overlay)));
    if (type.rfind("object:", 0) == 0) return defRef(type.substr(7));
    return Json{};
}

Json property(const Key& k, bool overlay) {
    Json p = typeSchema(k.type, overlay);
    p.members.insert(p.members.begin(), {"description", Json::str(k.help)});
    return p;
}

// [SECTION] Items and the whole schema

// The mapping of `items` (keys of those kinds, table order; `without` left out), closed to any
// other key.
Json mapping(const std::string& title, const std::vector<std::string>& items, bool overlay,
             const std::vector<std::string>& without = {}) {
    Json m = typed("object");
    m.members.insert(m.members.begin(), {"description", Json::str(title)});
    Json props, required = Json::arr({});
    for (const auto& item : items)
        for (const auto& k : keys()) {
            if (item != k.item || std::count(without.begin(), without.end(), k.name)) continue;
            props.set(k.name, property(k, overlay));
            // An overlay's items need only their id; its guide.yaml its own id, version and base.
            const std::string name = k.name;
            const bool needed = k.required && (!overlay || name == "id" || name == "version" || item == "overlay");
            if (needed && std::string(k.item) != "pack") required.items.push_back(Json::str(k.name));
        }
    if (!required.items.empty()) m.set("required", required);
    m.set("properties", props).set("additionalProperties", Json::lit("false"));
    return m;
}

// A node's keys by kind: each kind allows only its own keys (and, in a whole guide, needs some).
Json nodeKindRules(bool overlay) {
    Json all = Json::arr({});
    for (const auto& kind : nodeKinds()) {
        auto allowed = keysOf("node", kind);
        if (overlay)
            for (const auto& d : keysOf("directive")) allowed.push_back(d);
        Json then = Json{}.set("propertyNames", Json{}.set("enum", Json::strs(allowed)));
        std::vector<std::string> needed;
        if (kind != "end" && kind != "choice") needed.push_back("next");
        if (kind == "choice" || kind == "checklist") needed.push_back("choices");
        if (kind == "scale") needed.push_back("statements");
        if (!overlay && !needed.empty()) then.set("required", Json::strs(needed));
        if (kind == "checklist")
            then.set("properties", Json{}.set("choices", typed("array").set("items", defRef(itemDef("checklist-item", overlay)))));
        Json rule;
        rule.set("if", Json{}.set("required", Json::strs({"kind"})).set("properties", Json{}.set("kind", Json{}.set("const", Json::str(kind)))));
        rule.set("then", then);
        all.items.push_back(rule);
    }
    return all;
}

const std::map<std::string, std::string>& itemTitles() {
    static const std::map<std::string, std::string> titles = {
        {"role", "Een rol: wie een afspraak uitvoert."},
        {"track", "Een route: één soort gesprek, met een eerste stap."},
        {"node", "Een stap: één scherm van de app. Welke sleutels er mogen, hangt af van kind."},
        {"choice", "Een keuze: een knop die naar een volgende stap kan leiden."},
        {"checklist-item", "Een item van een checklist: een vakje om aan te vinken."},
        {"statement", "Een stelling op een schaal."},
        {"scale", "De schaal van een scale-stap."},
        {"export", "Hoe een export van een route zijn delen noemt."},
        {"agreement", "Een afspraak uit de catalogus."},
        {"page", "Een naslagpagina."},
        {"question", "Een onderzoeksvraag die de gids beantwoordt."},
        {"snippet", "Een gedeelde tekst, te gebruiken met {{id}}."}};
    return titles;
}

Json definitions() {
    Json defs;
    defs.set("language", pattern("^[a-z]{2,3}$").set("description", Json::str("Een taalcode van twee of drie letters, zoals nl of en.")));
    Json text;
    text.set("description", Json::str("Een tekst. Gewoon als tekst (in de standaardtaal), of per taal: nl: ..., en: ..."));
    Json perLanguage = typed("object")
                           .set("propertyNames", defRef("language"))
                           .set("additionalProperties", typed("string").set("pattern", Json::str("\\S")))
                           .set("minProperties", Json::lit("1"));
    text.set("anyOf", Json::arr({typed("string").set("pattern", Json::str("\\S")), perLanguage}));
    defs.set("text", text);
    defs.set("scale", mapping(itemTitles().at("scale"), {"scale"}, false));
    defs.set("export", mapping(itemTitles().at("export"), {"export"}, false));
    for (bool overlay : {false, true})
        for (const char* item : {"role", "track", "node", "choice", "checklist-item", "statement", "agreement", "page", "question", "snippet"}) {
            std::vector<std::string> items = {item};
            if (overlay) items.push_back("directive");
            const std::string title = itemTitles().at(item) + (overlay ? " (in een overlay: alleen id is nodig)" : "");
            Json m = mapping(title, items, overlay);
            if (std::string(item) == "node") m.set("allOf", nodeKindRules(overlay));
            defs.set(itemDef(item, overlay), m);
        }
    defs.set("guide", mapping("guide.yaml: de gids zelf.", {"guide", "pack"}, false));
    defs.set("overlay", mapping("guide.yaml van een overlay: een eigen versie die een andere gids aanpast.",
                                {"guide", "overlay", "pack"}, true, {"language"}));
    defs.set("file", mapping("Een bestand dat guide.yaml met include ophaalt. In een overlay zet je wijzigingen het "
                             "best in guide.yaml zelf: alleen daar weet de editor dat het een overlay is.",
                             {"pack"}, false));
    return defs;
}

}  // namespace

std::string packSchema() {
    Json root;
    root.set("$schema", Json::str("http://json-schema.org/draft-07/schema#"));
    root.set("$id", Json::str("https://handreiking.nl/schema/pack.schema.json"));
    root.set("title", Json::str("Een bestand van een gids van handreiking"));
    root.set("description", Json::str("Dit schema laat je editor sleutels aanvullen en uitleggen. Gemaakt door "
                                      "'handreiking schema'; controleer een gids altijd met 'handreiking check'."));
    root.set("type", Json::str("object"));
    // guide.yaml has an id; an overlay's also says what it extends; an included file has neither.
    root.set("if", Json{}.set("required", Json::strs({"extends"})));
    root.set("then", defRef("overlay"));
    root.set("else", Json{}
                         .set("if", Json{}.set("required", Json::strs({"id"})))
                         .set("then", defRef("guide"))
                         .set("else", defRef("file")));
    root.set("definitions", definitions());
    std::string out;
    write(root, 0, out);
    return out + "\n";
}

}  // namespace hr::content::schema
