// SPDX-License-Identifier: EUPL-1.2
// The record writer's thread: takes the latest record asked for, checks the file is still the one
// it wrote last, writes it through Store::save (atomic, fsynced, sealed when protected), reports.
#include "session/record_writer.h"

#include "session/record_lock.h"

namespace hr::session {

RecordWriter::RecordWriter() : thread_([this] { run(); }) {}

RecordWriter::~RecordWriter() {
    {
        std::lock_guard<std::mutex> lock(m_);
        stop_ = true;
    }
    cv_.notify_all();
    thread_.join();
}

void RecordWriter::onFinished(std::function<void()> wake) {
    std::lock_guard<std::mutex> lock(m_);
    wake_ = std::move(wake);
}

void RecordWriter::expect(std::string stamp) {
    std::unique_lock<std::mutex> lock(m_);
    cv_.wait(lock, [&] { return !pending_ && !inFlight_; });
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
    cv_.wait(lock, [&] { return !pending_ && !inFlight_; });
}

RecordWriter::Progress RecordWriter::poll() {
    std::lock_guard<std::mutex> lock(m_);
    Progress p;
    p.finished.swap(finished_);
    p.idle = !pending_ && !inFlight_;
    return p;
}

// The check and the write happen here, off the window's thread; `stamp` becomes the file's new
// stamp only when it was written, so after a refusal every later write is refused too.
RecordWriter::Outcome RecordWriter::write(const Job& job, const std::string& expected, std::string& stamp) const {
    Outcome o;
    o.seq = job.seq;
    o.file = job.store->pathFor(job.record.id);
    // Written elsewhere since this writer last wrote it (by hand, or another program): kept.
    // (A file that is gone, or a folder that went, is for the save itself to report.)
    const std::string now = fileStamp(o.file);
    if (!expected.empty() && !now.empty() && now != expected) {
        o.changedElsewhere = true;
        return o;
    }
    o.error = job.store->save(job.record);
    if (o.error.empty())
        stamp = fileStamp(o.file);
    else
        o.check = checkWritable(job.store->dir());
    return o;
}

void RecordWriter::run() {
    std::unique_lock<std::mutex> lock(m_);
    for (;;) {
        cv_.wait(lock, [&] { return pending_ || stop_; });
        if (!pending_) return;  // stopping, and everything asked for is written
        Job job = std::move(*pending_);
        pending_.reset();
        inFlight_ = true;
        std::string stamp = stamp_;
        const std::string expected = stamp_;
        lock.unlock();
        Outcome o = write(job, expected, stamp);
        lock.lock();
        stamp_ = stamp;
        finished_.push_back(std::move(o));
        inFlight_ = false;
        const auto wake = wake_;
        cv_.notify_all();
        if (wake) wake();
    }
}

}  // namespace hr::session
