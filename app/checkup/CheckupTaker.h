#pragma once

#include "app/VaultClient.h"
#include "core/checkup/CheckupForm.h"

#include <QAbstractListModel>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace tideline::app {

// Taking one check-up: its questions as rows, each answer saved the moment it is given (so a
// lock, a quick exit or closing the page midway loses nothing and the next visit carries on),
// then the result in plain words. The page shows one question at a time or the whole list,
// as the person chooses; both read the same rows.
// Not final: QML creates it through a subclass of its own (Qt 6.4).
class CheckupTaker : public QAbstractListModel, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(CheckupTaker)

    Q_PROPERTY(QString formKey READ formKey WRITE setFormKey NOTIFY formChanged)
    Q_PROPERTY(QString name READ name NOTIFY formChanged)
    Q_PROPERTY(QString title READ title NOTIFY formChanged)
    Q_PROPERTY(QString about READ about NOTIFY formChanged)
    Q_PROPERTY(QString recallSentence READ recallSentence NOTIFY formChanged) // "These questions are about …"
    // Why the questions are in another language than the app (English forms in Spanish); "" otherwise.
    Q_PROPERTY(QString languageNote READ languageNote NOTIFY formChanged)
    Q_PROPERTY(QString instructions READ instructions NOTIFY formChanged)
    Q_PROPERTY(QString contentNote READ contentNote NOTIFY formChanged) // "" when the form has none
    Q_PROPERTY(int count READ rowCount NOTIFY formChanged)
    // A sitting is open (begun now or left unfinished before); answers go into it.
    Q_PROPERTY(bool started READ started NOTIFY progressChanged)
    // A sitting was left unfinished earlier: the page offers to carry on or start again.
    Q_PROPERTY(bool resumable READ resumable NOTIFY progressChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY progressChanged)
    Q_PROPERTY(bool finished READ finished NOTIFY progressChanged)
    // An answer to a sensitive question (PHQ-9 item 9) above its lowest option: support now.
    Q_PROPERTY(bool showSupport READ showSupport NOTIFY progressChanged)
    // After finish(): the total ("12 of 27") or why there is none, the band and the change.
    Q_PROPERTY(QString resultTotal READ resultTotal NOTIFY progressChanged)
    Q_PROPERTY(QString resultBand READ resultBand NOTIFY progressChanged)
    Q_PROPERTY(QString resultChange READ resultChange NOTIFY progressChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1, // "9"
        NumberRole, // 1-based position
        TextRole, // the question, word for word
        OptionsRole, // [{value, label}]
        AnswerRole, // the value given, or -1
        AnsweredRole,
        SensitiveRole,
        ScoredRole,
    };
    Q_ENUM(Role)

    explicit CheckupTaker(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString formKey() const { return m_form.key; }
    void setFormKey(const QString& key);
    QString name() const { return m_form.name; }
    QString title() const { return m_form.title; }
    QString about() const { return m_form.about; }
    QString recallSentence() const;
    QString languageNote() const;
    QString instructions() const { return m_form.instructions; }
    QString contentNote() const { return m_form.contentNote; }
    bool started() const { return m_checkupId > 0; }
    bool resumable() const { return m_resumable; }
    int answeredCount() const { return static_cast<int>(m_answers.size()); }
    bool finished() const { return m_finished; }
    bool showSupport() const;
    QString resultTotal() const { return m_resultTotal; }
    QString resultBand() const { return m_resultBand; }
    QString resultChange() const { return m_resultChange; }
    QString lastError() const { return m_lastError; }

    // Opens a sitting: carries on the one left unfinished, or starts a new one.
    Q_INVOKABLE bool begin();
    // Throws away the unfinished sitting and starts afresh.
    Q_INVOKABLE bool startAgain();
    // Saves at once; false (and lastError) when it cannot, nothing saved.
    Q_INVOKABLE bool answer(int row, int value);
    Q_INVOKABLE bool skip(int row);
    // Ends the sitting and works out the result.
    Q_INVOKABLE bool finish();
    // Throws the sitting away (nothing of it is kept).
    Q_INVOKABLE bool discard();
    Q_INVOKABLE void clearError();

signals:
    void formChanged();
    void progressChanged();
    void lastErrorChanged();

private:
    void vaultAttached() override;
    void load();
    void drop();
    void setError(const QString& message);
    void computeResult();

    checkup::Form m_form;
    qint64 m_checkupId = 0;
    bool m_resumable = false;
    bool m_finished = false;
    checkup::Answers m_answers;
    QString m_resultTotal;
    QString m_resultBand;
    QString m_resultChange;
    QString m_lastError;
};

} // namespace tideline::app
