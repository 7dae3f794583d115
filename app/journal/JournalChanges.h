#pragma once

#include <QObject>

namespace tideline::app {

// Tells every journal view that entries changed (saved, deleted, restored, tags renamed), so
// lists reload their first page. C++ only; not a QML type.
class JournalChanges final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalChanges)

public:
    static JournalChanges& instance()
    {
        static JournalChanges changes;
        return changes;
    }
    void notify() { emit changed(); }

signals:
    void changed();

private:
    JournalChanges() = default;
};

} // namespace tideline::app
