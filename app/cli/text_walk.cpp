// SPDX-License-Identifier: EUPL-1.2
// The terminal conversation: the loop over the steps, questions with the commands that work at
// every one of them, the reference pages, saving after every change, and the start, stop and end.
#include "cli/text_walk.h"

#include "session/change_notice.h"

#include <algorithm>
#include <cctype>
#include <istream>
#include <ostream>

#include "content/builtin_help.h"
#include "markdown/plain_text.h"
#include "session/export.h"
#include "util/diagnostics.h"
#include "util/text_util.h"
#include "util/timestamp.h"
#include "util/write_check.h"

namespace hr::cli {

using session::Session;

namespace {

std::string trimmed(const std::string& s) {
    const std::size_t from = s.find_first_not_of(" \t\r\n");
    if (from == std::string::npos) return {};
    return s.substr(from, s.find_last_not_of(" \t\r\n") - from + 1);
}

std::string lowered(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string filled(std::string text, const std::string& name, const std::string& value) {
    const std::string mark = "{" + name + "}";
    for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at + value.size()))
        text.replace(at, mark.size(), value);
    return text;
}

}  // namespace

TextWalk::TextWalk(Session session, TextSaving saving, const i18n::Strings& strings, std::istream& in,
                   std::ostream& out, bool terminal)
    : s_(std::move(session)), saving_(std::move(saving)), tr(strings), in_(in), out_(out), terminal_(terminal) {}

int TextWalk::run(const std::vector<session::Dropped>& problems) {
    claim();
    if (saving_.fresh || saving_.saveAtOnce) save();
    intro(problems);
    bool show = true;
    for (;;) {
        if (show) printStep();
        show = true;
        const Flow flow = s_.atReview() ? askReview() : s_.finished() ? atEnd() : askStep();
        switch (flow) {
            case Flow::Answered: save(); break;
            case Flow::Repeat: break;
            case Flow::Back:
                if (!s_.canGoBack()) {
                    line(tr("tty.no_back"));
                    show = false;  // the same question again, not the whole step
                    break;
                }
                s_.back();
                save();
                break;
            case Flow::Stop: return stop();
            case Flow::Leave: return 0;
        }
    }
}

// [SECTION] Questions and commands

TextWalk::Reply TextWalk::ask(const std::string& prompt) {
    for (;;) {
        if (eof_) return {Reply::Kind::Stop, {}};
        // On a terminal the answer is typed after the prompt; through a pipe nothing echoes it,
        // so the prompt ends its line and the transcript stays one thing per line.
        out_ << visibleText(prompt, true) << (terminal_ ? " " : "\n") << std::flush;
        std::string typed;
        if (!std::getline(in_, typed)) {
            eof_ = true;
            if (terminal_) out_ << "\n";  // Ctrl+D leaves the cursor after the prompt
            return {Reply::Kind::Stop, {}};
        }
        const std::string text = trimmed(typed);
        const std::string word = lowered(text);
        if (word == "hulp" || word == "help") {
            printHelp();
        } else if (word == "achtergrond" || word == "background") {
            printBackground();
        } else if (word == "terug" || word == "back") {
            return {Reply::Kind::Back, {}};
        } else if (word == "stop") {
            return {Reply::Kind::Stop, {}};
        } else if (word == "herhaal" || word == "repeat") {
            return {Reply::Kind::Repeat, {}};
        } else if (findInvalidUtf8(text) != std::string::npos) {
            line(tr("tty.bad_text"));
        } else {
            return {Reply::Kind::Text, text};
        }
    }
}

// Everything the walk prints goes through here or the prompt: the guide's texts, interface
// strings and values from a record, none of which a reader has cleared of control characters (a
// pack's title may hold an escape sequence). Shown escaped, line breaks kept, so the terminal
// prints them and never obeys them.
void TextWalk::line(const std::string& text) { out_ << visibleText(text, true) << "\n"; }

void TextWalk::paragraph(const std::string& markdown) {
    const std::string plain = markdown::toPlainText(markdown);
    if (plain.empty()) return;
    line();
    line(plain);
}

void TextWalk::printPage(const content::Page& page) {
    line();
    line(text(page.title));
    paragraph(text(page.text));
}

// The pack's first page is its help page (the guide puts "Hulp en contact" first, as the
// window's first button); without pages, the app's own, which names 112, Veilig Thuis and 113.
void TextWalk::printHelp() {
    const auto& pages = s_.guide().pages;
    printPage(pages.empty() ? content::builtinHelpPage() : pages.front());
    line();
    line(tr("tty.commands"));
    line();
}

// Every other page: the window shows each as a button beside the help page ("Achtergrond").
void TextWalk::printBackground() {
    const auto& pages = s_.guide().pages;
    if (pages.size() < 2) line(tr("tty.no_background"));
    for (std::size_t i = 1; i < pages.size(); ++i) printPage(pages[i]);
    line();
}

// [SECTION] Saving: after every change, as the window does

// Gives a new record its id and takes the record for this walk: while a window (or another walk)
// has it open, nothing is saved here, so that the other one loses nothing.
void TextWalk::claim() {
    const std::string now = nowIso();
    if (saving_.fresh) {
        s_.setRecordId(saving_.store ? saving_.store->newId(now, s_.record().track) : "");
        s_.setTimes(now, now);
    }
    if (!saving_.store) return;
    const auto file = saving_.store->pathFor(s_.record().id);
    lock_ = session::RecordLock::acquire(file);
    if (!lock_) {
        saving_.store = nullptr;
        saving_.reasonKey = "save.elsewhere";
        return;
    }
    stamp_ = session::fileStamp(file);
}

void TextWalk::save() {
    if (!saving_.store) return;  // said at the start, and again at the stop
    const auto file = saving_.store->pathFor(s_.record().id);
    std::string reason, detail;
    // A file written elsewhere since this walk last saved it is kept, never overwritten.
    const std::string onDisk = session::fileStamp(file);
    if (!stamp_.empty() && !onDisk.empty() && onDisk != stamp_) {
        reason = "save.problem_changed";
        detail = file.string();
    } else {
        s_.setTimes(s_.record().created, nowIso());
        const Msg err = saving_.store->save(s_.record());
        if (err.empty()) {
            stamp_ = session::fileStamp(file);
            if (saveFailed_) line(tr("tty.saved_again"));
            saveFailed_ = false;
            return;
        }
        detail = render(err, tr.language());  // inside the line's brackets: no capital
        const WriteCheck c = checkWritable(saving_.store->dir());
        reason = problemKey(c.ok() ? WriteCheck::Problem::Other : c.problem);
    }
    // The detail quotes a path (and the system's words): shown, never obeyed by the terminal.
    if (!saveFailed_) line(tr.format("tty.save_failed", {{"reason", tr(reason)}, {"detail", visibleText(detail)}}));
    saveFailed_ = true;
}

// [SECTION] Start, stop and the end

void TextWalk::intro(const std::vector<session::Dropped>& problems) {
    line(text(s_.track().title));
    if (saving_.store) {
        line(tr("tty.saved"));
    } else {
        line(tr("tty.not_saved"));
        if (!saving_.reasonKey.empty()) line(tr(saving_.reasonKey));
        if (!saving_.detail.empty()) line(visibleText(saving_.detail));
    }
    line(tr("tty.commands"));
    reportDropped(problems, "notice.content_changed");
}

void TextWalk::reportDropped(const std::vector<session::Dropped>& dropped, const std::string& titleKey) {
    if (dropped.empty()) return;
    line(tr(titleKey));
    for (const auto& l : session::describeDropped(dropped, s_.guide(), tr.language(), tr)) line("- " + l);
}

int TextWalk::stop() {
    save();
    line();
    if (saving_.store && !saveFailed_) {
        line(tr("tty.stopped_saved"));
        line(filled(saving_.resumeCommand, "id", s_.record().id));
    } else {
        line(tr("tty.stopped_unsaved"));
    }
    return 0;
}

// The end step: the summary the window shows, then Enter leaves (or `terug` goes back).
TextWalk::Flow TextWalk::atEnd() {
    if (!s_.currentAnswer().given()) {
        if (std::string err = s_.next(); !err.empty()) line(err);
        save();
    }
    printSummary();
    for (;;) {
        const Reply r = ask(tr("tty.end_prompt"));
        if (r.kind == Reply::Kind::Text && !r.text.empty()) {
            line(tr("tty.bad_end"));
            continue;
        }
        if (r.kind == Reply::Kind::Text) return Flow::Leave;
        return r.kind == Reply::Kind::Stop ? Flow::Stop : r.kind == Reply::Kind::Back ? Flow::Back : Flow::Repeat;
    }
}

void TextWalk::printSummary() {
    const auto& rec = s_.record();
    const bool plan = s_.track().summary == content::SummaryKind::Plan;
    line();
    const auto headings = session::exportHeadings(&s_.track(), &s_.guide(), rec.language, tr);
    line(headings.topics);
    const auto covered = session::coveredSteps(rec, s_.guide());
    if (covered.empty()) line(tr("export.no_topics"));
    for (const content::Node* n : covered) {
        line((plan ? "" : "- ") + text(n->title));
        if (plan) paragraph(text(n->text));
        if (plan) line();
    }
    line();
    line(tr("agreements.title"));
    if (rec.agreements.empty()) line(tr("agreements.none"));
    for (const auto& a : rec.agreements) line("- " + agreementLine(a));
    line(headings.next + ": " +
         (rec.nextConversation ? session::longDate(*rec.nextConversation, tr) : tr("export.no_next")));
    line();
    if (saving_.store && !saveFailed_) {
        const std::string path = saving_.store->pathFor(rec.id).string();
        line(tr.format("tty.saved_in", {{"path", path}}));
        line(tr("tty.export_hint"));
        line(filled(saving_.exportCommand, "path", path));
    } else {
        line(tr("tty.not_saved"));
    }
}

// [SECTION] Words

std::string TextWalk::lang() const { return s_.record().language; }

std::string TextWalk::text(const content::Text& t) const { return t.get(lang(), s_.guide().language); }

std::string TextWalk::roleTitle(const std::string& id) const {
    const content::Role* r = s_.guide().role(id);
    return r ? text(r->title) : id;
}

// "Text (Wie: Samen, Wanneer: 15 januari 2027)": who and when only when they are known.
std::string TextWalk::agreementLine(const session::Agreement& a) const {
    std::vector<std::string> meta;
    if (!a.owner.empty()) meta.push_back(tr("agreements.who_short") + " " + roleTitle(a.owner));
    if (a.due) meta.push_back(tr("agreements.due") + " " + session::longDate(*a.due, tr));
    if (a.evaluate) meta.push_back(tr("agreements.evaluate") + " " + session::longDate(*a.evaluate, tr));
    std::string out = a.text;
    for (std::size_t i = 0; i < meta.size(); ++i) out += (i == 0 ? " (" : ", ") + meta[i];
    return meta.empty() ? out : out + ")";
}

std::string TextWalk::errorFor(const std::string& engineError) const {
    return tr("notice.answer_refused") + " " + engineError;
}

}  // namespace hr::cli
