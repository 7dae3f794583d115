#include "core/exchange/JsonExport.h"

#include "core/checkup/CheckupJson.h"
#include "core/exchange/Rows.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tideline::exchange {

namespace {

QJsonValue textOrNull(const Statement& st, int column)
{
    return st.isNull(column) ? QJsonValue(QJsonValue::Null) : QJsonValue(st.columnText(column));
}

QJsonValue intOrNull(const Statement& st, int column)
{
    return st.isNull(column) ? QJsonValue(QJsonValue::Null) : QJsonValue(st.columnInt(column));
}

// Writes `"name": [` then one compact record per line, then `]`.
class SectionWriter
{
public:
    SectionWriter(QByteArray& out, const char* name, bool last = false) : m_out(out), m_last(last)
    {
        m_out += "  \"";
        m_out += name;
        m_out += "\": [";
    }
    ~SectionWriter()
    {
        m_out += m_first ? "]" : "\n  ]";
        m_out += m_last ? "\n" : ",\n";
    }
    SectionWriter(const SectionWriter&) = delete;
    SectionWriter& operator=(const SectionWriter&) = delete;

    void add(const QJsonValue& value)
    {
        m_out += m_first ? "\n    " : ",\n    ";
        m_first = false;
        if (value.isObject()) {
            m_out += QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        } else {
            // A lone string: wrap it to let QJsonDocument escape it, then unwrap.
            const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
            m_out += wrapped.mid(1, wrapped.size() - 2);
        }
    }

private:
    QByteArray& m_out;
    bool m_last;
    bool m_first = true;
};

Status writeMetrics(Database& db, QByteArray& out)
{
    SectionWriter section(out, "metrics");
    return forEachRow(db,
        "SELECT key, label, kind, min_value, max_value, unit, builtin, archived, hidden, sensitive, enabled, "
        "sort_order, created_at FROM metric ORDER BY sort_order, id",
        [&](const Statement& st) {
            QJsonObject m{{QStringLiteral("key"), st.columnText(0)}, {QStringLiteral("label"), st.columnText(1)},
                {QStringLiteral("builtin"), st.columnInt(6) != 0}, {QStringLiteral("archived"), st.columnInt(7) != 0},
                {QStringLiteral("hidden"), st.columnInt(8) != 0}, {QStringLiteral("enabled"), st.columnInt(10) != 0},
                {QStringLiteral("sort_order"), st.columnInt(11)}};
            // A built-in is defined by the app; only the person's choices about it travel.
            if (st.columnInt(6) == 0) {
                m.insert(QStringLiteral("kind"), st.columnText(2));
                m.insert(QStringLiteral("min"), st.columnDouble(3));
                m.insert(QStringLiteral("max"), st.columnDouble(4));
                m.insert(QStringLiteral("unit"), textOrNull(st, 5));
                m.insert(QStringLiteral("sensitive"), st.columnInt(9) != 0);
                m.insert(QStringLiteral("created_at"), st.columnText(12));
            }
            section.add(m);
        });
}

Status writeCheckins(Database& db, QByteArray& out)
{
    SectionWriter section(out, "checkins");
    Status inner;
    Status outer = forEachRow(
        db, "SELECT day, created_at, updated_at, note FROM checkin ORDER BY day", [&](const Statement& st) {
            if (!inner) {
                return;
            }
            const QString day = st.columnText(0);
            QJsonObject values;
            Result<Statement> v = db.prepare("SELECT m.key, v.value, v.updated_at FROM checkin_value AS v "
                                             "JOIN metric AS m ON m.id = v.metric_id WHERE v.day = ? ORDER BY m.key");
            if (!v) {
                inner = v.error();
                return;
            }
            v.value().bind(1, day);
            for (;;) {
                Result<Statement::Step> step = v.value().step();
                if (!step) {
                    inner = step.error();
                    return;
                }
                if (step.value() == Statement::Step::Done) {
                    break;
                }
                values.insert(v.value().columnText(0), v.value().columnDouble(1));
            }
            section.add(QJsonObject{{QStringLiteral("day"), day}, {QStringLiteral("created_at"), st.columnText(1)},
                {QStringLiteral("updated_at"), st.columnText(2)}, {QStringLiteral("note"), textOrNull(st, 3)},
                {QStringLiteral("values"), values}});
        });
    return outer ? inner : outer;
}

Status writeTags(Database& db, QByteArray& out)
{
    SectionWriter section(out, "tags");
    return forEachRow(
        db, "SELECT name FROM tag ORDER BY name, id", [&](const Statement& st) { section.add(st.columnText(0)); });
}

Status writeEntries(Database& db, QByteArray& out)
{
    SectionWriter section(out, "entries");
    Status inner;
    Status outer = forEachRow(db,
        "SELECT id, created_at, updated_at, day, title, body, mood, prompt_key, is_draft, is_sensitive "
        "FROM entry ORDER BY created_at, id",
        [&](const Statement& st) {
            if (!inner) {
                return;
            }
            QJsonArray tags;
            Result<Statement> t = db.prepare(
                "SELECT t.name FROM entry_tag AS et JOIN tag AS t ON t.id = et.tag_id WHERE et.entry_id = ? "
                "ORDER BY t.name");
            if (!t) {
                inner = t.error();
                return;
            }
            t.value().bind(1, st.columnInt(0));
            for (;;) {
                Result<Statement::Step> step = t.value().step();
                if (!step) {
                    inner = step.error();
                    return;
                }
                if (step.value() == Statement::Step::Done) {
                    break;
                }
                tags.append(t.value().columnText(0));
            }
            section.add(QJsonObject{{QStringLiteral("created_at"), st.columnText(1)},
                {QStringLiteral("updated_at"), st.columnText(2)}, {QStringLiteral("day"), st.columnText(3)},
                {QStringLiteral("title"), st.columnText(4)}, {QStringLiteral("body"), st.columnText(5)},
                {QStringLiteral("mood"), intOrNull(st, 6)}, {QStringLiteral("prompt_key"), textOrNull(st, 7)},
                {QStringLiteral("draft"), st.columnInt(8) != 0}, {QStringLiteral("sensitive"), st.columnInt(9) != 0},
                {QStringLiteral("tags"), tags}});
        });
    return outer ? inner : outer;
}

Status writeMoments(Database& db, QByteArray& out)
{
    SectionWriter section(out, "moments");
    return forEachRow(db,
        "SELECT occurred_at, day, kind, intensity, trigger_text, place, body_sensations, what_helped, created_at "
        "FROM moment ORDER BY occurred_at, id",
        [&](const Statement& st) {
            section.add(QJsonObject{{QStringLiteral("occurred_at"), st.columnText(0)},
                {QStringLiteral("day"), st.columnText(1)}, {QStringLiteral("kind"), st.columnText(2)},
                {QStringLiteral("intensity"), intOrNull(st, 3)}, {QStringLiteral("trigger"), textOrNull(st, 4)},
                {QStringLiteral("place"), textOrNull(st, 5)}, {QStringLiteral("body_sensations"), textOrNull(st, 6)},
                {QStringLiteral("what_helped"), textOrNull(st, 7)}, {QStringLiteral("created_at"), st.columnText(8)}});
        });
}

Status writeRoutines(Database& db, QByteArray& out)
{
    SectionWriter section(out, "routines");
    Status inner;
    Status outer = forEachRow(db,
        "SELECT id, key, label, builtin, archived, hidden, sort_order, created_at FROM routine ORDER BY sort_order, id",
        [&](const Statement& st) {
            if (!inner) {
                return;
            }
            QJsonArray done;
            Result<Statement> log
                = db.prepare("SELECT day, done_at FROM routine_log WHERE routine_id = ? ORDER BY day");
            if (!log) {
                inner = log.error();
                return;
            }
            log.value().bind(1, st.columnInt(0));
            for (;;) {
                Result<Statement::Step> step = log.value().step();
                if (!step) {
                    inner = step.error();
                    return;
                }
                if (step.value() == Statement::Step::Done) {
                    break;
                }
                done.append(QJsonObject{{QStringLiteral("day"), log.value().columnText(0)},
                    {QStringLiteral("done_at"), log.value().columnText(1)}});
            }
            QJsonObject r{{QStringLiteral("key"), textOrNull(st, 1)}, {QStringLiteral("label"), st.columnText(2)},
                {QStringLiteral("builtin"), st.columnInt(3) != 0}, {QStringLiteral("archived"), st.columnInt(4) != 0},
                {QStringLiteral("hidden"), st.columnInt(5) != 0}, {QStringLiteral("sort_order"), st.columnInt(6)},
                {QStringLiteral("done"), done}};
            if (st.columnInt(3) == 0) {
                r.insert(QStringLiteral("created_at"), st.columnText(7));
            }
            section.add(r);
        });
    return outer ? inner : outer;
}

Status writeSafetyPlan(Database& db, QByteArray& out)
{
    SectionWriter section(out, "safety_plan");
    return forEachRow(db,
        "SELECT section, text, checked, builtin, sort_order, created_at, updated_at FROM safety_plan_item "
        "ORDER BY section, sort_order, id",
        [&](const Statement& st) {
            QJsonObject item{{QStringLiteral("section"), st.columnText(0)}, {QStringLiteral("text"), st.columnText(1)},
                {QStringLiteral("checked"), st.columnInt(2) != 0}, {QStringLiteral("builtin"), st.columnInt(3) != 0},
                {QStringLiteral("sort_order"), st.columnInt(4)}, {QStringLiteral("updated_at"), st.columnText(6)}};
            if (st.columnInt(3) == 0) {
                item.insert(QStringLiteral("created_at"), st.columnText(5));
            }
            section.add(item);
        });
}

Status writeContacts(Database& db, QByteArray& out)
{
    SectionWriter section(out, "safety_contacts");
    return forEachRow(db,
        "SELECT name, phone, note, kind, sort_order, created_at FROM safety_contact ORDER BY sort_order, id",
        [&](const Statement& st) {
            section.add(
                QJsonObject{{QStringLiteral("name"), st.columnText(0)}, {QStringLiteral("phone"), textOrNull(st, 1)},
                    {QStringLiteral("note"), textOrNull(st, 2)}, {QStringLiteral("kind"), st.columnText(3)},
                    {QStringLiteral("sort_order"), st.columnInt(4)}, {QStringLiteral("created_at"), st.columnText(5)}});
        });
}

Status writeResources(Database& db, QByteArray& out)
{
    SectionWriter section(out, "resources");
    return forEachRow(db,
        "SELECT region, name, phone, url, note, sort_order FROM resource WHERE user_added = 1 "
        "ORDER BY region, sort_order, id",
        [&](const Statement& st) {
            section.add(
                QJsonObject{{QStringLiteral("region"), st.columnText(0)}, {QStringLiteral("name"), st.columnText(1)},
                    {QStringLiteral("phone"), textOrNull(st, 2)}, {QStringLiteral("url"), textOrNull(st, 3)},
                    {QStringLiteral("note"), textOrNull(st, 4)}, {QStringLiteral("sort_order"), st.columnInt(5)}});
        });
}

Status writeSettings(Database& db, QByteArray& out)
{
    SectionWriter section(out, "settings", true);
    // The file chooser's last folder (files::LastFolder::kKey) is a path on this computer: it
    // means nothing elsewhere and would tell a reader where the person keeps their files. The
    // "vault." keys are the vault's own notes (RecoveryCodeNote), not the person's settings.
    return forEachRow(db,
        "SELECT key, value FROM setting WHERE key <> 'files.last_folder' AND key NOT LIKE 'vault.%' ORDER BY key",
        [&](const Statement& st) {
            section.add(
                QJsonObject{{QStringLiteral("key"), st.columnText(0)}, {QStringLiteral("value"), st.columnText(1)}});
        });
}

} // namespace

Result<QByteArray> exportJson(Database& db, const Clock& clock, bool withSensitive)
{
    QByteArray out = "{\n";
    out += "  \"format\": \"tideline-export\",\n";
    out += "  \"version\": " + QByteArray::number(kJsonExportVersion) + ",\n";
    out += "  \"exported_at\": \"" + clock.nowUtc().toString(Qt::ISODateWithMs).toLatin1() + "\",\n";
    using Writer = Status (*)(Database&, QByteArray&);
    const Writer writers[] = {writeMetrics, writeCheckins, writeTags, writeEntries, writeMoments, writeRoutines,
        writeSafetyPlan, writeContacts, writeResources, writeSettings};
    for (Writer write : writers) {
        // The check-up sections (core/checkup/CheckupJson.cpp) go just before the last one.
        if (write == writeSettings) {
            if (Status status = checkup::writeCheckupSections(db, out, withSensitive); !status) {
                return status.error();
            }
        }
        if (Status status = write(db, out); !status) {
            return status.error();
        }
    }
    out += "}\n";
    return out;
}

} // namespace tideline::exchange
