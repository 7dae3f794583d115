#include "core/checkup/FormTranslations.h"

#include "core/checkup/FormParser.h"
#include "core/checkup/FormReader.h"

#include <QCoreApplication>
#include <QSet>

namespace tideline::checkup {

namespace {

using formfile::invalid;
using formfile::Reader;

inline constexpr int kMaxLanguages = 20;

bool isLanguageCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}$"));
    return pattern.match(code).hasMatch();
}

QString valuesText(const QList<Option>& options)
{
    QStringList values;
    for (const Option& o : options) {
        values << QString::number(o.value);
    }
    return values.join(QStringLiteral(", "));
}

// The labels of one question's answers in this language: exactly the form's values, no more.
Status readLabels(const QList<Option>& translated, const Item& item, const QString& path, FormText& words)
{
    QHash<int, QString> labels;
    for (const Option& o : translated) {
        if (!item.accepts(o.value)) {
            break;
        }
        labels.insert(o.value, o.label);
    }
    if (labels.size() != translated.size() || labels.size() != item.options.size()) {
        return invalid(path,
            QCoreApplication::translate("Checkup", "the answers should have the values %1, as in the form.")
                .arg(valuesText(item.options)));
    }
    words.optionLabels.insert(item.id, labels);
    return {};
}

Status readItemTexts(
    const QJsonArray& list, const QList<Option>& shared, const QString& path, const Form& form, FormText& words)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!list[i].isObject()) {
            return invalid(
                at, QCoreApplication::translate("Checkup", "should be an object { \"id\": …, \"text\": … }."));
        }
        const QJsonObject object = list[i].toObject();
        Reader r(object, at);
        const QString id = r.text("id", 40);
        const QString text = r.text("text", kMaxItemChars);
        if (!r.ok()) {
            return r.error();
        }
        const Item* item = form.item(id);
        if (item == nullptr) {
            return invalid(r.where(QStringLiteral("id")),
                QCoreApplication::translate("Checkup", "the form has no question “%1”.").arg(id.left(40)));
        }
        if (words.itemTexts.contains(id)) {
            return invalid(r.where(QStringLiteral("id")),
                QCoreApplication::translate("Checkup", "“%1” is the id of two questions.").arg(id));
        }
        words.itemTexts.insert(id, text);
        QList<Option> labels = shared;
        if (object.contains(QLatin1String("options"))) {
            Result<QList<Option>> own = formfile::readOptions(r.array("options"), r.where(QStringLiteral("options")));
            if (!own) {
                return own.error();
            }
            labels = own.value();
        }
        if (Status s = readLabels(labels, *item, r.where(QStringLiteral("options")), words); !s) {
            return s;
        }
        if (Status s = formfile::refuseUnknown(
                object, {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("options")}, at);
            !s) {
            return s;
        }
    }
    for (const Item& item : form.items) {
        if (!words.itemTexts.contains(item.id)) {
            return invalid(path,
                QCoreApplication::translate("Checkup", "the question “%1” has no text in this language.").arg(item.id));
        }
    }
    return {};
}

Result<FormText> readFormText(const QJsonObject& object, const QString& path, const Form& form)
{
    Reader r(object, path);
    FormText words;
    words.title = r.text("title", 200);
    words.about = r.text("about", 400, false);
    words.recall = r.text("recall", 100);
    words.instructions = r.text("instructions", 2000);
    words.contentNote = r.text("content_note", 2000, !form.contentNote.isEmpty());
    words.source = r.text("source", 4000);
    words.terms = r.text("terms", 2000);
    words.adaptations = r.text("adaptations", 2000, false);
    const QJsonArray sharedOptions = r.array("options", false);
    const QJsonArray items = r.array("items");
    if (!r.ok()) {
        return r.error();
    }
    if (form.contentNote.isEmpty() && !words.contentNote.isEmpty()) {
        return invalid(r.where(QStringLiteral("content_note")),
            QCoreApplication::translate("Checkup", "the form has no content note in its own language."));
    }
    QList<Option> shared;
    if (!sharedOptions.isEmpty()) {
        Result<QList<Option>> read = formfile::readOptions(sharedOptions, r.where(QStringLiteral("options")));
        if (!read) {
            return read.error();
        }
        shared = read.value();
    }
    if (Status s = readItemTexts(items, shared, r.where(QStringLiteral("items")), form, words); !s) {
        return s.error();
    }
    static const QSet<QString> known{QStringLiteral("title"), QStringLiteral("about"), QStringLiteral("recall"),
        QStringLiteral("instructions"), QStringLiteral("content_note"), QStringLiteral("source"),
        QStringLiteral("terms"), QStringLiteral("adaptations"), QStringLiteral("options"), QStringLiteral("items")};
    if (Status s = formfile::refuseUnknown(object, known, path); !s) {
        return s.error();
    }
    return words;
}

} // namespace

Status readLanguages(const QJsonValue& language, const QJsonValue& translations, Form& form)
{
    if (!language.isUndefined()) {
        if (!language.isString() || !isLanguageCode(language.toString())) {
            return invalid(QStringLiteral("language"),
                QCoreApplication::translate(
                    "Checkup", "should be a language code of two or three letters a-z, such as \"en\" or \"es\"."));
        }
        form.language = language.toString();
        form.bandLanguage = form.language;
    }
    if (translations.isUndefined()) {
        return {};
    }
    if (!translations.isObject()) {
        return invalid(QStringLiteral("translations"),
            QCoreApplication::translate("Checkup", "should be an object { \"es\": { … } }."));
    }
    const QJsonObject byLanguage = translations.toObject();
    if (byLanguage.size() > kMaxLanguages) {
        return invalid(QStringLiteral("translations"),
            QCoreApplication::translate("Checkup", "should have at most %1 languages.").arg(kMaxLanguages));
    }
    for (auto it = byLanguage.constBegin(); it != byLanguage.constEnd(); ++it) {
        const QString code = it.key();
        const QString at = QStringLiteral("translations.%1").arg(code.left(40));
        if (!isLanguageCode(code)) {
            return invalid(at,
                QCoreApplication::translate("Checkup", "a language code is two or three letters a-z, such as \"es\"."));
        }
        if (code == form.language) {
            return invalid(
                at, QCoreApplication::translate("Checkup", "this is the form's own language (\"language\")."));
        }
        if (!it.value().isObject()) {
            return invalid(at, QCoreApplication::translate("Checkup", "should be an object { … }."));
        }
        Result<FormText> words = readFormText(it.value().toObject(), at, form);
        if (!words) {
            return words.error();
        }
        form.translations.insert(code, words.value());
    }
    return {};
}

} // namespace tideline::checkup
