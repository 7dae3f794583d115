#include "app/NoNetwork.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QQmlEngine>
#include <QQmlNetworkAccessManagerFactory>
#include <QUrl>

namespace tideline::app {

namespace {

class RefusingManager final : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request, QIODevice* data) override
    {
        // The app's own resources (read with XMLHttpRequest by the tests) are not the network.
        if (request.url().scheme() == QLatin1String("qrc")) {
            return QNetworkAccessManager::createRequest(operation, request, data);
        }
        // Anything else becomes a request for a scheme no handler knows: Qt answers it with an
        // error reply, on the next turn of the event loop, having touched nothing. The address
        // asked for is not logged: it may hold words from the vault.
        const QNetworkRequest refused(QUrl(QStringLiteral("tideline-no-network:")));
        return QNetworkAccessManager::createRequest(GetOperation, refused, nullptr);
    }
};

class RefusingFactory final : public QQmlNetworkAccessManagerFactory
{
public:
    QNetworkAccessManager* create(QObject* parent) override { return new RefusingManager(parent); }
};

} // namespace

void refuseNetwork(QQmlEngine& engine)
{
    // One factory for every engine, alive as long as the process: an engine never owns it.
    static RefusingFactory factory;
    engine.setNetworkAccessManagerFactory(&factory);
}

} // namespace tideline::app
