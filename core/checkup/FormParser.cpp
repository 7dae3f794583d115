#include "core/checkup/FormParser.h"

#include "core/checkup/FormReader.h"
#include "core/checkup/FormTranslations.h"
#include "core/common/AppName.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace tideline::checkup {

namespace {

using formfile::invalid;
using formfile::keyPattern;
using formfile::Reader;
using formfile::readOptions;

inline constexpr int kFormatVersion = 1;

Status readItems(const QJsonArray& list, const QList<Option>& shared, Form& form)
{
    if (list.isEmpty() || list.size() > kMaxItems) {
        return invalid(QStringLiteral("items"),
            QCoreApplication::translate("Checkup", "should list from 1 to %n questions.", nullptr, kMaxItems));
    }
    QSet<QString> ids;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("items[%1]").arg(i);
        if (!list[i].isObject()) {
            return invalid(
                at, QCoreApplication::translate("Checkup", "should be an object { \"id\": …, \"text\": … }."));
        }
        const QJsonObject object = list[i].toObject();
        Reader r(object, at);
        Item item;
        item.id = r.text("id", 40);
        item.text = r.text("text", kMaxItemChars);
        item.scored = r.flag("scored", true);
        item.sensitive = r.flag("sensitive", false);
        if (!r.ok()) {
            return r.error();
        }
        if (!keyPattern().match(item.id).hasMatch()) {
            return invalid(r.where(QStringLiteral("id")),
                QCoreApplication::translate("Checkup", "an id is 1 to 40 of a-z, 0-9, - and _."));
        }
        if (ids.contains(item.id)) {
            return invalid(r.where(QStringLiteral("id")),
                QCoreApplication::translate("Checkup", "“%1” is the id of two questions.").arg(item.id));
        }
        ids.insert(item.id);
        if (object.contains(QLatin1String("options"))) {
            Result<QList<Option>> own = readOptions(r.array("options"), r.where(QStringLiteral("options")));
            if (!own) {
                return own.error();
            }
            item.options = own.value();
        } else if (shared.isEmpty()) {
            return invalid(r.where(QStringLiteral("options")),
                QCoreApplication::translate(
                    "Checkup", "this question has no answers, and the form has no shared \"options\"."));
        } else {
            item.options = shared;
        }
        form.items.append(item);
    }
    if (form.scoredCount() == 0) {
        return invalid(
            QStringLiteral("items"), QCoreApplication::translate("Checkup", "at least one question should be scored."));
    }
    return {};
}

Status readScoring(const QJsonObject& object, Form& form)
{
    Reader r(object, QStringLiteral("scoring"));
    const QString method = r.text("method", 20);
    const std::optional<int> min = r.integer("min", 0, 10000);
    const std::optional<int> max = r.integer("max", 0, 10000);
    const std::optional<int> missing = r.integer("max_missing", 0, kMaxItems, false);
    if (!r.ok()) {
        return r.error();
    }
    if (method != QStringLiteral("sum")) {
        return invalid(r.where(QStringLiteral("method")),
            QCoreApplication::translate("Checkup", "Forms can only be scored by \"sum\"."));
    }
    // The declared range has to be what the scored questions add up to: a form whose scoring
    // does not match its questions would print totals nobody can interpret.
    int lowest = 0;
    int highest = 0;
    for (const Item& item : std::as_const(form.items)) {
        if (item.scored) {
            lowest += item.lowest();
            highest += item.highest();
        }
    }
    if (*min != lowest || *max != highest) {
        return invalid(QStringLiteral("scoring"),
            QCoreApplication::translate(
                "Checkup", "the form says totals run from %1 to %2, but its scored questions add up to %3 to %4.")
                .arg(*min)
                .arg(*max)
                .arg(lowest)
                .arg(highest));
    }
    form.scoreMin = *min;
    form.scoreMax = *max;
    form.maxMissing = missing.value_or(0);
    if (form.maxMissing >= form.scoredCount()) {
        return invalid(r.where(QStringLiteral("max_missing")),
            QCoreApplication::translate("Checkup", "should be smaller than the number of scored questions (%1).")
                .arg(form.scoredCount()));
    }
    return {};
}

Status readBands(const QJsonArray& list, Form& form)
{
    if (list.isEmpty() || list.size() > 12) {
        return invalid(QStringLiteral("bands"),
            QCoreApplication::translate("Checkup", "should list from 1 to 12 ranges of totals."));
    }
    int next = form.scoreMin;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("bands[%1]").arg(i);
        if (!list[i].isObject()) {
            return invalid(at,
                QCoreApplication::translate(
                    "Checkup", "should be an object { \"min\": …, \"max\": …, \"label\": … }."));
        }
        Reader r(list[i].toObject(), at);
        Band band;
        band.min = r.integer("min", 0, 10000).value_or(0);
        band.max = r.integer("max", 0, 10000).value_or(0);
        band.label = r.text("label", 80);
        band.sentence = r.text("sentence", 400, false);
        if (!r.ok()) {
            return r.error();
        }
        if (band.min != next || band.max < band.min) {
            return invalid(at,
                QCoreApplication::translate("Checkup",
                    "the ranges should follow each other from %1 to %2 without a gap or an overlap; this one "
                    "should start at %3.")
                    .arg(form.scoreMin)
                    .arg(form.scoreMax)
                    .arg(next));
        }
        next = band.max + 1;
        form.bands.append(band);
    }
    if (next != form.scoreMax + 1) {
        return invalid(QStringLiteral("bands"),
            QCoreApplication::translate("Checkup", "the ranges end at %1, but totals run up to %2.")
                .arg(next - 1)
                .arg(form.scoreMax));
    }
    return {};
}

} // namespace

Result<Form> parseForm(const QByteArray& json)
{
    if (json.size() > kMaxFormBytes) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Checkup", "This file is too large to be a check-up form (over %1 KB). Nothing was added.")
                .arg(kMaxFormBytes / 1024));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Checkup", "This file is not a check-up form: it is not one JSON object. Nothing was added."));
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QStringLiteral("tideline-checkup")) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Checkup",
                "This file is not a check-up form (its \"format\" is not \"tideline-checkup\"). Nothing was added."));
    }
    Reader r(root, QString());
    const std::optional<int> version = r.integer("format_version", 1, 1000);
    if (!r.ok()) {
        return r.error();
    }
    if (*version > kFormatVersion) {
        return Error::make(ErrorCode::NewerVersion,
            QCoreApplication::translate(
                "Checkup", "This form was made for a newer version of %1 (format version %2). Nothing was added.")
                .arg(appName(), QString::number(*version)));
    }
    Form form;
    form.key = r.text("key", 40);
    form.name = r.text("name", 60);
    form.title = r.text("title", 200);
    form.about = r.text("about", 400, false);
    form.recall = r.text("recall", 100);
    form.instructions = r.text("instructions", 2000);
    form.contentNote = r.text("content_note", 2000, false);
    form.source = r.text("source", 4000);
    form.terms = r.text("terms", 2000);
    form.scoringNotes = r.text("scoring_notes", 8000, false);
    form.adaptations = r.text("adaptations", 2000, false);
    const QJsonArray sharedOptions = r.array("options", false);
    const QJsonArray items = r.array("items");
    const QJsonObject scoring = r.object("scoring");
    const QJsonArray bands = r.array("bands");
    if (!r.ok()) {
        return r.error();
    }
    if (!keyPattern().match(form.key).hasMatch()) {
        return invalid(QStringLiteral("key"),
            QCoreApplication::translate(
                "Checkup", "a form's key is 1 to 40 of a-z, 0-9, - and _, such as \"my-form\"."));
    }
    QList<Option> shared;
    if (!sharedOptions.isEmpty()) {
        Result<QList<Option>> read = readOptions(sharedOptions, QStringLiteral("options"));
        if (!read) {
            return read.error();
        }
        shared = read.value();
    }
    if (Status s = readItems(items, shared, form); !s) {
        return s.error();
    }
    if (Status s = readScoring(scoring, form); !s) {
        return s.error();
    }
    if (Status s = readBands(bands, form); !s) {
        return s.error();
    }
    if (root.contains(QLatin1String("change"))) {
        Reader change(r.object("change"), QStringLiteral("change"));
        form.change.reliable = change.integer("reliable", 1, 10000, false);
        form.change.meaningful = change.integer("meaningful", 1, 10000, false);
        if (!change.ok()) {
            return change.error();
        }
    }
    if (Status s
        = readLanguages(root.value(QLatin1String("language")), root.value(QLatin1String("translations")), form);
        !s) {
        return s.error();
    }
    static const QSet<QString> known{QStringLiteral("format"), QStringLiteral("format_version"), QStringLiteral("key"),
        QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("about"), QStringLiteral("recall"),
        QStringLiteral("instructions"), QStringLiteral("content_note"), QStringLiteral("source"),
        QStringLiteral("terms"), QStringLiteral("scoring_notes"), QStringLiteral("adaptations"),
        QStringLiteral("options"), QStringLiteral("items"), QStringLiteral("scoring"), QStringLiteral("bands"),
        QStringLiteral("change"), QStringLiteral("language"), QStringLiteral("translations")};
    if (Status s = formfile::refuseUnknown(root, known, QString()); !s) {
        return s.error();
    }
    return form;
}

} // namespace tideline::checkup
