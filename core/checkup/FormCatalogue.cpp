#include "core/checkup/FormCatalogue.h"

#include "core/checkup/FormParser.h"
#include "core/i18n/Language.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <algorithm>

namespace tideline::checkup {

namespace {

Q_LOGGING_CATEGORY(lcCheckup, "tideline.checkup")

QList<Form> readBuiltins()
{
    QList<Form> forms;
    const QDir dir(QStringLiteral(":/assets/checkups"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcCheckup) << "cannot read the shipped form" << name;
            continue;
        }
        Result<Form> form = parseForm(file.readAll());
        if (!form) {
            // A broken shipped form is a build mistake; the tests read every one.
            qCWarning(lcCheckup) << "the shipped form" << name << "is malformed";
            continue;
        }
        form.value().builtin = true;
        forms.append(form.value());
    }
    // The trauma checklist first (the reason most people come), then mood, then anxiety.
    static const QStringList order{QStringLiteral("pcl5"), QStringLiteral("phq9"), QStringLiteral("gad7")};
    std::stable_sort(forms.begin(), forms.end(), [](const Form& a, const Form& b) {
        const auto rank = [](const Form& f) {
            const qsizetype i = order.indexOf(f.key);
            return i < 0 ? order.size() : i;
        };
        return rank(a) < rank(b);
    });
    return forms;
}

} // namespace

const QList<Form>& FormCatalogue::builtins()
{
    static const QList<Form> forms = readBuiltins();
    return forms;
}

Result<QList<std::pair<QString, QByteArray>>> FormCatalogue::customDefinitions()
{
    QList<std::pair<QString, QByteArray>> definitions;
    Result<Statement> st = m_db.prepare("SELECT key, definition FROM checkup_form ORDER BY key");
    if (!st) {
        return st.error();
    }
    Status read = st.value().forEachRow([&](Statement& row) {
        definitions.append({row.columnText(0), row.columnText(1).toUtf8()});
    });
    if (!read) {
        return read.error();
    }
    return definitions;
}

Result<QList<Form>> FormCatalogue::all()
{
    QList<Form> forms = builtins();
    Result<QList<std::pair<QString, QByteArray>>> custom = customDefinitions();
    if (!custom) {
        return custom.error();
    }
    QList<Form> own;
    for (const auto& [key, definition] : custom.value()) {
        Result<Form> form = parseForm(definition);
        if (!form) {
            // Checked when it was added; a form this build no longer reads is left out, not fatal.
            qCWarning(lcCheckup) << "a stored form cannot be read any more";
            continue;
        }
        own.append(form.value());
    }
    std::sort(
        own.begin(), own.end(), [](const Form& a, const Form& b) { return a.name.localeAwareCompare(b.name) < 0; });
    forms.append(own);
    // Each in the app's language when its file carries that language's published wording.
    const QString language = i18n::currentLanguage();
    for (Form& form : forms) {
        form = inLanguage(form, language);
    }
    return forms;
}

Result<Form> FormCatalogue::find(const QString& keyOrName)
{
    Result<QList<Form>> forms = all();
    if (!forms) {
        return forms.error();
    }
    const QString wanted = keyOrName.trimmed();
    QStringList names;
    for (const Form& form : std::as_const(forms.value())) {
        if (form.key == wanted.toLower() || form.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            return form;
        }
        names.append(QStringLiteral("%1 (%2)").arg(form.key, form.name));
    }
    return Error::make(ErrorCode::NotFound,
        QCoreApplication::translate("Checkup", "There is no check-up called “%1”. There are: %2.")
            .arg(wanted.left(40), names.join(QStringLiteral(", "))));
}

Result<Form> FormCatalogue::check(const QByteArray& json)
{
    Result<Form> form = parseForm(json);
    if (!form) {
        return form;
    }
    Result<QList<Form>> forms = all();
    if (!forms) {
        return forms.error();
    }
    for (const Form& existing : std::as_const(forms.value())) {
        if (existing.key == form.value().key) {
            return Error::make(ErrorCode::InvalidInput,
                existing.builtin ? QCoreApplication::translate("Checkup",
                    "This form's key “%1” is already the key of the built-in %2. Give the form another "
                    "key. Nothing was added.")
                                       .arg(existing.key, existing.name)
                                 : QCoreApplication::translate(
                                     "Checkup", "A form with the key “%1” (%2) is already here. Nothing was added.")
                                       .arg(existing.key, existing.name));
        }
    }
    return inLanguage(form.value(), i18n::currentLanguage());
}

Result<Form> FormCatalogue::add(const QByteArray& json)
{
    Result<Form> form = check(json);
    if (!form) {
        return form;
    }
    if (Status s = insertAsRecorded(form.value().key, json, m_clock.nowUtc().toString(Qt::ISODateWithMs)); !s) {
        return s.error();
    }
    return form;
}

Status FormCatalogue::insertAsRecorded(const QString& key, const QByteArray& definition, const QString& addedAt)
{
    Result<Statement> st = m_db.prepare("INSERT INTO checkup_form (key, definition, added_at) VALUES (?, ?, ?)");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, key).bind(2, QString::fromUtf8(definition)).bind(3, addedAt);
    return st.value().run();
}

} // namespace tideline::checkup
