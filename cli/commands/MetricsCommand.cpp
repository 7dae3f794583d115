#include "MetricsCommand.h"

#include "Console.h"
#include "OpenVault.h"
#include "core/checkin/MetricRepository.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace tideline::cli {

namespace {

QString standing(const Metric& metric)
{
    if (metric.archived) {
        return QStringLiteral("put-away");
    }
    if (!metric.enabled) {
        return QStringLiteral("off");
    }
    return metric.hidden ? QStringLiteral("hidden") : QStringLiteral("on-today");
}

} // namespace

int runMetrics(CommandContext& context)
{
    if (!context.args.isEmpty()) {
        return Console::usageError(
            QCoreApplication::translate("Cli", "metrics takes no arguments (got %1).").arg(context.args.first()));
    }
    Result<std::unique_ptr<Vault>> opened = openVault(context);
    if (!opened.ok()) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    Result<QList<Metric>> metrics = MetricRepository(vault.database()).all();
    vault.lock();
    if (!metrics) {
        return Console::fail(metrics.error());
    }
    Console::data(QStringLiteral("key\tkind\trange\tstanding\torigin\tlabel"));
    for (const Metric& m : metrics.value()) {
        Console::data(QStringLiteral("%1\t%2\t%3-%4\t%5\t%6\t%7")
                          .arg(m.key, metricKindKey(m.kind), QString::number(m.minValue, 'g', 10),
                              QString::number(m.maxValue, 'g', 10), standing(m),
                              m.builtin ? QStringLiteral("built-in") : QStringLiteral("own"), m.label));
    }
    return toInt(ExitCode::Done);
}

} // namespace tideline::cli
