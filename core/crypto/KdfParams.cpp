#include "core/crypto/KdfParams.h"

#include "core/common/Log.h"
#include "core/crypto/Kdf.h"
#include "core/crypto/Sodium.h"

#include <QElapsedTimer>

#include <sodium.h>

#include <algorithm>
#include <cmath>

namespace tideline {

namespace {

// A slot asking for more than this is not one Tideline wrote.
constexpr std::size_t kMaxMemLimit = std::size_t{1} << 30; // 1 GiB
constexpr std::uint64_t kMaxOpsLimit = 64;

qint64 timeOneDerivation(const KdfParams& params)
{
    const auto password = SecureBuffer::fromString("tideline-calibration");
    const auto salt = SecureBuffer::random(crypto_pwhash_SALTBYTES);
    QElapsedTimer timer;
    timer.start();
    auto key = deriveKey(password, salt.data(), params);
    if (!key.ok()) {
        return -1;
    }
    return std::max<qint64>(1, timer.elapsed());
}

} // namespace

KdfParams KdfParams::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

KdfParams KdfParams::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::calibrate(int targetMs)
{
    ensureSodium();
    // Start from MODERATE memory with the INTERACTIVE pass count, and fall back to
    // INTERACTIVE memory when the machine cannot give us 256 MiB.
    KdfParams params{crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_MODERATE};
    qint64 elapsed = timeOneDerivation(params);
    if (elapsed < 0) {
        params.memLimitBytes = crypto_pwhash_MEMLIMIT_INTERACTIVE;
        elapsed = timeOneDerivation(params);
        if (elapsed < 0) {
            return interactive();
        }
    }
    // Argon2's time grows linearly with the pass count at fixed memory.
    const double scale = static_cast<double>(targetMs) / static_cast<double>(elapsed);
    const auto ops = static_cast<std::uint64_t>(std::llround(static_cast<double>(params.opsLimit) * scale));
    params.opsLimit = std::clamp<std::uint64_t>(ops, crypto_pwhash_OPSLIMIT_INTERACTIVE, 16);
    qCInfo(lcCrypto) << "Argon2id calibrated: ops" << params.opsLimit << "memory MiB"
                     << params.memLimitBytes / (1024 * 1024) << "first pass ms" << elapsed;
    return params;
}

bool KdfParams::isAcceptable() const
{
    return opsLimit >= crypto_pwhash_OPSLIMIT_INTERACTIVE && opsLimit <= kMaxOpsLimit
        && memLimitBytes >= crypto_pwhash_MEMLIMIT_INTERACTIVE && memLimitBytes <= kMaxMemLimit;
}

} // namespace tideline
