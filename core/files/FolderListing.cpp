#include "core/files/FolderListing.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace tideline::files {

namespace {

QStringView withoutLeadingZeros(QStringView digits)
{
    qsizetype first = 0;
    while (first + 1 < digits.size() && digits.at(first) == u'0') {
        ++first;
    }
    return digits.mid(first);
}

// "report2" before "report10": runs of digits compare as numbers, the rest as the person's
// language sorts it. (QCollator's numeric mode needs ICU and a real locale; this does not.)
bool naturalLess(const QCollator& collator, const QString& a, const QString& b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const bool digitA = a.at(i).isDigit();
        const bool digitB = b.at(j).isDigit();
        qsizetype endA = i;
        qsizetype endB = j;
        while (endA < a.size() && a.at(endA).isDigit() == digitA) {
            ++endA;
        }
        while (endB < b.size() && b.at(endB).isDigit() == digitB) {
            ++endB;
        }
        const QStringView runA = QStringView(a).mid(i, endA - i);
        const QStringView runB = QStringView(b).mid(j, endB - j);
        if (digitA && digitB) {
            // Leading zeros aside, a longer run of digits is a larger number.
            const QStringView numberA = withoutLeadingZeros(runA);
            const QStringView numberB = withoutLeadingZeros(runB);
            if (numberA.size() != numberB.size()) {
                return numberA.size() < numberB.size();
            }
            if (const int order = numberA.compare(numberB); order != 0) {
                return order < 0;
            }
        } else if (const int order = collator.compare(runA, runB); order != 0) {
            return order < 0;
        }
        i = endA;
        j = endB;
    }
    return a.size() - i < b.size() - j;
}

} // namespace

Result<std::vector<FolderEntry>> listFolder(const QString& folder, const QStringList& nameFilters)
{
    const QFileInfo info(folder);
    if (!info.isDir()) {
        return Error::make(
            ErrorCode::NotFound, QCoreApplication::translate("FolderListing", "This folder is not there any more."));
    }
    if (!info.isReadable() || !info.isExecutable()) {
        return Error::make(ErrorCode::CannotWrite,
            QCoreApplication::translate(
                "FolderListing", "This folder can't be opened (it may belong to someone else)."));
    }
    QList<QRegularExpression> patterns;
    for (const QString& filter : nameFilters) {
        patterns.append(QRegularExpression(
            QRegularExpression::wildcardToRegularExpression(filter), QRegularExpression::CaseInsensitiveOption));
    }
    const auto matches = [&patterns](const QString& name) {
        return std::any_of(
            patterns.cbegin(), patterns.cend(), [&name](const auto& p) { return p.match(name).hasMatch(); });
    };

    std::vector<FolderEntry> entries;
    // No QDir::Hidden and no QDir::System: dot files and broken links stay out of sight.
    QDirIterator it(folder, QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QFileInfo entry = it.nextFileInfo();
        if (entry.isDir()) {
            entries.push_back({entry.fileName(), true});
        } else if (entry.isFile() && matches(entry.fileName())) {
            entries.push_back({entry.fileName(), false});
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(entries.begin(), entries.end(), [&collator](const FolderEntry& a, const FolderEntry& b) {
        if (a.isFolder != b.isFolder) {
            return a.isFolder;
        }
        return naturalLess(collator, a.name, b.name);
    });
    return entries;
}

QString extensionFromFilters(const QStringList& nameFilters)
{
    if (nameFilters.isEmpty()) {
        return {};
    }
    const QString first = nameFilters.first().trimmed();
    const QString extension = first.mid(1); // "*.pdf" -> ".pdf"
    const bool plain = first.startsWith(QLatin1String("*.")) && extension.size() > 1
        && !extension.contains(QLatin1Char('*')) && !extension.contains(QLatin1Char('?'))
        && !extension.contains(QLatin1Char('['));
    return plain ? extension : QString();
}

} // namespace tideline::files
