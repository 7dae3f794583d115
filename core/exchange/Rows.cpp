#include "core/exchange/Rows.h"

namespace tideline::exchange {

Result<std::optional<qint64>> firstInt(Statement& st)
{
    Result<Statement::Step> step = st.step();
    if (!step) {
        return step.error();
    }
    if (step.value() == Statement::Step::Done) {
        return std::optional<qint64>();
    }
    return std::optional<qint64>(st.columnInt(0));
}

Result<qint64> ensureTag(Database& db, const QString& name)
{
    Result<Statement> insert = db.prepare("INSERT INTO tag (name) VALUES (?) ON CONFLICT (name) DO NOTHING");
    if (!insert) {
        return insert.error();
    }
    insert.value().bind(1, name);
    if (Status s = insert.value().run(); !s) {
        return s.error();
    }
    Result<Statement> find = db.prepare("SELECT id FROM tag WHERE name = ?");
    if (!find) {
        return find.error();
    }
    find.value().bind(1, name);
    Result<std::optional<qint64>> id = firstInt(find.value());
    if (!id) {
        return id.error();
    }
    if (!id.value()) {
        return Error::make(ErrorCode::Internal, QStringLiteral("The tag “%1” could not be added.").arg(name));
    }
    return *id.value();
}

} // namespace tideline::exchange
