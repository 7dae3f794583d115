#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBuffer.h"

#include <QString>

#include <unistd.h>

namespace tideline::cli {

// Reads PINs and passphrases (DESIGN.md section 7). From a terminal: a prompt on stderr and
// the typing not echoed. Otherwise: one line of standard input per secret, read with
// read(2) one byte at a time, so the input stays positioned just after that line for a
// command that reads more (a journal body). The bytes go straight into guarded memory;
// a trailing "\n" or "\r\n" is not part of the secret.
class SecretReader
{
public:
    static constexpr std::size_t kMaxSecretBytes = 1024;

    explicit SecretReader(int fd = STDIN_FILENO);

    bool isTerminal() const { return m_isTerminal; }

    // One secret, e.g. to unlock.
    Result<SecureBuffer> read(const QString& prompt);
    // A new secret: on a terminal asked twice and compared, so a typo cannot lock the person
    // out of their own vault; from a pipe read once (a script has no typos to catch).
    Result<SecureBuffer> readNew(const QString& prompt, const QString& confirmPrompt);

private:
    Result<SecureBuffer> readLine();

    int m_fd;
    bool m_isTerminal;
};

} // namespace tideline::cli
