// SPDX-License-Identifier: EUPL-1.2
// Record serialisation: yaml-cpp's emitter for writing (it quotes what needs quoting), the
// positioned YAML tree and yaml::Reader (through AnswerReader) for reading.
#include "session/record_io.h"

#include <yaml-cpp/emitter.h>
#include <yaml-cpp/emittermanip.h>

#include <set>

#include "i18n/strings.h"
#include "session/answer_yaml.h"
#include "util/timestamp.h"

namespace hr::session {

namespace {

// Several lines are written as a literal block. A block ends with one newline, which the reader
// takes off again, so trailing newlines are not kept. A carriage return (pasted from another
// program, or a hand-edited file) cannot go in a block or a plain scalar: YAML reads it as a line
// break there and it would not survive a save and reload. Such a text is written double-quoted,
// where it is the escape \r and comes back exactly.
void text(YAML::Emitter& out, const std::string& s) {
    const std::string trimmed = s.substr(0, s.find_last_not_of('\n') + 1);
    if (trimmed.find('\r') != std::string::npos)
        out << YAML::DoubleQuoted << trimmed;
    else if (trimmed.find('\n') != std::string::npos)
        out << YAML::Literal << trimmed;
    else
        out << trimmed;
}

void agreement(YAML::Emitter& out, const Agreement& a, const std::set<std::string>& privateNodes) {
    out << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value << a.id;
    if (!a.templateId.empty()) out << YAML::Key << "template" << YAML::Value << a.templateId;
    out << YAML::Key << "text" << YAML::Value;
    text(out, a.text);
    if (!a.owner.empty()) out << YAML::Key << "owner" << YAML::Value << a.owner;
    if (a.due) out << YAML::Key << "due" << YAML::Value << a.due->str();
    if (a.evaluate) out << YAML::Key << "evaluate" << YAML::Value << a.evaluate->str();
    // Where an agreement was made would tell that a private step (say, about safety) was reached.
    if (!a.node.empty() && !privateNodes.count(a.node)) out << YAML::Key << "node" << YAML::Value << a.node;
    if (!a.reviewOf.empty()) out << YAML::Key << "review_of" << YAML::Value << a.reviewOf;
    out << YAML::EndMap;
}

void pathStep(YAML::Emitter& out, const Step& step) {
    if (step.isPrivate) {
        // Passed, nothing more: the node id would tell the branch, the answer is the secret.
        out << YAML::BeginMap << YAML::Key << "private" << YAML::Value << true << YAML::EndMap;
        return;
    }
    out << YAML::BeginMap << YAML::Key << "node" << YAML::Value << step.node;
    const Answer& a = step.answer;
    switch (a.kind) {
        case Answer::Kind::None: break;
        case Answer::Kind::Confirmed: out << YAML::Key << "confirmed" << YAML::Value << true; break;
        case Answer::Kind::Choice: out << YAML::Key << "choice" << YAML::Value << a.choice; break;
        case Answer::Kind::Checklist:
            out << YAML::Key << "checked" << YAML::Value << YAML::Flow << YAML::BeginSeq;
            for (const auto& c : a.checked) out << c;
            out << YAML::EndSeq;
            break;
        case Answer::Kind::Scale:
            out << YAML::Key << "scale" << YAML::Value << YAML::Flow << YAML::BeginMap;
            for (const auto& [k, v] : a.scale) out << YAML::Key << k << YAML::Value << v;
            out << YAML::EndMap;
            break;
    }
    out << YAML::EndMap;
}

// A note at a private step stays in memory, like the step's answer.
void notes(YAML::Emitter& out, const Record& r) {
    std::vector<std::pair<std::string, std::string>> kept;
    for (const auto& [node, note] : r.notes)
        if (!r.privateNodes.count(node)) kept.emplace_back(node, note);
    if (kept.empty()) return;
    out << YAML::Key << "notes" << YAML::Value << YAML::BeginMap;
    for (const auto& [node, note] : kept) {
        out << YAML::Key << node << YAML::Value;
        text(out, note);
    }
    out << YAML::EndMap;
}

}  // namespace

std::string writeRecord(const Record& r) {
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::Comment("handreiking conversation record: the steps taken through the guide, neutral work\n"
                         "agreements, roles and initials. The answers to private steps (safety, wellbeing) are\n"
                         "never written: such a step shows only as 'private: true', and is asked again when the\n"
                         "conversation is reopened. No personal history, no health information.\n"
                         "Saved automatically; edit with care.");
    out << YAML::BeginMap;
    out << YAML::Key << "format" << YAML::Value << Record::kFormat;  // what this writer writes, whatever was read
    out << YAML::Key << "id" << YAML::Value << r.id;
    out << YAML::Key << "pack" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value << r.packId;
    out << YAML::Key << "version" << YAML::Value << YAML::DoubleQuoted << r.packVersion;
    out << YAML::Key << "hash" << YAML::Value << r.packHash;
    if (!r.overlays.empty()) {
        out << YAML::Key << "overlays" << YAML::Value << YAML::BeginSeq;
        for (const auto& o : r.overlays)
            out << YAML::Flow << YAML::BeginMap << YAML::Key << "id" << YAML::Value << o.id << YAML::Key << "version"
                << YAML::Value << YAML::DoubleQuoted << o.version << YAML::Key << "hash" << YAML::Value << o.hash
                << YAML::EndMap;
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
    out << YAML::Key << "track" << YAML::Value << r.track;
    out << YAML::Key << "language" << YAML::Value << r.language;
    out << YAML::Key << "created" << YAML::Value << r.created;
    out << YAML::Key << "updated" << YAML::Value << r.updated;
    if (!r.calendarId.empty()) out << YAML::Key << "calendar" << YAML::Value << r.calendarId;
    out << YAML::Key << "finished" << YAML::Value << r.finished;
    if (!r.followUpOf.empty()) out << YAML::Key << "follow_up_of" << YAML::Value << r.followUpOf;

    out << YAML::Key << "participants" << YAML::Value << YAML::BeginSeq;
    for (const auto& p : r.participants) {
        out << YAML::BeginMap << YAML::Key << "role" << YAML::Value << p.role;
        if (!p.initials.empty()) out << YAML::Key << "initials" << YAML::Value << p.initials;
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;

    if (!r.reviews.empty()) {
        out << YAML::Key << "reviews" << YAML::Value << YAML::BeginSeq;
        for (const auto& rv : r.reviews) {
            out << YAML::BeginMap << YAML::Key << "earlier" << YAML::Value;
            agreement(out, rv.earlier, r.privateNodes);
            if (rv.outcome) out << YAML::Key << "outcome" << YAML::Value << outcomeName(*rv.outcome);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }

    out << YAML::Key << "path" << YAML::Value << YAML::BeginSeq;
    for (const auto& step : r.path) pathStep(out, step);
    out << YAML::EndSeq;
    out << YAML::Key << "position" << YAML::Value << r.position;

    out << YAML::Key << "agreements" << YAML::Value << YAML::BeginSeq;
    for (const auto& a : r.agreements) agreement(out, a, r.privateNodes);
    out << YAML::EndSeq;
    if (r.nextConversation) out << YAML::Key << "next_conversation" << YAML::Value << r.nextConversation->str();
    notes(out, r);
    if (!r.exports.empty()) {
        out << YAML::Key << "exports" << YAML::Value << YAML::BeginSeq;
        for (const auto& e : r.exports) out << e;
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
    return std::string(out.c_str()) + "\n";
}

namespace {

class RecordReader : private AnswerReader {
public:
    RecordReader(Diagnostics& d, const yaml::Document& doc) : AnswerReader(d, doc) {}

    std::optional<Record> read() {
        const yaml::Node* root = doc_->root();
        if (!root) {
            d_.error({doc_->path(), 1, 1}, Msg("record.empty"));
            return std::nullopt;
        }
        if (!expectMap(*root, Msg("record.a_record"))) return std::nullopt;
        const int before = d_.errorCount();
        const yaml::Node& m = *root;
        // The format comes first: a newer record is refused before anything else is judged.
        if (const yaml::Node* f = required(m, "format", Msg("record.the_record")); integer(f, q("format"), r_.format)) {
            if (r_.format > Record::kFormat) {
                d_.error(at(*f), Msg("record.format_new", {{"format", r_.format}, {"max", Record::kFormat}}));
                return std::nullopt;
            }
            if (r_.format < 1) d_.error(at(*f), Msg("record.format_old"));
        }
        checkKeys(m, Msg("record.a_record"), {"format", "id", "pack", "track", "language", "created", "updated", "calendar", "finished",
                                  "follow_up_of", "participants", "reviews", "path", "position", "variables",
                                  "agreements", "next_conversation", "notes", "exports"});
        scalar(required(m, "id", Msg("record.the_record")), q("id"), r_.id);
        if (const yaml::Node* p = required(m, "pack", Msg("record.the_record")); p && expectMap(*p, q("pack"))) {
            checkKeys(*p, q("pack"), {"id", "version", "hash", "overlays"});
            scalar(required(*p, "id", q("pack")), of(Msg("record.pack"), "id"), r_.packId);
            scalar(p->get("version"), of(Msg("record.pack"), "version"), r_.packVersion);
            scalar(p->get("hash"), of(Msg("record.pack"), "hash"), r_.packHash);
            if (const yaml::Node* os = p->get("overlays"); os && expectList(*os, of(Msg("record.pack"), "overlays")))
                for (const yaml::Node* o : os->items) overlay(*o);
        }
        scalar(required(m, "track", Msg("record.the_record")), q("track"), r_.track);
        scalar(m.get("language"), q("language"), r_.language);
        if (r_.language.empty()) r_.language = i18n::kDefaultLanguage;
        r_.created = timestamp(m.get("created"), q("created"));
        r_.updated = timestamp(m.get("updated"), q("updated"));
        if (const yaml::Node* c = m.get("calendar"); c && scalar(c, q("calendar"), r_.calendarId) && !isCalendarId(r_.calendarId)) {
            d_.error(at(*c), Msg("record.calendar"));
            r_.calendarId.clear();
        }
        r_.finished = boolean(m.get("finished"), q("finished"));
        scalar(m.get("follow_up_of"), q("follow_up_of"), r_.followUpOf);
        if (const yaml::Node* ps = m.get("participants"); ps && expectList(*ps, q("participants")))
            for (const yaml::Node* p : ps->items) participant(*p);
        if (const yaml::Node* rs = m.get("reviews"); rs && expectList(*rs, q("reviews")))
            for (const yaml::Node* rv : rs->items) review(*rv);
        if (const yaml::Node* path = required(m, "path", Msg("record.the_record")); path && expectList(*path, q("path")))
            for (const yaml::Node* s : path->items) step(*s);
        // Written last but for the optional keys: a record cut short misses them.
        if (const yaml::Node* pos = required(m, "position", Msg("record.the_record"))) {
            int p = 0;
            if (integer(pos, q("position"), p)) {
                if (p < 0 || static_cast<std::size_t>(p) >= r_.reviews.size() + std::max<std::size_t>(r_.path.size(), 1))
                    d_.error(at(*pos), Msg("record.position", {{"position", p}}));
                else
                    r_.position = static_cast<std::size_t>(p);
            }
        }
        // 'variables' (format 1 only) followed from the answers; a resumed walk recomputes them.
        if (const yaml::Node* v = m.get("variables")) expectMap(*v, q("variables"));
        if (const yaml::Node* as = required(m, "agreements", Msg("record.the_record")); as && expectList(*as, q("agreements")))
            for (const yaml::Node* a : as->items)
                if (auto ag = agreement(*a)) r_.agreements.push_back(*ag);
        r_.nextConversation = date(m.get("next_conversation"), q("next_conversation"));
        if (const yaml::Node* ns = m.get("notes"); ns && expectMap(*ns, q("notes")))
            for (const auto& [k, v] : ns->entries) {
                std::string node, note;
                if (scalar(k, Msg("record.note_step"), node) && text(v, Msg("record.a_note"), note)) r_.notes[node] = note;
            }
        if (const yaml::Node* es = m.get("exports"); es && expectList(*es, q("exports")))
            for (const yaml::Node* e : es->items) {
                std::string path;
                if (scalar(e, Msg("record.export_path"), path)) r_.exports.push_back(path);
            }
        if (d_.errorCount() > before) return std::nullopt;
        return r_;
    }

private:
    Record r_;

    // What a message is about: a key of the record ("'track'"), or a key of one of its parts
    // ("pack 'id'"), in the message language.
    static Msg q(const char* key) { return Msg("what.quoted", {{"key", key}}); }
    static Msg of(Msg item, const char* key) { return Msg("record.key_of", {{"item", std::move(item)}, {"key", key}}); }

    // Text as written by text() above, which never ends a text in a newline: a literal block's
    // final newline goes, and so do any others a hand-edited file ends with (`|+`, "a\n"), so
    // that what is read is what a save writes and a reload reads again.
    bool text(const yaml::Node* n, const Msg& what, std::string& out) {
        if (!scalar(n, what, out)) return false;
        out.erase(out.find_last_not_of('\n') + 1);
        return true;
    }

    // A time stamp as the app writes it (or none); exports compute with it, so anything else is
    // refused here.
    std::string timestamp(const yaml::Node* n, const Msg& what) {
        std::string s;
        if (!scalar(n, what, s)) return {};
        if (!s.empty() && !parseTimestamp(s)) {
            d_.error(at(*n), Msg("record.time", {{"what", what}, {"value", s}}));
            return {};
        }
        return s;
    }

    std::optional<Date> date(const yaml::Node* n, const Msg& what) {
        std::string s;
        if (!scalar(n, what, s)) return std::nullopt;
        auto d = Date::parse(s);
        if (!d) d_.error(at(*n), Msg("record.date", {{"what", what}, {"value", s}}));
        return d;
    }

    void overlay(const yaml::Node& n) {
        if (!expectMap(n, Msg("record.an_overlay"))) return;
        checkKeys(n, Msg("record.an_overlay"), {"id", "version", "hash"});
        PackPin o;
        scalar(required(n, "id", Msg("record.an_overlay")), of(Msg("record.overlay"), "id"), o.id);
        scalar(n.get("version"), of(Msg("record.overlay"), "version"), o.version);
        scalar(n.get("hash"), of(Msg("record.overlay"), "hash"), o.hash);
        r_.overlays.push_back(o);
    }

    void participant(const yaml::Node& n) {
        if (!expectMap(n, Msg("record.a_participant"))) return;
        checkKeys(n, Msg("record.a_participant"), {"role", "initials"});
        Participant p;
        scalar(required(n, "role", Msg("record.a_participant")), of(Msg("record.participant"), "role"), p.role);
        scalar(n.get("initials"), of(Msg("record.participant"), "initials"), p.initials);
        r_.participants.push_back(p);
    }

    std::optional<Agreement> agreement(const yaml::Node& n) {
        if (!expectMap(n, Msg("item.an_agreement"))) return std::nullopt;
        checkKeys(n, Msg("item.an_agreement"), {"id", "template", "text", "owner", "due", "evaluate", "node", "review_of"});
        Agreement a;
        scalar(required(n, "id", Msg("item.an_agreement")), of(Msg("record.agreement"), "id"), a.id);
        scalar(n.get("template"), of(Msg("record.agreement"), "template"), a.templateId);
        text(required(n, "text", Msg("item.an_agreement")), of(Msg("record.agreement"), "text"), a.text);
        scalar(n.get("owner"), of(Msg("record.agreement"), "owner"), a.owner);
        a.due = date(n.get("due"), of(Msg("record.agreement"), "due"));
        a.evaluate = date(n.get("evaluate"), of(Msg("record.agreement"), "evaluate"));
        scalar(n.get("node"), of(Msg("record.agreement"), "node"), a.node);
        scalar(n.get("review_of"), of(Msg("record.agreement"), "review_of"), a.reviewOf);
        return a;
    }

    void review(const yaml::Node& n) {
        if (!expectMap(n, Msg("record.a_review"))) return;
        checkKeys(n, Msg("record.a_review"), {"earlier", "outcome"});
        Review rv;
        if (const yaml::Node* e = required(n, "earlier", Msg("record.a_review")))
            if (auto a = agreement(*e)) rv.earlier = *a;
        std::string s;
        if (scalar(n.get("outcome"), of(Msg("record.review"), "outcome"), s)) {
            rv.outcome = outcomeFromName(s);
            if (!rv.outcome)
                d_.error(at(*n.get("outcome")), Msg("record.outcome", {{"value", s}}));
        }
        r_.reviews.push_back(rv);
    }

    void step(const yaml::Node& n) {
        if (!expectMap(n, Msg("record.a_step"))) return;
        checkKeys(n, Msg("record.a_step"), {"node", "private", "confirmed", "choice", "checked", "scale"});
        Step s;
        if (const yaml::Node* p = n.get("private")) {
            s.isPrivate = boolean(p, of(Msg("record.step"), "private"));
            if (!s.isPrivate) d_.error(at(*p), Msg("record.private_true"));
            else if (n.entries.size() > 1)
                d_.error(at(n), Msg("record.private_only"));
            r_.path.push_back(s);
            return;
        }
        scalar(required(n, "node", Msg("record.a_step")), of(Msg("record.step"), "node"), s.node);
        int answers = 0;
        if (const yaml::Node* c = n.get("confirmed")) {
            ++answers;
            if (boolean(c, of(Msg("record.step"), "confirmed"))) s.answer = Answer::confirmed();
        }
        if (const yaml::Node* c = n.get("choice")) {
            ++answers;
            std::string id;
            if (scalar(c, of(Msg("record.step"), "choice"), id)) s.answer = Answer::ofChoice(id);
        }
        if (const yaml::Node* c = n.get("checked")) {
            ++answers;
            s.answer = checklist(*c, of(Msg("record.step"), "checked"), Msg("record.a_checked_item"));
        }
        if (const yaml::Node* c = n.get("scale")) {
            ++answers;
            s.answer = scale(*c, of(Msg("record.step"), "scale"));
        }
        if (answers > 1) d_.error(at(n), Msg("record.one_answer"));
        r_.path.push_back(s);
    }
};

}  // namespace

std::optional<Record> readRecord(std::string text, const std::string& displayPath, Diagnostics& diags) {
    auto doc = yaml::parse(std::move(text), displayPath, diags);
    if (!doc || diags.hasErrors()) return std::nullopt;
    return RecordReader(diags, *doc).read();
}

}  // namespace hr::session
