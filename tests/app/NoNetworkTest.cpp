// app/NoNetwork: the QML engine Tideline prepares reaches no server. An Image and a request
// from script aimed at a listening local port make no connection, and fail; the same QML in a
// plain engine does connect, which shows the listening port would have seen one.
#include "app/QmlSetup.h"

#include "Wait.h"

#include <QHostAddress>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QTcpServer>

#include <catch2/catch.hpp>

#include <memory>

using namespace tideline;
using namespace Qt::StringLiterals;

namespace {

// An Image and an XMLHttpRequest, both aimed at the port; `done` turns true when both have an
// answer (the image loaded or failed, the request finished).
QByteArray probeQml(quint16 port)
{
    const QByteArray url = "http://127.0.0.1:" + QByteArray::number(port);
    return "import QtQuick\n"
           "Item {\n"
           "    property bool imageAnswered: picture.status === Image.Error || picture.status === Image.Ready\n"
           "    property bool requestAnswered: false\n"
           "    property int requestStatus: -1\n"
           "    Image { id: picture; source: \""
        + url
        + "/picture.png\" }\n"
          "    Component.onCompleted: {\n"
          "        const request = new XMLHttpRequest()\n"
          "        request.onreadystatechange = () => {\n"
          "            if (request.readyState === XMLHttpRequest.DONE) {\n"
          "                requestStatus = request.status\n"
          "                requestAnswered = true\n"
          "            }\n"
          "        }\n"
          "        request.open(\"GET\", \""
        + url
        + "/words\")\n"
          "        request.send()\n"
          "    }\n"
          "}\n";
}

std::unique_ptr<QObject> load(QQmlEngine& engine, quint16 port)
{
    QQmlComponent component(&engine);
    // A local address: a component from data with any other scheme would load asynchronously.
    component.setData(probeQml(port), QUrl::fromLocalFile(u"/nonexistent/Probe.qml"_s));
    INFO(component.errorString().toStdString());
    std::unique_ptr<QObject> probe(component.create());
    REQUIRE(probe);
    return probe;
}

} // namespace

TEST_CASE("The QML engine Tideline prepares makes no network connection", "[network]")
{
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost));

    SECTION("Tideline's engine: refused at once, nothing reaches the port")
    {
        QQmlEngine engine;
        app::prepareQmlEngine(engine);
        const auto probe = load(engine, server.serverPort());
        REQUIRE(test::waitUntil(
            [&] { return probe->property("imageAnswered").toBool() && probe->property("requestAnswered").toBool(); },
            5000));
        // Give a connection that was going to come time to arrive, then look.
        test::waitUntil([&] { return server.hasPendingConnections(); }, 500);
        CHECK_FALSE(server.hasPendingConnections());
        CHECK(probe->property("requestStatus").toInt() == 0); // no answer from any server
    }

    SECTION("A plain engine: the same QML does connect (the port is watched)")
    {
        QQmlEngine engine;
        const auto probe = load(engine, server.serverPort());
        CHECK(test::waitUntil([&] { return server.hasPendingConnections(); }, 5000));
    }
}
