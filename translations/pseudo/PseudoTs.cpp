// tideline_pseudo_ts IN.ts OUT.ts: writes a pseudo-locale translation of every message in IN
// (its English sources), each doubled and bracketed: "Save" becomes "[Save·Save]". Text that
// shows up on screen without the brackets escaped translation; a layout that breaks with the
// doubled length breaks in a longer language too. Messages whose comment says "QLocale format"
// are date patterns, kept as they are so that dates still parse.
#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QString pseudo(const QString& source)
{
    return u"[%1·%1]"_s.arg(source);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fputs("usage: tideline_pseudo_ts IN.ts OUT.ts\n", stderr);
        return 1;
    }
    QFile in(args[1]);
    QFile out(args[2]);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fputs("tideline_pseudo_ts: cannot open the files\n", stderr);
        return 1;
    }
    QXmlStreamReader reader(&in);
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    writer.writeDTD(u"<!DOCTYPE TS>"_s);
    writer.writeStartElement(u"TS"_s);
    writer.writeAttribute(u"version"_s, u"2.1"_s);
    writer.writeAttribute(u"language"_s, u"en"_s); // two plural forms, as English has
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.name();
            if (name == u"context"_s) {
                writer.writeStartElement(u"context"_s);
            } else if (name == u"name"_s) {
                writer.writeTextElement(u"name"_s, reader.readElementText());
            } else if (name == u"message"_s) {
                numerus = reader.attributes().value(u"numerus"_s) == u"yes"_s;
                source.clear();
                comment.clear();
            } else if (name == u"source"_s) {
                source = reader.readElementText();
            } else if (name == u"comment"_s) {
                comment = reader.readElementText();
            }
        } else if (reader.isEndElement()) {
            const auto name = reader.name();
            if (name == u"context"_s) {
                writer.writeEndElement();
            } else if (name == u"message"_s) {
                writer.writeStartElement(u"message"_s);
                if (numerus) {
                    writer.writeAttribute(u"numerus"_s, u"yes"_s);
                }
                writer.writeTextElement(u"source"_s, source);
                if (!comment.isEmpty()) {
                    writer.writeTextElement(u"comment"_s, comment);
                }
                const QString text = comment.contains(u"QLocale format"_s) ? source : pseudo(source);
                writer.writeStartElement(u"translation"_s);
                if (numerus) {
                    writer.writeTextElement(u"numerusform"_s, text);
                    writer.writeTextElement(u"numerusform"_s, text);
                } else {
                    writer.writeCharacters(text);
                }
                writer.writeEndElement(); // translation
                writer.writeEndElement(); // message
            }
        }
    }
    writer.writeEndElement(); // TS
    writer.writeEndDocument();
    if (reader.hasError()) {
        std::fprintf(stderr, "tideline_pseudo_ts: %s\n", qPrintable(reader.errorString()));
        return 1;
    }
    return 0;
}
