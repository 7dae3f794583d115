#include "HelpText.h"

#include "commands/CommandTable.h"
#include "core/common/AppName.h"
#include "core/common/MoodScale.h"
#include "core/vault/VaultPaths.h"

#include <QCoreApplication>

namespace tideline::cli {

namespace {

QString commandLines()
{
    QString text;
    for (const Command& command : commandTable()) {
        QString left = command.name;
        if (!command.synopsis.isEmpty()) {
            left += QLatin1Char(' ') + command.synopsis;
        }
        text += QStringLiteral("  %1  %2\n").arg(left, -28).arg(command.summary());
    }
    return text;
}

} // namespace

QString helpText()
{
    // Resolved now so the person sees the folder this run would use.
    const QString dataDir = VaultPaths::resolve(QString()).dir;
    return QCoreApplication::translate("Cli",
        "Usage: tideline-cli [--data-dir DIR] COMMAND [OPTIONS]\n"
        "       tideline-cli --version\n"
        "\n"
        "Works on the same encrypted %5 vault as the app, without a window.\n"
        "\n"
        "Commands:\n"
        "%1"
        "\n"
        "Options:\n"
        "  --data-dir DIR                the vault's folder; without it TIDELINE_DATA_DIR,\n"
        "                                else the usual place (this run: %2)\n"
        "  --version                     %5, SQLCipher and SQLite versions\n"
        "  -h, --help                    this text\n"
        "\n"
        "The PIN or passphrase:\n"
        "  From a terminal it is typed without being shown; init asks for it twice.\n"
        "  Otherwise the first line of standard input is the secret (a trailing\n"
        "  newline or CR is not part of it), and later lines are left for the command.\n"
        "  init: a secret of digits only is a PIN (at least 6 digits), anything else a\n"
        "  passphrase (at least 8 characters). --pin or --passphrase says so\n"
        "  explicitly, e.g. --passphrase for a passphrase made only of digits.\n"
        "  A longer passphrase protects better if someone copies the vault's files.\n"
        "\n"
        "Exports and imports:\n"
        "  export csv writes the check-ins (a row per day, a column per metric key,\n"
        "  empty when not recorded); export json writes everything (docs/EXPORT-FORMAT.md),\n"
        "  except answers to PHQ-9 question 9 (thoughts of being better off dead or of\n"
        "  hurting yourself), which go in only with --with-sensitive.\n"
        "  The file is NOT encrypted and readable by you only (mode 0600); an existing\n"
        "  FILE is left alone unless --force is given. import json adds a %5\n"
        "  export to the vault: all of it, or nothing when the file has a mistake.\n"
        "  import daylio adds a Daylio CSV export: moods rad, good, meh, bad, awful\n"
        "  become 9, 7, 5, 3, 1 on the %3-%4 mood scale; other mood names are listed\n"
        "  and need --mood NAME=VALUE or --skip-mood NAME. A day that already has a\n"
        "  mood keeps it. Notes become journal entries, activities their tags.\n"
        "\n"
        "Summary for a therapist:\n"
        "  report writes a PDF of the period --from D --to D with the --sections chosen\n"
        "  from charts,averages,routines,review,moments,checkups,checkup-answers\n"
        "  (default: all but moments and the check-ups),\n"
        "  an optional --agenda (what you want to talk about) and only the journal\n"
        "  entries named with --entry ID (one --entry each; `journal list` shows IDs).\n"
        "  Thoughts of self-harm (the measure, and PHQ-9 question 9) are left out unless\n"
        "  --with-sensitive is given. checkup-answers adds the answer to each question\n"
        "  of the latest check-up of each kind.\n"
        "  Like an export it is NOT encrypted, mode 0600, and kept unless --force.\n"
        "\n"
        "Check-ups (docs/CHECKUP-FORMAT.md):\n"
        "  checkup list shows each check-up (key, name, questions, how often Today\n"
        "  suggests it, last day, last total). checkup take NAME reads one answer a\n"
        "  line after the secret, in the form's order: the answer's number (PHQ-9 and\n"
        "  GAD-7: 0 Not at all, 1 Several days, 2 More than half the days, 3 Nearly\n"
        "  every day; PCL-5: 0 Not at all to 4 Extremely), or an empty line or - to\n"
        "  skip a question. It prints day, key, total and band on standard output and\n"
        "  the result in words on standard error; no total when a question the form's\n"
        "  rules need was skipped. checkup show [NAME] [--from D] [--to D] lists day,\n"
        "  key, total, band and change. checkup add-form FILE adds a therapist's form.\n"
        "\n"
        "Records and files:\n"
        "  records add keeps a dated record (what happened from standard input, every\n"
        "  other field optional); each edit keeps the earlier wording in its history.\n"
        "  records delete deletes a record for good, with its history and files.\n"
        "  attach seals a file into the vault with the SHA-256 it had (100 MB at most);\n"
        "  the file outside stays unless --delete-original is given. attachments save\n"
        "  writes a copy without hidden details such as GPS (--keep-details keeps\n"
        "  them); attachments export makes a NEW folder of originals, byte for byte,\n"
        "  with manifest.csv, manifest.json and SHA256SUMS. records pdf makes a PDF for\n"
        "  an advocate or a court. None of these copies is encrypted.\n"
        "\n"
        "Backup and restore:\n"
        "  backup reads the vault's secret, then a backup passphrase (at least 8\n"
        "  characters; on a terminal asked twice; otherwise the next line of standard\n"
        "  input). The file stays encrypted: without that passphrase nobody can open\n"
        "  it, not even you. restore reads the backup passphrase, then the new vault's\n"
        "  PIN or passphrase (--pin/--passphrase as for init), makes a new vault in an\n"
        "  empty or missing DIR and prints its new recovery code once. On a wrong\n"
        "  passphrase (exit 2), a damaged backup (3) or a newer one (4) DIR stays empty.\n"
        "\n"
        "Exit codes:\n"
        "  0  done\n"
        "  1  usage: unknown command or option\n"
        "  2  wrong PIN or passphrase, or locked out after too many tries\n"
        "  3  damaged data (keyslots file or database), or an unexpected failure\n"
        "  4  made by a newer %5 (the vault, or a file to import)\n"
        "  5  cannot write: disk full, permissions, or %5 has the vault open;\n"
        "     export: the folder does not exist, or FILE exists (without --force)\n"
        "     report: the same as export\n"
        "  6  invalid input: secret too short, no vault in DIR, (init) a vault is\n"
        "     already there, or (import) a mistake in the file: nothing imported\n"
        "     report: --from after --to, or an --entry that is not in the period\n"
        "     checkup: an unknown check-up, an answer out of range, or a malformed or\n"
        "     oversized form file: nothing saved\n"
        "Messages go to standard error, data to standard output.\n")
        .arg(commandLines(), dataDir, QString::number(MoodScale::kMin), QString::number(MoodScale::kMax), appName());
}

} // namespace tideline::cli
