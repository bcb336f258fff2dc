// SPDX-License-Identifier: EUPL-1.2
// The key of a records folder protected with a passphrase, and sealing and opening files with it
// (libsodium). One key per folder, derived once from the passphrase with Argon2id; the salt, the
// limits and a key check live in the header file `.handreiking-vault` in the folder. Each record is
// sealed with XChaCha20-Poly1305 under a fresh nonce, its file named by a keyed hash of its id.
// This file knows bytes and keys only; which files are records is the Store's business (store.h).
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "util/message.h"

namespace hr::session {

// What went wrong (or not) with a protected folder. `msg` names the folder or file and is put into
// words where it is shown (the window's language, or the command line's); `message` is its English
// words, for logs and tests, as in a Diagnostic. Both are empty when ok; the window also shows its
// own words for `code` where it has them.
struct [[nodiscard]] VaultStatus {
    enum class Code {
        Ok,
        NotProtected,      // the folder has no header: its records are plain
        AlreadyProtected,  // a header exists where a new one was to be made
        Locked,            // the folder is protected and no key is at hand
        WrongPassphrase,   // the key check in the header fails: nothing was touched
        DamagedHeader,     // the header cannot be read or was changed
        CannotUse,         // reading or writing failed, or libsodium cannot start
    };
    Code code = Code::Ok;
    std::string message;
    Msg msg;

    bool ok() const { return code == Code::Ok; }
    static VaultStatus fail(Code c, Msg m) {
        std::string english = render(m, "en");
        return VaultStatus{c, std::move(english), std::move(m)};
    }
};

// Argon2id's cost. Kept in the header, so a later version can raise it for new folders while
// old folders still open with what they were made with.
struct VaultLimits {
    unsigned long long opslimit = 0;  // passes over the memory
    std::size_t memlimit = 0;         // bytes
};
// What new folders get: 3 passes over 64 MiB, 0.16-0.30 s on a 2-core machine (README).
VaultLimits defaultVaultLimits();
// The cheapest limits libsodium allows: for tests only, where hundreds of unlocks would be slow.
VaultLimits testVaultLimits();

// Zeroes a string's whole buffer (also bytes past its size) and empties it. For passphrases and
// decrypted text: std::string frees without wiping.
void wipe(std::string& s);

class Vault {
public:
    static constexpr const char* kHeaderFile = ".handreiking-vault";  // a dot-file: never listed as a record
    static constexpr const char* kSealedExtension = ".hrenc";
    // Sealed: records are written sealed (normal use; also while turning protection on).
    // Opening: protection is being turned off; records are written plain, the header goes last.
    enum class Mode { Sealed, Opening };

    // True when `dir` has a header file (whether or not it can be read).
    static bool present(const std::filesystem::path& dir);
    // Makes a new header in `dir` (random salt, `limits`, mode Sealed) and returns the unlocked
    // vault; AlreadyProtected when there is a header, and then nothing is written.
    [[nodiscard]] static std::optional<Vault> create(const std::filesystem::path& dir, std::string_view passphrase,
                                                     const VaultLimits& limits, VaultStatus& status);
    // Derives the key from the header's salt and limits and checks it with the header's key check.
    // A wrong passphrase gives WrongPassphrase and touches nothing.
    [[nodiscard]] static std::optional<Vault> unlock(const std::filesystem::path& dir, std::string_view passphrase,
                                                     VaultStatus& status);

    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;
    Vault(Vault&& o) noexcept;
    Vault& operator=(Vault&& o) noexcept;
    ~Vault();  // wipes the keys

    const std::filesystem::path& dir() const { return dir_; }
    Mode mode() const { return mode_; }
    const VaultLimits& limits() const { return limits_; }
    // Rewrites the header with another mode (atomically). Returns an error naming the file, or none.
    [[nodiscard]] Msg setMode(Mode m);
    // Deletes the header: the last step of turning protection off. Returns an error, or none.
    [[nodiscard]] Msg removeHeader() const;

    // The file name of record `id` when sealed: 32 hex digits of a keyed hash, then ".hrenc". The
    // same id gives the same name with this key, and the name tells nothing without it.
    std::string sealedName(const std::string& id) const;
    // The bytes of a sealed file for record `id`: marker line, 24-byte nonce (fresh every call),
    // ciphertext. The file name is bound as associated data, so the file opens only under its name.
    std::string seal(const std::string& id, const std::string& plaintext) const;

    enum class Opened { Ok, NotSealed, Damaged };
    // Opens the bytes of the sealed file called `fileName`. NotSealed: no marker (not one of our
    // files). Damaged: authentication failed (changed, truncated, renamed, or another folder's).
    [[nodiscard]] Opened open(const std::string& fileName, const std::string& bytes, std::string& plaintext) const;

private:
    struct Keys;  // in sodium_malloc'd memory
    static Keys* deriveKeys(std::string_view passphrase, const std::string& salt, const VaultLimits& limits);
    Vault(std::filesystem::path dir, Keys* keys, std::string salt, VaultLimits limits, Mode mode);
    [[nodiscard]] Msg writeHeader() const;

    std::filesystem::path dir_;
    Keys* keys_ = nullptr;
    std::string salt_;  // raw bytes; not secret
    VaultLimits limits_;
    Mode mode_ = Mode::Sealed;
};

}  // namespace hr::session
