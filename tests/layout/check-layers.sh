#!/usr/bin/env bash
# The walls between the floors (DESIGN.md section 2), checked on the source tree:
#  - includes of our own headers name their layer ("core/journal/Entry.h", "app/lock/Session.h"),
#    so a line shows what it crosses;
#  - core/ never includes app/ or anything of Qt Quick/QML, and only core/report/ uses QtGui;
#  - app/ and qml/ run no SQL;
#  - each table is written by its repository alone.
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

# 4. One owner per table: a table is written (INSERT, UPDATE, DELETE) by its repository alone;
#    importers, the demo and everything else call the repository, inside their own transaction.
declare -A owner=(
    [metric]=core/checkin/MetricRepository.cpp
    [checkin]=core/checkin/CheckinRepository.cpp
    [checkin_value]=core/checkin/CheckinRepository.cpp
    [entry]=core/journal/JournalRepository.cpp
    [entry_fts]=core/journal/JournalRepository.cpp
    [entry_deleted_words]=core/journal/JournalRepository.cpp
    [tag]=core/journal/TagRepository.cpp
    [entry_tag]=core/journal/TagRepository.cpp
    [moment]=core/moments/MomentRepository.cpp
    [routine]=core/routines/RoutineRepository.cpp
    [routine_log]=core/routines/RoutineRepository.cpp
    [safety_plan_item]=core/safety/SafetyPlanRepository.cpp
    [safety_plan_removed_seed]=core/safety/SafetyPlanRepository.cpp
    [safety_contact]=core/safety/SafetyContactRepository.cpp
    [resource]=core/safety/OwnResourceRepository.cpp
    [setting]=core/storage/SettingTable.cpp
    [access_event]=core/vault/AccessEventRepository.cpp
    [checkup]=core/checkup/CheckupRepository.cpp
    [checkup_answer]=core/checkup/CheckupRepository.cpp
    [checkup_form]=core/checkup/FormCatalogue.cpp
    [checkup_choice]=core/checkup/CheckupSchedule.cpp
    [record]=core/records/RecordRepository.cpp
    [record_version]=core/records/RecordRepository.cpp
    [record_kind_link]=core/records/RecordRepository.cpp
    [record_fts]=core/records/RecordRepository.cpp
    [record_kind]=core/records/RecordKindRepository.cpp
    [attachment]=core/attachments/AttachmentStore.cpp
    [attachment_chunk]=core/attachments/AttachmentStore.cpp
)
while IFS= read -r hit; do
    file="${hit%%:*}"
    table="$(sed -E 's/.*(INSERT( OR [A-Z]+)? INTO|UPDATE|DELETE FROM) ([a-z_]+).*/\3/' <<<"$hit")"
    if [[ -z "${owner[$table]+x}" ]]; then
        breach "a table without an owning repository is written: $hit"
    # The owner's implementation may be split into files named after it (RecordRepository.cpp,
    # RecordRepositoryVersions.cpp): still one class, one owner.
    elif [[ "$file" != "${owner[$table]}" && "$file" != "${owner[$table]%.cpp}"[A-Z]*.cpp ]]; then
        breach "$table is written outside ${owner[$table]}: $hit"
    fi
done < <(grep -rnoE '"[^"]*\b(INSERT( OR [A-Z]+)? INTO [a-z_]+|UPDATE [a-z_]+ SET|DELETE FROM [a-z_]+)' core cli --include='*.cpp' --include='*.h')

exit $status
