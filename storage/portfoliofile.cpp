#include "storage/portfoliofile.h"

#include "core/domain/validation.h"
#include "storage/changetable.h"
#include "storage/filecopy.h"
#include "storage/filelock.h"
#include "storage/ideacolumns.h"
#include "storage/idearows.h"
#include "storage/leftovers.h"
#include "storage/schema.h"
#include "storage/sqliterows.h"
#include "storage/sqlsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace mlp {

using namespace storage;

struct PortfolioFile::Private
{
    QString path;
    // The writer lock (exclusive) or, for a reader of a file without a live writer, the shared
    // lock that keeps a writer from starting while it reads. Taken before SQLite sees the file.
    FileLock lock;
    std::unique_ptr<Connection> connection;
    // A reader of a file with leftovers reads a private copy with them applied (leftovers.h).
    std::unique_ptr<QTemporaryDir> scratch;
    bool readOnly = false;
    bool inWal = false;
    // Set once the file is open: after the first committed change the file switches to WAL.
    // Until then the file is only read, so opening, loading and closing without a change leave
    // it byte-for-byte unchanged, modification time included.
    bool walOnFirstWrite = false;
    bool marked = false; // a change of this session has been committed in rollback mode
    // Written with every change (settings row "session"): ties the -wal file to this session,
    // so a -wal found beside the file later can be told from one of another file or session.
    QString sessionMark = QUuid::createUuid().toString(QUuid::WithoutBraces);

    ~Private()
    {
        // A closed portfolio is one self-contained file: fold the WAL back in, so that the
        // next open (or a copy by any tool) needs no side files. While another process still
        // reads, this waits for it; if it cannot, the -wal stays and the next open folds it.
        if (connection && inWal) {
            QSqlError ignored;
            exec(connection->db(), QStringLiteral("PRAGMA journal_mode = DELETE"), &ignored);
        }
        connection.reset(); // before the lock is let go
    }

    Error error(const QSqlError &e, const char *what) const { return sqlError(path, e, what); }

    Status checkWritable() const
    {
        if (readOnly)
            return makeError(Error::Code::Io,
                             QCoreApplication::translate(
                                 "mlp", "%1 was opened for reading only; nothing was changed.")
                                 .arg(nativePath(path)));
        return Ok {};
    }

    // The change log's entries of a change, stamped now with the account of this process.
    QList<FieldChange> stamped(QList<FieldChange> changes) const
    {
        // The account is looked up on the first change: a reader never needs it, and the lookup
        // reads the system's user database (nsswitch.conf, passwd, the name service's socket).
        if (who.isNull())
            who = processAccountName();
        stampChanges(changes, QDateTime::currentDateTimeUtc(), who);
        return changes;
    }
    mutable QString who;

    // Runs `body` in one committed write transaction; rolls back when it fails.
    template<typename F> Status transaction(const char *what, F body)
    {
        if (Status writable = checkWritable(); !writable)
            return writable;
        if (walOnFirstWrite && marked && !inWal) {
            // Tried once: a file system without WAL (or a reader that does not let go) keeps
            // the file in rollback mode, which is slower but just as safe.
            walOnFirstWrite = false;
            enterWal();
        }
        QSqlDatabase &db = connection->db();
        QSqlError e;
        if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), &e))
            return error(e, what);
        if (!body(db, &e) || !writeMark(db, &e)) {
            QSqlError ignored;
            exec(db, QStringLiteral("ROLLBACK"), &ignored);
            return error(e, what);
        }
        if (!exec(db, QStringLiteral("COMMIT"), &e)) {
            QSqlError ignored;
            exec(db, QStringLiteral("ROLLBACK"), &ignored);
            return error(e, what);
        }
        marked = true;
        return Ok {};
    }

    bool writeMark(QSqlDatabase &db, QSqlError *e) const
    {
        QSqlQuery q(db);
        if (!q.prepare(
                QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"))) {
            *e = q.lastError();
            return false;
        }
        q.bindValue(0, QString::fromLatin1(kSessionKey));
        q.bindValue(1, sessionMark);
        if (!q.exec()) {
            *e = q.lastError();
            return false;
        }
        return true;
    }

    // While open after a change: WAL, so that a durable edit costs one fsync and readers in
    // other processes read a consistent state while the window writes. Normal locking mode
    // (the -shm file holds the WAL index) lets those readers in; the writer lock keeps out
    // every other writer.
    Status openWriter(const QString &path, Integrity integrity, bool acceptUnknownLeftovers);
    Status migrate(const QString &path);

    void enterWal()
    {
        QSqlQuery q(connection->db());
        if (q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next())
            inWal = q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
    }
};

// Takes the writer lock, judges leftovers, checks the file in full and opens it for writing in
// rollback mode (or goes on in WAL beside a reader, see enterRollbackMode); then migrates.
Status PortfolioFile::Private::openWriter(const QString &path, Integrity integrity,
                                          bool acceptUnknownLeftovers)
{
    Error lockError;
    if (lock.take(path, FileLock::Mode::Exclusive, &lockError) != FileLock::Outcome::Taken)
        return lockError;

    // Leftovers are judged on a copy before SQLite may apply them to the file: only those of
    // this file's own last session are applied without being asked (see leftovers.h).
    const LeftoverFiles found = findLeftovers(path);
    if (found.any()) {
        const QTemporaryDir scratch;
        const LeftoverVerdict verdict = judgeLeftovers(path, found, scratch);
        if (verdict.kind == LeftoverVerdict::Damaging
            || (verdict.kind == LeftoverVerdict::Unknown && !acceptUnknownLeftovers))
            return verdict.error;
    }

    // A file in rollback mode is checked in full through a read-only connection, so a refused
    // file is left unchanged. Leftovers (judged above) can only be applied by a writer, which
    // then checks the result before anything else is written.
    if (!found.any()) {
        // Immutable: no side files even for a file whose header still says WAL. Nothing else
        // can write it while the writer lock is held.
        auto checked = connectAndVerify(path, OpenAs::Immutable, integrity);
        if (!checked)
            return checked.error();
    }
    auto writable = connectWritable(path);
    if (!writable)
        return writable.error();
    connection = std::move(*writable);
    QSqlDatabase &db = connection->db();
    if (integrity == Integrity::Structure) {
        // The pages an edit reads or writes are checked as SQLite loads them (see
        // file-format.md, "Checks for untrusted files").
        QSqlError e;
        if (!exec(db, QStringLiteral("PRAGMA cell_size_check = ON"), &e))
            return sqlError(path, e, QT_TRANSLATE_NOOP("mlp", "opening the file failed"));
    }
    if (found.any()) {
        if (Status status = verify(db, path, Integrity::Full); !status)
            return status.error();
    }
    bool keptWal = false;
    if (Status rollback = enterRollbackMode(db, path, &keptWal); !rollback)
        return rollback.error();
    if (keptWal) {
        // The -wal stays the file's live one: this session goes on with the mark the file
        // already carries (equal in the file and its -wal, judged above), so that its own
        // changes are still recognised after a crash. A -wal folded in on the user's say, or
        // a file without a mark, must leave WAL first.
        const QString mark = storedSessionMark(db);
        if (mark.isEmpty() || acceptUnknownLeftovers)
            return makeError(Error::Code::Locked, lockedMessage(path));
        sessionMark = mark;
        inWal = true;
        marked = true;
    }

    return migrate(path);
}

// Brings an older file to kSchemaVersion, one transaction per version.
Status PortfolioFile::Private::migrate(const QString &path)
{
    QSqlDatabase &db = connection->db();
    const Result<int> version = pragmaInt(db, path, QStringLiteral("user_version"));
    if (!version)
        return version.error();
    if (Status status = checkVersion(path, *version); !status)
        return status.error();
    walOnFirstWrite = true;
    for (int from = *version; from < kSchemaVersion; ++from) {
        const char *what = QT_TRANSLATE_NOOP("mlp", "updating the file format failed");
        const Status migrated = transaction(what, [&](QSqlDatabase &tx, QSqlError *e) {
            return updateSchema(tx, from, e)
                && exec(tx, QStringLiteral("PRAGMA user_version = %1").arg(from + 1), e);
        });
        if (!migrated)
            return migrated.error();
    }
    return Ok {};
}

PortfolioFile::PortfolioFile(std::unique_ptr<Private> d)
    : d(std::move(d))
{ }

PortfolioFile::~PortfolioFile() = default;

QString PortfolioFile::location() const
{
    return d->path;
}

Result<std::unique_ptr<PortfolioFile>> PortfolioFile::create(const QString &path,
                                                             const Portfolio &initial)
{
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        return makeError(
            Error::Code::Io,
            QCoreApplication::translate("mlp", "%1 already exists; choose another name.")
                .arg(nativePath(path)));
    if (Status valid = validateConfig(initial.config); !valid)
        return valid.error();
    for (const Idea &idea : initial.ideas) {
        if (Status valid = validateIdea(idea); !valid)
            return valid.error();
    }
    {
        // Made here, empty and only if it does not exist, so the lock is taken before SQLite
        // writes the first byte (an empty file is an empty database to SQLite).
        QFile fresh(path);
        if (!fresh.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return makeError(Error::Code::Io,
                             QCoreApplication::translate("mlp", "%1 cannot be created: %2")
                                 .arg(nativePath(path), fresh.errorString()));
    }
    auto d = std::make_unique<Private>();
    d->path = path;
    auto fail = [&](const Error &error) -> Result<std::unique_ptr<PortfolioFile>> {
        d.reset();
        QFile::remove(path);
        return error;
    };
    Error lockError;
    if (d->lock.take(path, FileLock::Mode::Exclusive, &lockError) != FileLock::Outcome::Taken)
        return fail(lockError);
    {
        auto connection = connectWritable(path);
        if (!connection)
            return fail(connection.error());
        d->connection = std::move(*connection);
    }
    // Created in rollback mode, so the header and schema reach the main file at this commit;
    // the next change switches the file to WAL.
    const char *what = QT_TRANSLATE_NOOP("mlp", "creating the file failed");
    Status created = enterRollbackMode(d->connection->db(), path);
    if (created)
        created = d->transaction(what, [&](QSqlDatabase &db, QSqlError *e) {
            if (!exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), e)
                || !exec(db, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion), e)
                || !createLatestSchema(db, e)
                || !writeSettings(db, initial.name, initial.config, e))
                return false;
            IdeaWriter writer(db);
            if (!writer.ok()) {
                *e = writer.error();
                return false;
            }
            QList<FieldChange> added;
            for (int i = 0; i < initial.ideas.size(); ++i) {
                if (!writer.write(initial.ideas[i], i)) {
                    *e = writer.error();
                    return false;
                }
                added.append(ideaAddedChange(initial.ideas[i]));
            }
            return writeChanges(db, d->stamped(added), e);
        });
    if (!created)
        return fail(created.error());
    d->walOnFirstWrite = true;
    return std::unique_ptr<PortfolioFile>(new PortfolioFile(std::move(d)));
}

namespace {

// A reader's checks (file-format.md, "Checks for untrusted files"): those of an edit — the
// header, the schema, the settings table in full — and every page it reads checked in full as
// SQLite loads it (cell_size_check, which Connection::open sets for every reader), rather than
// quick_check reading every page of the file before the reading reads them again (a quarter of
// `rank` at 100,000 ideas). A reader changes nothing, so damage it never reads cannot hurt what
// it shows.
Result<std::unique_ptr<Connection>> connectChecked(const QString &path, OpenAs how)
{
    return connectAndVerify(path, how, Integrity::Structure);
}

// A reader: never writes the file or creates, changes or removes a file beside it.
Result<std::unique_ptr<Connection>> connectReader(const QString &path, FileLock &lock,
                                                  std::unique_ptr<QTemporaryDir> &scratch)
{
    Error lockError;
    switch (lock.take(path, FileLock::Mode::Shared, &lockError)) {
    case FileLock::Outcome::Failed:
        return lockError;
    case FileLock::Outcome::HeldByWriter:
        // A live writer: its -wal, -shm and -journal are its own. SQLite's read-only mode
        // reads the last committed state beside it and never checkpoints or removes them.
        return connectChecked(path, OpenAs::ReadOnly);
    case FileLock::Outcome::Taken:
        break;
    }
    // No writer, and none can start while the shared lock is held.
    const LeftoverFiles found = findLeftovers(path);
    if (!found.any())
        return connectChecked(path, OpenAs::Immutable);
    scratch = std::make_unique<QTemporaryDir>();
    const LeftoverVerdict verdict = judgeLeftovers(path, found, *scratch);
    if (verdict.kind != LeftoverVerdict::Belongs)
        return verdict.error;
    // The changes of an interrupted session, read from the private copy; the next writer
    // folds them into the file itself.
    auto connection = std::make_unique<Connection>(verdict.copyPath, OpenAs::Immutable);
    if (!connection->open())
        return sqlError(path, connection->lastError(),
                        QT_TRANSLATE_NOOP("mlp", "opening the file failed"));
    return connection;
}

} // namespace

Result<std::unique_ptr<PortfolioFile>> PortfolioFile::open(const QString &path, Access access)
{
    return openImpl(path, access, false);
}

Status PortfolioFile::recover(const QString &path)
{
    auto opened = openImpl(path, Access::Write, true);
    if (!opened)
        return opened.error();
    return Ok {};
}

Result<std::unique_ptr<PortfolioFile>>
PortfolioFile::openImpl(const QString &givenPath, Access access, bool acceptUnknownLeftovers)
{
    const Result<Header> header = readHeader(givenPath);
    if (!header)
        return header.error();
    if (Status status = checkVersion(givenPath, header->userVersion); !status)
        return status.error();
    // SQLite names the -wal and -journal after the file a symlink points to; so do the
    // leftover checks, which therefore work on that path too.
    const QString canonical = QFileInfo(givenPath).canonicalFilePath();
    const QString path = canonical.isEmpty() ? givenPath : canonical;

    auto d = std::make_unique<Private>();
    d->path = givenPath;
    if (access == Access::Read) {
        d->readOnly = true;
        auto connection = connectReader(path, d->lock, d->scratch);
        if (!connection)
            return connection.error();
        d->connection = std::move(*connection);
        return std::unique_ptr<PortfolioFile>(new PortfolioFile(std::move(d)));
    }

    // An editor checks the structure and the settings, and each row it reads; a file that is
    // about to be migrated (every row rewritten) is checked in full all the same.
    const Integrity integrity
        = access == Access::Edit && header->userVersion == kSchemaVersion && !acceptUnknownLeftovers
        ? Integrity::Structure
        : Integrity::Full;
    if (Status opened = d->openWriter(path, integrity, acceptUnknownLeftovers); !opened)
        return opened.error();
    return std::unique_ptr<PortfolioFile>(new PortfolioFile(std::move(d)));
}

Status PortfolioFile::checkIntegrity() const
{
    return verify(d->connection->handle(), d->path, Integrity::Full);
}

Result<Portfolio> PortfolioFile::load() const
{
    return readPortfolio(d->connection->handle(), d->path);
}

Status PortfolioFile::readEachIdea(Portfolio &settings, const IdeaVisitor &each) const
{
    return storage::readEachIdea(d->connection->handle(), d->path, settings, each,
                                 RowOrder::Stored);
}

Status PortfolioFile::readEachIdeaInOrder(Portfolio &settings, const IdeaVisitor &each) const
{
    return storage::readEachIdea(d->connection->handle(), d->path, settings, each,
                                 RowOrder::Positions);
}

Result<Portfolio> PortfolioFile::loadSettings() const
{
    return readSettingsOnly(d->connection->handle(), d->path);
}

Result<Idea> PortfolioFile::loadIdea(qint64 id) const
{
    return readIdeaById(d->connection->handle(), d->path, id);
}

Result<QList<Idea>> PortfolioFile::ideasNamedBy(const QString &idOrName) const
{
    return readIdeasNamedBy(d->connection->handle(), d->path, idOrName);
}

Result<qint64> PortfolioFile::nextIdeaId() const
{
    return readNextId(d->connection->handle(), d->path);
}

Status PortfolioFile::upsertIdea(const Idea &idea)
{
    if (Status valid = validateIdea(idea); !valid)
        return valid;
    if (Status writable = d->checkWritable(); !writable)
        return writable;
    // The change log's entries: the stored idea (one row) and settings against the new idea.
    QSqlDatabase &connection = d->connection->db();
    QList<FieldChange> changes;
    const Result<Idea> stored = readIdeaById(connection, d->path, idea.id);
    if (stored) {
        const Result<Portfolio> settings = readSettingsOnly(connection, d->path);
        if (!settings)
            return settings.error();
        changes = diffIdea(*stored, idea, &settings->config);
    } else if (stored.error().code == Error::Code::NotFound) {
        changes.append(ideaAddedChange(idea));
    } else {
        return stored.error();
    }
    changes = d->stamped(changes);
    const char *what = QT_TRANSLATE_NOOP("mlp", "saving the idea failed");
    return d->transaction(what, [&](QSqlDatabase &db, QSqlError *e) {
        qint64 position = 0;
        {
            QSqlQuery q(db);
            if (!q.prepare(QStringLiteral("SELECT position FROM ideas WHERE id = ?"))) {
                *e = q.lastError();
                return false;
            }
            q.bindValue(0, idea.id);
            if (!q.exec()) {
                *e = q.lastError();
                return false;
            }
            if (q.next()) {
                position = q.value(0).toLongLong();
            } else {
                if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM ideas"))
                    || !q.next()) {
                    *e = q.lastError();
                    return false;
                }
                position = q.value(0).toLongLong();
            }
        }
        IdeaWriter writer(db);
        if (!writer.ok() || !writer.write(idea, position)) {
            *e = writer.error();
            return false;
        }
        return writeChanges(db, changes, e);
    });
}

Status PortfolioFile::removeIdea(qint64 id)
{
    if (Status writable = d->checkWritable(); !writable)
        return writable;
    QList<FieldChange> changes;
    const Result<Idea> stored = readIdeaById(d->connection->handle(), d->path, id);
    if (stored)
        changes.append(ideaRemovedChange(*stored));
    else if (stored.error().code != Error::Code::NotFound)
        return stored.error();
    changes = d->stamped(changes);
    const char *what = QT_TRANSLATE_NOOP("mlp", "removing the idea failed");
    return d->transaction(what, [&](QSqlDatabase &db, QSqlError *e) {
        return deleteIdea(db, id, e) && writeChanges(db, changes, e);
    });
}

Status PortfolioFile::saveSettings(const QString &portfolioName, const ScoringConfig &config)
{
    if (Status valid = validateConfig(config); !valid)
        return valid;
    if (Status writable = d->checkWritable(); !writable)
        return writable;
    const Result<Portfolio> stored = readSettingsOnly(d->connection->db(), d->path);
    if (!stored)
        return stored.error();
    const QList<FieldChange> changes
        = d->stamped(diffSettings(stored->name, stored->config, portfolioName, config));
    const char *what = QT_TRANSLATE_NOOP("mlp", "saving the settings failed");
    return d->transaction(what, [&](QSqlDatabase &db, QSqlError *e) {
        return writeSettings(db, portfolioName, config, e) && writeChanges(db, changes, e);
    });
}

Status PortfolioFile::replaceAll(const Portfolio &portfolio)
{
    // The loader's own check: a replaced file is one the next open accepts.
    if (Status valid = validatePortfolio(portfolio); !valid)
        return valid;
    if (Status writable = d->checkWritable(); !writable)
        return writable;
    // What is replaced is read in full (a replacement writes every row anyway). When it cannot
    // be read, it is replaced all the same: every new idea is recorded as imported.
    QList<FieldChange> changes;
    if (const Result<Portfolio> stored = load(); stored) {
        changes = diffPortfolios(*stored, portfolio);
    } else {
        Portfolio unknown;
        unknown.name = portfolio.name;
        unknown.config = portfolio.config;
        for (const Idea &idea : portfolio.ideas) {
            Idea placeholder;
            placeholder.id = idea.id;
            unknown.ideas.append(placeholder);
        }
        changes = diffPortfolios(unknown, portfolio);
    }
    changes = d->stamped(changes);
    const char *what = QT_TRANSLATE_NOOP("mlp", "saving the portfolio failed");
    return d->transaction(what, [&](QSqlDatabase &db, QSqlError *e) {
        if (!exec(db, QStringLiteral("DELETE FROM ideas"), e))
            return false;
        if (!writeSettings(db, portfolio.name, portfolio.config, e))
            return false;
        IdeaWriter writer(db);
        if (!writer.ok()) {
            *e = writer.error();
            return false;
        }
        for (int i = 0; i < portfolio.ideas.size(); ++i) {
            if (!writer.write(portfolio.ideas[i], i)) {
                *e = writer.error();
                return false;
            }
        }
        return writeChanges(db, changes, e);
    });
}

Result<QList<FieldChange>> PortfolioFile::loadChanges(const ChangeQuery &query) const
{
    return readChanges(d->connection->handle(), d->path, query);
}

Status PortfolioFile::saveCopyAs(const QString &targetPath) const
{
    return writeCopy(d->connection->handle(), d->path, targetPath);
}

} // namespace mlp
