#!/usr/bin/env bash
# Messages a translator can reach (CONTRIBUTING.md, "Translations"): every message
# core/ and cli/ make is QCoreApplication::translate("Context", "Whole sentence with %1.") at
# the place it is made, so lupdate finds it. Checked here:
#  - no Error is made from an untranslated literal (QStringLiteral("…") or u"…"_s);
#  - no file hides its messages behind a helper such as `QString tr(const char*)`, which lupdate
#    files under the wrong context (the runtime would then never find a translation);
#  - lupdate itself (qt6-l10n-tools) reads core/ and cli/ without a warning;
#  - no message spells out "Tideline": it comes from appName() as an argument;
#  - no plural's count is a template expression (static_cast<int>(n)): lupdate then skips the
#    whole call without a word, and the message stays English in every language.
# Prints every breach and exits 1 when there is one.
set -uo pipefail
root="${1:?usage: check-translatable.sh REPOSITORY_ROOT}"
cd "$root" || exit 2
status=0
breach() { echo "translation breach: $*"; status=1; }

# 1. An Error made from a literal: its message is invisible to lupdate.
while IFS= read -r -d '' hit; do
    breach "an untranslated message: $(tr '\n' ' ' <<<"$hit" | tr -s ' ' | cut -c1-160)"
done < <(grep -rPzo --include='*.cpp' --include='*.h' \
    'Error::make\(\s*ErrorCode::\w+,\s*(QStringLiteral\(\s*"|u")[^;]*' core cli | tr '\0' '\n' | grep -v '^$' | tr '\n' '\0')

# 2. A local tr() helper.
while IFS= read -r line; do
    breach "a tr() helper lupdate cannot see through: $line"
done < <(grep -rnE '^\s*(static\s+)?QString\s+tr\s*\(\s*const\s+char' core cli --include='*.cpp' --include='*.h')

# 2b. A count lupdate cannot read: translate("C", "… %n …", nullptr, static_cast<int>(x)) or
# tr("… %n …", nullptr, static_cast<int>(x)) in core/, app/ or cli/.
while IFS= read -r -d '' hit; do
    breach "a plural whose count lupdate cannot read (use a plain int variable): $(tr '\n' ' ' <<<"$hit" | tr -s ' ' | cut -c1-160)"
done < <(grep -rPzo --include='*.cpp' --include='*.h' \
    '(translate\(\s*"[^"]*",|\btr\()(\s*"(?:[^"\\]|\\.)*")+\s*,\s*(nullptr|"[^"]*")\s*,\s*[^;]*?\w+_cast<' core app cli \
    | tr '\0' '\n' | grep -v '^$' | tr '\n' '\0')

# 3. lupdate reads it all without a warning.
lupdate=""
for candidate in lupdate /usr/lib/qt6/bin/lupdate /usr/lib/qt6/libexec/lupdate; do
    if command -v "$candidate" >/dev/null 2>&1; then
        lupdate="$candidate"
        break
    fi
done
if [[ -z "$lupdate" ]]; then
    breach "lupdate not found: install qt6-l10n-tools (scripts/debian-packages.txt)"
else
    scratch="$(mktemp -d)"
    ts="$scratch/messages.ts"
    warnings="$("$lupdate" -silent -no-obsolete core cli -ts "$ts" 2>&1)"
    [[ -n "$warnings" ]] && breach "lupdate: $warnings"
    # A message names the app through appName() (core/common/AppName.h), never in its words:
    # neutral mode must be able to replace it.
    while IFS= read -r line; do
        breach "a message spells out the app's name (use appName() as an argument): $line"
    done < <(grep -n '<source>[^<]*Tideline' "$ts")
    messages="$(grep -c '<source>' "$ts")"
    # About 125 messages were made in core alone when this check came; far fewer means
    # messages went out of lupdate's sight again.
    if (( messages < 300 )); then
        breach "lupdate found only $messages messages in core/ and cli/"
    fi
    rm -rf "$scratch"
fi

exit $status
