// The recovery-code parser (core/crypto/RecoveryCode.h), fed what a person might type.
// Promises checked: a refusal is InvalidInput; an accepted code is 16 bytes; and case, hyphens
// and spaces do not change what a code means.
#include "FuzzSupport.h"

#include "core/crypto/RecoveryCode.h"

#include <cctype>
#include <string>

using namespace tideline;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const Result<SecureBuffer> parsed = RecoveryCode::parse(SecureBuffer(data, size));
    if (!parsed) {
        FUZZ_CHECK(parsed.code() == ErrorCode::InvalidInput);
        FUZZ_CHECK(!parsed.error().message.isEmpty());
    } else {
        FUZZ_CHECK(parsed.value().size() == RecoveryCode::kSecretBytes);
    }

    // The same code in lower case, without its hyphens and with a space between groups.
    // (Not a secret here: a fuzzer's input, so a std::string may hold it.)
    std::string retyped;
    for (std::size_t i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        retyped.push_back(c == '-' ? ' ' : c < 0x80 ? static_cast<char>(std::tolower(c)) : static_cast<char>(c));
    }
    const Result<SecureBuffer> again = RecoveryCode::parse(SecureBuffer(retyped.data(), retyped.size()));
    FUZZ_CHECK(again.ok() == parsed.ok());
    if (parsed.ok()) {
        FUZZ_CHECK(again.value().constantTimeEquals(parsed.value()));
    }
    return 0;
}
