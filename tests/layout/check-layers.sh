#!/usr/bin/env bash
# The walls between the floors (DESIGN.md section 2), checked on the source tree:
#  - includes of our own headers name their layer ("core/journal/Entry.h", "app/lock/Session.h"),
#    so a line shows what it crosses;
#  - core/ never includes app/ or anything of Qt Quick/QML, and only core/report/ uses QtGui;
#  - app/ and qml/ run no SQL.
# Prints every breach and exits 1 when there is one.
set -uo pipefail
root="${1:?usage: check-layers.sh REPOSITORY_ROOT}"
cd "$root" || exit 2
status=0
breach() { echo "layer breach: $*"; status=1; }

# 1. Quoted includes in core/ and app/ start with their layer.
while IFS= read -r line; do
    breach "include without its layer: $line"
done < <(grep -rnE '^\s*#\s*include\s+"' core app --include='*.cpp' --include='*.h' | grep -vE '#\s*include\s+"(core|app)/')

# 2. core/ never reaches up, nor into QML; QtGui only in core/report/.
while IFS= read -r line; do
    breach "core/ includes app/: $line"
done < <(grep -rnE '#\s*include\s+"app/' core)
while IFS= read -r line; do
    breach "core/ includes QML or Quick: $line"
done < <(grep -rnE '#\s*include\s+<Qt(Qml|Quick)|#\s*include\s+<QQml|#\s*include\s+<QQuick' core)
while IFS= read -r line; do
    breach "QtGui outside core/report/: $line"
done < <(grep -rnE '#\s*include\s+<(QtGui/|QImage|QPainter|QPdfWriter|QColor|QFont|QGuiApplication)' core --include='*.cpp' --include='*.h' | grep -v '^core/report/')

# 3. No SQL above core/.
while IFS= read -r line; do
    breach "SQL above core/: $line"
done < <(grep -rnE '"[^"]*\b(SELECT [^"]* FROM|INSERT INTO|DELETE FROM|UPDATE [a-z_]+ SET|CREATE TABLE|PRAGMA )' app qml --include='*.cpp' --include='*.h' --include='*.qml' --include='*.js')

exit $status
