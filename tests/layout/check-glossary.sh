#!/usr/bin/env bash
# Words a translation must keep apart (CONTRIBUTING.md, "Translations"). Two things the English
# tells apart must not share a word in another language: in Spanish a check-in is an «anotación
# diaria» and a record of what happened a «registro». When both were «registro», Settings offered
# «Registros en CSV…» (the check-ins, not encrypted) a page away from the Records page, and the
# therapist's summary put «Registros en 30 de 30 días» above «Registros que elegí compartir».
#
# Each rule: the language, a pattern of the English source, a pattern the translation must not
# hold, a pattern of sources that speak of both things and so may hold both words (the CLI's
# help), and why. Prints every breach with its context and English source, and exits 1 if any.
set -uo pipefail
root="${1:?usage: check-glossary.sh REPOSITORY_ROOT}"

rules=(
    "es|check-?ins?\\b|\\bregistros?\\b|\\brecords\\b|a check-in is «anotación diaria» (or «lo anotado»); «registro» is a record of what happened"
)

status=0
for rule in "${rules[@]}"; do
    IFS='|' read -r lang source_pattern forbidden both why <<<"$rule"
    ts="$root/translations/tideline_$lang.ts"
    if [ ! -f "$ts" ]; then
        echo "glossary: $ts is missing"
        status=1
        continue
    fi
    # One message at a time: its context, its source and its translation (plural forms included).
    breaches=$(SOURCE="$source_pattern" FORBIDDEN="$forbidden" BOTH="$both" perl -0777 -ne '
        my $count = 0;
        while (/<context>(.*?)<\/context>/gs) {
            my $context = $1;
            my ($name) = $context =~ /<name>(.*?)<\/name>/s;
            while ($context =~ /<message\b.*?>(.*?)<\/message>/gs) {
                my $message = $1;
                my ($source) = $message =~ /<source>(.*?)<\/source>/s;
                my ($translation) = $message =~ /<translation\b[^>]*>(.*?)<\/translation>/s;
                next unless defined $source && defined $translation;
                next unless $source =~ /$ENV{SOURCE}/i;
                next if $source =~ /$ENV{BOTH}/i;
                next unless $translation =~ /$ENV{FORBIDDEN}/i;
                (my $shown = $source) =~ s/\s+/ /g;
                print "$name: \"", substr($shown, 0, 100), "\"\n";
                $count++;
            }
        }
        exit($count ? 1 : 0);
    ' "$ts")
    if [ $? -ne 0 ]; then
        echo "glossary breach in $(basename "$ts"): $why"
        sed 's/^/    /' <<<"$breaches"
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "glossary: every rule holds"
exit "$status"
