// SPDX-License-Identifier: EUPL-1.2
// Sealed record bytes (Vault::open) under one vault made at start with testVaultLimits() (the
// key derivation is slow by design; the opening is what is fuzzed). Any bytes open as NotSealed
// or Damaged, never a crash; the input sealed and opened comes back whole; and a sealed file with
// one byte changed (chosen by the input) never opens.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "fuzz_common.h"
#include "session/vault.h"

using namespace hr::session;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Vault& vault = [] () -> const Vault& {
        VaultStatus status;
        static std::optional<Vault> v = Vault::create(hr::fuzz::tempDir(), "fuzz passphrase", testVaultLimits(), status);
        if (!v) {
            std::fprintf(stderr, "cannot make a vault: %s\n", status.message.c_str());
            std::abort();
        }
        return *v;
    }();
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    const std::string name = vault.sealedName("r1");
    std::string plain;
    const auto opened = vault.open(name, bytes, plain);
    HR_FUZZ_CHECK(opened != Vault::Opened::Ok);  // forging a tag is not something a fuzzer does

    const std::string sealed = vault.seal("r1", bytes);
    std::string back;
    HR_FUZZ_CHECK(vault.open(name, sealed, back) == Vault::Opened::Ok && back == bytes);
    if (size >= 2) {
        std::string changed = sealed;
        const std::size_t at = (std::size_t(data[0]) << 8 | data[1]) % changed.size();
        changed[at] = static_cast<char>(changed[at] ^ (data[size - 1] | 1));
        std::string none;
        HR_FUZZ_CHECK(vault.open(name, changed, none) != Vault::Opened::Ok);
    }
    return 0;
}
