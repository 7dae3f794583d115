#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace tideline::cli {

// The options of the journal subcommands, read from the words after "journal add|list|search".
struct JournalOptions
{
    std::optional<QString> title;
    QStringList tags;
    QDate day;
    QDate from;
    QDate to;
    int limit = 50;
    QStringList positional; // words that are not options (the search text)
};

// allowed: the option names this subcommand takes, e.g. {"--title", "--tag", "--day"}.
// A failure is either a usage mistake (an unknown option, a missing value: exit code 1) or a
// value that is not acceptable (a day that does not exist: InvalidInput, exit code 6);
// usageMistake says which.
Result<JournalOptions> parseJournalOptions(const QStringList& args, const QStringList& allowed, bool& usageMistake);

// Standard input from where the secret's line ended to the end: an entry's body, without the
// newline a shell or heredoc adds at its end. On a terminal, says how to finish.
Result<QString> readJournalBody();

// One field of tab-separated output: tabs and line breaks would split the line.
QString tsvField(const QString& text);

} // namespace tideline::cli
