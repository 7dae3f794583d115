#include "core/exchange/JsonLocation.h"

namespace tideline::exchange {

int lineOfOffset(const QByteArray& json, qsizetype offset)
{
    return static_cast<int>(json.left(offset).count('\n')) + 1;
}

int lineOfRecord(const QByteArray& json, const QByteArray& section, qsizetype index)
{
    int depth = 0;
    int line = 1;
    QByteArray lastKey; // the last string read at depth 1: the key before any '[' there
    bool inSection = false;
    bool awaitingElement = false;
    qsizetype element = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '\n') {
            ++line;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r') {
            continue;
        }
        if (inSection && depth == 2 && awaitingElement && c != ']') {
            if (element == index) {
                return line;
            }
            awaitingElement = false;
        }
        switch (c) {
        case '"': {
            const qsizetype start = i + 1;
            for (++i; i < json.size() && json[i] != '"'; ++i) {
                if (json[i] == '\\') {
                    ++i; // an escaped character, perhaps a quote
                }
            }
            if (depth == 1) {
                lastKey = json.mid(start, i - start);
            }
            break;
        }
        case '[':
            if (depth == 1 && lastKey == section) {
                inSection = true;
                awaitingElement = true;
                element = 0;
            }
            ++depth;
            break;
        case '{':
            ++depth;
            break;
        case ']':
        case '}':
            --depth;
            if (depth == 1) {
                inSection = false;
            }
            break;
        case ',':
            if (inSection && depth == 2) {
                ++element;
                awaitingElement = true;
            }
            break;
        default:
            break;
        }
    }
    return 0;
}

} // namespace tideline::exchange
