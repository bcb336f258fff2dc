// SPDX-License-Identifier: EUPL-1.2
// The session engine: walks a track of a guide, answer by answer. It offers the choices whose
// conditions hold, keeps the variables that answers set, lets the user go back and change an
// answer (keeping later answers that still fit, and saying which were dropped), collects
// agreements, and runs the look back on earlier agreements that opens a follow-up conversation.
// No UI and no files here: the record it keeps is saved by the store.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "content/model.h"
#include "session/path_lengths.h"
#include "session/record.h"
#include "util/message.h"

namespace hr::session {

// An answer that no longer applies, and why. `change` is what the person is told (in words,
// never an id: see change_notice.h); `reason` is the technical detail, for tests and logs.
struct Dropped {
    enum class Change {
        NoLongerFits,  // the step is still there, but the answer does not fit it
        OffPath,       // the walk no longer passes this step
        StepGone,      // the step is no longer in the guide (only its answer is dropped)
        ChoiceGone,    // the answer's choice is no longer in the step: it is asked again
        TrackGone,     // the record's track is no longer in the guide
        NotRestored,   // the walk could not be brought back to where it stood
    };
    std::string node;
    std::string reason;
    Change change = Change::NoLongerFits;
    bool offPath() const { return change == Change::OffPath; }
};

struct Progress {
    std::size_t done = 0;     // steps answered before the current one
    std::size_t minLeft = 0;  // steps still to go, the current one and the end included
    std::size_t maxLeft = 0;
};

struct Crumb {
    std::size_t index = 0;  // position to go back to
    std::string node;       // empty for a review step
    std::string title;      // in the asked language
};

class Session {
public:
    using GuidePtr = std::shared_ptr<const content::Guide>;

    // A new conversation on `trackId` (must exist in a usable guide).
    static Session start(GuidePtr guide, const std::string& trackId, const std::string& language);
    // A follow-up of `earlier` on the guide's follow-up track (or, without one, the earlier
    // record's track), with a look back on each of its agreements: where the track has a review
    // step, right after that step (so that the welcome and the safety question come first);
    // otherwise before the first step.
    static Session followUp(GuidePtr guide, const Record& earlier, const std::string& language);
    // Whether a conversation on `earlierTrack` can have a follow-up: a follow-up continues a
    // conversation between people, so not one of a track walked alone (a preparation, a
    // reflection), nor one whose track says `follow-up: false` (a team talk, a plan: the follow-up
    // is written for another kind of talk). A record whose track is gone from the guide still can.
    // The start screen, the controller and `walk --follow-up` all ask this.
    static bool hasFollowUp(const content::Guide& guide, const std::string& earlierTrack);

    // Reopens a saved record, replaying its answers on the current guide as far as they still fit.
    // `problems` tells which answers no longer apply and why (empty when the content is unchanged).
    struct Resumed;
    static Resumed resume(GuidePtr guide, const Record& saved);

    const Record& record() const { return record_; }
    // Changes with every change of the record (or of where the walk stands), and differs between
    // sessions: what a view derives from the record is made again only when this moves.
    std::uint64_t revision() const { return revision_; }
    const content::Guide& guide() const { return *guide_; }
    const content::Track& track() const { return *track_; }

    // Where the walk stands.
    bool atReview() const;
    const Review* currentReview() const;
    std::size_t reviewIndex() const;  // which earlier agreement is looked back on (while atReview)
    const content::Node* currentNode() const;  // nullptr while reviewing
    const Answer& currentAnswer() const;       // pre-filled when going back
    bool finished() const;                     // at an end node
    // A private step asked again after the conversation was reopened: its answer was never
    // saved, so the walk waits here before it returns to where it stood.
    bool askedAgain() const;
    const Variables& variables() const { return vars_; }  // as they stand before the current step

    std::vector<const content::Choice*> availableChoices() const;
    // Catalogue agreements to offer now: at an agreements node its `suggest` list (or the whole
    // catalogue), elsewhere the templates whose condition the answers so far made true. Only those
    // whose condition holds and that are not yet agreed.
    // With `keepAgreed`, suggestions already added stay in the list (in place), so the numbers of
    // the others do not shift when one is added.
    std::vector<const content::AgreementTemplate*> suggestions(bool keepAgreed = false) const;

    // Answers the current step and moves on. Returns an error message in English (empty when
    // accepted), and puts it in `why` as a message of the catalogue, for a reader that shows it
    // in another language; on success `dropped` lists later answers that no longer fit the new path.
    [[nodiscard]] std::string answer(const Answer& a, std::vector<Dropped>* dropped = nullptr, Msg* why = nullptr);
    // Confirms the current info, agreements or end step (same as answer(Answer::confirmed())).
    [[nodiscard]] std::string next(std::vector<Dropped>* dropped = nullptr, Msg* why = nullptr) {
        return answer(Answer::confirmed(), dropped, why);
    }
    // Gives the current review its outcome and moves on; `adjusted` is the new text for Adjust.
    [[nodiscard]] std::string review(ReviewOutcome outcome, const std::string& adjusted = {});

    bool canGoBack() const { return record_.position > 0; }
    void back();
    // Moves to an earlier (or kept later) position, as shown in the breadcrumb.
    [[nodiscard]] bool goTo(std::size_t position);
    std::vector<Crumb> breadcrumb() const;
    Progress progress() const;

    // Agreements: editable and removable at any moment.
    std::string addAgreement(Agreement a);  // returns the new id
    std::string addFromTemplate(const std::string& templateId);
    [[nodiscard]] bool updateAgreement(const Agreement& a);
    [[nodiscard]] bool removeAgreement(const std::string& id);
    // Puts a removed agreement back where it stood (undo), at the same place in the list, with its
    // id (a new one if its id has been given to another since). Returns the id it has now.
    std::string restoreAgreement(Agreement a, std::size_t at);

    void setNextConversation(std::optional<Date> date) {
        touch();
        record_.nextConversation = date;
    }
    void setNote(const std::string& node, const std::string& text);
    void setParticipants(std::vector<Participant> p) {
        touch();
        record_.participants = std::move(p);
    }
    void setRecordId(const std::string& id) {
        touch();
        record_.id = id;
    }
    // Remembers a file this record was exported to, so that deleting the record can offer to
    // delete it too.
    void noteExport(const std::string& path);
    void setTimes(const std::string& created, const std::string& updated) {
        touch();
        record_.created = created;
        record_.updated = updated;
    }

private:
    Session(GuidePtr guide, const content::Track& track);
    static std::uint64_t nextRevision();
    void touch() { revision_ = nextRevision(); }

    GuidePtr guide_;
    const content::Track* track_;
    std::shared_ptr<const PathLengths> lengths_;
    Record record_;
    std::uint64_t revision_ = nextRevision();
    Variables vars_;  // before the current step
    std::optional<std::size_t> resumeTarget_;  // where a reopened record stood, while steps are asked again
    // True when the track has no review step: the look back on earlier agreements comes before
    // the first step (positions 0 .. reviews-1). With one, it comes right after that step.
    bool reviewsFirst_ = true;

    // Positions run over the path with the reviews inserted: before it, or after its review step.
    std::size_t reviewBase() const;  // the first review's position; npos until the review step is passed
    std::optional<std::size_t> pathIndexAt(std::size_t position) const;  // nullopt at a review
    std::size_t positionOf(std::size_t pathIdx) const;
    std::size_t lastPosition() const { return record_.path.empty() ? 0 : positionOf(record_.path.size() - 1); }
    std::size_t pathIndex() const;
    void replay(const Record& saved, std::vector<Dropped>& problems);
    Variables variablesBefore(std::size_t pathIdx) const;
    // Recomputes vars_ (or takes `before`, the variables before the current step, when the caller
    // knows them) and finished.
    void refresh(const Variables* before = nullptr);
    void returnToResumedPlace();
    // The node to go to after `node` was answered with `a`, skipping nodes whose condition fails.
    const content::Node* successor(const content::Node& node, const Answer& a, const Variables& vars) const;
    const content::Node* resolve(const content::Node* node, const Variables& vars) const;
    // Empty when `a` is a valid answer to `node` under `vars`; else why not.
    [[nodiscard]] Msg check(const content::Node& node, const Answer& a, const Variables& vars) const;
    std::string nextAgreementId() const;
};

struct Session::Resumed {
    Session session;
    std::vector<Dropped> problems;
};

// Marks the private steps of a record read from disk by `guide` (and notes which nodes are
// private), so that the next save leaves their answers out. A record written before answers to
// private steps were kept out (format 1) still holds them; returns true when it did, and then the
// caller saves it at once, so that they leave the disk.
bool markPrivateSteps(Record& r, const content::Guide& guide);

// Applies the variables an answer sets.
void applyAnswer(const content::Node& node, const Answer& a, Variables& vars);

}  // namespace hr::session
