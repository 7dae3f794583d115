#pragma once

#include <QJSEngine>

namespace tideline::app {

// The one app-owned object of type T that QML sees as a singleton (KDE Tokodon's pattern):
// main() registers it before the engine loads, the engine receives it with C++ ownership (so it
// never deletes it), and the object forgets itself when destroyed.
template<typename T>
class QmlInstance
{
public:
    static void set(T* instance) { s_instance = instance; }
    static void forget(const T* instance)
    {
        if (s_instance == instance) {
            s_instance = nullptr;
        }
    }
    static T* get() { return s_instance; }
    static T* forEngine(const char* who)
    {
        Q_ASSERT_X(s_instance, who, "main() registers the object before loading QML");
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }

private:
    static inline T* s_instance = nullptr;
};

} // namespace tideline::app
