# Precompiled headers. Parsing Qt's and Catch2's headers was most of the time it took to compile
# a Tideline file (2.8 of 4.5 s for a test at -O0, 2.1 of 2.9 s for a core file), and CI builds
# the tree three times on two cores. Each layer precompiles the system headers its files include
# most; only system headers, so no change to Tideline's own code ever rebuilds them.
# TIDELINE_PCH=OFF builds without them (e.g. to check that every file includes what it uses).
option(TIDELINE_PCH "Precompile the most used Qt, Catch2 and standard headers" ON)

set(TIDELINE_PCH_CORE
    <QCoreApplication> <QString> <QStringList> <QList> <QByteArray> <QHash> <QDate> <QDateTime>
    <QFile> <QFileInfo> <QDir> <QJsonObject> <QJsonArray> <QJsonDocument>
    <optional> <algorithm> <functional> <memory> <utility> <vector>)
set(TIDELINE_PCH_APP ${TIDELINE_PCH_CORE} <QObject> <QtQml/qqmlregistration.h> <QAbstractListModel> <QVariantList> <QLocale>)
set(TIDELINE_PCH_TESTS ${TIDELINE_PCH_CORE} <catch2/catch.hpp> <QTemporaryDir> <QProcess>)

# tideline_precompile(target CORE|APP|TESTS)
function(tideline_precompile target kind)
    if(TIDELINE_PCH)
        target_precompile_headers(${target} PRIVATE ${TIDELINE_PCH_${kind}})
    endif()
endfunction()
