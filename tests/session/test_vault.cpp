// SPDX-License-Identifier: EUPL-1.2
// Records protected with a passphrase: what a sealed file and the folder show (nothing of the
// record), the right and the wrong passphrase, damaged and renamed files, fresh nonces, turning
// protection on and off, and the states a crash halfway through a switch can leave.
#include <sys/stat.h>

#include <map>

#include "session/record_io.h"
#include "session/store.h"
#include "session/vault.h"
#include "session_fixture.h"

namespace fs = std::filesystem;
using namespace hr;
using namespace hr::session;

namespace {

const char* kPassphrase = "paard batterij nietje correct";

// The sample record with a distinct id and texts long enough that random ciphertext cannot
// contain them by chance (the check for two initials would fail one run in thirty).
Record record(int n) {
    Record r = test::sampleRecord();
    r.id = "2026-11-29-143205-gesprek-" + std::to_string(n);
    r.participants = {{"leidinggevende", "KQZW"}, {"professional", "JXVY"}};
    r.agreements[0].text = "Wekelijks overleg op dinsdagmiddag, nummer " + std::to_string(n);
    return r;
}

// A protected folder with `count` records, unlocked in the returned store.
Store protectedStore(const fs::path& dir, int count) {
    Store store(dir);
    REQUIRE(store.prepare().empty());
    const SwitchReport rep = store.enableEncryption(kPassphrase, testVaultLimits());
    REQUIRE(rep.status.ok());
    for (int i = 1; i <= count; ++i) REQUIRE(store.save(record(i)).empty());
    return store;
}

// Every file in `dir` by name: its bytes and modification time, to show nothing was touched.
std::map<std::string, std::string> snapshot(const fs::path& dir) {
    std::map<std::string, std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) {
        struct stat st {};
        REQUIRE(::stat(e.path().c_str(), &st) == 0);
        out[e.path().filename().string()] = test::readText(e.path()) + "|" + std::to_string(st.st_mtim.tv_sec) + "." +
                                            std::to_string(st.st_mtim.tv_nsec);
    }
    return out;
}

std::vector<fs::path> filesWith(const fs::path& dir, const std::string& ext) {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().extension() == ext) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

std::string writtenAs(const Record& r) { return writeRecord(r); }

}  // namespace

TEST_CASE("a sealed record file and the folder's names show nothing of the record") {
    test::TempDir tmp;
    Store store = protectedStore(tmp.path(), 0);
    const Record r = record(1);
    REQUIRE(store.save(r).empty());
    const auto sealed = filesWith(tmp.path(), ".hrenc");
    REQUIRE(sealed.size() == 1);
    CHECK(sealed[0] == store.pathFor(r.id));
    CHECK(sealed[0].stem().string().size() == 32);
    const std::string bytes = test::readText(sealed[0]);
    CHECK(bytes.rfind("handreiking-sealed 1\n", 0) == 0);

    std::string names;
    for (const auto& e : fs::directory_iterator(tmp.path())) names += e.path().filename().string() + "\n";
    const std::vector<std::string> secrets = {r.id, r.track, r.agreements[0].text.substr(0, 12), "Wekelijks",
                                              "check-in", "leidinggevende", "professional", "KQZW", "JXVY", r.packId,
                                              "2026-11-29", "2026-12-31", "2027-01-10", "Alleen werkafspraken",
                                              "agreements", "participants"};
    for (const std::string& s : secrets) {
        INFO(s);
        CHECK(bytes.find(s) == std::string::npos);
        CHECK(names.find(s) == std::string::npos);
    }
    // And the record is all there, with the right key.
    Diagnostics d;
    const auto back = store.load(sealed[0], d);
    INFO(d.str());
    REQUIRE(back);
    CHECK(writtenAs(*back) == writtenAs(r));
}

TEST_CASE("a protected folder opens only with the right passphrase") {
    test::TempDir tmp;
    protectedStore(tmp.path(), 3);
    const auto before = snapshot(tmp.path());

    Store locked(tmp.path());
    CHECK(locked.protection().isProtected);
    CHECK(locked.protection().sealedFiles == 3);
    CHECK_FALSE(locked.protection().unlocked);
    for (const char* wrong : {"paard batterij nietje correct ", "Paard batterij nietje correct", "", "x"}) {
        const SwitchReport rep = locked.unlock(wrong);
        CHECK(rep.status.code == VaultStatus::Code::WrongPassphrase);
        CHECK(rep.status.message == "wrong passphrase: it does not open the records in " + tmp.path().string());
        CHECK(render(rep.status.msg, "en") == rep.status.message);
        CHECK(renderSentence(rep.status.msg, "nl") ==
              "Dit wachtwoord past niet: het opent de gesprekken in " + tmp.path().string() + " niet. Er is niets veranderd");
        CHECK_FALSE(locked.unlocked());
    }
    CHECK(snapshot(tmp.path()) == before);

    const SwitchReport rep = locked.unlock(kPassphrase);
    REQUIRE(rep.status.ok());
    CHECK(rep.converted.empty());
    const auto list = locked.list();
    REQUIRE(list.size() == 3);
    for (const auto& e : list) {
        REQUIRE(e.summary);
        const int n = std::stoi(e.summary->id.substr(e.summary->id.rfind('-') + 1));
        Diagnostics d;
        const auto full = locked.load(e.path, d);
        REQUIRE(full);
        CHECK(writtenAs(*full) == writtenAs(record(n)));
    }
    CHECK(snapshot(tmp.path()) == before);  // unlocking a finished folder writes nothing
}

TEST_CASE("a wrong passphrase touches nothing, even where the right one would finish a switch") {
    test::TempDir tmp;
    {
        Store store = protectedStore(tmp.path(), 2);
        test::writeText(tmp.path() / "2026-01-01-000000-plan.yaml", writtenAs([] {
                            Record r = record(9);
                            r.id = "2026-01-01-000000-plan";
                            return r;
                        }()));
    }
    const auto before = snapshot(tmp.path());
    Store store(tmp.path());
    CHECK(store.unlock("niet dit").status.code == VaultStatus::Code::WrongPassphrase);
    CHECK(store.enableEncryption("niet dit", testVaultLimits()).status.code == VaultStatus::Code::WrongPassphrase);
    CHECK(store.disableEncryption().status.code == VaultStatus::Code::Locked);
    const Msg refused = store.save(record(5));
    CHECK(render(refused, "en") == tmp.path().string() + " is protected with a passphrase; unlock it before saving");
    CHECK(render(refused, "nl") == "de map " + tmp.path().string() +
                                       " is beveiligd met een wachtwoord. Open hem eerst met het wachtwoord, dan kan het "
                                       "gesprek worden bewaard");
    CHECK(render(store.disableEncryption().status.msg, "nl") ==
          "de map " + tmp.path().string() + " is nog niet geopend. Open hem eerst met het wachtwoord");
    CHECK(snapshot(tmp.path()) == before);

    // The right one seals the plain record that was left.
    const SwitchReport rep = store.unlock(kPassphrase);
    REQUIRE(rep.status.ok());
    CHECK(rep.converted == std::vector<std::string>{"2026-01-01-000000-plan"});
    CHECK(filesWith(tmp.path(), ".yaml").empty());
    CHECK(store.list().size() == 3);
}

TEST_CASE("a locked folder lists its records as locked, never as readable or as gone") {
    test::TempDir tmp;
    protectedStore(tmp.path(), 2);
    Store locked(tmp.path());
    const auto list = locked.list();
    REQUIRE(list.size() == 2);
    for (const auto& e : list) {
        CHECK_FALSE(e.summary);
        CHECK(e.diags.str().find("is protected with a passphrase; unlock it first") != std::string::npos);
    }
    Diagnostics d;
    CHECK_FALSE(locked.load(list[0].path, d));
    CHECK(d.str().find("protected with a passphrase") != std::string::npos);
}

TEST_CASE("one changed byte anywhere in a sealed file is refused as damaged, and the file is left as it is") {
    test::TempDir tmp;
    Store store = protectedStore(tmp.path(), 1);
    const fs::path file = store.pathFor(record(1).id);
    const std::string good = test::readText(file);
    const std::size_t marker = std::string("handreiking-sealed 1\n").size();
    for (std::size_t i = 0; i < good.size(); ++i) {
        std::string bad = good;
        bad[i] = static_cast<char>(bad[i] ^ (1 << (i % 8)));
        test::writeText(file, bad);
        Diagnostics d;
        INFO("byte " << i);
        REQUIRE_FALSE(store.load(file, d));
        const std::string why = i < marker ? "not a sealed handreiking record"
                                           : "cannot be opened: damaged or changed outside handreiking";
        REQUIRE(d.str() == file.string() + ":1:1: error: " + why + "\n");
        REQUIRE(test::readText(file) == bad);
    }
    for (std::size_t cut : {std::size_t(0), marker, marker + 24, good.size() - 1}) {
        test::writeText(file, good.substr(0, cut));
        Diagnostics d;
        CHECK_FALSE(store.load(file, d));
    }
    test::writeText(file, good);
    Diagnostics d;
    CHECK(store.load(file, d));
}

TEST_CASE("a sealed file renamed to another record's name does not open") {
    test::TempDir tmp;
    Store store = protectedStore(tmp.path(), 2);
    const fs::path one = store.pathFor(record(1).id), two = store.pathFor(record(2).id);
    fs::rename(one, two);
    Diagnostics d;
    CHECK_FALSE(store.load(two, d));
    CHECK(d.str().find("damaged or changed outside handreiking") != std::string::npos);
    const auto list = store.list();
    REQUIRE(list.size() == 1);
    CHECK_FALSE(list[0].summary);
    // A file from another folder (another key) does not open either.
    test::TempDir other;
    Store elsewhere = protectedStore(other.path(), 1);
    fs::copy_file(elsewhere.pathFor(record(1).id), one);
    Diagnostics d2;
    CHECK_FALSE(store.load(one, d2));
    CHECK(d2.str().find("damaged or changed outside handreiking") != std::string::npos);
}

TEST_CASE("every save seals with a fresh nonce") {
    test::TempDir tmp;
    Store store = protectedStore(tmp.path(), 1);
    const fs::path file = store.pathFor(record(1).id);
    const std::string first = test::readText(file);
    REQUIRE(store.save(record(1)).empty());
    const std::string second = test::readText(file);
    CHECK(first.size() == second.size());
    const std::size_t marker = std::string("handreiking-sealed 1\n").size();
    CHECK(first.substr(marker, 24) != second.substr(marker, 24));
    CHECK(first.substr(marker + 24) != second.substr(marker + 24));
    CHECK(store.pathFor(record(1).id) == file);  // the name stays: it is the id's, not the save's
}

TEST_CASE("turning protection on, off and on again keeps every record as it was") {
    test::TempDir tmp;
    Store store(tmp.path());
    REQUIRE(store.prepare().empty());
    std::map<std::string, std::string> originals;
    for (int i = 1; i <= 5; ++i) {
        REQUIRE(store.save(record(i)).empty());
        originals[record(i).id] = test::readText(store.pathFor(record(i).id));
    }
    // A hand-edited record with a comment: sealed and opened byte for byte.
    const std::string edited = "# nagekeken\n" + writtenAs(record(6));
    test::writeText(store.pathFor(record(6).id), edited);
    originals[record(6).id] = edited;

    SwitchReport on = store.enableEncryption(kPassphrase, testVaultLimits());
    REQUIRE(on.status.ok());
    CHECK(on.converted.size() == 6);
    CHECK(filesWith(tmp.path(), ".yaml").empty());
    CHECK(filesWith(tmp.path(), ".hrenc").size() == 6);
    CHECK(store.list().size() == 6);

    SwitchReport off = store.disableEncryption();
    REQUIRE(off.status.ok());
    CHECK(off.converted.size() == 6);
    CHECK_FALSE(store.unlocked());
    CHECK_FALSE(fs::exists(tmp.path() / Vault::kHeaderFile));
    CHECK(filesWith(tmp.path(), ".hrenc").empty());
    for (const auto& [id, text] : originals) CHECK(test::readText(tmp.path() / (id + ".yaml")) == text);

    REQUIRE(store.enableEncryption("een ander wachtwoord", testVaultLimits()).status.ok());
    Store reopened(tmp.path());
    REQUIRE(reopened.unlock("een ander wachtwoord").status.ok());
    const auto list = reopened.list();
    REQUIRE(list.size() == 6);
    for (const auto& e : list) {
        REQUIRE(e.summary);
        Diagnostics d;
        const auto full = reopened.load(e.path, d);
        REQUIRE(full);
        CHECK(writtenAs(*reopened.loadById(e.summary->id, d)) == writtenAs(*full));
    }
}

TEST_CASE("a record left in both forms by a crash is listed once and tidied at the next unlock") {
    test::TempDir tmp;
    std::string plainText;
    {
        Store store = protectedStore(tmp.path(), 2);
        // As if turning on was killed after sealing record 1 and before unlinking its plain file.
        plainText = writtenAs(record(1));
        test::writeText(tmp.path() / (record(1).id + ".yaml"), plainText);
        CHECK(store.list().size() == 2);
    }
    Store store(tmp.path());
    const SwitchReport rep = store.unlock(kPassphrase);
    REQUIRE(rep.status.ok());
    CHECK(rep.converted == std::vector<std::string>{record(1).id});
    CHECK(filesWith(tmp.path(), ".yaml").empty());
    REQUIRE(store.list().size() == 2);
}

TEST_CASE("turning off that was interrupted is finished at the next unlock") {
    test::TempDir tmp;
    {
        Store store = protectedStore(tmp.path(), 3);
        // As if turning off was killed after the header said "opening" and record 2 was written plain.
        VaultStatus st;
        auto v = Vault::unlock(tmp.path(), kPassphrase, st);
        REQUIRE(v);
        REQUIRE(v->setMode(Vault::Mode::Opening).empty());
        test::writeText(tmp.path() / (record(2).id + ".yaml"), writtenAs(record(2)));
        // Listed once each, in whichever form.
        Store half(tmp.path());
        REQUIRE(half.unlock("fout").status.code == VaultStatus::Code::WrongPassphrase);
        CHECK(half.list().size() == 4);  // locked: every file, none readable
    }
    Store store(tmp.path());
    const SwitchReport rep = store.unlock(kPassphrase);
    REQUIRE(rep.status.ok());
    CHECK(rep.converted.size() == 3);
    CHECK_FALSE(store.unlocked());
    CHECK_FALSE(fs::exists(tmp.path() / Vault::kHeaderFile));
    CHECK(filesWith(tmp.path(), ".hrenc").empty());
    const auto list = store.list();
    REQUIRE(list.size() == 3);
    for (const auto& e : list) CHECK(e.summary);
}

TEST_CASE("turning off leaves a damaged sealed file alone and keeps the header for it") {
    test::TempDir tmp;
    Store store = protectedStore(tmp.path(), 2);
    const fs::path damaged = store.pathFor(record(2).id);
    std::string bytes = test::readText(damaged);
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x20);
    test::writeText(damaged, bytes);
    const SwitchReport off = store.disableEncryption();
    CHECK(off.status.ok());
    CHECK(off.converted == std::vector<std::string>{record(1).id});
    REQUIRE(off.leftAlone.size() == 1);
    CHECK(formatDiagnostic(off.leftAlone[0]) ==
          damaged.string() + ":1:1: error: cannot be opened: damaged or changed outside handreiking");
    CHECK(formatDiagnostic(off.leftAlone[0], "nl") ==
          damaged.string() + ":1:1: error: Dit gesprek kan niet worden geopend: het bestand is beschadigd, of buiten "
                             "handreiking veranderd");
    CHECK(test::readText(damaged) == bytes);
    CHECK(fs::exists(tmp.path() / Vault::kHeaderFile));
    CHECK(store.unlocked());
}

TEST_CASE("a damaged header is reported as such and nothing is touched") {
    test::TempDir tmp;
    protectedStore(tmp.path(), 1);
    const fs::path header = tmp.path() / Vault::kHeaderFile;
    const std::string good = test::readText(header);
    CHECK(good.find("opslimit: 1\n") != std::string::npos);
    CHECK(good.find("mode: sealed\n") != std::string::npos);
    std::string changed = good;
    changed.replace(changed.find("mode: sealed"), 12, "mode: opening");  // would open every record
    test::writeText(header, changed);
    const auto before = snapshot(tmp.path());
    Store store(tmp.path());
    SwitchReport rep = store.unlock(kPassphrase);
    CHECK(rep.status.code == VaultStatus::Code::DamagedHeader);
    CHECK(rep.status.message.find(header.string() + " is damaged (its contents do not match its digest)") == 0);
    CHECK(render(rep.status.msg, "nl") == header.string() +
                                              " is beschadigd (de inhoud past niet bij de controlewaarde). Daarom kunnen de "
                                              "gesprekken in " + tmp.path().string() + " niet worden geopend");
    CHECK(snapshot(tmp.path()) == before);
    test::writeText(header, "");
    CHECK(store.unlock(kPassphrase).status.code == VaultStatus::Code::DamagedHeader);
    test::writeText(header, good);
    CHECK(store.unlock(kPassphrase).status.ok());
}

TEST_CASE("a plain folder stays plain: no header, no sealed files, stray .hrenc ignored") {
    test::TempDir tmp;
    Store store(tmp.path());
    REQUIRE(store.prepare().empty());
    REQUIRE(store.save(record(1)).empty());
    test::writeText(tmp.path() / "0123456789abcdef0123456789abcdef.hrenc", "handreiking-sealed 1\nxx");
    CHECK(store.pathFor(record(1).id) == tmp.path() / (record(1).id + ".yaml"));
    CHECK(store.unlock(kPassphrase).status.code == VaultStatus::Code::NotProtected);
    CHECK(store.disableEncryption().status.code == VaultStatus::Code::NotProtected);
    CHECK(store.list().size() == 1);
    CHECK_FALSE(store.protection().isProtected);
}

TEST_CASE("an interrupted sealed save leaves a temporary file that the next start removes") {
    test::TempDir tmp;
    Store store = protectedStore(tmp.path(), 1);
    const fs::path leftover = tmp.path() / ("." + store.pathFor(record(1).id).filename().string() + ".tmp-Ab12Cd");
    test::writeText(leftover, "handreiking-sealed 1\nhalf");
    const fs::path headerLeft = tmp.path() / (std::string(".") + Vault::kHeaderFile + ".tmp-Xy34Zw");
    test::writeText(headerLeft, "format: half");
    CHECK(store.list().size() == 1);
    REQUIRE(store.prepare().empty());
    CHECK_FALSE(fs::exists(leftover));
    CHECK_FALSE(fs::exists(headerLeft));
}

TEST_CASE("ids stay unique and removal deletes every form of a protected record") {
    test::TempDir tmp;
    Store store = protectedStore(tmp.path(), 0);
    Record r = record(1);
    r.id = store.newId("2026-11-29T14:32:05+01:00", "gesprek");
    CHECK(r.id == "2026-11-29-143205-gesprek");
    REQUIRE(store.save(r).empty());
    CHECK(store.newId("2026-11-29T14:32:05+01:00", "gesprek") == "2026-11-29-143205-gesprek-2");
    test::writeText(tmp.path() / (r.id + ".yaml"), writtenAs(r));  // a twin left by a crash
    REQUIRE(store.remove(r.id).empty());
    CHECK(filesWith(tmp.path(), ".yaml").empty());
    CHECK(filesWith(tmp.path(), ".hrenc").empty());
    const Msg gone = store.remove(r.id);
    CHECK(render(gone, "en") == "cannot delete record " + r.id + ": it is not in " + tmp.path().string());
    CHECK(renderSentence(gone, "nl") ==
          "Het gesprek " + r.id + " kon niet worden verwijderd: het staat niet in " + tmp.path().string());
}

TEST_CASE("wipe zeroes a string's whole buffer") {
    std::string s = "een geheim wachtwoord dat langer is dan de korte-tekstbuffer";
    const char* buffer = s.data();
    const std::size_t capacity = s.capacity();
    wipe(s);
    CHECK(s.empty());
    CHECK(s.data() == buffer);  // the same buffer, now zeroed (clear keeps the allocation)
    for (std::size_t i = 0; i < capacity; ++i) CHECK(buffer[i] == '\0');
}

TEST_CASE("a store that was unlocked refuses to seal after protection was turned off elsewhere") {
    test::TempDir tmp;
    Store window = protectedStore(tmp.path(), 1);
    Store other(tmp.path());
    REQUIRE(other.unlock(kPassphrase).status.ok());
    REQUIRE(other.disableEncryption().status.ok());
    const Msg refused = window.save(record(2));
    CHECK(render(refused, "en") == tmp.path().string() + " is no longer protected (changed elsewhere); open it again");
    CHECK(render(refused, "nl") == "de map " + tmp.path().string() +
                                       " is niet meer beveiligd: dat is buiten dit venster veranderd. Open de map opnieuw");
    CHECK(filesWith(tmp.path(), ".hrenc").empty());  // no file sealed with a key that is gone
    CHECK(filesWith(tmp.path(), ".yaml").size() == 1);
}

TEST_CASE("turning on leaves a plain record that cannot be read alone and says so") {
    test::TempDir tmp;
    Store store(tmp.path());
    REQUIRE(store.prepare().empty());
    REQUIRE(store.save(record(1)).empty());
    const fs::path broken = tmp.path() / "2026-01-01-000000-gesprek.yaml";
    const std::string brokenText = "format: 1\nid: 2026-01-01-000000-gesprek\npath: [\n";
    test::writeText(broken, brokenText);
    const SwitchReport rep = store.enableEncryption(kPassphrase, testVaultLimits());
    CHECK(rep.status.ok());
    CHECK(rep.converted == std::vector<std::string>{record(1).id});
    REQUIRE(rep.leftAlone.size() == 1);
    CHECK(formatDiagnostic(rep.leftAlone[0]).find(broken.string() + ":4:1: error: YAML syntax") == 0);
    CHECK(test::readText(broken) == brokenText);
    const auto list = store.list();
    REQUIRE(list.size() == 2);
    CHECK(list[0].summary);
    CHECK_FALSE(list[1].summary);
}

TEST_CASE("a vault unlocked on its own is attached to its folder's store only") {
    test::TempDir tmp, other;
    protectedStore(tmp.path(), 2);
    VaultStatus st;
    auto vault = Vault::unlock(tmp.path(), kPassphrase, st);
    REQUIRE(vault);
    Store elsewhere(other.path());
    CHECK(elsewhere.attach(std::move(*Vault::unlock(tmp.path(), kPassphrase, st))).status.code ==
          VaultStatus::Code::CannotUse);
    CHECK_FALSE(elsewhere.unlocked());
    Store store(tmp.path() / ".");
    REQUIRE(store.attach(std::move(*vault)).status.ok());
    CHECK(store.list().size() == 2);
}
