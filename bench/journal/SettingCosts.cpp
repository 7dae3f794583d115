#include "SettingCosts.h"

#include "common/BenchTable.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QSet>

#include <memory>
#include <vector>

namespace tideline::bench {

namespace {

struct Variant
{
    QString name;
    raw_settings settings;
    raw_db* db = nullptr;
    long long typing = -1; // the entry its autosaves update
    QList<double> deletes;
    QList<double> autosaves;
};

Variant variant(const QString& name, const raw_settings& settings)
{
    Variant v;
    v.name = name;
    v.settings = settings;
    return v;
}

std::vector<Variant> variants()
{
    std::vector<Variant> all;
    const raw_settings vault = raw_vault_settings();
    all.push_back(variant(QStringLiteral("the vault's settings"), vault));
    raw_settings s = vault;
    s.checkpoint_after_delete = 0;
    all.push_back(variant(QStringLiteral("without the checkpoint after a delete"), s));
    s = vault;
    s.fts_secure_delete = 0;
    all.push_back(variant(QStringLiteral("without FTS5 secure-delete"), s));
    s = vault;
    s.secure_delete = 0;
    all.push_back(variant(QStringLiteral("without PRAGMA secure_delete"), s));
    s = vault;
    s.synchronous_full = 0;
    all.push_back(variant(QStringLiteral("synchronous = NORMAL instead of FULL"), s));
    return all;
}

} // namespace

bool figuresSettingCosts(FloorDatabase& floor, SyntheticText& text, int entries, int runs)
{
    // The floor's own connection stays closed meanwhile: a checkpoint TRUNCATE waits for no one.
    floor.close();
    std::vector<Variant> all = variants();
    const QByteArray path = QFile::encodeName(floor.path());
    const QByteArray day = QDate::currentDate().toString(Qt::ISODate).toUtf8();
    for (Variant& v : all) {
        char error[256] = {};
        v.db = raw_open(path.constData(), floor.key().data(), &v.settings, error, sizeof error);
        if (v.db == nullptr) {
            QTextStream(stderr) << "setting costs: " << error << Qt::endl;
            return false;
        }
        v.typing = raw_create_entry(
            v.db, "Typing now", text.words(300).toUtf8().constData(), "2026-11-23T21:00:00.000Z", day.constData());
    }
    // Victims spread over the ten years, none deleted before (the main figures take ids
    // 1 + i * 997 mod 9000 for i up to 60; these come from the upper part of the seeded ids).
    QSet<long long> taken;
    long long next = 0;
    const auto victim = [&]() {
        for (;;) {
            next = next + 131;
            const long long id = entries / 10 * 9 + 1 + next % (entries / 10 - 1);
            if (!taken.contains(id)) {
                taken.insert(id);
                return id;
            }
        }
    };
    QString body = text.words(300);
    for (int i = 0; i <= runs; ++i) {
        body += u' ' + text.words(1);
        const QByteArray bodyUtf8 = body.toUtf8();
        const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
        for (Variant& v : all) {
            const long long id = victim();
            int rc = 0;
            const double deleteMs = timeMs([&] { rc = raw_delete_entry(v.db, id); });
            int rcSave = 0;
            const double saveMs = timeMs([&] {
                rcSave = raw_update_entry(
                    v.db, v.typing, "Typing now", bodyUtf8.constData(), now.constData(), day.constData());
            });
            if (rc != 0 || rcSave != 0) {
                QTextStream(stderr) << "setting costs: " << v.name << " failed" << Qt::endl;
                return false;
            }
            if (i > 0) {
                v.deletes.append(deleteMs);
                v.autosaves.append(saveMs);
            }
        }
    }
    for (Variant& v : all) {
        printRow(QStringLiteral("floor, delete: %1").arg(v.name), v.deletes, std::nullopt);
    }
    for (Variant& v : all) {
        printRow(QStringLiteral("floor, autosave: %1").arg(v.name), v.autosaves, std::nullopt);
        raw_close(v.db);
        v.db = nullptr;
    }
    return floor.open().ok();
}

} // namespace tideline::bench
