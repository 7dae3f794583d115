#include "SyntheticJournal.h"

#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QFile>

#include <vector>

namespace tideline::bench {

namespace {

// The commonest English words, which fill about half of any diary's running text.
const char* const kFunctionWords[]
    = {"the", "and", "i", "to", "a", "of", "was", "it", "in", "that", "my", "me", "but", "for", "with", "so", "then",
        "not", "on", "had", "felt", "today", "he", "she", "we", "after", "again", "still", "when", "just"};

const QStringList kTags = {QStringLiteral("sleep"), QStringLiteral("therapy"), QStringLiteral("walks"),
    QStringLiteral("hard day"), QStringLiteral("good day"), QStringLiteral("family"), QStringLiteral("work"),
    QStringLiteral("nightmare"), QStringLiteral("gratitude"), QStringLiteral("body")};

} // namespace

SyntheticText::SyntheticText(quint32 seed) : m_random(seed)
{
    for (const char* word : kFunctionWords) {
        m_vocabulary.append(QString::fromLatin1(word));
    }
    m_functionWords = static_cast<int>(m_vocabulary.size());
    QFile list(QStringLiteral(":/assets/passphrase-words.txt"));
    if (list.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : list.readAll().split('\n')) {
            if (!line.trimmed().isEmpty()) {
                m_vocabulary.append(QString::fromUtf8(line.trimmed()));
            }
        }
    }
    // Zipf: the word of rank r is drawn with weight 1/r.
    std::vector<double> weights;
    for (qsizetype rank = 1; rank <= m_vocabulary.size(); ++rank) {
        weights.push_back(1.0 / static_cast<double>(rank));
    }
    m_pick = std::discrete_distribution<int>(weights.begin(), weights.end());
}

QString SyntheticText::words(int count)
{
    QString out;
    out.reserve(count * 7);
    for (int i = 0; i < count; ++i) {
        if (i > 0) {
            out += (i % 14 == 0) ? QStringLiteral(". ") : QStringLiteral(" ");
        }
        out += m_vocabulary.at(m_pick(m_random));
    }
    out += u'.';
    return out;
}

QString SyntheticText::title()
{
    return words(3);
}

Result<int> seedJournal(Database& db, SyntheticText& text, int entries, int wordsPerEntry, const QDate& lastDay)
{
    Transaction tx(db);
    if (auto s = tx.begin(); !s) {
        return s.error();
    }
    for (const QString& tag : kTags) {
        auto stmt = db.prepare("INSERT INTO tag (name) VALUES (?1);");
        if (!stmt) {
            return stmt.error();
        }
        stmt.value().bind(1, tag);
        if (auto s = stmt.value().run(); !s) {
            return s.error();
        }
    }
    auto insert = db.prepare("INSERT INTO entry (created_at, updated_at, day, title, body, mood) "
                             "VALUES (?1, ?1, ?2, ?3, ?4, ?5);");
    auto link = db.prepare("INSERT OR IGNORE INTO entry_tag (entry_id, tag_id) VALUES (?1, ?2);");
    if (!insert) {
        return insert.error();
    }
    if (!link) {
        return link.error();
    }
    std::mt19937 random(7);
    const int days = 3650;
    for (int i = 0; i < entries; ++i) {
        const QDate day = lastDay.addDays(-(days - 1) + static_cast<qint64>(i) * days / entries);
        const QDateTime written(day, QTime(21, 0).addSecs(i % 3600), Qt::UTC);
        insert.value().reset();
        insert.value()
            .bind(1, written.toString(Qt::ISODateWithMs))
            .bind(2, day.toString(Qt::ISODate))
            .bind(3, text.title())
            .bind(4, text.words(wordsPerEntry - 30 + static_cast<int>(random() % 61)))
            .bind(5, static_cast<int>(random() % 11));
        if (auto s = insert.value().run(); !s) {
            return s.error();
        }
        const qint64 id = db.lastInsertRowId();
        for (int t = 0; t < 2; ++t) {
            link.value().reset();
            link.value().bind(1, id).bind(2, static_cast<qint64>(1 + random() % kTags.size()));
            if (auto s = link.value().run(); !s) {
                return s.error();
            }
        }
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return entries;
}

} // namespace tideline::bench
