// SPDX-License-Identifier: EUPL-1.2
// Records protected with a passphrase, from the outside: walk --encrypt, export of a sealed
// record, encrypt on|off, passphrase files that are refused, a wrong passphrase (exit 1, nothing
// touched), and kill -9 at random moments while a folder of 100 records is switched on and off.
#include <catch2/catch.hpp>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <chrono>
#include <map>
#include <random>
#include <set>
#include <thread>

#include "session/record_io.h"
#include "session/store.h"
#include "session/vault.h"
#include "test_support.h"

extern char** environ;

namespace fs = std::filesystem;
using namespace hr;
using session::Vault;

namespace {

const std::string kPassphrase = "zeer-geheim-wachtwoord-1234";

std::string bin() { return test::binaryCommand(); }
std::string q(const fs::path& p) { return test::shellQuote(p.string()); }
std::string proef() { return q(test::fixturesDir() / "packs" / "proef"); }

fs::path passFile(const fs::path& dir, const std::string& name, const std::string& text) {
    test::writeText(dir / name, text);
    return dir / name;
}

test::CommandResult walk(const fs::path& data, const std::string& extra, int seed = 1) {
    return test::run(bin() + " walk --content " + proef() + " --track gesprek --random " + std::to_string(seed) +
                     " --data-dir " + q(data) + " " + extra);
}

test::CommandResult encrypt(const std::string& onOff, const fs::path& data, const fs::path& pass) {
    return test::run(bin() + " encrypt " + onOff + " --passphrase-file " + q(pass) + " --data-dir " + q(data));
}

// Every file in `dir` with its bytes and modification time: to show that nothing was touched.
std::map<std::string, std::string> snapshot(const fs::path& dir) {
    std::map<std::string, std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) {
        struct stat st {};
        REQUIRE(::stat(e.path().c_str(), &st) == 0);
        out[e.path().filename().string()] =
            test::readText(e.path()) + "|" + std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec);
    }
    return out;
}

std::size_t countWith(const fs::path& dir, const std::string& ext) {
    std::size_t n = 0;
    for (const auto& e : fs::directory_iterator(dir)) n += e.path().extension() == ext;
    return n;
}

}  // namespace

TEST_CASE("walk --encrypt saves a sealed record that export opens with the passphrase") {
    test::TempDir tmp;
    const fs::path data = tmp.path() / "data", pass = passFile(tmp.path(), "pw", kPassphrase + "\n");
    auto r = walk(data, "--encrypt --passphrase-file " + q(pass));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const fs::path sealed = r.out.substr(0, r.out.size() - 1);
    CHECK(sealed.parent_path() == data);
    CHECK(sealed.extension() == ".hrenc");
    CHECK(fs::exists(data / Vault::kHeaderFile));
    const std::string bytes = test::readText(sealed);
    for (const char* secret : {"gesprek", "proef", "agreements", "participants", "finished"}) CHECK(bytes.find(secret) == std::string::npos);

    // With a vault there, the passphrase alone means sealed.
    r = walk(data, "--passphrase-file " + q(pass), 2);
    REQUIRE(r.exitCode == 0);
    CHECK(countWith(data, ".hrenc") == 2);
    CHECK(countWith(data, ".yaml") == 0);

    const auto md = test::run(bin() + " --content " + proef() + " export " + q(sealed) + " --format md --passphrase-file " + q(pass));
    INFO(md.err);
    CHECK(md.exitCode == 0);
    CHECK(md.out.find("\n# Werkafspraken, ") != std::string::npos);  // opened: the export of the record
    const auto locked = test::run(bin() + " --content " + proef() + " export " + q(sealed) + " --format md");
    CHECK(locked.exitCode == 2);
    CHECK(locked.err.find(sealed.string() + " is sealed: give --passphrase-file FILE") != std::string::npos);
}

TEST_CASE("a wrong passphrase exits 1, names the folder, never shows the passphrase and touches nothing") {
    test::TempDir tmp;
    const fs::path data = tmp.path() / "data", pass = passFile(tmp.path(), "pw", kPassphrase + "\n");
    REQUIRE(walk(data, "--encrypt --passphrase-file " + q(pass)).exitCode == 0);
    // A plain record left in the folder: the right passphrase would seal it, a wrong one must not.
    REQUIRE(walk(tmp.path() / "plain", "").exitCode == 0);
    for (const auto& e : fs::directory_iterator(tmp.path() / "plain")) fs::copy_file(e.path(), data / e.path().filename());
    const auto before = snapshot(data);
    const fs::path wrong = passFile(tmp.path(), "fout", "niet-het-wachtwoord-9876\n");
    const fs::path sealed = [&] {
        for (const auto& e : fs::directory_iterator(data))
            if (e.path().extension() == ".hrenc") return e.path();
        return fs::path();
    }();
    const std::string message = "wrong passphrase: it does not open the records in " + data.string();
    for (const auto& r : {encrypt("off", data, wrong), encrypt("on", data, wrong), walk(data, "--passphrase-file " + q(wrong)),
                          test::run(bin() + " --content " + proef() + " export " + q(sealed) + " --format md --passphrase-file " + q(wrong)),
                          test::run(bin() + " --data-dir " + q(data) + " --resume x --passphrase-file " + q(wrong))}) {
        INFO(r.err);
        CHECK(r.exitCode == 1);
        CHECK(r.err.find(message) != std::string::npos);
        CHECK((r.out + r.err).find("niet-het-wachtwoord") == std::string::npos);
    }
    CHECK(snapshot(data) == before);
    // In the message language: Dutch with --lang nl, English with --lang en.
    const std::string cmd = " encrypt off --passphrase-file " + q(wrong) + " --data-dir " + q(data);
    const auto nl = test::run(bin() + " --lang nl" + cmd);
    CHECK(nl.exitCode == 1);
    CHECK(nl.err == "handreiking: dit wachtwoord past niet: het opent de gesprekken in " + data.string() +
                        " niet. Er is niets veranderd\n");
    const auto en = test::run(bin() + " --lang en" + cmd);
    CHECK(en.exitCode == 1);
    CHECK(en.err == "handreiking: " + message + "\n");
    CHECK(snapshot(data) == before);
}

TEST_CASE("a records folder that cannot be made is said in the message language, exit 2") {
    test::TempDir tmp;
    test::writeText(tmp.path() / "file", "x");
    const fs::path data = tmp.path() / "file" / "data", pass = passFile(tmp.path(), "pw", kPassphrase + "\n");
    const std::string cmd = " encrypt on --passphrase-file " + q(pass) + " --data-dir " + q(data);
    const auto nl = test::run(bin() + " --lang nl" + cmd);
    CHECK(nl.exitCode == 2);
    CHECK(nl.err == "handreiking: de map voor gesprekken " + data.string() + " kon niet worden gemaakt: Not a directory\n");
    const auto en = test::run(bin() + " --lang en" + cmd);
    CHECK(en.exitCode == 2);
    CHECK(en.err == "handreiking: cannot create the records folder " + data.string() + ": Not a directory\n");
    // walk saves nowhere either, and says so in the same words.
    const auto walked = test::run(bin() + " --lang nl walk --content " + proef() + " --track gesprek --random 1 --data-dir " + q(data));
    CHECK(walked.exitCode == 2);
    CHECK(walked.err.find("de map voor gesprekken " + data.string() + " kon niet worden gemaakt") != std::string::npos);
}

TEST_CASE("encrypt on and off switch a folder and keep every record byte for byte") {
    test::TempDir tmp;
    const fs::path data = tmp.path() / "data", pass = passFile(tmp.path(), "pw", kPassphrase + "\r\n");
    for (int seed = 1; seed <= 5; ++seed) REQUIRE(walk(data, "", seed).exitCode == 0);
    const auto plain = snapshot(data);

    auto r = encrypt("on", data, pass);
    INFO(r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out == data.string() + ": protected with a passphrase; 5 records sealed\n");
    CHECK(countWith(data, ".yaml") == 0);
    CHECK(countWith(data, ".hrenc") == 5);
    CHECK(encrypt("on", data, pass).out == data.string() + ": protected with a passphrase; 0 records sealed\n");

    // The passphrase is the first line without its line ending: "…1234\r\n" and "…1234" are one.
    r = encrypt("off", data, passFile(tmp.path(), "pw2", kPassphrase + "\nsecond line is ignored\n"));
    CHECK(r.exitCode == 0);
    CHECK(r.out == data.string() + ": not protected any more; 5 records written plain\n");
    CHECK_FALSE(fs::exists(data / Vault::kHeaderFile));
    std::map<std::string, std::string> now;
    for (const auto& e : fs::directory_iterator(data)) now[e.path().filename().string()] = test::readText(e.path());
    REQUIRE(now.size() == plain.size());
    for (const auto& [name, text] : now) CHECK(plain.at(name).rfind(text + "|", 0) == 0);
    CHECK(encrypt("off", data, pass).out == data.string() + ": not protected with a passphrase; nothing to do\n");
}

TEST_CASE("passphrase files that are not usable are refused before anything runs") {
    test::TempDir tmp;
    const fs::path data = tmp.path() / "data";
    const fs::path empty = passFile(tmp.path(), "leeg", "\nwachtwoord op regel twee\n");
    const fs::path fifo = tmp.path() / "fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const fs::path huge = passFile(tmp.path(), "groot", std::string(5000, 'x'));
    const std::vector<std::pair<fs::path, std::string>> cases = {
        {empty, "the first line is empty; give a passphrase"}, {tmp.path(), "not a regular file"},
        {fifo, "not a regular file"}, {huge, "too large for a passphrase file"},
        {tmp.path() / "nergens", "No such file or directory"}};
    for (const auto& [file, why] : cases) {
        for (const std::string& command : {std::string(" encrypt on"), " walk --content " + proef() + " --track gesprek --random 1 --encrypt",
                                           " --screenshot " + q(tmp.path() / "x.png")}) {
            const auto r = test::run(bin() + command + " --data-dir " + q(data) + " --passphrase-file " + q(file));
            INFO(command << " " << file);
            CHECK(r.exitCode == 2);
            CHECK(r.err == "handreiking: --passphrase-file " + file.string() + ": " + why + "\n");
        }
    }
    CHECK_FALSE(fs::exists(data));
}

TEST_CASE("walk and export say what is missing around a protected folder") {
    test::TempDir tmp;
    const fs::path data = tmp.path() / "data", pass = passFile(tmp.path(), "pw", kPassphrase);
    auto r = walk(data, "--encrypt");
    CHECK(r.exitCode == 2);
    CHECK(r.err == "handreiking: --encrypt needs --passphrase-file FILE\n");
    r = walk(data, "--passphrase-file " + q(pass));
    CHECK(r.exitCode == 2);
    CHECK(r.err.find(data.string() + " is not protected with a passphrase; add --encrypt to protect it") != std::string::npos);
    r = walk(data, "--encrypt --passphrase-file " + q(pass) + " --out " + q(tmp.path() / "r.yaml"));
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("--out writes a plain file") != std::string::npos);
    REQUIRE(walk(data, "--encrypt --passphrase-file " + q(pass)).exitCode == 0);
    r = walk(data, "");
    CHECK(r.exitCode == 2);
    CHECK(r.err == "handreiking: " + data.string() + " is protected with a passphrase: give --passphrase-file FILE\n");
    CHECK(countWith(data, ".yaml") == 0);
    r = test::run(bin() + " encrypt on --data-dir " + q(data));
    CHECK(r.exitCode == 2);
    r = test::run(bin() + " encrypt sideways --passphrase-file " + q(pass) + " --data-dir " + q(data));
    CHECK(r.exitCode == 2);
    // A sealed file without its folder's header cannot be opened by anyone.
    test::TempDir elsewhere;
    for (const auto& e : fs::directory_iterator(data))
        if (e.path().extension() == ".hrenc") fs::copy_file(e.path(), elsewhere.path() / e.path().filename());
    const fs::path lone = fs::directory_iterator(elsewhere.path())->path();
    r = test::run(bin() + " export " + q(lone) + " --format md --passphrase-file " + q(pass));
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("its folder has no .handreiking-vault header") != std::string::npos);
    // A plain record in a protected folder exports as it is, and is not sealed from under the export.
    REQUIRE(walk(tmp.path() / "plain", "").exitCode == 0);
    const fs::path plain = data / fs::directory_iterator(tmp.path() / "plain")->path().filename();
    fs::copy_file(fs::directory_iterator(tmp.path() / "plain")->path(), plain);
    r = test::run(bin() + " --content " + proef() + " export " + q(plain) + " --format md --passphrase-file " + q(pass));
    CHECK(r.exitCode == 0);
    CHECK(fs::exists(plain));
}

TEST_CASE("the window's --resume checks a protected record with the passphrase, before any window opens") {
    test::TempDir tmp;
    const fs::path data = tmp.path() / "data", pass = passFile(tmp.path(), "pw", kPassphrase);
    const auto w = walk(data, "--encrypt --passphrase-file " + q(pass));
    REQUIRE(w.exitCode == 0);
    const auto r = test::run("env -u LC_ALL -u LC_MESSAGES LANG=nl_NL.UTF-8 " + bin() + " --data-dir " + q(data) +
                             " --resume 2000-01-01-000000-gesprek --passphrase-file " + q(pass));
    CHECK(r.exitCode == 2);
    // In the window's language (here the desktop's, Dutch), as the window would say it.
    CHECK(r.err.find("--resume 2000-01-01-000000-gesprek: dit gesprek staat niet in " + data.string()) != std::string::npos);
}

// [SECTION] kill -9 while a folder is switched

namespace {

// Starts the binary with `args` (output discarded); returns its pid.
pid_t spawn(const std::vector<std::string>& args) {
    std::vector<std::string> all = {test::binary().string()};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    REQUIRE(rc == 0);
    return pid;
}

int waitFor(pid_t pid) {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return status;
}

// Every record file as the kill left it, read without finishing anything: the ids readable, with
// how many forms each is readable in. A file that cannot be read fails the test.
std::map<std::string, int> readableAsLeft(const fs::path& dir) {
    std::optional<Vault> vault;
    if (Vault::present(dir)) {
        session::VaultStatus st;
        vault = Vault::unlock(dir, kPassphrase, st);
        INFO(st.message);
        REQUIRE(vault);
    }
    std::map<std::string, int> ids;
    const session::Store plain(dir);
    for (const auto& e : fs::directory_iterator(dir)) {
        const std::string name = e.path().filename().string();
        if (name[0] == '.') continue;  // the header, or a temporary file of a write the kill cut off
        Diagnostics d;
        std::optional<session::Record> r;
        if (e.path().extension() == ".yaml") {
            r = plain.load(e.path(), d);
        } else {
            REQUIRE(e.path().extension() == ".hrenc");
            REQUIRE(vault);
            std::string text;
            REQUIRE(vault->open(name, test::readText(e.path()), text) == Vault::Opened::Ok);
            r = session::readRecord(text, name, d);
        }
        INFO(name << ": " << d.str());
        REQUIRE(r);
        ++ids[r->id];
    }
    return ids;
}

// What the window would see: unlock (which finishes the switch) and list, on a copy of the folder.
void listsEveryRecordOnce(const fs::path& dir, const std::set<std::string>& expected) {
    test::TempDir copy;
    fs::copy(dir, copy.path() / "d", fs::copy_options::recursive);
    session::Store store(copy.path() / "d");
    if (store.protection().isProtected) {
        const auto rep = store.unlock(kPassphrase);
        INFO(rep.status.message);
        REQUIRE(rep.status.ok());
        REQUIRE(rep.leftAlone.empty());
    }
    std::set<std::string> listed;
    const auto list = store.list();
    for (const auto& e : list) {
        INFO(e.path << ": " << e.diags.str());
        REQUIRE(e.summary);
        REQUIRE(listed.insert(e.summary->id).second);
    }
    CHECK(listed == expected);
}

double secondsToRun(const std::vector<std::string>& args) {
    const auto start = std::chrono::steady_clock::now();
    const int status = waitFor(spawn(args));
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_CASE("kill -9 at any moment of encrypt on or off leaves every record readable") {
    test::TempDir tmp;
    const fs::path data = tmp.path() / "data", pass = passFile(tmp.path(), "pw", kPassphrase + "\n");
    const auto first = walk(data, "");
    REQUIRE(first.exitCode == 0);
    const fs::path model = first.out.substr(0, first.out.size() - 1);
    const std::string id = model.stem().string(), text = test::readText(model);
    std::map<std::string, std::string> originals{{id, text}};
    for (int i = 2; i <= 100; ++i) {
        const std::string other = id + "-" + std::to_string(i);
        std::string copy = text;
        copy.replace(copy.find("id: " + id + "\n"), id.size() + 5, "id: " + other + "\n");
        test::writeText(data / (other + ".yaml"), copy);
        originals[other] = copy;
    }
    std::set<std::string> ids;
    for (const auto& [key, value] : originals) ids.insert(key);

    const auto args = [&](const char* onOff) {
        return std::vector<std::string>{"encrypt", onOff, "--passphrase-file", pass.string(), "--data-dir", data.string()};
    };
    // How long a whole switch takes here, so the kills fall all over it (derivation included).
    const double full = std::max(secondsToRun(args("on")), secondsToRun(args("off")));
    const unsigned seed = std::random_device{}();
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> delay(0.0, full * 1.2);
    for (int round = 0; round < 12; ++round) {
        const double wait = delay(rng);
        INFO("seed " << seed << ", round " << round << ", kill after " << wait << " s of " << full << " s");
        const pid_t pid = spawn(args(round % 2 == 0 ? "on" : "off"));
        std::this_thread::sleep_for(std::chrono::duration<double>(wait));
        ::kill(pid, SIGKILL);
        waitFor(pid);
        const auto readable = readableAsLeft(data);
        REQUIRE(readable.size() == ids.size());
        for (const auto& [key, forms] : readable) CHECK(ids.count(key) == 1);
        listsEveryRecordOnce(data, ids);
    }
    // Finished, the records are what they were, byte for byte.
    REQUIRE(secondsToRun(args("off")) > 0);
    CHECK_FALSE(fs::exists(data / Vault::kHeaderFile));
    for (const auto& [key, value] : originals) CHECK(test::readText(data / (key + ".yaml")) == value);
    CHECK(countWith(data, ".hrenc") == 0);
}
