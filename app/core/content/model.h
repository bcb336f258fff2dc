// SPDX-License-Identifier: EUPL-1.2
// The guide's content model: what a pack holds once loaded (guide metadata, roles, tracks, nodes,
// agreement templates). Immutable after loading; every item keeps where it was written.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "content/condition.h"
#include "util/diagnostics.h"

namespace hr::content {

// Where one language's text was written, so a check on its words (readability, spelling) can
// point at the word in the file. Offsets are bytes of the text as read (snippets filled in).
struct TextOrigin {
    std::string raw;                    // as written, `{{id}}` still in it
    std::vector<SourceLoc> lines;       // where each line of `raw` starts; empty when only `start` is known
    SourceLoc start;                    // of the value
    // The pieces of the text as read: from `at` on, the bytes come from `raw` at `rawAt`; a
    // snippet's text (`snippet`) all points at its `{{`.
    struct Piece {
        std::size_t at = 0, rawAt = 0;
        bool snippet = false;
    };
    std::vector<Piece> pieces;

    // Where byte `offset` of the text as read was written (the value's start when unknown).
    SourceLoc locOf(std::size_t offset) const;
    // Whether byte `offset` of the text as read comes from a snippet (checked where it is defined).
    bool fromSnippet(std::size_t offset) const;
};

// "node", "track", ...: the kind of an item with an id, as a phrase of the message catalogue.
Msg itemKind(const std::string& kind);

// A user-facing text: one string per language. A plain YAML string belongs to the guide's
// default language.
struct Text {
    std::map<std::string, std::string> byLang;
    SourceLoc loc;
    std::map<std::string, TextOrigin> origin;  // per language in byLang

    bool empty() const { return byLang.empty(); }
    // The text in `lang`, else in `fallback`, else any; "" when there is none.
    const std::string& get(const std::string& lang, const std::string& fallback) const;
};

// A reference by id to another item, with where the reference was written.
struct Ref {
    std::string id;
    SourceLoc loc;
    bool empty() const { return id.empty(); }
};

struct Assignment {
    std::string variable;
    Value value;
    SourceLoc loc;
};

struct When {
    Condition condition;
    SourceLoc loc;  // of the expression's first character
    std::vector<std::pair<std::string, SourceLoc>> names;  // variables used, with their positions
};

struct Choice {
    std::string id;
    SourceLoc loc;
    Text label;
    Ref next;  // single-choice nodes only; empty means "the node's next"
    std::vector<Assignment> sets;
    When when;
};

// One statement of a scale node; its answer (a number) is stored in the variable named by its id.
struct Statement {
    std::string id;
    SourceLoc loc;
    Text text;
};

struct Scale {
    int min = 1;
    int max = 5;
    std::map<int, Text> labels;  // e.g. 1 = "helemaal niet", 5 = "helemaal wel"
};

// Review: in a follow-up, the place where the earlier agreements are looked back on, one by one,
// after the step itself (a pack puts it after the welcome and the safety question). Without one,
// the look back comes first (the old behaviour).
enum class NodeKind { Info, Choice, Checklist, Scale, Agreements, End, Review };
// A step whose answer says something (a choice, ticks, points), not just "seen": the kinds a
// private step must ask again after a reload.
inline bool takesAnswer(NodeKind k) { return k == NodeKind::Choice || k == NodeKind::Checklist || k == NodeKind::Scale; }

struct Node {
    std::string id;
    SourceLoc loc;
    NodeKind kind = NodeKind::Info;
    Text title;
    Text text;  // Markdown
    Ref next;
    When when;                       // when false, the walk passes on to `next`
    std::vector<Choice> choices;     // choice and checklist
    std::vector<Statement> statements;  // scale
    Scale scale;
    std::vector<Ref> suggest;  // agreements: templates to offer; empty means the whole catalogue
    bool isPrivate = false;    // left out of summaries and exports (they would tell the path taken)
    // A topic: what was talked about. Once a guide marks any step so, summaries list only those
    // (not the questions asked, not block titles); a guide that marks none lists every step walked.
    bool topic = false;
    std::vector<Ref> covers;   // the research questions (Guide::questions) this step answers

    // The choice (or checklist item) `id`, or nullptr.
    const Choice* choice(const std::string& choiceId) const;
};

struct Role {
    std::string id;
    SourceLoc loc;
    Text title;
};

// What a track's summary and export show besides the agreements.
enum class SummaryKind {
    Topics,  // the titles of the steps walked (a conversation, a reflection)
    Plan,    // each step's title and full text: a conversation plan to print and take along
};

struct Track {
    std::string id;
    SourceLoc loc;
    Text audience;
    Text title;
    Text description;  // plain text: drawn on the track's card
    Ref start;
    SummaryKind summary = SummaryKind::Topics;
    bool alone = false;  // one person on their own (a reflection, a preparation): nobody else to list
    // Whether the guide's follow-up fits a record of this track: the follow-up is written for one
    // kind of talk, and a team talk or a plan is not that. A track walked alone never has one.
    bool followUp = true;
    std::vector<Ref> roles;  // who can take part ("Wie doen er mee?"); empty: every role of the guide
    // What an export of this track calls its parts, for a track that is no talk (a policy plan):
    // the title before the date, the topics, the agreements and the next meeting. An empty text
    // keeps the app's own word. Shown without "Met de naam van het gesprek" too, so it must be as
    // neutral as the track allows.
    struct ExportWords {
        Text title, topics, agreements, next;
    } exportWords;
};

// A reference page (e.g. "Hulp en contact", "Achtergrond"), reachable from every screen.
struct Page {
    std::string id;
    SourceLoc loc;
    Text title;
    Text text;  // Markdown
    std::vector<Ref> covers;  // the research questions this page answers
};

// A question the guide sets out to answer (a research question, an audience's need): steps and
// pages say which they cover, so `info --coverage` and `check` can show that each one is.
struct Question {
    std::string id;
    SourceLoc loc;
    Text title;
};

struct AgreementTemplate {
    std::string id;
    SourceLoc loc;
    Text text;
    Ref owner;  // a role id
    When when;  // suggested only while this holds
};

// A shared text (a phone number, a website, a local role's name), used in any text as `{{id}}`.
struct Snippet {
    std::string id;
    SourceLoc loc;
    Text text;
};

// One pack of a stack: the whole guide first, then each overlay that changes it.
struct Layer {
    std::string id, version, hash;
    std::string extends;     // empty for the whole guide
    std::string displayDir;  // the folder as the user named it
    std::string dir;         // the folder itself
};

// An item an overlay took out (`remove: true`): a reference to it is an error that says so.
struct Removal {
    std::string kind;  // "node", "track", ...
    std::string id;
    SourceLoc loc;     // of the removing item
};

struct Guide {
    int format = 1;
    std::string id;
    std::string version;
    std::string language;                // the default language
    std::vector<std::string> languages;  // all declared, default first
    Text title;
    Text description;
    Ref followUp;  // the track a follow-up conversation continues into, after the earlier agreements
    Ref safety;    // the first node of the safety route (acute danger goes straight there)
    SourceLoc loc;
    std::vector<std::string> files;  // display paths of every file loaded, guide.yaml first
    std::string contentHash;         // of every file's path and bytes: records pin it
    std::vector<Layer> layers;       // the base (the guide's own id and version), then its overlays
    std::vector<Removal> removed;
    std::vector<Snippet> snippets;

    std::vector<Role> roles;
    std::vector<Track> tracks;
    std::vector<Node> nodes;
    std::vector<AgreementTemplate> agreements;
    std::vector<Page> pages;
    std::vector<Question> questions;

    // `t` in `lang`, else in the guide's default language, else in any; "" when there is none.
    const std::string& text(const Text& t, const std::string& lang) const { return t.get(lang, language); }

    // Lookups by id (first definition wins; duplicates are reported by the validator).
    const Node* node(const std::string& id) const;
    const Track* track(const std::string& id) const;
    const AgreementTemplate* agreement(const std::string& id) const;
    const Role* role(const std::string& id) const;
    const Page* page(const std::string& id) const;

    // Builds the lookup indexes; call once after the vectors are final.
    void index();

private:
    std::map<std::string, std::size_t> nodeIndex_, trackIndex_, agreementIndex_, roleIndex_, pageIndex_;
};

}  // namespace hr::content
