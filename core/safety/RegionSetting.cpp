#include "core/safety/RegionSetting.h"

#include "core/safety/ResourceCatalogue.h"
#include "core/storage/Database.h"

using namespace Qt::StringLiterals;

namespace tideline {

namespace {

constexpr const char* kKey = "safety.region";

} // namespace

Result<QString> RegionSetting::chosen()
{
    auto stmt = m_db.prepare("SELECT value FROM setting WHERE key = ?1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, QString::fromLatin1(kKey));
    auto step = stmt.value().step();
    if (!step) {
        return step.error();
    }
    return step.value() == Statement::Step::Row ? stmt.value().columnText(0) : QString();
}

Status RegionSetting::choose(const QString& code)
{
    if (!ResourceCatalogue::bundled().hasRegion(code)) {
        return Error::make(ErrorCode::InvalidInput, u"There is no list of numbers for that region."_s);
    }
    auto stmt = m_db.prepare("INSERT INTO setting (key, value) VALUES (?1, ?2) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, QString::fromLatin1(kKey)).bind(2, code);
    return stmt.value().run();
}

} // namespace tideline
