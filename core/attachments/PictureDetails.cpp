#include "core/attachments/PictureDetails.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace tideline::attachments {

namespace {} // namespace

QStringList PictureDetails::inWords() const
{
    QStringList words;
    if (gps) {
        words << QCoreApplication::translate("Attachments", "the place it was taken (GPS)");
    }
    if (!camera.isEmpty()) {
        words << QCoreApplication::translate("Attachments", "the phone or camera it was taken with");
    }
    if (!takenAt.isEmpty()) {
        words << QCoreApplication::translate("Attachments", "when it was taken");
    }
    if (exif && camera.isEmpty() && takenAt.isEmpty() && !gps) {
        words << QCoreApplication::translate("Attachments", "camera details (EXIF)");
    }
    if (xmp) {
        words << QCoreApplication::translate("Attachments", "editing details (XMP)");
    }
    if (iptc) {
        words << QCoreApplication::translate("Attachments", "captions or names (IPTC)");
    }
    if (comment || text) {
        words << QCoreApplication::translate("Attachments", "hidden text or comments");
    }
    if (time) {
        words << QCoreApplication::translate("Attachments", "when it was last changed");
    }
    if (trailer) {
        words << QCoreApplication::translate("Attachments", "extra data after the picture");
    }
    return words;
}

QString PictureDetails::positionText() const
{
    if (!latitude || !longitude) {
        return {};
    }
    const QString north = *latitude >= 0 ? QCoreApplication::translate("Attachments", "N")
                                         : QCoreApplication::translate("Attachments", "S");
    const QString east = *longitude >= 0 ? QCoreApplication::translate("Attachments", "E")
                                         : QCoreApplication::translate("Attachments", "W");
    return QCoreApplication::translate("Attachments", "%1° %2, %3° %4")
        .arg(
            QString::number(std::fabs(*latitude), 'f', 5), north, QString::number(std::fabs(*longitude), 'f', 5), east);
}

QJsonObject PictureDetails::toJson() const
{
    QJsonArray found;
    const std::pair<bool, const char*> flags[] = {{exif, "exif"}, {gps, "gps"}, {xmp, "xmp"}, {iptc, "iptc"},
        {comment, "comment"}, {text, "text"}, {time, "time"}, {trailer, "trailer"}};
    for (const auto& [set, name] : flags) {
        if (set) {
            found.append(QLatin1String(name));
        }
    }
    QJsonObject object{{QStringLiteral("found"), found}};
    if (latitude && longitude) {
        object.insert(QStringLiteral("latitude"), *latitude);
        object.insert(QStringLiteral("longitude"), *longitude);
    }
    if (!camera.isEmpty()) {
        object.insert(QStringLiteral("camera"), camera);
    }
    if (!takenAt.isEmpty()) {
        object.insert(QStringLiteral("taken_at"), takenAt);
    }
    if (orientation != 1) {
        object.insert(QStringLiteral("orientation"), orientation);
    }
    return object;
}

PictureDetails PictureDetails::fromJson(const QJsonObject& object)
{
    PictureDetails d;
    const QJsonArray found = object.value(QLatin1String("found")).toArray();
    for (const QJsonValue& v : found) {
        const QString name = v.toString();
        d.exif |= name == QLatin1String("exif");
        d.gps |= name == QLatin1String("gps");
        d.xmp |= name == QLatin1String("xmp");
        d.iptc |= name == QLatin1String("iptc");
        d.comment |= name == QLatin1String("comment");
        d.text |= name == QLatin1String("text");
        d.time |= name == QLatin1String("time");
        d.trailer |= name == QLatin1String("trailer");
    }
    const QJsonValue lat = object.value(QLatin1String("latitude"));
    const QJsonValue lon = object.value(QLatin1String("longitude"));
    if (lat.isDouble() && lon.isDouble() && std::fabs(lat.toDouble()) <= 90 && std::fabs(lon.toDouble()) <= 180) {
        d.latitude = lat.toDouble();
        d.longitude = lon.toDouble();
    }
    d.camera = object.value(QLatin1String("camera")).toString().left(200);
    d.takenAt = object.value(QLatin1String("taken_at")).toString().left(40);
    const int orientation = object.value(QLatin1String("orientation")).toInt(1);
    d.orientation = orientation >= 1 && orientation <= 8 ? orientation : 1;
    return d;
}

} // namespace tideline::attachments
