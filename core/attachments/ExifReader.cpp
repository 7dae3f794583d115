#include "core/attachments/ExifReader.h"

#include <QtEndian>

#include <cmath>

namespace tideline::attachments {

namespace {

constexpr int kMaxEntries = 512; // per directory; a real one has tens

enum Tag : quint16 {
    Make = 0x010F,
    Model = 0x0110,
    Orientation = 0x0112,
    ExifPointer = 0x8769,
    GpsPointer = 0x8825,
    DateTimeOriginal = 0x9003,
    GpsLatitudeRef = 1,
    GpsLatitude = 2,
    GpsLongitudeRef = 3,
    GpsLongitude = 4,
};

enum Type : quint16 { Byte = 1, Ascii = 2, Short = 3, Long = 4, Rational = 5 };

class Tiff
{
public:
    explicit Tiff(QByteArray data) : m_data(std::move(data))
    {
        if (m_data.size() >= 8 && (m_data.startsWith("II") || m_data.startsWith("MM"))) {
            m_little = m_data.startsWith("II");
            m_valid = u16(2) == 42;
        }
    }
    bool valid() const { return m_valid; }

    bool has(qint64 offset, qint64 length) const
    {
        return offset >= 0 && length >= 0 && offset + length <= m_data.size();
    }
    quint16 u16(qint64 at) const
    {
        if (!has(at, 2)) {
            return 0;
        }
        const auto* p = reinterpret_cast<const uchar*>(m_data.constData() + at);
        return m_little ? qFromLittleEndian<quint16>(p) : qFromBigEndian<quint16>(p);
    }
    quint32 u32(qint64 at) const
    {
        if (!has(at, 4)) {
            return 0;
        }
        const auto* p = reinterpret_cast<const uchar*>(m_data.constData() + at);
        return m_little ? qFromLittleEndian<quint32>(p) : qFromBigEndian<quint32>(p);
    }

    struct Entry
    {
        quint16 tag = 0;
        quint16 type = 0;
        quint32 count = 0;
        qint64 valueAt = 0; // where the value is: inside the entry when it fits in 4 bytes
    };

    // The entries of the directory at offset (none when it is out of the block).
    QList<Entry> directory(qint64 offset) const
    {
        QList<Entry> entries;
        if (!has(offset, 2)) {
            return entries;
        }
        const int count = qMin<int>(u16(offset), kMaxEntries);
        for (int i = 0; i < count; ++i) {
            const qint64 at = offset + 2 + qint64(i) * 12;
            if (!has(at, 12)) {
                break;
            }
            Entry e{u16(at), u16(at + 2), u32(at + 4), at + 8};
            const qint64 size = qint64(e.count) * typeSize(e.type);
            if (size > 4) {
                e.valueAt = u32(at + 8);
            }
            if (typeSize(e.type) == 0 || !has(e.valueAt, size)) {
                continue; // an unknown type, or a value outside the block
            }
            entries.append(e);
        }
        return entries;
    }

    QString ascii(const Entry& e) const
    {
        if (e.type != Ascii) {
            return {};
        }
        QByteArray bytes = m_data.mid(e.valueAt, qMin<qint64>(e.count, 200));
        const qsizetype nul = bytes.indexOf('\0');
        if (nul >= 0) {
            bytes.truncate(nul);
        }
        // Only printable characters: this text is shown to the person and printed on request.
        QString text = QString::fromLatin1(bytes).trimmed();
        text.removeIf([](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7F; });
        return text;
    }

    std::optional<double> rational(qint64 at) const
    {
        const quint32 numerator = u32(at);
        const quint32 denominator = u32(at + 4);
        if (denominator == 0) {
            return std::nullopt;
        }
        return static_cast<double>(numerator) / denominator;
    }

    // Degrees, minutes, seconds as three rationals.
    std::optional<double> degrees(const Entry& e) const
    {
        if (e.type != Rational || e.count < 3) {
            return std::nullopt;
        }
        const auto d = rational(e.valueAt);
        const auto m = rational(e.valueAt + 8);
        const auto s = rational(e.valueAt + 16);
        if (!d || !m || !s) {
            return std::nullopt;
        }
        return *d + *m / 60.0 + *s / 3600.0;
    }

    int shortValue(const Entry& e) const
    {
        return e.type == Short ? u16(e.valueAt) : e.type == Long ? int(u32(e.valueAt)) : 0;
    }
    qint64 pointer(const Entry& e) const
    {
        return e.type == Long ? qint64(u32(e.valueAt)) : e.type == Short ? u16(e.valueAt) : -1;
    }

private:
    static int typeSize(quint16 type)
    {
        switch (type) {
        case Byte:
        case Ascii:
        case 6: // SBYTE
        case 7: // UNDEFINED
            return 1;
        case Short:
        case 8: // SSHORT
            return 2;
        case Long:
        case 9: // SLONG
        case 11: // FLOAT
            return 4;
        case Rational:
        case 10: // SRATIONAL
        case 12: // DOUBLE
            return 8;
        default:
            return 0;
        }
    }

    QByteArray m_data;
    bool m_little = false;
    bool m_valid = false;
};

void readGps(const Tiff& tiff, qint64 offset, PictureDetails& into)
{
    QString latRef, lonRef;
    std::optional<double> lat, lon;
    const auto entries = tiff.directory(offset);
    for (const Tiff::Entry& e : entries) {
        switch (e.tag) {
        case GpsLatitudeRef:
            latRef = tiff.ascii(e);
            break;
        case GpsLatitude:
            lat = tiff.degrees(e);
            break;
        case GpsLongitudeRef:
            lonRef = tiff.ascii(e);
            break;
        case GpsLongitude:
            lon = tiff.degrees(e);
            break;
        default:
            break;
        }
    }
    if (!entries.isEmpty()) {
        into.gps = true; // a GPS directory at all: even without coordinates it may hold times or heights
    }
    if (lat && lon && std::isfinite(*lat) && std::isfinite(*lon) && *lat <= 90 && *lon <= 180) {
        into.latitude = latRef.startsWith(u'S') ? -*lat : *lat;
        into.longitude = lonRef.startsWith(u'W') ? -*lon : *lon;
    }
}

} // namespace

void readExif(const QByteArray& block, PictureDetails& into)
{
    const QByteArray body = block.startsWith(QByteArrayView("Exif\0\0", 6)) ? block.mid(6) : block;
    const Tiff tiff(body);
    if (!tiff.valid()) {
        return;
    }
    QString make, model;
    // Orientation and resolution alone say nothing about the person: such a block (the one a
    // stripped copy keeps) is not reported as EXIF.
    bool onlyHarmless = true;
    qint64 exifAt = -1;
    qint64 gpsAt = -1;
    for (const Tiff::Entry& e : tiff.directory(tiff.u32(4))) {
        const bool harmless = e.tag == Orientation || e.tag == 0x011A || e.tag == 0x011B || e.tag == 0x0128;
        onlyHarmless = onlyHarmless && harmless;
        switch (e.tag) {
        case Make:
            make = tiff.ascii(e);
            break;
        case Model:
            model = tiff.ascii(e);
            break;
        case Orientation: {
            const int value = tiff.shortValue(e);
            into.orientation = value >= 1 && value <= 8 ? value : 1;
            break;
        }
        case ExifPointer:
            exifAt = tiff.pointer(e);
            break;
        case GpsPointer:
            gpsAt = tiff.pointer(e);
            break;
        default:
            break;
        }
    }
    if (exifAt > 0) {
        for (const Tiff::Entry& e : tiff.directory(exifAt)) {
            if (e.tag == DateTimeOriginal) {
                into.takenAt = tiff.ascii(e);
            }
        }
    }
    if (gpsAt > 0) {
        readGps(tiff, gpsAt, into);
    }
    into.exif = into.exif || !onlyHarmless;
    into.camera = (model.startsWith(make) || make.isEmpty()) ? model : (make + QLatin1Char(' ') + model).trimmed();
}

} // namespace tideline::attachments
