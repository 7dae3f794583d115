#include "app/safety/SafetyPlanExporter.h"

#include "app/VaultAccess.h"

#include "app/files/ChosenPath.h"

#include "core/common/AppName.h"
#include "core/report/SafetyPlanPdf.h"
#include "core/safety/SafetyContactRepository.h"
#include "core/safety/SafetyPlanRepository.h"

using namespace Qt::StringLiterals;

namespace tideline::app {

namespace {

// A one-page plan has room for this many lines a part; the PDF says when there are more.
constexpr int kLinesPerPart = 40;

QString headingFor(SafetyPlanRepository::Section section)
{
    switch (section) {
    case SafetyPlanRepository::Section::WarningSign:
        return QCoreApplication::translate("SafetyPlanExporter", "Signs that a hard time may be coming");
    case SafetyPlanRepository::Section::CopingStep:
        return QCoreApplication::translate("SafetyPlanExporter", "Things I can do that help");
    case SafetyPlanRepository::Section::HelpfulPlace:
        return QCoreApplication::translate("SafetyPlanExporter", "Places that help");
    case SafetyPlanRepository::Section::EmergencyBag:
        return QCoreApplication::translate("SafetyPlanExporter", "My emergency bag");
    case SafetyPlanRepository::Section::CloseAtHand:
        return QCoreApplication::translate("SafetyPlanExporter", "Close at hand, where I can grab them");
    case SafetyPlanRepository::Section::SafePlace:
        return QCoreApplication::translate("SafetyPlanExporter", "A safe place I can go");
    }
    return {};
}

// Whole lines for each case, so a language can order and punctuate them its own way.
QString contactLine(const SafetyContactRepository::Contact& contact)
{
    const bool phone = !contact.phone.isEmpty();
    const bool note = !contact.note.isEmpty();
    if (phone && note) {
        return QCoreApplication::translate("SafetyPlanExporter", "%1 — %2 (%3)", "a contact's name, phone and note")
            .arg(contact.name, contact.phone, contact.note);
    }
    if (phone) {
        return QCoreApplication::translate("SafetyPlanExporter", "%1 — %2", "a contact's name and phone")
            .arg(contact.name, contact.phone);
    }
    if (note) {
        return QCoreApplication::translate("SafetyPlanExporter", "%1 (%2)", "a contact's name and note")
            .arg(contact.name, contact.note);
    }
    return contact.name;
}

Result<report::SafetyPlanDocument> collect(Database& db, const Clock& clock)
{
    report::SafetyPlanDocument document;
    document.title = QCoreApplication::translate("SafetyPlanExporter", "My safety plan");
    document.footer = QCoreApplication::translate(
        "SafetyPlanExporter", "If you are in danger right now, call your local emergency number.");
    SafetyPlanRepository plan(db, clock);
    for (auto section : SafetyPlanRepository::allSections()) {
        auto items = plan.items(section, kLinesPerPart);
        auto total = plan.count(section);
        if (!items || !total) {
            return !items ? items.error() : total.error();
        }
        report::SafetyPlanDocument::Part part{headingFor(section), {}, total.value() - items.value().size()};
        for (const auto& item : items.value()) {
            const bool ticks = SafetyPlanRepository::hasTicks(section);
            part.lines.append(ticks ? (item.checked ? u"[x] "_s : u"[  ] "_s) + item.text : item.text);
        }
        document.parts.append(part);
        if (section == SafetyPlanRepository::Section::HelpfulPlace) {
            // People come right after places, as the plan page shows them.
            SafetyContactRepository repository(db, clock);
            auto contacts = repository.contacts(kLinesPerPart);
            auto count = repository.count();
            if (!contacts || !count) {
                return !contacts ? contacts.error() : count.error();
            }
            report::SafetyPlanDocument::Part people{
                QCoreApplication::translate("SafetyPlanExporter", "People, professionals and lines I can call"), {},
                count.value() - contacts.value().size()};
            for (const auto& contact : contacts.value()) {
                people.lines.append(contactLine(contact));
            }
            document.parts.append(people);
        }
    }
    return document;
}

} // namespace

bool SafetyPlanExporter::exportTo(const QString& path)
{
    if (!vaultOpen()) {
        setLastError(
            QCoreApplication::translate("SafetyPlanExporter", "%1 is locked. Open it again to print your plan.")
                .arg(appName()));
        return false;
    }
    const Result<QString> target = checkedSavePath(vault(), path, u".pdf"_s);
    if (!target) {
        setLastError(target.error().message);
        return false;
    }
    auto document = *runInVault(collect, clock());
    if (!document) {
        setLastError(document.error().message);
        return false;
    }
    const Status written = report::writeSafetyPlanPdf(document.value(), target.value());
    setLastError(written ? QString() : written.error().message);
    if (written) {
        m_savedPath = target.value();
        emit savedPathChanged();
    }
    return written.ok();
}

void SafetyPlanExporter::setLastError(const QString& message)
{
    if (message != m_lastError) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

} // namespace tideline::app
