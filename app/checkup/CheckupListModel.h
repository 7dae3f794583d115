#pragma once

#include "app/VaultClient.h"
#include "core/checkup/CheckupForm.h"

#include <QAbstractListModel>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// The check-ups there are (the shipped PCL-5, PHQ-9, GAD-7 and the person's own forms), which
// ones the person chose and how often Today may suggest them, and the last result of each.
// Settings lists every row; Today's card shows only the due ones (dueOnly). A few rows at most.
// Not final: QML creates it through a subclass of its own (Qt 6.4).
class CheckupListModel : public QAbstractListModel, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(CheckupListModel)

    // Only the chosen forms that are due today (for the card on Today).
    Q_PROPERTY(bool dueOnly READ dueOnly WRITE setDueOnly NOTIFY dueOnlyChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading CONSTANT)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // A therapist's form read from a file and checked, waiting for "Add it" (see previewFile).
    Q_PROPERTY(QString previewText READ previewText NOTIFY previewChanged)
    Q_PROPERTY(bool hasPreview READ hasPreview NOTIFY previewChanged)
    Q_PROPERTY(QString addedMessage READ addedMessage NOTIFY previewChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // "phq9"
        NameRole, // "PHQ-9"
        TitleRole, // "Patient Health Questionnaire (PHQ-9)"
        AboutRole, // one plain sentence
        QuestionsRole, // how many questions are scored
        RecallRole, // "the last 2 weeks"
        BuiltinRole, // shipped with Tideline
        ChosenRole, // in the person's check-ups
        EveryWeeksRole, // 1, 2, 4; 0 = only when I start one
        DueRole, // Today may suggest it now
        UnfinishedRole, // one was left midway
        LastResultRole, // "12 of 27 on 3 March 2026 (moderate)", or ""
        SourceRole, // where the wording comes from, and its terms of use
        QuestionsAboutRole, // "9 questions about the last 2 weeks", in the form's language
        LanguageNoteRole, // why the form is in another language than the app, or ""
    };
    Q_ENUM(Role)

    explicit CheckupListModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool dueOnly() const { return m_dueOnly; }
    void setDueOnly(bool dueOnly);
    int count() const { return static_cast<int>(m_rows.size()); }
    bool loading() const { return false; }
    QString lastError() const { return m_lastError; }
    QString previewText() const { return m_previewText; }
    bool hasPreview() const { return !m_previewJson.isEmpty(); }
    QString addedMessage() const { return m_addedMessage; }

    // everyWeeks: 1, 2 or 4, or 0 for "only when I start one"; -1 takes it off the list.
    Q_INVOKABLE bool setEvery(int row, int everyWeeks);
    // "Not now": rests the suggestion for a few days. One step, no question asked.
    Q_INVOKABLE bool notNow(int row);
    // "Stop suggesting this": kept, but only when the person starts it.
    Q_INVOKABLE bool stopSuggesting(int row);
    // Reads a form file (a local path or a file: URL) and checks it; the preview says what it
    // holds, or lastError why it cannot be used. Nothing is added yet.
    Q_INVOKABLE bool previewFile(const QUrl& file);
    Q_INVOKABLE bool addPreviewed();
    Q_INVOKABLE void cancelPreview();
    Q_INVOKABLE void reload();

signals:
    void dueOnlyChanged();
    void countChanged();
    void lastErrorChanged();
    void previewChanged();

private:
    void vaultAttached() override;
    struct Row
    {
        checkup::Form form;
        bool chosen = false;
        int everyWeeks = 0;
        bool due = false;
        bool unfinished = false;
        QString lastResult;
    };

    void setError(const QString& message);
    void drop();

    bool m_dueOnly = false;
    QList<Row> m_rows;
    QString m_lastError;
    QByteArray m_previewJson;
    QString m_previewText;
    QString m_addedMessage;
};

} // namespace tideline::app
