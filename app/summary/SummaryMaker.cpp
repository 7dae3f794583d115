#include "app/summary/SummaryMaker.h"

#include "app/VaultAccess.h"
#include "app/files/ChosenPath.h"
#include "app/records/RecordPickModel.h"
#include "app/summary/SummaryEntryModel.h"
#include "core/checkin/MetricRepository.h"
#include "core/checkup/CheckupRepository.h"
#include "core/checkup/FormCatalogue.h"
#include "core/common/Day.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QPointer>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace tideline::app {

namespace {

// The longest period a summary covers: ten years of pages would help nobody in a session.
constexpr int kMaxPeriodDays = 366 * 3;

} // namespace

SummaryMaker::SummaryMaker(VaultAccess* vault, QObject* parent)
    : PdfPageMaker(parent)
    , VaultClient(this)
    , m_entries(new SummaryEntryModel(nullptr, this))
    , m_records(new RecordPickModel(nullptr, this))
{
    // Any change of what goes in makes the preview out of date: it is dropped rather than shown
    // as if it were what will be saved.
    connect(this, &SummaryMaker::requestChanged, this, &SummaryMaker::dropPreview);
    connect(this, &SummaryMaker::periodChanged, this, &SummaryMaker::dropPreview);
    connect(m_entries, &SummaryEntryModel::tickedChanged, this, &SummaryMaker::dropPreview);
    connect(m_records, &RecordPickModel::tickedChanged, this, &SummaryMaker::dropPreview);
    useLastDays(30);
    attachVault(vault);
}

void SummaryMaker::vaultAttached()
{
    connect(vault(), &VaultAccess::closing, this, &SummaryMaker::forget);
    connect(vault(), &VaultAccess::closed, this, &SummaryMaker::forget);
    // The entry list reads through the same vault; its period is already set.
    m_entries->attachVault(vault());
    m_entries->reload();
    m_records->attachVault(vault());
}

QString SummaryMaker::from() const
{
    return m_entries->from();
}

QString SummaryMaker::to() const
{
    return m_entries->to();
}

void SummaryMaker::setFrom(const QString& day)
{
    if (day != from()) {
        m_entries->setFrom(day);
        m_records->setFrom(day);
        emit periodChanged();
    }
}

void SummaryMaker::setTo(const QString& day)
{
    if (day != to()) {
        m_entries->setTo(day);
        m_records->setTo(day);
        emit periodChanged();
    }
}

bool SummaryMaker::periodValid() const
{
    const QDate first = QDate::fromString(from(), Qt::ISODate);
    const QDate last = QDate::fromString(to(), Qt::ISODate);
    return first.isValid() && last.isValid() && first <= last && first.daysTo(last) < kMaxPeriodDays
        && last <= Day::today(clock());
}

QString SummaryMaker::periodLabel() const
{
    const QDate first = QDate::fromString(from(), Qt::ISODate);
    const QDate last = QDate::fromString(to(), Qt::ISODate);
    if (!first.isValid() || !last.isValid()) {
        return tr("Choose the first and the last day.");
    }
    if (first > last) {
        return tr("The first day comes after the last one. Please swap them.");
    }
    if (last > Day::today(clock())) {
        return tr("The period can end today at the latest.");
    }
    if (first.daysTo(last) >= kMaxPeriodDays) {
        return tr("A summary can cover up to three years. Please choose a shorter period.");
    }
    const QLocale locale;
    const int days = static_cast<int>(first.daysTo(last)) + 1;
    const QString length = days == 1 ? tr("1 day") : tr("%n days", nullptr, days);
    return tr("%1 – %2 (%3)")
        .arg(locale.toString(first, QLocale::LongFormat), locale.toString(last, QLocale::LongFormat), length);
}

void SummaryMaker::useLastDays(int days)
{
    const QDate today = Day::today(clock());
    const QDate first = today.addDays(-(qBound(1, days, kMaxPeriodDays) - 1));
    // Set "to" first when moving back, "from" first when moving forward, so the model never
    // reads a period that ends before it starts.
    setTo(today.toString(Qt::ISODate));
    setFrom(first.toString(Qt::ISODate));
}

bool SummaryMaker::sensitiveOffered() const
{
    auto metrics = service<MetricRepository>();
    if (!metrics) {
        return false;
    }
    const Result<QList<Metric>> all = metrics->all();
    return all && std::any_of(all.value().cbegin(), all.value().cend(), [](const Metric& metric) {
        return metric.sensitive && metric.enabled && !metric.archived;
    });
}

bool SummaryMaker::checkupSensitiveOffered() const
{
    auto catalogue = service<checkup::FormCatalogue>();
    auto checkups = service<checkup::CheckupRepository>();
    if (!catalogue || !checkups) {
        return false;
    }
    Result<QList<checkup::Form>> forms = catalogue->all();
    Result<QStringList> taken = checkups->formsTaken();
    if (!forms || !taken) {
        return false;
    }
    return std::any_of(forms.value().cbegin(), forms.value().cend(),
        [&](const checkup::Form& form) { return form.hasSensitiveItems() && taken.value().contains(form.key); });
}

QString SummaryMaker::dayLabel(const QString& day) const
{
    const QDate date = QDate::fromString(day, Qt::ISODate);
    return date.isValid() ? QLocale().toString(
               date, QCoreApplication::translate("DateFormat", "d MMM yyyy", "QLocale format of a day, short month"))
                          : tr("choose a day");
}

std::optional<report::SummaryRequest> SummaryMaker::request()
{
    if (!vaultOpen()) {
        setLastError(lockedMessage());
        return std::nullopt;
    }
    if (!periodValid()) {
        setLastError(periodLabel());
        return std::nullopt;
    }
    report::SummaryRequest request;
    request.period = {QDate::fromString(from(), Qt::ISODate), QDate::fromString(to(), Qt::ISODate)};
    request.name = m_name.trimmed();
    request.agenda = m_agenda.trimmed();
    request.charts = m_charts;
    request.averages = m_averages;
    request.routines = m_routines;
    request.review = m_review;
    request.moments = m_moments;
    request.sensitiveMeasures = m_sensitive && sensitiveOffered();
    request.checkups = m_checkups;
    request.checkupAnswers = m_checkups && m_checkupAnswers;
    request.checkupSensitive = m_checkups && m_checkupSensitive && checkupSensitiveOffered();
    request.entryIds = m_entries->tickedIds();
    // The lists give only the ticks of the period (one outside it is kept for when the period
    // widens again); core leaves out a record deleted, or moved out of the period, since.
    request.recordIds = m_records->tickedIds();
    request.leaveOutOtherRecords = true;
    return request;
}

std::shared_ptr<Database> SummaryMaker::connection()
{
    QString why;
    std::shared_ptr<Database> db = vault()->openTaskConnection(&why);
    if (!db) {
        setLastError(why);
    }
    return db;
}

void SummaryMaker::makePreview(int widthPx)
{
    if (busy()) {
        return;
    }
    setLastError({});
    std::optional<report::SummaryRequest> asked = request();
    if (!asked) {
        return;
    }
    std::shared_ptr<Database> db = connection();
    if (!db) {
        return;
    }
    // The worker reads the summary on the job's own connection, which the job owns and closes
    // there; the plain pointer is used only while the job runs. What it read is freed on the
    // worker as soon as the pages are made.
    Database* const reading = db.get();
    startPreview(
        widthPx,
        [reading, request = *asked](int width, const report::PageProgress& progress) -> Result<QList<QImage>> {
            Result<report::SummaryDataPtr> data = report::collectSummary(*reading, request);
            if (!data) {
                return data.error();
            }
            return report::renderSummaryPages(*data.value(), width, progress);
        },
        std::move(db));
}

void SummaryMaker::saveTo(const QString& path)
{
    if (busy()) {
        return;
    }
    setLastError({});
    const Result<QString> target = checkedSavePath(vault(), path, u".pdf"_s);
    if (!target) {
        setLastError(target.error().message);
        return;
    }
    if (!takeLeaveGrant()) {
        setLastError(leaveUnconfirmedMessage());
        return;
    }
    std::optional<report::SummaryRequest> asked = request();
    if (!asked) {
        return;
    }
    std::shared_ptr<Database> db = connection();
    if (!db) {
        return;
    }
    Database* const reading = db.get();
    startSave(
        target.value(),
        [reading, request = *asked](const QString& file, const report::PageProgress& progress) -> Status {
            Result<report::SummaryDataPtr> data = report::collectSummary(*reading, request);
            if (!data) {
                return data.error();
            }
            return report::writeSummaryPdf(*data.value(), file, false, progress);
        },
        std::move(db));
}

void SummaryMaker::forget()
{
    // Every job ends, and closes its connection, before the vault locks.
    stopAndWait();
    dropPreview();
    m_name.clear();
    m_agenda.clear();
    m_sensitive = false;
    m_checkupSensitive = false;
    emit requestChanged();
    setLastError({});
}

void SummaryMaker::jobSaved(const QString& path)
{
    m_savedPath = path;
    emit savedPathChanged();
    emit saved();
}

void SummaryMaker::jobFailed(const QString& message)
{
    setLastError(message);
}

void SummaryMaker::setLastError(const QString& message)
{
    if (message != m_lastError) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

} // namespace tideline::app
