// Record store on disk: POSIX calls where durability needs them (mkstemp, fsync, rename).
#include "session/store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include "session/record_io.h"
#include "util/file_io.h"
#include "util/paths.h"

namespace fs = std::filesystem;

namespace hr::session {

namespace {
constexpr const char* kTempMarker = ".yaml.tmp-";

std::string errnoText(const std::string& what) { return what + ": " + std::strerror(errno); }
}  // namespace

// Makes a rename or unlink in `dir` durable.
void syncFolder(const fs::path& dir) {
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}

std::string writePrivateFile(const fs::path& target, const std::string& text) {
    const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::string tmp = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    const int fd = ::mkstemp(tmp.data());  // created with mode 0600
    if (fd < 0) return errnoText("cannot write in " + dir.string());
    auto fail = [&](const std::string& what) {
        const std::string msg = errnoText(what);
        ::close(fd);
        ::unlink(tmp.c_str());
        return msg;
    };
    if (::fchmod(fd, 0600) != 0) return fail("cannot make " + target.string() + " private");
    for (std::size_t done = 0; done < text.size();) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            return fail("cannot write " + target.string());
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) return fail("cannot write " + target.string() + " to disk");
    if (::close(fd) != 0) {
        ::unlink(tmp.c_str());
        return errnoText("cannot write " + target.string());
    }
    if (::rename(tmp.c_str(), target.c_str()) != 0) {
        const std::string msg = errnoText("cannot save " + target.string());
        ::unlink(tmp.c_str());
        return msg;
    }
    syncFolder(dir);
    return {};
}

std::string nowIso() {
    const std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    char buf[40];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S%z", &local);
    std::string s = buf;
    if (s.size() >= 5) s.insert(s.size() - 2, ":");  // +0100 -> +01:00
    return s;
}

std::optional<fs::path> Store::defaultDir() {
    auto base = xdgDir("XDG_DATA_HOME", fs::path(".local") / "share");
    if (!base) return std::nullopt;
    return *base / "handreiking" / "sessions";
}

std::string Store::prepare() const {
    std::error_code ec;
    fs::create_directories(dir_, ec);
    if (ec) return "cannot create the records folder " + dir_.string() + ": " + ec.message();
    if (!fs::is_directory(dir_, ec)) return dir_.string() + " is not a folder";
    if (::chmod(dir_.c_str(), 0700) != 0) return errnoText("cannot make " + dir_.string() + " private");
    // A leftover temporary file is an interrupted save; the record it was replacing is intact.
    for (const auto& e : fs::directory_iterator(dir_, ec)) {
        const std::string name = e.path().filename().string();
        if (name.size() > 1 && name[0] == '.' && name.find(kTempMarker) != std::string::npos) fs::remove(e.path(), ec);
    }
    return {};
}

std::optional<Record> Store::load(const fs::path& file, Diagnostics& diags) const {
    const std::string shown = file.string();
    std::string text, error;
    if (!readTextFile(file, kMaxTextFileBytes, text, error)) {
        diags.error({shown, 1, 1}, error);
        return std::nullopt;
    }
    auto r = readRecord(std::move(text), shown, diags);
    if (r && r->id != file.stem().string()) {
        diags.error({shown, 1, 1}, "the record's id '" + r->id + "' does not match its file name");
        return std::nullopt;
    }
    return r;
}

std::vector<Store::Entry> Store::list() const {
    std::vector<Entry> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir_, ec)) {
        const std::string name = e.path().filename().string();
        if (name.empty() || name[0] == '.' || e.path().extension() != ".yaml") continue;
        Entry entry;
        entry.path = e.path();
        entry.record = load(e.path(), entry.diags);
        out.push_back(std::move(entry));
    }
    std::sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) {
        if (a.record.has_value() != b.record.has_value()) return a.record.has_value();
        if (a.record && a.record->created != b.record->created) return a.record->created > b.record->created;
        return a.path.filename() < b.path.filename();
    });
    return out;
}

std::string Store::newId(const std::string& createdIso, const std::string& track) const {
    // 2026-11-29T14:32:05+01:00 -> 2026-11-29-143205-gesprek
    std::string stamp = createdIso.substr(0, 10);
    if (createdIso.size() >= 19) stamp += "-" + createdIso.substr(11, 2) + createdIso.substr(14, 2) + createdIso.substr(17, 2);
    std::string id = stamp + "-" + track;
    std::error_code ec;
    for (int n = 2; fs::exists(pathFor(id), ec); ++n) id = stamp + "-" + track + "-" + std::to_string(n);
    return id;
}

std::string Store::save(const Record& r) const {
    if (r.id.empty() || r.id.find('/') != std::string::npos || r.id[0] == '.') return "a record needs a plain id to be saved";
    return writePrivateFile(pathFor(r.id), writeRecord(r));
}

std::string Store::remove(const std::string& id) const {
    const fs::path p = pathFor(id);
    if (::unlink(p.c_str()) != 0) return errnoText("cannot delete " + p.string());
    syncFolder(dir_);
    return {};
}

}  // namespace hr::session
