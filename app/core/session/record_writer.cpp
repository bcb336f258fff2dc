// SPDX-License-Identifier: EUPL-1.2
// The record writer's threads: each takes the latest record asked for, writes it beside the record
// (Store::stageSave: sealed when protected, fsynced), then in turn checks the file is still the
// one written last and renames it into place, fsyncs the folder, and reports.
#include "session/record_writer.h"

#include "session/record_lock.h"

namespace hr::session {

RecordWriter::RecordWriter() {
    for (int i = 0; i < kWriters; ++i) threads_.emplace_back([this] { run(); });
}

RecordWriter::~RecordWriter() {
    {
        std::lock_guard<std::mutex> lock(m_);
        stop_ = true;
    }
    cv_.notify_all();
    for (auto& t : threads_) t.join();
}

void RecordWriter::onFinished(std::function<void()> wake) {
    std::lock_guard<std::mutex> lock(m_);
    wake_ = std::move(wake);
}

void RecordWriter::expect(std::string stamp) {
    std::unique_lock<std::mutex> lock(m_);
    cv_.wait(lock, [&] { return !pending_ && inFlight_ == 0; });
    std::lock_guard<std::mutex> commit(commit_);
    stamp_ = std::move(stamp);
}

std::uint64_t RecordWriter::submit(const Store& store, Record record) {
    std::uint64_t seq = 0;
    {
        std::lock_guard<std::mutex> lock(m_);
        seq = ++seq_;
        pending_ = Job{&store, std::move(record), seq};
    }
    cv_.notify_all();
    return seq;
}

void RecordWriter::flush() {
    std::unique_lock<std::mutex> lock(m_);
    cv_.wait(lock, [&] { return !pending_ && inFlight_ == 0; });
}

RecordWriter::Progress RecordWriter::poll() {
    std::lock_guard<std::mutex> lock(m_);
    Progress p;
    p.finished.swap(finished_);
    p.idle = !pending_ && inFlight_ == 0;
    return p;
}

// Off the window's thread. The stamp moves only when a file was renamed into place, so after a
// refusal every later write is refused too.
std::optional<RecordWriter::Outcome> RecordWriter::write(const Job& job) {
    Outcome o;
    o.seq = job.seq;
    o.file = job.store->pathFor(job.record.id);
    Store::StagedSave staged;
    o.error = job.store->stageSave(job.record, staged);
    if (o.error.empty()) {
        std::lock_guard<std::mutex> commit(commit_);
        if (job.seq < committedSeq_) {
            discardStagedFile(staged.file);
            return std::nullopt;
        }
        // Written elsewhere since this writer last wrote it (by hand, or another program): kept.
        // (A file that is gone, or a folder that went, is for the save itself to report.)
        const std::string now = fileStamp(o.file);
        if (!stamp_.empty() && !now.empty() && now != stamp_) {
            discardStagedFile(staged.file);
            o.changedElsewhere = true;
            return o;
        }
        o.error = job.store->commitSave(staged);
        if (o.error.empty()) {
            stamp_ = fileStamp(o.file);
            committedSeq_ = job.seq;
        }
    }
    // Only now is it called written: the rename itself is on disk. Folder fsyncs of overlapping
    // writes run side by side.
    if (!staged.file.tmp.empty()) syncFolder(job.store->dir());
    if (!o.error.empty()) o.check = checkWritable(job.store->dir());
    return o;
}

void RecordWriter::run() {
    std::unique_lock<std::mutex> lock(m_);
    for (;;) {
        cv_.wait(lock, [&] { return pending_ || stop_; });
        if (!pending_) return;  // stopping, and everything asked for is written
        const auto now = std::chrono::steady_clock::now();
        if (inFlight_ > 0 && now < lastStart_ + kStagger && !stop_) {
            cv_.wait_until(lock, lastStart_ + kStagger);
            continue;
        }
        Job job = std::move(*pending_);
        pending_.reset();
        ++inFlight_;
        lastStart_ = now;
        lock.unlock();
        std::optional<Outcome> o = write(job);
        lock.lock();
        --inFlight_;
        if (o && o->seq > reportedSeq_) {
            reportedSeq_ = o->seq;
            finished_.push_back(std::move(*o));
        }
        const auto wake = wake_;
        cv_.notify_all();
        if (wake) wake();
    }
}

}  // namespace hr::session
