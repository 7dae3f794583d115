#include "core/exchange/JsonImport.h"

#include "core/exchange/Rows.h"

#include "core/checkup/CheckupJson.h"
#include "core/common/AppName.h"
#include "core/exchange/JsonExport.h"
#include "core/exchange/JsonLocation.h"
#include "core/journal/EntryText.h"
#include "core/safety/PlanText.h"
#include "core/storage/Database.h"
#include "core/vault/RecoveryCodeNote.h"
#include "core/storage/Transaction.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <cmath>
#include <optional>

namespace tideline::exchange {

namespace {

// Free text without a tighter limit of its own (moment notes, resource fields, settings).
constexpr qsizetype kMaxOtherText = 100'000;
using journal::EntryText::kMaxBodyChars;
using journal::EntryText::kMaxTagChars;
using journal::EntryText::kMaxTitleChars;

Error invalid(const QString& where, const QString& what)
{
    return Error::make(ErrorCode::InvalidInput, QStringLiteral("%1: %2 Nothing was imported.").arg(where, what));
}

// Reads the fields of one record. The first problem is kept (with the field's path) and the
// record is refused after all its fields were read, which keeps each reader a one-liner.
class Fields
{
public:
    Fields(const QJsonValue& value, QString path) : m_path(std::move(path))
    {
        if (!value.isObject()) {
            fail(m_path, QStringLiteral("should be an object { … }."));
        }
        m_object = value.toObject();
    }

    bool ok() const { return !m_error.has_value(); }
    const Error& error() const { return *m_error; }
    const QString& path() const { return m_path; }

    QString text(const char* name, qsizetype maxChars, bool mayBeEmpty = false)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (!v.isString()) {
            fail(where(name), QStringLiteral("should be text."));
            return {};
        }
        return checkText(name, v.toString(), maxChars, mayBeEmpty);
    }

    std::optional<QString> optionalText(const char* name, qsizetype maxChars)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (v.isNull() || v.isUndefined()) {
            return std::nullopt;
        }
        if (!v.isString()) {
            fail(where(name), QStringLiteral("should be text or null."));
            return std::nullopt;
        }
        return checkText(name, v.toString(), maxChars, false);
    }

    bool flag(const char* name, bool fallback = false)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (v.isUndefined()) {
            return fallback;
        }
        if (!v.isBool()) {
            fail(where(name), QStringLiteral("should be true or false."));
        }
        return v.toBool();
    }

    double number(const char* name)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            fail(where(name), QStringLiteral("should be a number."));
            return 0;
        }
        return v.toDouble();
    }

    qint64 integer(const char* name, qint64 fallback)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (v.isUndefined()) {
            return fallback;
        }
        return wholeNumber(name, v, -1'000'000'000, 1'000'000'000).value_or(fallback);
    }

    std::optional<qint64> optionalInteger(const char* name, qint64 min, qint64 max)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (v.isNull() || v.isUndefined()) {
            return std::nullopt;
        }
        return wholeNumber(name, v, min, max);
    }

    QString oneOf(const char* name, const QStringList& allowed)
    {
        const QString value = text(name, 40);
        if (ok() && !allowed.contains(value)) {
            fail(where(name),
                QStringLiteral("“%1” is not one of %2.").arg(value.left(40), allowed.join(QStringLiteral(", "))));
        }
        return value;
    }

    // 'YYYY-MM-DD', a real date.
    QString day(const char* name)
    {
        const QString value = text(name, 10);
        if (ok() && (!QDate::fromString(value, Qt::ISODate).isValid() || value.size() != 10)) {
            fail(where(name), QStringLiteral("“%1” is not a day written as YYYY-MM-DD.").arg(value.left(20)));
        }
        return value;
    }

    // A UTC time exactly as Tideline stores it ('YYYY-MM-DDTHH:MM:SS.SSSZ').
    QString time(const char* name)
    {
        const QString value = text(name, 24);
        if (!ok()) {
            return value;
        }
        const QDateTime parsed = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!parsed.isValid() || parsed.toUTC().toString(Qt::ISODateWithMs) != value) {
            fail(where(name),
                QStringLiteral("“%1” is not a time written as YYYY-MM-DDTHH:MM:SS.SSSZ (UTC).").arg(value.left(30)));
        }
        return value;
    }

    QJsonArray array(const char* name)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (v.isUndefined()) {
            return {};
        }
        if (!v.isArray()) {
            fail(where(name), QStringLiteral("should be a list [ … ]."));
        }
        return v.toArray();
    }

    QJsonObject object(const char* name)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (v.isUndefined()) {
            return {};
        }
        if (!v.isObject()) {
            fail(where(name), QStringLiteral("should be an object { … }."));
        }
        return v.toObject();
    }

    void fail(const QString& where, const QString& what)
    {
        if (!m_error) {
            m_error = invalid(where, what);
        }
    }

    QString where(const char* name) const { return m_path + QLatin1Char('.') + QLatin1String(name); }

private:
    QString checkText(const char* name, const QString& value, qsizetype maxChars, bool mayBeEmpty)
    {
        if (!mayBeEmpty && value.trimmed().isEmpty()) {
            fail(where(name), QStringLiteral("should not be empty."));
        } else if (value.size() > maxChars) {
            fail(where(name),
                QStringLiteral("is longer than the %1 characters %2 keeps.").arg(QString::number(maxChars), appName()));
        }
        return value;
    }

    std::optional<qint64> wholeNumber(const char* name, const QJsonValue& v, qint64 min, qint64 max)
    {
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || d < static_cast<double>(min) || d > static_cast<double>(max)) {
            fail(where(name), QStringLiteral("should be a whole number from %1 to %2.").arg(min).arg(max));
            return std::nullopt;
        }
        return static_cast<qint64>(d);
    }

    QString m_path;
    QJsonObject m_object;
    std::optional<Error> m_error;
};

// A database error names the record it happened on.
Error at(const QString& where, const Error& error)
{
    return Error::make(error.code, QStringLiteral("%1: %2 Nothing was imported.").arg(where, error.message));
}

QString indexed(const char* section, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(section)).arg(i);
}

Statement& bindOptional(Statement& st, int index, const std::optional<QString>& text)
{
    return text ? st.bind(index, *text) : st.bindNull(index);
}

Statement& bindOptional(Statement& st, int index, const std::optional<qint64>& value)
{
    return value ? st.bind(index, *value) : st.bindNull(index);
}

struct MetricShape
{
    qint64 id = 0;
    QString kind;
    double min = 0;
    double max = 0;
};

class Importer
{
public:
    explicit Importer(Database& db) : m_db(db) {}

    Status metrics(const QJsonArray& list);
    Status checkins(const QJsonArray& list);
    Status tags(const QJsonArray& list);
    Status entries(const QJsonArray& list);
    Status moments(const QJsonArray& list);
    Status routines(const QJsonArray& list);
    Status safetyPlan(const QJsonArray& list);
    Status contacts(const QJsonArray& list);
    Status resources(const QJsonArray& list);
    Status settings(const QJsonArray& list);

    ImportSummary summary;
    // The record being read, so that a mistake can be given its line in the file.
    qsizetype current = -1;

private:
    Result<std::optional<MetricShape>> metricInVault(const QString& key);
    Database& m_db;
};

const QRegularExpression& keyPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]{1,64}$"));
    return pattern;
}

Result<std::optional<MetricShape>> Importer::metricInVault(const QString& key)
{
    Result<Statement> st = m_db.prepare("SELECT id, kind, min_value, max_value FROM metric WHERE key = ?");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, key);
    Result<Statement::Step> step = st.value().step();
    if (!step) {
        return step.error();
    }
    if (step.value() == Statement::Step::Done) {
        return std::optional<MetricShape>();
    }
    return std::optional<MetricShape>(MetricShape{
        st.value().columnInt(0), st.value().columnText(1), st.value().columnDouble(2), st.value().columnDouble(3)});
}

Status Importer::metrics(const QJsonArray& list)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        current = i;
        Fields f(list[i], indexed("metrics", i));
        const QString key = f.text("key", 64);
        if (f.ok() && !keyPattern().match(key).hasMatch()) {
            f.fail(f.where("key"), QStringLiteral("a metric key is 1 to 64 of a-z, 0-9 and _."));
        }
        const QString label = f.text("label", 200);
        const bool builtin = f.flag("builtin");
        const bool archived = f.flag("archived");
        const bool hidden = f.flag("hidden");
        const bool enabled = f.flag("enabled", true);
        const qint64 sortOrder = f.integer("sort_order", 0);
        if (!f.ok()) {
            return f.error();
        }
        Result<std::optional<MetricShape>> existing = metricInVault(key);
        if (!existing) {
            return at(f.path(), existing.error());
        }
        Result<Statement> existingBuiltin = m_db.prepare("SELECT builtin FROM metric WHERE key = ?");
        if (!existingBuiltin) {
            return at(f.path(), existingBuiltin.error());
        }
        existingBuiltin.value().bind(1, key);
        Result<std::optional<qint64>> isBuiltin = firstInt(existingBuiltin.value());
        if (!isBuiltin) {
            return at(f.path(), isBuiltin.error());
        }
        const bool vaultBuiltin = isBuiltin.value().value_or(0) == 1;

        if (builtin) {
            if (!vaultBuiltin) {
                return invalid(f.where("key"),
                    QStringLiteral("“%1” is not one of this %2's built-in metrics.").arg(key, appName()));
            }
            // The person's choices about a built-in travel with the file.
            Result<Statement> st = m_db.prepare(
                "UPDATE metric SET label = ?, archived = ?, hidden = ?, enabled = ?, sort_order = ? WHERE key = ?");
            if (!st) {
                return at(f.path(), st.error());
            }
            st.value().bind(1, label).bind(2, archived ? 1 : 0).bind(3, hidden ? 1 : 0).bind(4, enabled ? 1 : 0);
            st.value().bind(5, sortOrder).bind(6, key);
            if (Status s = st.value().run(); !s) {
                return at(f.path(), s.error());
            }
            continue;
        }

        const QString kind = f.oneOf("kind",
            {QStringLiteral("scale"), QStringLiteral("count"), QStringLiteral("hours"), QStringLiteral("boolean")});
        const double min = f.number("min");
        const double max = f.number("max");
        const std::optional<QString> unit = f.optionalText("unit", 40);
        const bool sensitive = f.flag("sensitive");
        const QString createdAt = f.time("created_at");
        if (!f.ok()) {
            return f.error();
        }
        if (min < 0 || max <= min || (kind == QStringLiteral("boolean") && (min != 0 || max != 1))
            || (kind == QStringLiteral("hours") && max > 24)) {
            return invalid(
                f.path(), QStringLiteral("the range %1 to %2 does not fit a %3 metric.").arg(min).arg(max).arg(kind));
        }
        if (existing.value()) {
            const MetricShape& shape = *existing.value();
            if (vaultBuiltin) {
                return invalid(f.where("key"),
                    QStringLiteral("“%1” is a built-in metric here; the file calls it its own.").arg(key));
            }
            if (shape.kind != kind || shape.min != min || shape.max != max) {
                return invalid(f.where("key"),
                    QStringLiteral("this vault already has a metric “%1” measured differently (%2 from %3 to %4).")
                        .arg(key, shape.kind)
                        .arg(shape.min)
                        .arg(shape.max));
            }
            continue; // the same metric: its values join the ones already here
        }
        Result<Statement> st = m_db.prepare(
            "INSERT INTO metric (key, label, kind, min_value, max_value, unit, builtin, archived, hidden, sensitive, "
            "enabled, sort_order, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)");
        if (!st) {
            return at(f.path(), st.error());
        }
        st.value().bind(1, key).bind(2, label).bind(3, kind).bind(4, min).bind(5, max);
        bindOptional(st.value(), 6, unit);
        st.value().bind(7, archived ? 1 : 0).bind(8, hidden ? 1 : 0).bind(9, sensitive ? 1 : 0);
        st.value().bind(10, enabled ? 1 : 0).bind(11, sortOrder).bind(12, createdAt);
        if (Status s = st.value().run(); !s) {
            return at(f.path(), s.error());
        }
        ++summary.metrics;
    }
    return {};
}

Status Importer::checkins(const QJsonArray& list)
{
    QHash<QString, MetricShape> known;
    for (qsizetype i = 0; i < list.size(); ++i) {
        current = i;
        Fields f(list[i], indexed("checkins", i));
        const QString day = f.day("day");
        const QString createdAt = f.time("created_at");
        const QString updatedAt = f.time("updated_at");
        const std::optional<QString> note = f.optionalText("note", kMaxOtherText);
        const QJsonObject values = f.object("values");
        if (!f.ok()) {
            return f.error();
        }
        QList<std::pair<MetricShape, double>> checked;
        for (auto it = values.begin(); it != values.end(); ++it) {
            const QString where = f.where("values") + QLatin1Char('.') + it.key();
            auto shape = known.constFind(it.key());
            if (shape == known.cend()) {
                Result<std::optional<MetricShape>> found = metricInVault(it.key());
                if (!found) {
                    return at(where, found.error());
                }
                if (!found.value()) {
                    return invalid(where,
                        QStringLiteral("there is no metric “%1” in this vault, and the file does not define it.")
                            .arg(it.key().left(64)));
                }
                shape = known.insert(it.key(), *found.value());
            }
            const double value = it.value().toDouble();
            const bool whole = shape->kind == QStringLiteral("count") || shape->kind == QStringLiteral("boolean");
            if (!it.value().isDouble() || value < shape->min || value > shape->max
                || (whole && value != std::round(value))) {
                return invalid(where,
                    QStringLiteral("should be a %1number from %2 to %3.")
                        .arg(whole ? QStringLiteral("whole ") : QString())
                        .arg(shape->min)
                        .arg(shape->max));
            }
            checked.append({*shape, value});
        }
        // A day already in the vault keeps its note; the file's note fills one that is empty.
        Result<Statement> day_
            = m_db.prepare("INSERT INTO checkin (day, created_at, updated_at, note) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (day) DO UPDATE SET note = coalesce(checkin.note, excluded.note)");
        if (!day_) {
            return at(f.path(), day_.error());
        }
        day_.value().bind(1, day).bind(2, createdAt).bind(3, updatedAt);
        bindOptional(day_.value(), 4, note);
        if (Status s = day_.value().run(); !s) {
            return at(f.path(), s.error());
        }
        int added = 0;
        for (const auto& [shape, value] : checked) {
            // A value the vault already has for that day and metric stays as it is.
            Result<Statement> st = m_db.prepare("INSERT INTO checkin_value (day, metric_id, value, updated_at) "
                                                "VALUES (?, ?, ?, ?) ON CONFLICT (day, metric_id) DO NOTHING");
            if (!st) {
                return at(f.path(), st.error());
            }
            st.value().bind(1, day).bind(2, shape.id).bind(3, value).bind(4, updatedAt);
            if (Status s = st.value().run(); !s) {
                return at(f.path(), s.error());
            }
            added += m_db.changes();
        }
        summary.checkins += added > 0 ? 1 : 0;
    }
    return {};
}

Status Importer::tags(const QJsonArray& list)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        current = i;
        const QString where = indexed("tags", i);
        const QString name = list[i].toString().trimmed();
        if (!list[i].isString() || name.isEmpty() || name.size() > kMaxTagChars) {
            return invalid(where, QStringLiteral("a tag is text of 1 to %1 characters.").arg(kMaxTagChars));
        }
        if (Result<qint64> id = ensureTag(m_db, name); !id) {
            return at(where, id.error());
        }
    }
    return {};
}

Status Importer::entries(const QJsonArray& list)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        current = i;
        Fields f(list[i], indexed("entries", i));
        const QString createdAt = f.time("created_at");
        const QString updatedAt = f.time("updated_at");
        const QString day = f.day("day");
        const QString title = f.text("title", kMaxTitleChars, true);
        const QString body = f.text("body", kMaxBodyChars, true);
        const std::optional<qint64> mood = f.optionalInteger("mood", 0, 10);
        const std::optional<QString> promptKey = f.optionalText("prompt_key", 200);
        const bool draft = f.flag("draft");
        const bool sensitive = f.flag("sensitive");
        const QJsonArray tags = f.array("tags");
        QStringList tagNames;
        for (qsizetype t = 0; t < tags.size(); ++t) {
            const QString name = tags[t].toString().trimmed();
            if (!tags[t].isString() || name.isEmpty() || name.size() > kMaxTagChars) {
                f.fail(QStringLiteral("%1[%2]").arg(f.where("tags")).arg(t),
                    QStringLiteral("a tag is text of 1 to %1 characters.").arg(kMaxTagChars));
            }
            tagNames.append(name);
        }
        if (!f.ok()) {
            return f.error();
        }
        // The same entry imported twice (the same file again) is kept once.
        Result<Statement> same
            = m_db.prepare("SELECT id FROM entry WHERE created_at = ? AND day = ? AND title = ? AND body = ? LIMIT 1");
        if (!same) {
            return at(f.path(), same.error());
        }
        same.value().bind(1, createdAt).bind(2, day).bind(3, title).bind(4, body);
        Result<std::optional<qint64>> existing = firstInt(same.value());
        if (!existing) {
            return at(f.path(), existing.error());
        }
        if (existing.value()) {
            continue;
        }
        Result<Statement> st = m_db.prepare(
            "INSERT INTO entry (created_at, updated_at, day, title, body, mood, prompt_key, is_draft, is_sensitive) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!st) {
            return at(f.path(), st.error());
        }
        st.value().bind(1, createdAt).bind(2, updatedAt).bind(3, day).bind(4, title).bind(5, body);
        bindOptional(st.value(), 6, mood);
        bindOptional(st.value(), 7, promptKey);
        st.value().bind(8, draft ? 1 : 0).bind(9, sensitive ? 1 : 0);
        if (Status s = st.value().run(); !s) {
            return at(f.path(), s.error());
        }
        const qint64 entryId = m_db.lastInsertRowId();
        for (const QString& name : tagNames) {
            Result<qint64> tag = ensureTag(m_db, name);
            if (!tag) {
                return at(f.path(), tag.error());
            }
            Result<Statement> link = m_db.prepare("INSERT OR IGNORE INTO entry_tag (entry_id, tag_id) VALUES (?, ?)");
            if (!link) {
                return at(f.path(), link.error());
            }
            link.value().bind(1, entryId).bind(2, tag.value());
            if (Status s = link.value().run(); !s) {
                return at(f.path(), s.error());
            }
        }
        ++summary.entries;
    }
    return {};
}

Status Importer::moments(const QJsonArray& list)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        current = i;
        Fields f(list[i], indexed("moments", i));
        const QString occurredAt = f.time("occurred_at");
        const QString day = f.day("day");
        const QString kind = f.oneOf("kind",
            {QStringLiteral("flashback"), QStringLiteral("nightmare"), QStringLiteral("panic"),
                QStringLiteral("trigger"), QStringLiteral("other")});
        const std::optional<qint64> intensity = f.optionalInteger("intensity", 0, 10);
        const std::optional<QString> trigger = f.optionalText("trigger", kMaxOtherText);
        const std::optional<QString> place = f.optionalText("place", kMaxOtherText);
        const std::optional<QString> body = f.optionalText("body_sensations", kMaxOtherText);
        const std::optional<QString> helped = f.optionalText("what_helped", kMaxOtherText);
        const QString createdAt = f.time("created_at");
        if (!f.ok()) {
            return f.error();
        }
        Result<Statement> same = m_db.prepare("SELECT id FROM moment WHERE occurred_at = ? AND kind = ? LIMIT 1");
        if (!same) {
            return at(f.path(), same.error());
        }
        same.value().bind(1, occurredAt).bind(2, kind);
        Result<std::optional<qint64>> existing = firstInt(same.value());
        if (!existing) {
            return at(f.path(), existing.error());
        }
        if (existing.value()) {
            continue;
        }
        Result<Statement> st = m_db.prepare(
            "INSERT INTO moment (occurred_at, day, kind, intensity, trigger_text, place, body_sensations, "
            "what_helped, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!st) {
            return at(f.path(), st.error());
        }
        st.value().bind(1, occurredAt).bind(2, day).bind(3, kind);
        bindOptional(st.value(), 4, intensity);
        bindOptional(st.value(), 5, trigger);
        bindOptional(st.value(), 6, place);
        bindOptional(st.value(), 7, body);
        bindOptional(st.value(), 8, helped);
        st.value().bind(9, createdAt);
        if (Status s = st.value().run(); !s) {
            return at(f.path(), s.error());
        }
        ++summary.moments;
    }
    return {};
}

Status Importer::routines(const QJsonArray& list)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        current = i;
        Fields f(list[i], indexed("routines", i));
        const std::optional<QString> key = f.optionalText("key", 64);
        if (key && !keyPattern().match(*key).hasMatch()) {
            f.fail(f.where("key"), QStringLiteral("a routine key is 1 to 64 of a-z, 0-9 and _."));
        }
        const QString label = f.text("label", kPlanTextMaxLength);
        const bool builtin = f.flag("builtin");
        const bool archived = f.flag("archived");
        const bool hidden = f.flag("hidden");
        const qint64 sortOrder = f.integer("sort_order", 0);
        const QJsonArray done = f.array("done");
        if (!f.ok()) {
            return f.error();
        }
        if (builtin && !key) {
            return invalid(f.where("key"), QStringLiteral("a built-in routine needs its key."));
        }
        // A routine is its key, or for one's own routines without a key, its label.
        Result<Statement> find = key ? m_db.prepare("SELECT id FROM routine WHERE key = ?")
                                     : m_db.prepare("SELECT id FROM routine WHERE key IS NULL AND label = ? "
                                                    "ORDER BY id LIMIT 1");
        if (!find) {
            return at(f.path(), find.error());
        }
        find.value().bind(1, key ? *key : label);
        Result<std::optional<qint64>> found = firstInt(find.value());
        if (!found) {
            return at(f.path(), found.error());
        }
        qint64 routineId = 0;
        if (found.value()) {
            routineId = *found.value();
            if (builtin) {
                Result<Statement> st = m_db.prepare(
                    "UPDATE routine SET label = ?, archived = ?, hidden = ?, sort_order = ? WHERE id = ?");
                if (!st) {
                    return at(f.path(), st.error());
                }
                st.value().bind(1, label).bind(2, archived ? 1 : 0).bind(3, hidden ? 1 : 0).bind(4, sortOrder);
                st.value().bind(5, routineId);
                if (Status s = st.value().run(); !s) {
                    return at(f.path(), s.error());
                }
            }
        } else {
            if (builtin) {
                return invalid(f.where("key"),
                    QStringLiteral("“%1” is not one of this %2's built-in routines.").arg(*key, appName()));
            }
            const QString createdAt = f.time("created_at");
            if (!f.ok()) {
                return f.error();
            }
            Result<Statement> st
                = m_db.prepare("INSERT INTO routine (key, label, builtin, archived, hidden, sort_order, created_at) "
                               "VALUES (?, ?, 0, ?, ?, ?, ?)");
            if (!st) {
                return at(f.path(), st.error());
            }
            bindOptional(st.value(), 1, key);
            st.value().bind(2, label).bind(3, archived ? 1 : 0).bind(4, hidden ? 1 : 0).bind(5, sortOrder);
            st.value().bind(6, createdAt);
            if (Status s = st.value().run(); !s) {
                return at(f.path(), s.error());
            }
            routineId = m_db.lastInsertRowId();
        }
        for (qsizetype d = 0; d < done.size(); ++d) {
            Fields log(done[d], QStringLiteral("%1[%2]").arg(f.where("done")).arg(d));
            const QString day = log.day("day");
            const QString doneAt = log.time("done_at");
            if (!log.ok()) {
                return log.error();
            }
            Result<Statement> st = m_db.prepare("INSERT INTO routine_log (routine_id, day, done_at) VALUES (?, ?, ?) "
                                                "ON CONFLICT (routine_id, day) DO NOTHING");
            if (!st) {
                return at(log.path(), st.error());
            }
            st.value().bind(1, routineId).bind(2, day).bind(3, doneAt);
            if (Status s = st.value().run(); !s) {
                return at(log.path(), s.error());
            }
            summary.routineDays += m_db.changes();
        }
    }
    return {};
}

Status Importer::safetyPlan(const QJsonArray& list)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        current = i;
        Fields f(list[i], indexed("safety_plan", i));
        const QString section = f.oneOf("section",
            {QStringLiteral("warning_sign"), QStringLiteral("coping_step"), QStringLiteral("helpful_place"),
                QStringLiteral("emergency_bag"), QStringLiteral("safe_place")});
        const QString text = f.text("text", kPlanTextMaxLength);
        const bool checked = f.flag("checked");
        const bool builtin = f.flag("builtin");
        const qint64 sortOrder = f.integer("sort_order", 0);
        const QString updatedAt = f.time("updated_at");
        if (checked && section != QStringLiteral("emergency_bag")) {
            f.fail(f.where("checked"), QStringLiteral("only the emergency bag's items have ticks."));
        }
        if (!f.ok()) {
            return f.error();
        }
        // An item with the same section and words is the same item: it takes the file's tick
        // and place (this is how the built-in emergency-bag items keep their ticks).
        Result<Statement> find
            = m_db.prepare("SELECT id FROM safety_plan_item WHERE section = ? AND text = ? ORDER BY id LIMIT 1");
        if (!find) {
            return at(f.path(), find.error());
        }
        find.value().bind(1, section).bind(2, text);
        Result<std::optional<qint64>> found = firstInt(find.value());
        if (!found) {
            return at(f.path(), found.error());
        }
        if (found.value()) {
            Result<Statement> st
                = m_db.prepare("UPDATE safety_plan_item SET checked = ?, sort_order = ?, updated_at = ? WHERE id = ?");
            if (!st) {
                return at(f.path(), st.error());
            }
            st.value().bind(1, checked ? 1 : 0).bind(2, sortOrder).bind(3, updatedAt).bind(4, *found.value());
            if (Status s = st.value().run(); !s) {
                return at(f.path(), s.error());
            }
            continue;
        }
        // A built-in item has no created_at in the file; its last change stands in.
        const QString createdAt
            = builtin && !list[i].toObject().contains(QLatin1String("created_at")) ? updatedAt : f.time("created_at");
        if (!f.ok()) {
            return f.error();
        }
        Result<Statement> st = m_db.prepare(
            "INSERT INTO safety_plan_item (section, text, checked, builtin, sort_order, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)");
        if (!st) {
            return at(f.path(), st.error());
        }
        st.value().bind(1, section).bind(2, text).bind(3, checked ? 1 : 0).bind(4, builtin ? 1 : 0);
        st.value().bind(5, sortOrder).bind(6, createdAt).bind(7, updatedAt);
        if (Status s = st.value().run(); !s) {
            return at(f.path(), s.error());
        }
        ++summary.safetyItems;
    }
    return {};
}

Status Importer::contacts(const QJsonArray& list)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        current = i;
        Fields f(list[i], indexed("safety_contacts", i));
        const QString name = f.text("name", kContactNameMaxLength);
        const std::optional<QString> phone = f.optionalText("phone", kPhoneMaxLength);
        const std::optional<QString> note = f.optionalText("note", kNoteMaxLength);
        const QString kind
            = f.oneOf("kind", {QStringLiteral("person"), QStringLiteral("professional"), QStringLiteral("hotline")});
        const qint64 sortOrder = f.integer("sort_order", 0);
        const QString createdAt = f.time("created_at");
        if (!f.ok()) {
            return f.error();
        }
        Result<Statement> same = m_db.prepare("SELECT id FROM safety_contact WHERE name = ? AND phone IS ? LIMIT 1");
        if (!same) {
            return at(f.path(), same.error());
        }
        same.value().bind(1, name);
        bindOptional(same.value(), 2, phone);
        Result<std::optional<qint64>> existing = firstInt(same.value());
        if (!existing) {
            return at(f.path(), existing.error());
        }
        if (existing.value()) {
            continue;
        }
        Result<Statement> st = m_db.prepare(
            "INSERT INTO safety_contact (name, phone, note, kind, sort_order, created_at) VALUES (?, ?, ?, ?, ?, ?)");
        if (!st) {
            return at(f.path(), st.error());
        }
        st.value().bind(1, name);
        bindOptional(st.value(), 2, phone);
        bindOptional(st.value(), 3, note);
        st.value().bind(4, kind).bind(5, sortOrder).bind(6, createdAt);
        if (Status s = st.value().run(); !s) {
            return at(f.path(), s.error());
        }
        ++summary.safetyItems;
    }
    return {};
}

Status Importer::resources(const QJsonArray& list)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        current = i;
        Fields f(list[i], indexed("resources", i));
        const QString region = f.text("region", 40);
        const QString name = f.text("name", kContactNameMaxLength);
        const std::optional<QString> phone = f.optionalText("phone", kPhoneMaxLength);
        const std::optional<QString> url = f.optionalText("url", 2000);
        const std::optional<QString> note = f.optionalText("note", kNoteMaxLength);
        const qint64 sortOrder = f.integer("sort_order", 0);
        if (!f.ok()) {
            return f.error();
        }
        Result<Statement> same = m_db.prepare("SELECT id FROM resource WHERE region = ? AND name = ? LIMIT 1");
        if (!same) {
            return at(f.path(), same.error());
        }
        same.value().bind(1, region).bind(2, name);
        Result<std::optional<qint64>> existing = firstInt(same.value());
        if (!existing) {
            return at(f.path(), existing.error());
        }
        if (existing.value()) {
            continue;
        }
        Result<Statement> st = m_db.prepare("INSERT INTO resource (region, name, phone, url, note, user_added, "
                                            "sort_order) VALUES (?, ?, ?, ?, ?, 1, ?)");
        if (!st) {
            return at(f.path(), st.error());
        }
        st.value().bind(1, region).bind(2, name);
        bindOptional(st.value(), 3, phone);
        bindOptional(st.value(), 4, url);
        bindOptional(st.value(), 5, note);
        st.value().bind(6, sortOrder);
        if (Status s = st.value().run(); !s) {
            return at(f.path(), s.error());
        }
        ++summary.safetyItems;
    }
    return {};
}

Status Importer::settings(const QJsonArray& list)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        current = i;
        Fields f(list[i], indexed("settings", i));
        const QString key = f.text("key", 200);
        const QString value = f.text("value", kMaxOtherText, true);
        if (!f.ok()) {
            return f.error();
        }
        if (key.startsWith(QLatin1String(RecoveryCodeNote::kKeyPrefix))) {
            continue; // the vault's own notes never come from a file
        }
        // A setting this vault already has is the person's current choice: it stays.
        Result<Statement> st
            = m_db.prepare("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING");
        if (!st) {
            return at(f.path(), st.error());
        }
        st.value().bind(1, key).bind(2, value);
        if (Status s = st.value().run(); !s) {
            return at(f.path(), s.error());
        }
        summary.settings += m_db.changes();
    }
    return {};
}

} // namespace

Status checkExportHeader(const QJsonObject& root)
{
    if (root.value(QLatin1String("format")).toString() != QStringLiteral("tideline-export")) {
        return Error::make(ErrorCode::InvalidInput,
            QStringLiteral("The file is not a %1 export (its \"format\" is not \"tideline-export\"). "
                           "Nothing was imported.")
                .arg(appName()));
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != std::floor(version.toDouble())) {
        return Error::make(
            ErrorCode::InvalidInput, QStringLiteral("version: should be a whole number from 1. Nothing was imported."));
    }
    if (version.toDouble() > kJsonExportVersion) {
        return Error::make(ErrorCode::NewerVersion,
            QStringLiteral("This export was made by a newer %1 (format version %2; this one reads up to "
                           "%3). Update %1 to import it. Nothing was imported.")
                .arg(appName(), QString::number(version.toDouble()), QString::number(kJsonExportVersion)));
    }
    return {};
}

Result<ImportSummary> importJson(Database& db, const QByteArray& json)
{
    if (json.size() > kMaxImportBytes) {
        return Error::make(ErrorCode::InvalidInput,
            QStringLiteral("The file is larger than a %1 export can be (%2 MB). Nothing was imported.")
                .arg(appName(), QString::number(kMaxImportBytes / (1024 * 1024))));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::make(ErrorCode::InvalidInput,
            QStringLiteral("The file is not valid JSON: %1 on line %2. Nothing was imported.")
                .arg(parseError.errorString())
                .arg(lineOfOffset(json, parseError.offset)));
    }
    if (!document.isObject()) {
        return Error::make(ErrorCode::InvalidInput,
            QStringLiteral("The file is not a %1 export (it should be one JSON object). Nothing was imported.")
                .arg(appName()));
    }
    const QJsonObject root = document.object();
    if (Status header = checkExportHeader(root); !header) {
        return header.error();
    }
    // A misspelt section would otherwise be skipped without a word.
    static const QSet<QString> known{QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("exported_at"),
        QStringLiteral("metrics"), QStringLiteral("checkins"), QStringLiteral("tags"), QStringLiteral("entries"),
        QStringLiteral("moments"), QStringLiteral("routines"), QStringLiteral("safety_plan"),
        QStringLiteral("safety_contacts"), QStringLiteral("resources"), QStringLiteral("settings")};
    for (const QString& key : root.keys()) {
        if (!known.contains(key) && !checkup::checkupSectionNames().contains(key)) {
            return invalid(key.left(60), QStringLiteral("is not part of a %1 export.").arg(appName()));
        }
    }

    Importer importer(db);
    using Section = Status (Importer::*)(const QJsonArray&);
    // Metrics before check-ins and tags before entries: later sections refer to earlier ones.
    const std::pair<const char*, Section> sections[]
        = {{"metrics", &Importer::metrics}, {"checkins", &Importer::checkins}, {"tags", &Importer::tags},
            {"entries", &Importer::entries}, {"moments", &Importer::moments}, {"routines", &Importer::routines},
            {"safety_plan", &Importer::safetyPlan}, {"safety_contacts", &Importer::contacts},
            {"resources", &Importer::resources}, {"settings", &Importer::settings}};

    Transaction tx(db);
    if (Status begun = tx.begin(); !begun) {
        return begun.error();
    }
    for (const auto& [name, import] : sections) {
        const QJsonValue value = root.value(QLatin1String(name));
        if (value.isUndefined()) {
            continue;
        }
        if (!value.isArray()) {
            return invalid(QLatin1String(name), QStringLiteral("should be a list [ … ]."));
        }
        importer.current = -1;
        if (Status s = (importer.*import)(value.toArray()); !s) {
            const int line = importer.current >= 0 ? lineOfRecord(json, name, importer.current) : 0;
            if (line == 0) {
                return s.error();
            }
            return Error::make(s.code(), QStringLiteral("Line %1, %2").arg(line).arg(s.error().message));
        }
    }
    // Check-ups and the person's own forms (core/checkup/CheckupJson.cpp), in the same transaction.
    Result<checkup::CheckupImportCount> checkups = checkup::importCheckupSections(db, root, json);
    if (!checkups) {
        return checkups.error();
    }
    importer.summary.checkups = checkups.value().checkups;
    importer.summary.checkupForms = checkups.value().forms;
    if (Status committed = tx.commit(); !committed) {
        return committed.error();
    }
    return importer.summary;
}

} // namespace tideline::exchange
