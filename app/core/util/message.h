// SPDX-License-Identifier: EUPL-1.2
// Messages for people in more than one language: a diagnostic carries a message id and its
// arguments, and is put into words only when it is shown, from the catalogue in
// util/message_catalogue.cpp (English and Dutch side by side). The two languages cannot drift:
// a test checks that every id has both texts with the same {placeholders}, and that every id the
// code uses is in the catalogue.
//
// Adding a message: (1) add a row {id, English, Dutch} to util/message_catalogue.cpp, the ids
// grouped by family ("ref.unknown"), placeholders as {name} in both texts; (2) report it with
// d.error(loc, Msg("family.name", {{"name", value}})), where a value is text shown as it is, a
// number, or a phrase Msg ("item.role") that is put into the same language. English starts in
// lower case like GCC's; Dutch is B1, says what is wrong and what to do, and is shown with a
// capital. tests/core/test_messages.cpp fails until both texts are there with the same names.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace hr {

struct Msg;

// One {name} of a message: text shown as it is (an id, a path, a number), or a phrase that is
// itself a message (what the finding is about: "the title of a role"), put into the same language.
struct MsgArg {
    std::string name;
    std::string text;
    std::shared_ptr<const Msg> phrase;

    MsgArg(std::string n, std::string t);
    MsgArg(std::string n, const char* t);
    MsgArg(std::string n, int value);
    MsgArg(std::string n, Msg m);
};

struct Msg {
    std::string id;  // a key of the catalogue; empty for a message given as text only
    std::vector<MsgArg> args;

    Msg() = default;
    explicit Msg(std::string messageId, std::vector<MsgArg> arguments = {});
    bool empty() const { return id.empty(); }
};

// The message in `lang` ("nl" or "en"; any other language gets English, the code's own), its
// placeholders filled in. An id missing from the catalogue shows as itself with its arguments,
// so nothing is ever lost (the catalogue test keeps this from happening).
std::string render(const Msg& m, const std::string& lang);
// The same as a line for people: in Dutch with a capital (the Dutch texts are sentences), in
// English as it is (GCC's lower case).
std::string renderSentence(const Msg& m, const std::string& lang);

// The languages the catalogue has, and what it holds for a test to check.
struct CatalogueEntry {
    const char* id;
    const char* en;
    const char* nl;
};
const std::vector<CatalogueEntry>& messageCatalogue();

}  // namespace hr
