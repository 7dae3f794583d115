#pragma once

class QQmlEngine;

namespace tideline::app {

// Where qt_add_qml_module puts Tideline's modules in the resources. Qt 6.4 does not search
// this prefix by default (6.5 does), so prepareQmlEngine() adds it.
inline constexpr char16_t kQmlImportPrefix[] = u"qrc:/qt/qml";
inline constexpr char16_t kMainQmlUrl[] = u"qrc:/qt/qml/Tideline/Main.qml";

// Import path, style and no network (app/NoNetwork.h), shared by main() and the QML tests so
// both see the same modules and neither can reach the network.
void prepareQmlEngine(QQmlEngine& engine);
// Must run before the first QML engine exists.
void selectQuickStyle();

} // namespace tideline::app
