// SPDX-License-Identifier: EUPL-1.2
// Vault: Argon2id key derivation, the header file, XChaCha20-Poly1305 sealing, keyed file names.
// All crypto is libsodium's; this file only arranges its calls and the bytes around them.
//
// The header (.handreiking-vault), text so that IT can see what it is:
//   two comment lines, then format, kdf, cipher, salt (hex), opslimit, memlimit, mode (sealed or
//   opening); `check:` the hex of nonce + XChaCha20-Poly1305 of a known text under the check key,
//   with every byte above it as associated data; `digest:` BLAKE2b of every byte above it, unkeyed.
// A sealed record file: "handreiking-sealed 1\n", a 24-byte nonce, then the ciphertext of the
//   record's YAML padded to 256-byte blocks, with the marker and the file name as associated data.
#include "session/vault.h"

#include <sodium.h>

#include <cstring>
#include <utility>

#include "util/file_io.h"
#include "util/private_file.h"

namespace fs = std::filesystem;

namespace hr::session {

namespace {

constexpr const char* kHeaderFormat = "handreiking-vault 1";
constexpr const char* kKdfName = "argon2id13";
constexpr const char* kCipherName = "xchacha20poly1305-ietf";
constexpr const char* kSealedMarker = "handreiking-sealed 1\n";
constexpr const char* kCheckText = "handreiking key check";
constexpr const char* kKdfContext = "hrvault1";  // crypto_kdf_CONTEXTBYTES = 8
constexpr std::size_t kKeyBytes = 32;
constexpr std::size_t kNameBytes = 16;     // 32 hex digits: collisions are out of reach
constexpr std::size_t kPadBlock = 256;     // hides a record's exact length, not its rough size
constexpr std::size_t kMaxHeaderBytes = 4096;
// A header could ask for any cost; bound it so a changed header cannot make an unlock take all memory.
constexpr unsigned long long kMaxOpslimit = 16;
constexpr std::size_t kMaxMemlimit = std::size_t(1) << 30;

static_assert(crypto_kdf_CONTEXTBYTES == 8, "context is 8 characters");
static_assert(crypto_generichash_KEYBYTES == kKeyBytes, "name key size");
static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == kKeyBytes, "record key size");

// sodium_init once per process; its result is kept, so a failure is reported at every use.
bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const unsigned char* bytes(const std::string& s) { return reinterpret_cast<const unsigned char*>(s.data()); }
unsigned char* bytes(std::string& s) { return reinterpret_cast<unsigned char*>(s.data()); }
const unsigned char* bytes(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

std::string toHex(const std::string& raw) {
    std::string hex(raw.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes(raw), raw.size());
    hex.pop_back();
    return hex;
}

bool fromHex(const std::string& hex, std::string& raw) {
    raw.assign(hex.size() / 2, '\0');
    std::size_t len = 0;
    const char* end = nullptr;
    if (sodium_hex2bin(bytes(raw), raw.size(), hex.data(), hex.size(), nullptr, &len, &end) != 0) return false;
    raw.resize(len);
    return end == hex.data() + hex.size() && len * 2 == hex.size();
}

const char* modeName(Vault::Mode m) { return m == Vault::Mode::Sealed ? "sealed" : "opening"; }

// Seals or opens a short text with associated data: the key check and the record files share it.
std::string aeadSeal(const unsigned char* key, const std::string& plain, const std::string& ad) {
    std::string out(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, '\0');
    randombytes_buf(bytes(out), out.size());
    out.resize(out.size() + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long len = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(out) + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &len,
                                               bytes(plain), plain.size(), bytes(ad), ad.size(), nullptr,
                                               bytes(out), key);
    return out;
}

bool aeadOpen(const unsigned char* key, std::string_view sealed, const std::string& ad, std::string& plain) {
    constexpr std::size_t nonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    if (sealed.size() < nonce + crypto_aead_xchacha20poly1305_ietf_ABYTES) return false;
    plain.assign(sealed.size() - nonce - crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
    unsigned long long len = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(bytes(plain), &len, nullptr, bytes(sealed) + nonce,
                                                              sealed.size() - nonce, bytes(ad), ad.size(),
                                                              bytes(sealed), key);
    if (rc != 0) plain.clear();
    return rc == 0;
}

// What the header file says, as read; `body` is every byte above the check line: the key check's
// associated data, so a changed salt, limit or mode fails the check like a wrong passphrase.
struct Header {
    std::string salt, check;
    VaultLimits limits;
    Vault::Mode mode = Vault::Mode::Sealed;
    std::string body;
};

std::string headerBody(const std::string& salt, const VaultLimits& l, Vault::Mode mode) {
    return std::string("# handreiking: the records in this folder are encrypted with a passphrase.\n"
                       "# Without the passphrase they cannot be read. Do not edit or delete this file.\n") +
           "format: " + kHeaderFormat + "\nkdf: " + kKdfName + "\ncipher: " + kCipherName + "\nsalt: " + toHex(salt) +
           "\nopslimit: " + std::to_string(l.opslimit) + "\nmemlimit: " + std::to_string(l.memlimit) +
           "\nmode: " + modeName(mode) + "\n";
}

// An unkeyed digest: it tells accidental damage to the header apart from a wrong passphrase (both
// fail the key check). A deliberate change that fixes the digest still fails the key check.
std::string digestOf(const std::string& text) {
    std::string d(crypto_generichash_BYTES, '\0');
    crypto_generichash(bytes(d), d.size(), bytes(text), text.size(), nullptr, 0);
    return toHex(d);
}

// The value after "key: " on the line that starts with it, from `body`.
bool field(const std::string& body, const std::string& key, std::string& out) {
    const std::string prefix = key + ": ";
    for (std::size_t at = 0; at < body.size();) {
        const std::size_t end = body.find('\n', at);
        const std::string line = body.substr(at, end - at);
        if (line.rfind(prefix, 0) == 0) {
            out = line.substr(prefix.size());
            return true;
        }
        if (end == std::string::npos) break;
        at = end + 1;
    }
    return false;
}

bool number(const std::string& s, unsigned long long& out) {
    if (s.empty() || s.size() > 19 || s.find_first_not_of("0123456789") != std::string::npos) return false;
    out = std::stoull(s);
    return true;
}

// Splits the text at the check and digest lines and checks the digest. None, or what is wrong.
Msg splitHeader(const std::string& text, std::string& body, std::string& check) {
    const std::size_t checkAt = text.find("\ncheck: ");
    const std::size_t digestAt = text.find("\ndigest: ");
    if (checkAt == std::string::npos || digestAt == std::string::npos || digestAt < checkAt) return Msg("vault.lines_missing");
    std::string digest = text.substr(digestAt + 9);
    if (!digest.empty() && digest.back() == '\n') digest.pop_back();
    if (digest != digestOf(text.substr(0, digestAt + 1))) return Msg("vault.digest");
    body = text.substr(0, checkAt + 1);
    check = text.substr(checkAt + 8, digestAt - checkAt - 8);
    return {};
}

// The fields of a header whose digest holds. None, or what is wrong, for the message.
Msg parseHeader(const std::string& text, Header& h) {
    std::string checkHex, format, kdf, cipher, salt, ops, mem, mode;
    if (Msg err = splitHeader(text, h.body, checkHex); !err.empty()) return err;
    if (!field(h.body, "format", format) || format != kHeaderFormat) return Msg("vault.format");
    if (!field(h.body, "kdf", kdf) || kdf != kKdfName || !field(h.body, "cipher", cipher) || cipher != kCipherName)
        return Msg("vault.algorithm");
    if (!field(h.body, "salt", salt) || !fromHex(salt, h.salt) || h.salt.size() != crypto_pwhash_SALTBYTES)
        return Msg("vault.salt");
    unsigned long long memlimit = 0;
    if (!field(h.body, "opslimit", ops) || !number(ops, h.limits.opslimit) || !field(h.body, "memlimit", mem) ||
        !number(mem, memlimit) || h.limits.opslimit < crypto_pwhash_OPSLIMIT_MIN || h.limits.opslimit > kMaxOpslimit ||
        memlimit < crypto_pwhash_MEMLIMIT_MIN || memlimit > kMaxMemlimit)
        return Msg("vault.limits");
    h.limits.memlimit = static_cast<std::size_t>(memlimit);
    if (!field(h.body, "mode", mode) || (mode != "sealed" && mode != "opening")) return Msg("vault.mode");
    h.mode = mode == "sealed" ? Vault::Mode::Sealed : Vault::Mode::Opening;
    if (!fromHex(checkHex, h.check)) return Msg("vault.check");
    return {};
}

}  // namespace

// The keys one passphrase gives, derived from the Argon2id result (which is wiped at once):
// sealing records, naming their files, and the header's key check. Separate keys so no use of one
// can tell anything about another.
struct Vault::Keys {
    unsigned char records[kKeyBytes];
    unsigned char names[kKeyBytes];
    unsigned char check[kKeyBytes];
};

// Runs Argon2id and derives the subkeys into guarded memory (sodium_malloc: guard pages, mlock
// where the system allows it, wiped by sodium_free). nullptr when memory runs out.
Vault::Keys* Vault::deriveKeys(std::string_view passphrase, const std::string& salt, const VaultLimits& l) {
    auto* master = static_cast<unsigned char*>(sodium_malloc(kKeyBytes));
    auto* keys = static_cast<Vault::Keys*>(sodium_malloc(sizeof(Vault::Keys)));
    const bool ok = master && keys &&
                    crypto_pwhash(master, kKeyBytes, passphrase.data(), passphrase.size(), bytes(salt), l.opslimit,
                                  l.memlimit, crypto_pwhash_ALG_ARGON2ID13) == 0;
    if (ok) {
        crypto_kdf_derive_from_key(keys->records, kKeyBytes, 1, kKdfContext, master);
        crypto_kdf_derive_from_key(keys->names, kKeyBytes, 2, kKdfContext, master);
        crypto_kdf_derive_from_key(keys->check, kKeyBytes, 3, kKdfContext, master);
        sodium_mprotect_readonly(keys);
    }
    if (master) sodium_memzero(master, kKeyBytes);
    sodium_free(master);
    if (!ok) sodium_free(keys);
    return ok ? keys : nullptr;
}

namespace {

std::string headerPath(const fs::path& dir) { return (dir / Vault::kHeaderFile).string(); }

}  // namespace

VaultLimits defaultVaultLimits() { return {3, std::size_t(64) << 20}; }
VaultLimits testVaultLimits() { return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN}; }

void wipe(std::string& s) {
    sodium_memzero(s.data(), s.capacity());
    s.clear();
}

bool Vault::present(const fs::path& dir) {
    std::error_code ec;
    return fs::exists(dir / kHeaderFile, ec);
}

Vault::Vault(fs::path dir, Keys* keys, std::string salt, VaultLimits limits, Mode mode)
    : dir_(std::move(dir)), keys_(keys), salt_(std::move(salt)), limits_(limits), mode_(mode) {}

Vault::Vault(Vault&& o) noexcept
    : dir_(std::move(o.dir_)), keys_(std::exchange(o.keys_, nullptr)), salt_(std::move(o.salt_)),
      limits_(o.limits_), mode_(o.mode_) {}

Vault& Vault::operator=(Vault&& o) noexcept {
    if (this != &o) {
        sodium_free(keys_);
        dir_ = std::move(o.dir_);
        keys_ = std::exchange(o.keys_, nullptr);
        salt_ = std::move(o.salt_);
        limits_ = o.limits_;
        mode_ = o.mode_;
    }
    return *this;
}

Vault::~Vault() { sodium_free(keys_); }  // sodium_free wipes before it frees; null is fine

namespace {
std::optional<Vault> failed(VaultStatus& status, VaultStatus::Code code, Msg message) {
    status = VaultStatus::fail(code, std::move(message));
    return std::nullopt;
}
}  // namespace

std::optional<Vault> Vault::create(const fs::path& dir, std::string_view passphrase, const VaultLimits& limits,
                                   VaultStatus& status) {
    using C = VaultStatus::Code;
    const MsgArg shown{"dir", dir.string()};
    if (!sodiumReady()) return failed(status, C::CannotUse, Msg("vault.no_library", {shown}));
    if (present(dir)) return failed(status, C::AlreadyProtected, Msg("vault.already", {shown}));
    if (passphrase.empty()) return failed(status, C::CannotUse, Msg("vault.empty_passphrase", {shown}));
    std::string salt(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(bytes(salt), salt.size());
    Keys* keys = deriveKeys(passphrase, salt, limits);
    if (!keys) return failed(status, C::CannotUse, Msg("vault.no_memory", {shown}));
    Vault v(dir, keys, std::move(salt), limits, Mode::Sealed);
    if (Msg err = v.writeHeader(); !err.empty()) return failed(status, C::CannotUse, std::move(err));
    status = {};
    return v;
}

std::optional<Vault> Vault::unlock(const fs::path& dir, std::string_view passphrase, VaultStatus& status) {
    using C = VaultStatus::Code;
    const MsgArg shown{"dir", dir.string()};
    if (!sodiumReady()) return failed(status, C::CannotUse, Msg("vault.no_library", {shown}));
    if (!present(dir)) return failed(status, C::NotProtected, Msg("vault.not_protected", {shown}));
    const std::string file = headerPath(dir);
    std::string text, error;
    // readTextFile's reason is the file reader's English (shared with the content reader).
    if (!readTextFile(file, kMaxHeaderBytes, text, error))
        return failed(status, C::CannotUse, Msg("vault.header_unreadable", {{"file", file}, {"why", error}}));
    Header h;
    if (Msg err = parseHeader(text, h); !err.empty())
        return failed(status, C::DamagedHeader, Msg("vault.damaged", {{"file", file}, {"why", std::move(err)}, shown}));
    Keys* keys = deriveKeys(passphrase, h.salt, h.limits);
    if (!keys) return failed(status, C::CannotUse, Msg("vault.no_memory", {shown}));
    Vault v(dir, keys, std::move(h.salt), h.limits, h.mode);  // owns the keys from here, also on failure
    std::string check;
    if (!aeadOpen(keys->check, h.check, h.body, check) || check != kCheckText)
        return failed(status, C::WrongPassphrase, Msg("vault.wrong_passphrase", {shown}));
    status = {};
    return v;
}

Msg Vault::writeHeader() const {
    const std::string body = headerBody(salt_, limits_, mode_);
    const std::string upToDigest = body + "check: " + toHex(aeadSeal(keys_->check, kCheckText, body)) + "\n";
    return writePrivateFile(headerPath(dir_), upToDigest + "digest: " + digestOf(upToDigest) + "\n");
}

Msg Vault::setMode(Mode m) {
    const Mode before = mode_;
    mode_ = m;
    Msg err = writeHeader();
    if (!err.empty()) mode_ = before;
    return err;
}

Msg Vault::removeHeader() const {
    std::error_code ec;
    fs::remove(headerPath(dir_), ec);
    if (ec) return Msg("write.cannot_delete", {{"path", headerPath(dir_)}, {"why", osReason(ec)}});
    syncFolder(dir_);
    return {};
}

std::string Vault::sealedName(const std::string& id) const {
    std::string hash(kNameBytes, '\0');
    crypto_generichash(bytes(hash), hash.size(), bytes(id), id.size(), keys_->names, kKeyBytes);
    return toHex(hash) + kSealedExtension;
}

std::string Vault::seal(const std::string& id, const std::string& plaintext) const {
    const std::string name = sealedName(id);
    std::string padded(plaintext.size() + kPadBlock, '\0');
    std::memcpy(padded.data(), plaintext.data(), plaintext.size());
    std::size_t paddedLen = 0;
    sodium_pad(&paddedLen, bytes(padded), plaintext.size(), kPadBlock, padded.size());
    padded.resize(paddedLen);
    const std::string out = kSealedMarker + aeadSeal(keys_->records, padded, kSealedMarker + name);
    wipe(padded);
    return out;
}

Vault::Opened Vault::open(const std::string& fileName, const std::string& data, std::string& plaintext) const {
    const std::size_t marker = std::strlen(kSealedMarker);
    if (data.compare(0, marker, kSealedMarker) != 0) return Opened::NotSealed;
    const std::string_view sealed = std::string_view(data).substr(marker);
    if (!aeadOpen(keys_->records, sealed, kSealedMarker + fileName, plaintext)) return Opened::Damaged;
    std::size_t len = 0;
    if (sodium_unpad(&len, bytes(plaintext), plaintext.size(), kPadBlock) != 0) {
        wipe(plaintext);
        return Opened::Damaged;
    }
    plaintext.resize(len);
    return Opened::Ok;
}

}  // namespace hr::session
