#include "app/checkup/CheckupTrendModel.h"

#include "app/VaultAccess.h"

#include "core/checkup/CheckupRepository.h"
#include "core/checkup/CheckupWords.h"
#include "core/checkup/FormCatalogue.h"
#include "core/common/Day.h"

#include <QCoreApplication>
#include <QLocale>

namespace tideline::app {

using namespace checkup;

namespace {

QDateTime noonOf(const QDate& day)
{
    // Noon, so a point sits in the middle of its day on a date axis.
    return QDateTime(day, QTime(12, 0));
}

} // namespace

CheckupTrendModel::CheckupTrendModel(VaultAccess* vault, QObject* parent) : QObject(parent), VaultClient(this)
{
    attachVault(vault);
}

void CheckupTrendModel::vaultAttached()
{
    connect(vault(), &VaultAccess::closed, this, &CheckupTrendModel::drop);
    connect(vault(), &VaultAccess::opened, this, &CheckupTrendModel::reload);
    reload();
}

void CheckupTrendModel::setFormKey(const QString& key)
{
    if (key != m_formKey) {
        m_formKey = key;
        loadSeries();
    }
}

void CheckupTrendModel::setRangeDays(int days)
{
    if (days != m_rangeDays && days >= 0) {
        m_rangeDays = days;
        loadSeries();
    }
}

void CheckupTrendModel::reload()
{
    if (!vaultOpen()) {
        drop();
        return;
    }
    Result<QList<Form>> all = service<FormCatalogue>()->all();
    Result<QStringList> taken = service<CheckupRepository>()->formsTaken();
    if (!all || !taken) {
        m_lastError = all ? taken.error().message : all.error().message;
        emit seriesChanged();
        return;
    }
    m_forms.clear();
    for (const Form& form : std::as_const(all.value())) {
        if (taken.value().contains(form.key)) {
            m_forms.append(QVariantMap{{QStringLiteral("key"), form.key}, {QStringLiteral("name"), form.name}});
        }
    }
    emit formsChanged();
    if (m_formKey.isEmpty() && !m_forms.isEmpty()) {
        m_formKey = m_forms.first().toMap().value(QStringLiteral("key")).toString();
    }
    loadSeries();
}

void CheckupTrendModel::loadSeries()
{
    m_points.clear();
    m_bands.clear();
    m_summary.clear();
    if (!vaultOpen() || m_formKey.isEmpty()) {
        emit seriesChanged();
        return;
    }
    Result<Form> form = service<FormCatalogue>()->find(m_formKey);
    if (!form) {
        m_lastError = form.error().message;
        emit seriesChanged();
        return;
    }
    const Form& f = form.value();
    const QDate today = VaultClient::today();
    const insights::DayRange range{m_rangeDays > 0 ? today.addDays(-(m_rangeDays - 1)) : QDate(1900, 1, 1), today};
    Result<QList<Checkup>> taken = service<CheckupRepository>()->finished(f.key, range);
    if (!taken) {
        m_lastError = taken.error().message;
        emit seriesChanged();
        return;
    }
    m_lastError.clear();
    m_scoreMin = f.scoreMin;
    m_scoreMax = f.scoreMax;
    for (const Band& band : f.bands) {
        m_bands.append(QVariantMap{{QStringLiteral("min"), band.min}, {QStringLiteral("max"), band.max},
            {QStringLiteral("label"), band.label}});
    }
    const QLocale locale;
    const QString dayFormat = QCoreApplication::translate("DateFormat", "d MMMM yyyy", "QLocale format of a day");
    int withoutTotal = 0;
    QDate first;
    QDate last;
    std::optional<int> firstTotal;
    std::optional<int> lastTotal;
    for (const Checkup& c : std::as_const(taken.value())) {
        const Score score = scoreAnswers(f, c.answers);
        if (!score.total) {
            ++withoutTotal;
            continue;
        }
        if (!first.isValid()) {
            first = c.day;
            firstTotal = score.total;
        }
        last = c.day;
        lastTotal = score.total;
        m_points.append(
            QVariantMap{{QStringLiteral("x"), noonOf(c.day).toMSecsSinceEpoch()}, {QStringLiteral("y"), *score.total},
                {QStringLiteral("text"),
                    tr("%1: %2 (%3)")
                        .arg(locale.toString(c.day, dayFormat), totalText(f, score), bandLabel(f, *score.total))}});
    }
    const QDate axisStart = m_rangeDays > 0 ? range.from : (first.isValid() ? first.addDays(-7) : today.addDays(-30));
    m_axisFrom = noonOf(axisStart);
    m_axisTo = noonOf(today.addDays(1));
    if (m_points.isEmpty()) {
        m_summary = withoutTotal > 0 ? tr("No %1 in this range has a total: some questions were skipped.").arg(f.name)
                                     : tr("No %1 taken in this range yet.").arg(f.name);
    } else if (m_points.size() == 1) {
        m_summary
            = tr("One %1 in this range: %2 on %3.").arg(f.name).arg(*lastTotal).arg(locale.toString(last, dayFormat));
    } else {
        m_summary = tr("%1 totals from %2 to %3: %4 at first, %5 most recently (out of %6). Each point is one "
                       "check-up; the shaded bands are the %1's own ranges.")
                        .arg(f.name, locale.toString(first, dayFormat), locale.toString(last, dayFormat))
                        .arg(*firstTotal)
                        .arg(*lastTotal)
                        .arg(f.scoreMax);
    }
    if (!m_points.isEmpty() && withoutTotal > 0) {
        m_summary = tr("%1 %2", "the summary of a check-up's totals, then the sentence about those left out")
                        .arg(m_summary, tr("%1 more had no total and are not shown.").arg(withoutTotal));
    }
    emit seriesChanged();
}

void CheckupTrendModel::drop()
{
    m_forms.clear();
    m_formKey.clear();
    m_points.clear();
    m_bands.clear();
    m_summary.clear();
    emit formsChanged();
    emit seriesChanged();
}

} // namespace tideline::app
