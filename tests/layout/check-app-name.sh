#!/usr/bin/env bash
# Neutral mode says "Tideline" nowhere (issue 12): every visible string takes the app's name
# from the one place that knows it (core/common/AppName.h; AppSettings.appName in QML), so no
# string literal in core/, app/ or qml/ spells it out. Allowed: that one place, the process
# identity set in app/main.cpp (replaced in neutral mode by app/safety/NeutralName), the
# terminal's --version/--help (app/CommandLine.cpp), a translation context, and comments.
# tests/qml/tst_NeutralWalk.qml checks the rendered screens; this catches a literal early.
# Prints every breach and exits 1 when there is one.
set -uo pipefail
root="${1:?usage: check-app-name.sh REPOSITORY_ROOT}"
cd "$root" || exit 2
status=0
while IFS= read -r line; do
    echo "the app's name spelled out (use appName() / AppSettings.appName): $line"
    status=1
done < <(grep -rnE '"[^"]*Tideline[^"]*"' core app qml --include='*.cpp' --include='*.h' --include='*.qml' \
    | grep -vE '^[^:]+:[0-9]+:\s*//' \
    | grep -vE '^(core/common/AppName\.cpp|app/main\.cpp|app/CommandLine\.cpp):' \
    | grep -vE 'translate\("Tideline",|qrc:/qt/qml/Tideline/')
exit $status
