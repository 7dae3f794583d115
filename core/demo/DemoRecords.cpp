#include "core/demo/DemoRecords.h"

#include "core/attachments/AttachmentStore.h"
#include "core/records/RecordKindRepository.h"
#include "core/records/RecordRepository.h"
#include "core/storage/Database.h"

#include <QBuffer>
#include <QHash>

#include <random>

namespace tideline::demo {

namespace {

struct Invented
{
    int daysAgo;
    int hour; // -1: no time
    bool around;
    const char* kinds;
    const char* place;
    const char* happened;
    const char* injuries;
    const char* witnesses;
    const char* told;
    int doctor; // -1 not said, 0 no, 1 yes
    int reported;
    bool sensitive;
    int picture; // -1 none
    const char* pictureName;
    const char* edit; // added to "what happened" a day later; null for none
};

// Written as a person might, briefly and plainly; no real names. "door.jpg" is a PNG with a
// made-up position inside: it shows the app's notices for a misnamed file and for a location.
const Invented kRecords[] = {
    {96, 22, false, "threats technology", "At home, by text",
        "Long run of messages after I said I was staying at my sister's. Said I would regret it.", "", "", "My sister",
        -1, 0, false, 0, "messages.png",
        "Added the screenshot the next morning. There were more messages I deleted before I thought to keep them."},
    {71, 20, true, "property pressure", "The hallway",
        "Argument about money. He kicked the door on his way out. I stayed in the bedroom until he left.", "", "Nobody",
        "", -1, -1, false, 1, "door.jpg", nullptr},
    {45, 23, false, "physical property", "Kitchen",
        "He grabbed my phone off the table and threw it. He held my arm when I tried to pick it up.",
        "Sore wrist, a mark by the next day", "", "A friend from work, two days later", 1, 0, true, 2, "phone.png",
        "Went to the walk-in clinic on Saturday about the wrist. They wrote it down."},
    {30, -1, true, "pressure", "", "A note left on the table saying I had to be home by six from now on.", "", "", "",
        -1, -1, false, 3, "note.png", nullptr},
    {9, 21, false, "threats", "Car park behind the shops",
        "He was waiting by my car after work. Said he knows where I park and what time I finish.", "",
        "Someone walking past, I think", "The support line", 0, 1, false, 4, "car-park.png", nullptr},
};

} // namespace

Result<DemoRecordsSummary> fillDemoRecords(Database& db, quint64 seed, const QDate& today)
{
    DemoRecordsSummary summary;
    std::mt19937_64 random(seed ^ 0x5eed0f2ecull);
    Result<QList<records::RecordKind>> kinds = records::RecordKindRepository(db, SystemClock::instance()).all(true);
    if (!kinds) {
        return kinds.error();
    }
    QHash<QString, qint64> kindIds;
    for (const records::RecordKind& k : kinds.value()) {
        kindIds.insert(k.key, k.id);
    }
    ManualClock writtenAt;
    for (const Invented& r : kRecords) {
        const QDate day = today.addDays(-r.daysAgo);
        records::RecordFields f;
        f.day = day;
        if (r.hour >= 0) {
            f.time = QTime(r.hour, static_cast<int>(random() % 4) * 15);
        }
        f.approximate = r.around;
        f.place = QString::fromUtf8(r.place);
        f.whatHappened = QString::fromUtf8(r.happened);
        f.injuries = QString::fromUtf8(r.injuries);
        f.witnesses = QString::fromUtf8(r.witnesses);
        f.told = QString::fromUtf8(r.told);
        f.sawDoctor = r.doctor < 0 ? std::nullopt : std::optional<bool>(r.doctor == 1);
        f.reported = r.reported < 0 ? std::nullopt : std::optional<bool>(r.reported == 1);
        f.sensitive = r.sensitive;
        for (const QString& key : QString::fromLatin1(r.kinds).split(u' ', Qt::SkipEmptyParts)) {
            f.kindIds.append(kindIds.value(key));
        }
        // Written down the morning after.
        writtenAt.set(QDateTime(day.addDays(1), QTime(8, 30 + static_cast<int>(random() % 20)), Qt::LocalTime));
        records::RecordRepository repo(db, writtenAt);
        Result<qint64> id = repo.create(f);
        if (!id) {
            return id.error();
        }
        ++summary.records;
        if (r.picture >= 0) {
            writtenAt.advanceSeconds(120);
            QByteArray png = demoPicture(r.picture, 480, 360, r.picture == 1);
            QBuffer source(&png);
            source.open(QIODevice::ReadOnly);
            const attachments::AddOptions options{attachments::AttachmentOwner::record(id.value()), {},
                [&](const attachments::Attachment&) { return repo.keepVersion(id.value()); }};
            Result<attachments::Attachment> added
                = attachments::AttachmentStore(db, writtenAt)
                      .add(source, QString::fromLatin1(r.pictureName), png.size(), options);
            if (!added) {
                return added.error();
            }
            ++summary.pictures;
        }
        if (r.edit) {
            writtenAt.advanceSeconds(26 * 3600);
            f.whatHappened += QStringLiteral("\n\n") + QString::fromUtf8(r.edit);
            if (Status s = repo.update(id.value(), f); !s) {
                return s.error();
            }
        }
    }
    return summary;
}

} // namespace tideline::demo
