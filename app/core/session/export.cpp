// SPDX-License-Identifier: EUPL-1.2
// Exports. Markdown (export_markdown.cpp) and HTML are built from one summary model so they
// always say the same.
// Privacy lives in that model: summarise() is the one place that decides what leaves the app.
//
// [SECTION] The summary model
// [SECTION] HTML
// [SECTION] iCalendar
// [SECTION] The export's mark
#include "session/export.h"

#include <cmark.h>
#include <sodium.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>

#include "util/text_util.h"
#include "util/timestamp.h"

namespace hr::session {

// The mark of exportMark() in each format: written by the exporters, looked for by isExportOf().
// An event's UID goes on after it with the record's calendar id (see exportIcs).
std::string markText(ExportFormat f, const std::string& mark) {
    switch (f) {
        case ExportFormat::Markdown: return "<!-- handreiking " + mark + " -->";
        case ExportFormat::Html: return "<meta name=\"handreiking\" content=\"" + mark + "\">";
        case ExportFormat::Ics: return "UID:" + mark + "-";
    }
    return mark;
}

namespace {

// [SECTION] The summary model

std::string lookup(const content::Text* t, const Record& r, const content::Guide* g, const std::string& fallback) {
    if (!t || t->empty() || !g) return fallback;
    return g->text(*t, r.language);
}

std::string answerText(const content::Node& n, const Answer& a, const Record& r, const content::Guide& g,
                       const i18n::Strings& tr) {
    auto label = [&](const std::string& id) {
        const content::Choice* c = n.choice(id);
        return c ? g.text(c->label, r.language) : id;
    };
    switch (a.kind) {
        case Answer::Kind::Choice: return label(a.choice);
        case Answer::Kind::Checklist: {
            if (a.checked.empty()) return tr("export.nothing_ticked");
            std::string s;
            for (const auto& id : a.checked) s += (s.empty() ? "" : "; ") + label(id);
            return s;
        }
        case Answer::Kind::Scale: {
            std::string s;
            for (const auto& st : n.statements) {
                auto it = a.scale.find(st.id);
                if (it == a.scale.end()) continue;
                s += (s.empty() ? "" : "; ") + g.text(st.text, r.language) + " " + std::to_string(it->second) +
                     "/" + std::to_string(n.scale.max);
            }
            return s;
        }
        default: return {};
    }
}

// The answers of a listed step. Where a guide marks its topics, a topic also gathers the answers
// of the steps after it on the path, up to the next topic: the questions asked about it are not
// listed themselves, but what was answered to them is, when answers are asked for. Private steps
// give nothing.
std::string topicAnswers(const content::Node& topic, const std::vector<const content::Node*>& covered,
                         const Record& r, const content::Guide& g, const i18n::Strings& tr) {
    std::string out;
    auto add = [&](const std::string& s) {
        if (!s.empty()) out += (out.empty() ? "" : "; ") + s;
    };
    const bool marked = topic.topic;
    bool inside = false;
    for (const auto& step : r.path) {
        const content::Node* n = g.node(step.node);
        if (!n) continue;
        const bool isCovered = std::find(covered.begin(), covered.end(), n) != covered.end();
        if (isCovered) inside = n == &topic;
        if (!inside || !step.answer.given() || n->isPrivate || step.masked()) continue;
        if (n == &topic || (marked && !isCovered && n->kind != content::NodeKind::End))
            add(answerText(*n, step.answer, r, g, tr));
        if (!marked) inside = false;
    }
    return out;
}

// The steps listed, with their answers and notes when asked. Only coveredSteps() contribute, so a
// private step gives nothing: no title, no text, no answer, no note.
std::vector<Topic> topics(const Record& r, const content::Guide& g, const i18n::Strings& tr, const ExportOptions& o,
                          bool plan) {
    std::vector<Topic> out;
    auto covered = coveredSteps(r, g);
    // A note is the user's own text: asked for, it is listed with its step, topic or not.
    if (o.includeNotes) {
        std::vector<const content::Node*> withNotes;
        for (const auto& step : r.path) {
            const content::Node* n = g.node(step.node);
            if (!n || std::find(withNotes.begin(), withNotes.end(), n) != withNotes.end()) continue;
            const bool listed = std::find(covered.begin(), covered.end(), n) != covered.end();
            const bool noted = !n->isPrivate && !step.masked() && step.answer.given() &&
                               n->kind != content::NodeKind::End && r.notes.count(n->id);
            if (listed || noted) withNotes.push_back(n);
        }
        covered = std::move(withNotes);
    }
    for (const content::Node* n : covered) {
        Topic t;
        t.title = lookup(&n->title, r, &g, n->id);
        if (plan) t.text = lookup(&n->text, r, &g, "");
        if (o.includeAnswers) t.answer = topicAnswers(*n, covered, r, g, tr);
        if (o.includeNotes)
            if (auto it = r.notes.find(n->id); it != r.notes.end()) t.note = it->second;
        out.push_back(t);
    }
    return out;
}

// Agreements are shown on every screen, so they are exported whichever step made them; the step
// itself (Agreement::node, which may be private) is not.
std::vector<AgreementRow> agreementRows(const Record& r, const content::Guide* g, const i18n::Strings& tr) {
    std::vector<AgreementRow> out;
    for (const auto& a : r.agreements) {
        const content::Role* role = g ? g->role(a.owner) : nullptr;
        AgreementRow row{a.text, lookup(role ? &role->title : nullptr, r, g, a.owner), "", "", "", ""};
        if (a.due) row.due = longDate(*a.due, tr), row.dueIso = a.due->str();
        if (a.evaluate) row.evaluate = longDate(*a.evaluate, tr), row.evaluateIso = a.evaluate->str();
        out.push_back(row);
    }
    return out;
}

}  // namespace

Summary summarise(const Record& r, const content::Guide* g, const i18n::Strings& tr, const ExportOptions& o) {
    Summary s;
    s.lang = r.language;
    s.mark = exportMark(r);
    const content::Track* track = g ? g->track(r.track) : nullptr;
    if (o.includeTitle) s.trackTitle = lookup(track ? &track->title : nullptr, r, g, r.track);
    s.plan = track && track->summary == content::SummaryKind::Plan;
    s.headings = exportHeadings(track, g, r.language, tr);
    if (auto d = Date::parse(r.created.substr(0, 10))) s.date = longDate(*d, tr), s.dateIso = d->str();
    s.title = s.date.empty()           ? s.headings.title
              : s.headings.ownTitle ? tr.format("export.dated_title", {{"title", s.headings.title}, {"date", s.date}})
                                    : tr.format("export.neutral_title", {{"date", s.date}});
    s.participants = participantsLine(r, g);
    // The earlier record's id names its track: only its date is shown.
    if (auto d = Date::parse(r.followUpOf.substr(0, 10))) s.followUpOf = longDate(*d, tr);
    for (const auto& rv : r.reviews)
        s.reviews.emplace_back(rv.earlier.text, rv.outcome ? tr(std::string("review.") + outcomeName(*rv.outcome)) : "");
    // Without the guide no step can be told private, so none is listed (their ids could tell
    // the path taken).
    if (g) s.topics = topics(r, *g, tr, o, s.plan);
    s.agreements = agreementRows(r, g, tr);
    if (r.nextConversation) s.next = longDate(*r.nextConversation, tr), s.nextIso = r.nextConversation->str();
    s.keep = tr("export.keep");
    return s;
}

std::string noTopicsText(const content::Guide* g, const i18n::Strings& tr) {
    return g ? tr("export.no_topics") : tr("export.topics_unknown");
}

std::string participantsLine(const Record& r, const content::Guide* g) {
    return participantsLine(r.participants, r.language, g);
}

std::string participantsLine(const std::vector<Participant>& people, const std::string& language,
                             const content::Guide* g) {
    std::string line;
    for (const auto& p : people) {
        const content::Role* role = g ? g->role(p.role) : nullptr;
        std::string who = role && !role->title.empty() && g ? g->text(role->title, language) : p.role;
        if (!p.initials.empty()) who += " (" + p.initials + ")";
        line += (line.empty() ? "" : ", ") + who;
    }
    return line;
}

std::string topicsHeadingKey(const content::Track* track) {
    if (track && track->summary == content::SummaryKind::Plan) return "export.plan";
    if (track && track->alone) return "export.topics_alone";
    return "export.topics";
}

ExportHeadings exportHeadings(const content::Track* track, const content::Guide* g, const std::string& lang,
                              const i18n::Strings& tr) {
    ExportHeadings h{tr("export.neutral_title_undated"), tr(topicsHeadingKey(track)), tr("export.agreements"),
                     tr("export.next_conversation")};
    if (!track || !g) return h;
    const auto& w = track->exportWords;
    auto own = [&](const content::Text& t, std::string& into) {
        if (!t.empty()) into = g->text(t, lang);
        return !t.empty();
    };
    h.ownTitle = own(w.title, h.title);
    own(w.topics, h.topics);
    own(w.agreements, h.agreements);
    h.ownNext = own(w.next, h.next);
    return h;
}

std::vector<const content::Node*> coveredSteps(const Record& r, const content::Guide& g) {
    std::vector<const content::Node*> out;
    const content::Track* track = g.track(r.track);
    const bool plan = track && track->summary == content::SummaryKind::Plan;
    // A guide that marks its topics lists only those (not the questions, not block titles).
    const bool marked = !plan && std::any_of(g.nodes.begin(), g.nodes.end(), [](const content::Node& n) { return n.topic; });
    for (const auto& step : r.path) {
        const content::Node* n = g.node(step.node);
        if (!n || !step.answer.given() || n->kind == content::NodeKind::End || n->isPrivate) continue;
        if (plan && n->kind != content::NodeKind::Info) continue;
        if (marked && !n->topic) continue;
        if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);  // a loop lists a step once
    }
    return out;
}

std::string longDate(const Date& d, const i18n::Strings& tr) {
    return std::to_string(d.day) + " " + tr("month." + std::to_string(d.month)) + " " + std::to_string(d.year);
}

// [SECTION] HTML

namespace {

std::string esc(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

// Markdown from the guide rendered by cmark; raw HTML in it is left out (cmark's safe default).
// A date people read, with the same date for machines: <time datetime="2027-01-15">15 januari 2027</time>.
std::string timeTag(const std::string& shown, const std::string& iso) {
    if (iso.empty()) return esc(shown);
    return "<time datetime=\"" + esc(iso) + "\">" + esc(shown) + "</time>";
}

// A table whose header row repeats on every printed page (thead).
std::string tableStart(const std::vector<std::string>& headers) {
    std::string t = "<table>\n<thead><tr>";
    for (const auto& h : headers) t += "<th>" + esc(h) + "</th>";
    return t + "</tr></thead>\n<tbody>\n";
}

const char* kTableEnd = "</tbody>\n</table>\n";

std::string markdownToHtml(const std::string& md) {
    char* html = cmark_markdown_to_html(md.c_str(), md.size(), CMARK_OPT_SMART);
    std::string out = html ? html : "";
    std::free(html);
    return out;
}

const char* kCss = R"(body{font-family:"Noto Sans","Segoe UI",Arial,sans-serif;color:#1f2328;background:#fff;max-width:46em;margin:2em auto;padding:0 1.5em;line-height:1.5}
h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #cfcac0;padding-bottom:.2em}h3{font-size:1.05em}
dl.meta{display:grid;grid-template-columns:max-content auto;gap:.2em 1em;margin:0}dl.meta dt{font-weight:bold}dl.meta dd{margin:0}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #cfcac0;padding:.4em .6em;text-align:left;vertical-align:top}th{background:#f7f5f0}
.answer,.note{color:#59606a;margin:.1em 0 .4em}
hr{border:0;border-top:1px solid #cfcac0;margin-top:2em}.keep{color:#59606a}
@media print{body{margin:0;max-width:none;font-size:11pt}h1,h2,h3{break-after:avoid;page-break-after:avoid;break-inside:avoid}
thead{display:table-header-group}tr,li,dl.meta{break-inside:avoid;page-break-inside:avoid}p{orphans:3;widows:3}a{color:inherit}}
)";

}  // namespace

std::string exportHtml(const Record& r, const content::Guide* g, const i18n::Strings& tr, const ExportOptions& o) {
    const Summary s = summarise(r, g, tr, o);
    std::string h = "<!DOCTYPE html>\n<html lang=\"" + esc(s.lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    h += markText(ExportFormat::Html, s.mark) + "\n";
    h += "<title>" + esc(s.title) + "</title>\n<style>\n" + kCss + "</style>\n</head>\n<body>\n";
    std::string title = esc(s.title);
    if (const auto at = title.find(esc(s.date)); !s.date.empty() && at != std::string::npos)
        title.replace(at, esc(s.date).size(), timeTag(s.date, s.dateIso));
    h += "<h1>" + title + "</h1>\n";
    std::string meta;
    auto row = [&](const std::string& label, const std::string& value) {
        if (!value.empty()) meta += "<dt>" + esc(label) + "</dt><dd>" + esc(value) + "</dd>\n";
    };
    row(tr("export.track"), s.trackTitle);
    row(tr("export.participants"), s.participants);
    row(tr("export.follow_up_of"), s.followUpOf);
    if (!meta.empty()) h += "<dl class=\"meta\">\n" + meta + "</dl>\n";
    if (!s.reviews.empty()) {
        h += "<h2>" + esc(tr("export.earlier_agreements")) + "</h2>\n" +
             tableStart({tr("export.agreement"), tr("export.outcome")});
        for (const auto& [text, outcome] : s.reviews) h += "<tr><td>" + esc(text) + "</td><td>" + esc(outcome) + "</td></tr>\n";
        h += kTableEnd;
    }
    h += "<h2>" + esc(s.headings.topics) + "</h2>\n";
    auto extras = [&](const Topic& t) {
        if (!t.answer.empty()) h += "<p class=\"answer\">" + esc(tr("export.answer")) + ": " + esc(t.answer) + "</p>\n";
        if (!t.note.empty()) h += "<p class=\"note\">" + esc(tr("export.note")) + ": " + esc(t.note) + "</p>\n";
    };
    if (s.topics.empty()) {
        h += "<p>" + esc(noTopicsText(g, tr)) + "</p>\n";
    } else if (s.plan) {
        for (const auto& t : s.topics) {
            h += "<h3>" + esc(t.title) + "</h3>\n" + markdownToHtml(t.text);
            extras(t);
        }
    } else {
        h += "<ul>\n";
        for (const auto& t : s.topics) {
            h += "<li>" + esc(t.title);
            if (!t.answer.empty() || !t.note.empty()) {
                h += "\n";
                extras(t);
            }
            h += "</li>\n";
        }
        h += "</ul>\n";
    }
    h += "<h2>" + esc(s.headings.agreements) + "</h2>\n";
    if (s.agreements.empty()) {
        h += "<p>" + esc(tr("export.no_agreements")) + "</p>\n";
    } else {
        h += tableStart({tr("export.what"), tr("export.who"), tr("export.when"), tr("export.evaluate")});
        for (const auto& a : s.agreements)
            h += "<tr><td>" + esc(a.what) + "</td><td>" + esc(a.who) + "</td><td>" + timeTag(a.due, a.dueIso) +
                 "</td><td>" + timeTag(a.evaluate, a.evaluateIso) + "</td></tr>\n";
        h += kTableEnd;
    }
    h += "<h2>" + esc(s.headings.next) + "</h2>\n<p>" +
         (s.next.empty() ? esc(tr("export.no_next")) : timeTag(s.next, s.nextIso)) + "</p>\n";
    h += "<hr>\n<p class=\"keep\">" + esc(s.keep) + "</p>\n</body>\n</html>\n";
    return h;
}

// [SECTION] iCalendar

namespace {

// RFC 5545 text: escape \ ; , and newlines.
std::string icsText(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '\\' || c == ';' || c == ',') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c != '\r') {
            out += c;
        }
    }
    return out;
}

// Lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 sequence.
std::string fold(const std::string& line) {
    std::string out;
    std::size_t width = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        const std::size_t len = utf8SequenceLength(c);
        if (width + len > 75) {
            out += "\r\n ";
            width = 1;
        }
        out.append(line, i, len);
        width += len;
        i += len - 1;
    }
    return out + "\r\n";
}

std::string compact(const Date& d) {
    std::string s = d.str();
    return s.substr(0, 4) + s.substr(5, 2) + s.substr(8, 2);
}

Date dayAfter(const Date& d) {
    std::tm tm{};
    tm.tm_year = d.year - 1900;
    tm.tm_mon = d.month - 1;
    tm.tm_mday = d.day + 1;
    tm.tm_hour = 12;
    timegm(&tm);  // normalises the day past the month's end
    return Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

}  // namespace

namespace {

// The part of every UID of this record's events that makes it globally unique: the record's
// random calendar id, or for a record from before those existed one derived from its id and
// creation time (stable, so a re-export still updates the same events).
std::string calendarPart(const Record& r) {
    if (!r.calendarId.empty()) return r.calendarId;
    const std::string what = r.id + "\n" + r.created;
    unsigned char h[16];
    if (sodium_init() < 0) return "0";
    crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(what.data()), what.size(), nullptr, 0);
    char hex[33];
    sodium_bin2hex(hex, sizeof hex, h, sizeof h);
    return hex;
}

// RFC 5545 wants SEQUENCE to grow with every change of an event: the seconds from the record's
// creation to its last change never go down, and need nothing stored.
std::string sequence(const Record& r) {
    const auto created = parseTimestamp(r.created), updated = parseTimestamp(r.updated);
    if (!created || !updated || *updated < *created) return "0";
    return std::to_string(*updated - *created);
}

struct Event {
    std::string uid;  // after the mark and the calendar part
    Date day;
    std::string summary, description;
};

std::string vevent(const Record& r, const std::string& mark, const Event& e) {
    std::string ics = fold("BEGIN:VEVENT");
    ics += fold(markText(ExportFormat::Ics, mark) + calendarPart(r) + "-" + e.uid + "@handreiking");
    ics += fold("SEQUENCE:" + sequence(r));
    ics += fold("DTSTAMP:" + utcBasic(r.updated.empty() ? r.created : r.updated));
    ics += fold("DTSTART;VALUE=DATE:" + compact(e.day));
    ics += fold("DTEND;VALUE=DATE:" + compact(dayAfter(e.day)));
    ics += fold("SUMMARY:" + icsText(e.summary));
    ics += fold("DESCRIPTION:" + icsText(e.description));
    ics += fold("TRANSP:TRANSPARENT");
    return ics + fold("END:VEVENT");
}

// The agreements' due and evaluation dates, one event each (only when asked for).
std::vector<Event> agreementEvents(const Record& r, const Summary& s, const i18n::Strings& tr) {
    std::vector<Event> out;
    for (std::size_t i = 0; i < r.agreements.size() && i < s.agreements.size(); ++i) {
        const Agreement& a = r.agreements[i];
        const std::string about = tr.format("export.ics_agreement_description", {{"date", s.date}, {"who", s.agreements[i].who}});
        if (a.due) out.push_back({a.id + "-due", *a.due, tr.format("export.ics_due", {{"text", a.text}}), about});
        if (a.evaluate) out.push_back({a.id + "-evaluate", *a.evaluate, tr.format("export.ics_evaluate", {{"text", a.text}}), about});
    }
    return out;
}

}  // namespace

std::string exportIcs(const Record& r, const content::Guide* g, const i18n::Strings& tr, const ExportOptions& o) {
    const Summary s = summarise(r, g, tr, {});
    // Calendars are often shared and synchronised to servers, and others see them: the next
    // conversation's event says no more than that there is one. Never the track's title, even when
    // the documents are asked to show it (a guide's title may tell what the talk is about), and no
    // note on where the export may be kept (in a calendar it only marks the event as sensitive).
    // The agreements' dates come only when asked for. The UID holds the record's mark, not its id
    // (the id names the track).
    std::vector<Event> events;
    if (r.nextConversation) {
        const std::string summary = s.headings.ownNext ? s.headings.next : tr("export.ics_summary");
        events.push_back({"next", *r.nextConversation, summary, tr.format("export.ics_description", {{"date", s.date}})});
    }
    if (o.includeAgreementDates)
        for (auto& e : agreementEvents(r, s, tr)) events.push_back(std::move(e));
    if (events.empty()) return {};
    std::string ics;
    ics += fold("BEGIN:VCALENDAR");
    ics += fold("VERSION:2.0");
    ics += fold("PRODID:-//handreiking//handreiking//" + std::string(r.language == "en" ? "EN" : "NL"));
    ics += fold("CALSCALE:GREGORIAN");
    for (const auto& e : events) ics += vevent(r, s.mark, e);
    ics += fold("END:VCALENDAR");
    return ics;
}

std::string exportRecord(ExportFormat f, const Record& r, const content::Guide* g, const i18n::Strings& tr,
                         const ExportOptions& o) {
    switch (f) {
        case ExportFormat::Markdown: return exportMarkdown(r, g, tr, o);
        case ExportFormat::Html: return exportHtml(r, g, tr, o);
        case ExportFormat::Ics: return exportIcs(r, g, tr, o);
    }
    return {};
}

const char* extensionFor(ExportFormat f) {
    switch (f) {
        case ExportFormat::Markdown: return "md";
        case ExportFormat::Html: return "html";
        case ExportFormat::Ics: return "ics";
    }
    return "txt";
}

// [SECTION] The export's mark

std::string exportMark(const Record& r) { return utcBasic(r.created); }

bool isExportOf(const std::string& text, const Record& r, ExportFormat f) {
    return text.find(markText(f, exportMark(r))) != std::string::npos;
}

}  // namespace hr::session
