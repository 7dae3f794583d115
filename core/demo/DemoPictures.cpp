// The demo vault's pictures, painted pixel by pixel into PNGs (Qt Core only). Simple shapes and
// soft colours; nothing in them is readable or distressing.
#include "core/demo/DemoRecords.h"

#include "core/attachments/ExifWriter.h"
#include "core/demo/PngWriter.h"

#include <algorithm>
#include <cmath>

namespace tideline::demo {

namespace {

struct Rgb
{
    double r, g, b;
};

Rgb mix(const Rgb& a, const Rgb& b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return {a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t};
}

// 1 inside a rounded rectangle, 0 outside, with a one-pixel soft edge.
double roundedRect(double x, double y, double left, double top, double width, double height, double radius)
{
    const double cx = std::clamp(x, left + radius, left + width - radius);
    const double cy = std::clamp(y, top + radius, top + height - radius);
    const double d = std::hypot(x - cx, y - cy) - radius;
    return std::clamp(0.5 - d, 0.0, 1.0);
}

double disc(double x, double y, double cx, double cy, double radius)
{
    return std::clamp(radius - std::hypot(x - cx, y - cy) + 0.5, 0.0, 1.0);
}

// Distance from a point to a segment.
double segment(double x, double y, double ax, double ay, double bx, double by)
{
    const double dx = bx - ax;
    const double dy = by - ay;
    const double t = std::clamp(((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy), 0.0, 1.0);
    return std::hypot(x - (ax + t * dx), y - (ay + t * dy));
}

Rgb messages(double x, double y, double w, double h)
{
    Rgb c{244, 241, 236};
    const Rgb left{226, 222, 216};
    const Rgb right{142, 196, 186};
    const Rgb ink{120, 116, 110};
    for (int i = 0; i < 6; ++i) {
        const bool mine = i % 2 == 1;
        const double top = h * (0.06 + i * 0.155);
        const double bw = w * (0.45 + 0.1 * ((i * 37) % 3));
        const double lx = mine ? w * 0.94 - bw : w * 0.06;
        const double inside = roundedRect(x, y, lx, top, bw, h * 0.12, h * 0.04);
        c = mix(c, mine ? right : left, inside);
        // Two "lines of text" as soft bars, never letters.
        for (int line = 0; line < 2; ++line) {
            const double bar = roundedRect(x, y, lx + w * 0.03, top + h * (0.025 + line * 0.045),
                bw * (line == 0 ? 0.8 : 0.5), h * 0.022, h * 0.011);
            c = mix(c, ink, bar * inside * 0.35);
        }
    }
    return c;
}

Rgb door(double x, double y, double w, double h)
{
    const double grain = 0.5 + 0.5 * std::sin(x * 0.09 + std::sin(y * 0.013) * 3.0);
    Rgb c = mix(Rgb{150, 104, 70}, Rgb{176, 128, 88}, grain * 0.7 + y / h * 0.3);
    // A dent: a darker, softly edged oval.
    const double dx = (x - w * 0.58) / (w * 0.09);
    const double dy = (y - h * 0.42) / (h * 0.06);
    c = mix(c, Rgb{96, 62, 40}, std::clamp(1.2 - std::hypot(dx, dy), 0.0, 1.0) * 0.8);
    c = mix(c, Rgb{210, 190, 140}, disc(x, y, w * 0.85, h * 0.55, h * 0.035)); // the handle
    return c;
}

Rgb phone(double x, double y, double w, double h)
{
    Rgb c = mix(Rgb{214, 200, 178}, Rgb{196, 180, 156}, y / h); // a table
    const double body = roundedRect(x, y, w * 0.33, h * 0.1, w * 0.34, h * 0.8, w * 0.04);
    c = mix(c, Rgb{40, 44, 52}, body);
    // Cracks from one point, pale lines.
    const double px = w * 0.45;
    const double py = h * 0.35;
    const double angles[] = {0.3, 1.2, 2.4, 3.6, 4.7, 5.6};
    double crack = 0;
    for (const double a : angles) {
        const double length = h * (0.18 + 0.05 * std::sin(a * 3));
        crack = std::max(crack, 1.0 - segment(x, y, px, py, px + std::cos(a) * length, py + std::sin(a) * length));
    }
    return mix(c, Rgb{200, 206, 214}, std::clamp(crack, 0.0, 1.0) * body);
}

Rgb note(double x, double y, double w, double h)
{
    Rgb c{92, 110, 122}; // a worktop
    const double paper = roundedRect(x, y, w * 0.18, h * 0.08, w * 0.64, h * 0.84, 6);
    c = mix(c, Rgb{250, 246, 232}, paper);
    for (int line = 0; line < 8; ++line) {
        const double ly = h * (0.2 + line * 0.08);
        if (std::abs(y - ly) < 0.8) {
            c = mix(c, Rgb{170, 196, 226}, paper * 0.8);
        }
        // A wavy stroke like handwriting, unreadable.
        const double wave = ly - h * 0.025 + std::sin(x * 0.21 + line) * h * 0.008 + std::sin(x * 0.05) * h * 0.004;
        const bool written = x > w * 0.22 && x < w * (0.72 - 0.04 * (line % 3)) && line < 6;
        if (written && std::abs(y - wave) < 1.3) {
            c = mix(c, Rgb{60, 64, 90}, paper);
        }
    }
    return c;
}

Rgb carPark(double x, double y, double w, double h)
{
    Rgb c = mix(Rgb{18, 26, 48}, Rgb{40, 46, 70}, y / h);
    for (int lamp = 0; lamp < 4; ++lamp) {
        const double lx = w * (0.15 + lamp * 0.24);
        const double glow = std::exp(-std::pow(std::hypot(x - lx, y - h * 0.3) / (h * 0.12), 2));
        c = mix(c, Rgb{250, 214, 150}, glow * 0.9);
    }
    if (y > h * 0.7 && static_cast<int>(x / (w * 0.12)) % 2 == 0 && std::abs(y - h * 0.8) < 1.5) {
        c = mix(c, Rgb{200, 200, 190}, 0.6); // parking lines
    }
    return c;
}

} // namespace

QByteArray demoPicture(int which, int width, int height, bool withPosition)
{
    using Painter = Rgb (*)(double, double, double, double);
    const Painter painters[] = {messages, door, phone, note, carPark};
    const Painter paint = painters[std::clamp(which, 0, 4)];
    QByteArray rgb(qsizetype(width) * height * 3, Qt::Uninitialized);
    char* out = rgb.data();
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const Rgb c = paint(x + 0.5, y + 0.5, width, height);
            *out++ = static_cast<char>(std::lround(std::clamp(c.r, 0.0, 255.0)));
            *out++ = static_cast<char>(std::lround(std::clamp(c.g, 0.0, 255.0)));
            *out++ = static_cast<char>(std::lround(std::clamp(c.b, 0.0, 255.0)));
        }
    }
    QList<QPair<QByteArray, QByteArray>> extra;
    if (withPosition) {
        // Invented details, as a phone would have put them in: the Greenwich meridian line.
        attachments::ExifFields exif;
        exif.make = QStringLiteral("Demo");
        exif.model = QStringLiteral("Demo Phone");
        exif.latitude = 51.47791;
        exif.longitude = -0.00147;
        extra.append({"eXIf", attachments::exifBlock(exif)});
    }
    return pngFromRgb(width, height, rgb, extra);
}

} // namespace tideline::demo
