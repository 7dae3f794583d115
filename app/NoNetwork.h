#pragma once

class QQmlEngine;

namespace tideline::app {

// Tideline never goes on the network. QML would: an Image or a rich-text <img> with an http
// address is fetched through the engine's network access manager, which would tell a server
// (and anyone watching the network) that the app is open, and when, if such an address ever
// reached a page (an imported file, a pasted title). This gives the engine a manager that
// refuses every request at once, without a lookup or a connection, except for the app's own
// resources (qrc:). Local files and resources loaded as QML or images do not go through it.
void refuseNetwork(QQmlEngine& engine);

} // namespace tideline::app
