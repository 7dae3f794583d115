#include "app/trends/TrendListModel.h"

namespace tideline::app {

void TrendListModel::setError(const QString& message)
{
    if (m_lastError != message) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

} // namespace tideline::app
