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
            d_.error({doc_->path(), 1, 1}, "the record is empty");
            return std::nullopt;
        }
        if (!expectMap(*root, "a record")) return std::nullopt;
        const int before = d_.errorCount();
        const yaml::Node& m = *root;
        // The format comes first: a newer record is refused before anything else is judged.
        if (const yaml::Node* f = required(m, "format", "the record"); integer(f, "'format'", r_.format)) {
            if (r_.format > Record::kFormat) {
                d_.error(at(*f), "this record has format " + std::to_string(r_.format) +
                                     ", newer than this version of handreiking reads (" +
                                     std::to_string(Record::kFormat) + "); update handreiking to open it");
                return std::nullopt;
            }
            if (r_.format < 1) d_.error(at(*f), "'format' must be 1 or higher");
        }
        checkKeys(m, "a record", {"format", "id", "pack", "track", "language", "created", "updated", "calendar", "finished",
                                  "follow_up_of", "participants", "reviews", "path", "position", "variables",
                                  "agreements", "next_conversation", "notes", "exports"});
        scalar(required(m, "id", "the record"), "'id'", r_.id);
        if (const yaml::Node* p = required(m, "pack", "the record"); p && expectMap(*p, "'pack'")) {
            checkKeys(*p, "'pack'", {"id", "version", "hash", "overlays"});
            scalar(required(*p, "id", "'pack'"), "pack 'id'", r_.packId);
            scalar(p->get("version"), "pack 'version'", r_.packVersion);
            scalar(p->get("hash"), "pack 'hash'", r_.packHash);
            if (const yaml::Node* os = p->get("overlays"); os && expectList(*os, "pack 'overlays'"))
                for (const yaml::Node* o : os->items) overlay(*o);
        }
        scalar(required(m, "track", "the record"), "'track'", r_.track);
        scalar(m.get("language"), "'language'", r_.language);
        if (r_.language.empty()) r_.language = i18n::kDefaultLanguage;
        r_.created = timestamp(m.get("created"), "'created'");
        r_.updated = timestamp(m.get("updated"), "'updated'");
        if (const yaml::Node* c = m.get("calendar"); c && scalar(c, "'calendar'", r_.calendarId) && !isCalendarId(r_.calendarId)) {
            d_.error(at(*c), "'calendar' must be 32 hex digits (0-9, a-f), as handreiking writes it");
            r_.calendarId.clear();
        }
        r_.finished = boolean(m.get("finished"), "'finished'");
        scalar(m.get("follow_up_of"), "'follow_up_of'", r_.followUpOf);
        if (const yaml::Node* ps = m.get("participants"); ps && expectList(*ps, "'participants'"))
            for (const yaml::Node* p : ps->items) participant(*p);
        if (const yaml::Node* rs = m.get("reviews"); rs && expectList(*rs, "'reviews'"))
            for (const yaml::Node* rv : rs->items) review(*rv);
        if (const yaml::Node* path = required(m, "path", "the record"); path && expectList(*path, "'path'"))
            for (const yaml::Node* s : path->items) step(*s);
        // Written last but for the optional keys: a record cut short misses them.
        if (const yaml::Node* pos = required(m, "position", "the record")) {
            int p = 0;
            if (integer(pos, "'position'", p)) {
                if (p < 0 || static_cast<std::size_t>(p) >= r_.reviews.size() + std::max<std::size_t>(r_.path.size(), 1))
                    d_.error(at(*pos), "'position' " + std::to_string(p) + " lies outside the walk");
                else
                    r_.position = static_cast<std::size_t>(p);
            }
        }
        // 'variables' (format 1 only) followed from the answers; a resumed walk recomputes them.
        if (const yaml::Node* v = m.get("variables")) expectMap(*v, "'variables'");
        if (const yaml::Node* as = required(m, "agreements", "the record"); as && expectList(*as, "'agreements'"))
            for (const yaml::Node* a : as->items)
                if (auto ag = agreement(*a)) r_.agreements.push_back(*ag);
        r_.nextConversation = date(m.get("next_conversation"), "'next_conversation'");
        if (const yaml::Node* ns = m.get("notes"); ns && expectMap(*ns, "'notes'"))
            for (const auto& [k, v] : ns->entries) {
                std::string node, note;
                if (scalar(k, "a note's step", node) && text(v, "a note", note)) r_.notes[node] = note;
            }
        if (const yaml::Node* es = m.get("exports"); es && expectList(*es, "'exports'"))
            for (const yaml::Node* e : es->items) {
                std::string path;
                if (scalar(e, "an export's path", path)) r_.exports.push_back(path);
            }
        if (d_.errorCount() > before) return std::nullopt;
        return r_;
    }

private:
    Record r_;

    // Text as written by text() above, which never ends a text in a newline: a literal block's
    // final newline goes, and so do any others a hand-edited file ends with (`|+`, "a\n"), so
    // that what is read is what a save writes and a reload reads again.
    bool text(const yaml::Node* n, const std::string& what, std::string& out) {
        if (!scalar(n, what, out)) return false;
        out.erase(out.find_last_not_of('\n') + 1);
        return true;
    }

    // A time stamp as the app writes it (or none); exports compute with it, so anything else is
    // refused here.
    std::string timestamp(const yaml::Node* n, const std::string& what) {
        std::string s;
        if (!scalar(n, what, s)) return {};
        if (!s.empty() && !parseTimestamp(s)) {
            d_.error(at(*n), what + " must be a time written as 2026-11-29T14:32:05+01:00, not '" + s + "'");
            return {};
        }
        return s;
    }

    std::optional<Date> date(const yaml::Node* n, const std::string& what) {
        std::string s;
        if (!scalar(n, what, s)) return std::nullopt;
        auto d = Date::parse(s);
        if (!d) d_.error(at(*n), what + " must be a date written as YYYY-MM-DD, not '" + s + "'");
        return d;
    }

    void overlay(const yaml::Node& n) {
        if (!expectMap(n, "an overlay")) return;
        checkKeys(n, "an overlay", {"id", "version", "hash"});
        PackPin o;
        scalar(required(n, "id", "an overlay"), "overlay 'id'", o.id);
        scalar(n.get("version"), "overlay 'version'", o.version);
        scalar(n.get("hash"), "overlay 'hash'", o.hash);
        r_.overlays.push_back(o);
    }

    void participant(const yaml::Node& n) {
        if (!expectMap(n, "a participant")) return;
        checkKeys(n, "a participant", {"role", "initials"});
        Participant p;
        scalar(required(n, "role", "a participant"), "participant 'role'", p.role);
        scalar(n.get("initials"), "participant 'initials'", p.initials);
        r_.participants.push_back(p);
    }

    std::optional<Agreement> agreement(const yaml::Node& n) {
        if (!expectMap(n, "an agreement")) return std::nullopt;
        checkKeys(n, "an agreement", {"id", "template", "text", "owner", "due", "evaluate", "node", "review_of"});
        Agreement a;
        scalar(required(n, "id", "an agreement"), "agreement 'id'", a.id);
        scalar(n.get("template"), "agreement 'template'", a.templateId);
        text(required(n, "text", "an agreement"), "agreement 'text'", a.text);
        scalar(n.get("owner"), "agreement 'owner'", a.owner);
        a.due = date(n.get("due"), "agreement 'due'");
        a.evaluate = date(n.get("evaluate"), "agreement 'evaluate'");
        scalar(n.get("node"), "agreement 'node'", a.node);
        scalar(n.get("review_of"), "agreement 'review_of'", a.reviewOf);
        return a;
    }

    void review(const yaml::Node& n) {
        if (!expectMap(n, "a review")) return;
        checkKeys(n, "a review", {"earlier", "outcome"});
        Review rv;
        if (const yaml::Node* e = required(n, "earlier", "a review"))
            if (auto a = agreement(*e)) rv.earlier = *a;
        std::string s;
        if (scalar(n.get("outcome"), "review 'outcome'", s)) {
            rv.outcome = outcomeFromName(s);
            if (!rv.outcome)
                d_.error(at(*n.get("outcome")), "review 'outcome' must be keep, adjust, done or stop, not '" + s + "'");
        }
        r_.reviews.push_back(rv);
    }

    void step(const yaml::Node& n) {
        if (!expectMap(n, "a step")) return;
        checkKeys(n, "a step", {"node", "private", "confirmed", "choice", "checked", "scale"});
        Step s;
        if (const yaml::Node* p = n.get("private")) {
            s.isPrivate = boolean(p, "step 'private'");
            if (!s.isPrivate) d_.error(at(*p), "step 'private' is only written as 'true'; leave it out otherwise");
            else if (n.entries.size() > 1)
                d_.error(at(n), "a private step holds nothing but 'private: true': its step and answer are never saved");
            r_.path.push_back(s);
            return;
        }
        scalar(required(n, "node", "a step"), "step 'node'", s.node);
        int answers = 0;
        if (const yaml::Node* c = n.get("confirmed")) {
            ++answers;
            if (boolean(c, "step 'confirmed'")) s.answer = Answer::confirmed();
        }
        if (const yaml::Node* c = n.get("choice")) {
            ++answers;
            std::string id;
            if (scalar(c, "step 'choice'", id)) s.answer = Answer::ofChoice(id);
        }
        if (const yaml::Node* c = n.get("checked")) {
            ++answers;
            s.answer = checklist(*c, "step 'checked'", "a checked item");
        }
        if (const yaml::Node* c = n.get("scale")) {
            ++answers;
            s.answer = scale(*c, "step 'scale'");
        }
        if (answers > 1) d_.error(at(n), "a step holds one answer: 'confirmed', 'choice', 'checked' or 'scale'");
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
