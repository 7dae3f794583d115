#!/usr/bin/env bash
# Every command that `tideline-cli --help` lists has its block in tideline-cli(1) (a ".SS name"
# line) and is completed by the bash completion; the man pages are well-formed roff.
#   check-cli-docs.sh TIDELINE_CLI SOURCE_DIR
set -euo pipefail
cli="$1"
src="$2"
man="$src/docs/man/tideline-cli.1"
completion="$src/packaging/completion/tideline-cli"

# The commands: the first word of each line under "Commands:" in --help, up to the blank line.
mapfile -t commands < <(LANGUAGE=en LC_ALL=C TIDELINE_LANGUAGE=en "$cli" --help |
    awk '/^Commands:/ { on = 1; next } on && /^$/ { exit } on { print $1 }')
if [ "${#commands[@]}" -lt 5 ]; then
    echo "could not read the commands from tideline-cli --help" >&2
    exit 1
fi

missing=0
for command in "${commands[@]}"; do
    if ! grep -qx "\.SS $command" "$man"; then
        echo "tideline-cli(1) has no section for '$command' (add a '.SS $command' block)" >&2
        missing=1
    fi
    if ! grep -q "commands=\".*\b$command\b.*\"" "$completion"; then
        echo "the bash completion does not offer '$command' (packaging/completion/tideline-cli)" >&2
        missing=1
    fi
done

# Well-formed roff: man(1) renders both pages with no warning.
for page in "$src/docs/man/tideline.1" "$man"; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null || true)
    if [ -n "$warnings" ]; then
        echo "$(basename "$page"): $warnings" >&2
        missing=1
    fi
done

# The completion itself: bash reads it, and with bash-completion it completes a command.
bash -n "$completion"
if [ -f /usr/share/bash-completion/bash_completion ]; then
    got=$(bash -c 'source /usr/share/bash-completion/bash_completion; source "$1"
        COMP_WORDS=(tideline-cli --data-dir /tmp jour); COMP_CWORD=3
        COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}; _tideline_cli; echo "${COMPREPLY[*]}"' _ "$completion")
    if [ "$got" != "journal" ]; then
        echo "the completion of 'jour' gave '$got', not 'journal'" >&2
        missing=1
    fi
fi

[ "$missing" -eq 0 ] && echo "${#commands[@]} commands, each in tideline-cli(1) and the completion"
exit "$missing"
