#pragma once

#include "core/files/FolderListing.h"

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

namespace tideline::app {

// One folder as the file chooser lists it: its folders, then the files that match nameFilters,
// hidden entries left out (core/files/FolderListing.h). The names are read on a worker, so a
// slow USB stick never freezes the window (`loading` meanwhile), and rows reach the view a page
// at a time (canFetchMore/fetchMore), so a folder of 50,000 files costs only what is scrolled.
// Not `final`: QML creates instances through a subclass (QQmlPrivate::QQmlElement) in Qt 6.4.
class FolderModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(FolderModel)

    // The absolute path listed; setting it starts a new listing.
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY folderChanged)
    // The folder that holds this one; "" at the top ("/").
    Q_PROPERTY(QString parentFolder READ parentFolder NOTIFY folderChanged)
    // Which files to list besides folders ("*.pdf"); none lists folders only.
    Q_PROPERTY(QStringList nameFilters READ nameFilters WRITE setNameFilters NOTIFY nameFiltersChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Every entry of the folder, loaded into rows or not.
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    // Why the folder could not be listed, in plain words; "" when it was.
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1, // the entry's name, as on disk
        PathRole, // its absolute path
        IsFolderRole, // true for a folder (or a link to one)
    };
    Q_ENUM(Role)

    explicit FolderModel(QObject* parent = nullptr);
    ~FolderModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    QString folder() const { return m_folder; }
    void setFolder(const QString& folder);
    QString parentFolder() const;
    QStringList nameFilters() const { return m_nameFilters; }
    void setNameFilters(const QStringList& filters);
    int count() const { return m_shown; }
    int totalCount() const { return static_cast<int>(m_entries.size()); }
    bool loading() const { return m_loading; }
    QString problem() const { return m_problem; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size);

    // Lists the folder again (after a drive was plugged in, say).
    Q_INVOKABLE void reload();
    // The row of the entry called name, loading pages up to it; -1 when there is none.
    Q_INVOKABLE int rowOf(const QString& name);

signals:
    void folderChanged();
    void nameFiltersChanged();
    void countChanged();
    void loadingChanged();
    void problemChanged();
    void pageSizeChanged();

private:
    using Listing = Result<std::vector<files::FolderEntry>>;
    void takeListing(quint64 generation, const Listing& listing);
    void setLoading(bool loading);
    void setProblem(const QString& problem);

    QString m_folder;
    QStringList m_nameFilters;
    std::vector<files::FolderEntry> m_entries;
    int m_shown = 0; // rows handed to views so far
    bool m_resetting = false;
    bool m_fetching = false;
    int m_pageSize = 200;
    bool m_loading = false;
    QString m_problem;
    quint64 m_generation = 0; // a listing that arrives for an older folder is dropped
    std::unique_ptr<QFutureWatcher<Listing>> m_watcher;
};

} // namespace tideline::app
