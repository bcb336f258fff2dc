// SPDX-License-Identifier: EUPL-1.2
// Passphrases on the command line: reading --passphrase-file, unlocking a records folder for
// `walk` and `export`, and `encrypt on|off`, which switches a folder (for IT and for tests).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "cli/commands.h"
#include "session/store.h"

namespace fs = std::filesystem;

namespace hr::cli {

namespace {
// A passphrase is a line; a file much larger than that is the wrong file.
constexpr std::size_t kMaxPassphraseFile = 4096;

bool refuse(const std::string& file, Msg why) {
    complain(Msg("cli.passphrase_file", {{"value", file}, {"why", std::move(why)}}));
    return false;
}

// Reads all of `fd` into `buf` (sized one byte past the limit, so a file that grew shows).
bool readAll(int fd, std::string& buf, std::size_t& len) {
    len = 0;
    while (len < buf.size()) {
        const ssize_t n = ::read(fd, buf.data() + len, buf.size() - len);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return false;
        if (n == 0) break;
        len += static_cast<std::size_t>(n);
    }
    return true;
}
}  // namespace

bool readPassphraseFile(const std::string& file, std::string& out) {
    // O_NONBLOCK: opening a FIFO must not hang; the check below refuses it anyway.
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return refuse(file, Msg("verbatim", {{"text", std::strerror(errno)}}));
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return refuse(file, Msg("passphrase.not_file"));
    }
    std::string buf(kMaxPassphraseFile + 1, '\0');
    std::size_t len = 0;
    const bool read = readAll(fd, buf, len);
    const int readError = errno;
    ::close(fd);
    if (!read || len > kMaxPassphraseFile) {
        session::wipe(buf);
        return refuse(file, read ? Msg("passphrase.too_large") : Msg("passphrase.unreadable", {{"why", std::strerror(readError)}}));
    }
    std::size_t line = std::min(buf.find('\n'), len);
    if (line > 0 && buf[line - 1] == '\r') --line;
    session::wipe(out);
    out.reserve(line);
    out.assign(buf.data(), line);
    session::wipe(buf);
    if (line == 0) return refuse(file, Msg("passphrase.empty"));
    return true;
}

int exitFor(const session::VaultStatus& status) {
    using C = session::VaultStatus::Code;
    if (status.ok()) return kExitOk;
    return status.code == C::WrongPassphrase || status.code == C::DamagedHeader ? kExitContentErrors : kExitCannotRun;
}

void printLeftAlone(const session::SwitchReport& rep) {
    for (const Diagnostic& why : rep.leftAlone)
        complain(Msg("cli.left_alone", {{"why", formatDiagnostic(why, messageLanguage())}}));
}

int unlockStore(session::Store& store, const std::string& passphrase) {
    const session::SwitchReport rep = store.unlock(passphrase);
    printLeftAlone(rep);
    if (!rep.status.ok()) complain(rep.status.msg);
    return exitFor(rep.status);
}

namespace {

void printSummary(const session::Store& store, bool on, const session::SwitchReport& rep) {
    const std::string dir = store.dir().string();
    const std::size_t n = rep.converted.size();
    const Msg records = n == 1 ? Msg("vault.one_record") : Msg("vault.records", {{"n", std::to_string(n)}});
    const Msg said = on ? Msg("vault.sealed", {{"records", records}})
                     : !store.protection().isProtected
                         ? Msg("vault.plain", {{"records", records}})
                         : Msg("vault.partly", {{"records", records}, {"sealed", std::to_string(store.protection().sealedFiles)}});
    std::printf("%s: %s\n", visibleText(dir).c_str(), say(said).c_str());
}

session::SwitchReport turnOff(session::Store& store, const std::string& passphrase) {
    session::SwitchReport rep = store.unlock(passphrase);  // finishes an interrupted switch first
    if (rep.status.ok() && store.unlocked()) rep = store.disableEncryption();
    return rep;
}

}  // namespace

int runEncrypt(const EncryptArgs& a) {
    if (!a.passphrase) {
        complain(Msg("cli.encrypt_command_needs_passphrase"));
        return kExitCannotRun;
    }
    auto dir = resolveDataDir(a.dataDir);
    if (!dir) return kExitCannotRun;
    session::Store store(*dir);
    if (Msg err = store.prepare(); !err.empty()) {
        complain(err);
        return kExitCannotRun;
    }
    if (!a.on && !store.protection().isProtected) {
        std::printf("%s: %s\n", visibleText(dir->string()).c_str(), say(Msg("vault.nothing_to_do")).c_str());
        return kExitOk;
    }
    const session::SwitchReport rep = a.on ? store.enableEncryption(*a.passphrase) : turnOff(store, *a.passphrase);
    printLeftAlone(rep);
    if (!rep.status.ok()) {
        complain(rep.status.msg);
        return exitFor(rep.status);
    }
    printSummary(store, a.on, rep);
    return rep.leftAlone.empty() ? kExitOk : kExitContentErrors;
}

}  // namespace hr::cli
