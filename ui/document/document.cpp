#include "ui/document/document.h"

#include "core/io/csvformat.h"
#include "core/io/fileformat.h"
#include "core/io/jsonformat.h"
#include "core/store/portfoliostore.h"
#include "core/store/storelocation.h"
#include "storage/offthreadstore.h"
#include "storage/stores.h"
#include "ui/document/ideacommands.h"
#include "ui/document/portfoliocommands.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QUndoStack>

#include <algorithm>
#include <utility>

namespace mlp::ui {

Document::Document(const Clock &clock, QObject *parent)
    : Document(clock, storage::storeOpener(), parent)
{ }

Document::Document(const Clock &clock, const StoreOpener &stores, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_stores(stores)
    , m_undoStack(new QUndoStack(this))
{ }

Document::~Document()
{
    // Commands hold a pointer to this document; drop them before the members they touch.
    m_undoStack->clear();
}

Status Document::openFile(const QString &path, PortfolioStore::Access access)
{
    // Two names that reach nothing (a location that is no file, a file moved away) are not
    // the same portfolio: only equal names or one existing file count as "already open".
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (isOpen()
        && (path == filePath()
            || (!canonical.isEmpty() && canonical == QFileInfo(filePath()).canonicalFilePath())))
        return Ok {};
    auto opened = m_stores.open(path, access);
    if (!opened)
        return opened.error();
    return adoptFile(std::move(opened.value()), access == PortfolioStore::Access::Read);
}

Status Document::createFile(const QString &path, const Portfolio &initial)
{
    auto created = m_stores.create(path, initial);
    if (!created)
        return created.error();
    return adoptFile(std::move(created.value()));
}

std::unique_ptr<PortfolioStore> Document::offThreadIfShared(std::unique_ptr<PortfolioStore> store)
{
    if (!isSharedLocation(store->location()))
        return store;
    auto offThread = std::make_unique<storage::OffThreadStore>(std::move(store));
    offThread->setWaitObserver([this](bool waiting) { emit storeWaiting(waiting); });
    return offThread;
}

bool Document::isWaitingForStore() const
{
    const auto *offThread = dynamic_cast<const storage::OffThreadStore *>(m_file.get());
    return offThread && offThread->isWaiting();
}

bool Document::isSavingToStore() const
{
    const auto *offThread = dynamic_cast<const storage::OffThreadStore *>(m_file.get());
    return offThread && offThread->isWriting();
}

Status Document::adoptFile(std::unique_ptr<PortfolioStore> file, bool readOnly)
{
    file = offThreadIfShared(std::move(file));
    auto loaded = file->load();
    if (!loaded)
        return loaded.error();
    m_file = std::move(file);
    m_readOnly = readOnly;
    resetTo(std::move(loaded.value()));
    return Ok {};
}

void Document::adoptStore(std::unique_ptr<PortfolioStore> store, Portfolio loaded, bool readOnly)
{
    m_file = offThreadIfShared(std::move(store));
    m_readOnly = readOnly;
    resetTo(std::move(loaded));
}

void Document::close()
{
    if (!isOpen())
        return;
    m_file.reset();
    m_readOnly = false;
    resetTo(Portfolio {});
}

void Document::resetTo(Portfolio portfolio)
{
    m_undoStack->clear();
    m_previewBase.reset();
    m_portfolio = std::move(portfolio);
    rebuildScores();
    emit portfolioReset();
    emit fileChanged(filePath());
}

bool Document::isOpen() const
{
    return m_file != nullptr;
}

QString Document::filePath() const
{
    return m_file ? m_file->location() : QString();
}

const Score *Document::scoreFor(qint64 id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_scores.at(index);
}

int Document::rankOf(qint64 id) const
{
    return m_rankById.value(id, 0);
}

int Document::indexOf(qint64 id) const
{
    return m_indexById.positionOf(id);
}

const Idea *Document::idea(qint64 id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_portfolio.ideas.at(index);
}

// Pushes a command and returns the first write failure it met. A failed command has marked
// itself obsolete, so the stack has already dropped it.
template<typename Command> Status Document::push(Command *command)
{
    // Only a timer can ask during a wait (user input waits for it); the undo stack is in the
    // middle of the step being saved, and takes no other.
    if (isWaitingForStore()) {
        delete command;
        return makeError(
            Error::Code::Invalid,
            tr("The last change is still being saved to %1; nothing else was changed. Try "
               "again once it is saved.")
                .arg(locationDisplayName(filePath())));
    }
    m_pushError.reset();
    m_pushing = true;
    m_undoStack->push(command);
    m_pushing = false;
    if (m_pushError) {
        Error error = *m_pushError;
        m_pushError.reset();
        return error;
    }
    return Ok {};
}

Status Document::addIdea(const Idea &idea)
{
    if (!isOpen())
        return makeError(Error::Code::Invalid, tr("No portfolio is open."));
    Idea added = idea;
    if (added.id == 0)
        added.id = newIdeaId();
    if (!added.lifecycle.createdAt.isValid())
        added.lifecycle.createdAt = m_clock.now();
    if (Status valid = validateIdea(added); !valid)
        return valid;
    return push(new AddIdeasCommand(this, { added }, tr("Add “%1”").arg(added.name)));
}

Status Document::editIdea(const Idea &changed, const QString &actionText)
{
    const Idea *current = idea(changed.id);
    if (!current)
        return makeError(Error::Code::NotFound, tr("The idea no longer exists."));
    if (*current == changed)
        return Ok {};
    if (Status valid = validateIdea(changed); !valid)
        return valid;
    return push(new EditIdeaCommand(this, *current, changed, actionText, true));
}

Status Document::removeIdeas(const QList<qint64> &ids)
{
    QList<Idea> removed;
    for (qint64 id : ids) {
        if (const Idea *i = idea(id))
            removed << *i;
    }
    if (removed.isEmpty())
        return Ok {};
    const QString text = removed.size() == 1 ? tr("Delete “%1”").arg(removed.first().name)
                                             : tr("Delete %n ideas", nullptr, int(removed.size()));
    return push(new RemoveIdeasCommand(this, removed, text));
}

Status Document::duplicateIdea(qint64 id)
{
    const Idea *source = idea(id);
    if (!source)
        return makeError(Error::Code::NotFound, tr("The idea no longer exists."));
    Idea copy = *source;
    copy.id = newIdeaId();
    copy.name = tr("%1 (copy)").arg(source->name);
    // A duplicate is a new project: it starts its own lifecycle.
    copy.lifecycle = Lifecycle {};
    copy.lifecycle.createdAt = m_clock.now();
    return push(new AddIdeasCommand(this, { copy }, tr("Duplicate “%1”").arg(source->name)));
}

Status Document::setOverride(qint64 id, const ManualOverride &value)
{
    const Idea *current = idea(id);
    if (!current)
        return makeError(Error::Code::NotFound, tr("The idea no longer exists."));
    if (current->manualOverride == value)
        return Ok {};
    Idea changed = *current;
    changed.manualOverride = value;
    if (Status valid = validateIdea(changed); !valid)
        return valid;
    return push(new EditIdeaCommand(this, *current, changed,
                                    tr("Place “%1” by hand").arg(current->name), false));
}

Status Document::clearOverride(qint64 id)
{
    const Idea *current = idea(id);
    if (!current)
        return makeError(Error::Code::NotFound, tr("The idea no longer exists."));
    if (!current->manualOverride.isSet() && current->manualOverride.note.isEmpty())
        return Ok {};
    Idea changed = *current;
    changed.manualOverride = ManualOverride {};
    return push(new EditIdeaCommand(
        this, *current, changed, tr("Clear manual placement of “%1”").arg(current->name), false));
}

Status Document::moveStage(qint64 id, const MoveRequest &request)
{
    const Idea *current = idea(id);
    if (!current)
        return makeError(Error::Code::NotFound, tr("The idea no longer exists."));
    auto moved = moveIdea(*current, request, m_clock.now(), m_portfolio.config.readinessGate);
    if (!moved)
        return moved.error();
    const Idea changed = std::move(moved.value());
    return push(new EditIdeaCommand(
        this, *current, changed,
        tr("Move “%1” to %2").arg(current->name, stageDisplayName(request.to)), false));
}

Status Document::moveStages(const QList<qint64> &ids, const MoveRequest &request)
{
    if (ids.size() == 1)
        return moveStage(ids.first(), request);
    QList<std::pair<Idea, Idea>> changes; // before, after
    for (qint64 id : ids) {
        const Idea *current = idea(id);
        if (!current || current->lifecycle.stage == request.to)
            continue;
        auto moved = moveIdea(*current, request, m_clock.now(), m_portfolio.config.readinessGate);
        if (!moved)
            return makeError(moved.error().code,
                             tr("“%1”: %2").arg(current->name, moved.error().message));
        changes.append({ *current, std::move(moved.value()) });
    }
    if (changes.isEmpty())
        return makeError(
            Error::Code::Invalid,
            tr("The selected projects are already in %1.").arg(stageDisplayName(request.to)));
    m_undoStack->beginMacro(
        tr("Move %1 projects to %2").arg(changes.size()).arg(stageDisplayName(request.to)));
    Status status = Ok {};
    for (const auto &[before, after] : std::as_const(changes)) {
        status = push(new EditIdeaCommand(this, before, after, QString(), false));
        if (!status)
            break;
    }
    m_undoStack->endMacro();
    if (!status)
        m_undoStack->undo(); // all or nothing
    return status;
}

Status Document::setSettings(const QString &portfolioName, const ScoringConfig &config)
{
    if (!isOpen())
        return makeError(Error::Code::Invalid, tr("No portfolio is open."));
    if (Status valid = validateConfig(config); !valid)
        return valid;
    PortfolioSettings before = m_previewBase
        ? PortfolioSettings { m_previewBase->name, m_previewBase->config }
        : PortfolioSettings { m_portfolio.name, m_portfolio.config };
    PortfolioSettings after { portfolioName, config };
    if (before == after) {
        endSettingsPreview();
        return Ok {};
    }
    const Status pushed = push(new SettingsCommand(this, before, after));
    if (!pushed)
        endSettingsPreview(); // not recorded: show what the file holds
    return pushed;
}

void Document::previewSettings(const QString &portfolioName, const ScoringConfig &config)
{
    if (!isOpen())
        return;
    if (!m_previewBase)
        m_previewBase = SettingsBase { m_portfolio.name, m_portfolio.config };
    if (m_portfolio.name == portfolioName && m_portfolio.config == config)
        return;
    showSettings(portfolioName, config);
}

void Document::endSettingsPreview()
{
    if (!m_previewBase)
        return;
    const SettingsBase base = *std::exchange(m_previewBase, std::nullopt);
    if (m_portfolio.name != base.name || !(m_portfolio.config == base.config))
        showSettings(base.name, base.config);
}

void Document::showSettings(const QString &portfolioName, const ScoringConfig &config)
{
    m_portfolio.name = portfolioName;
    m_portfolio.config = config;
    const QList<qint64> moved = rescoreAll();
    emit settingsChanged();
    if (!moved.isEmpty())
        emit rankingChanged(moved);
}

Status Document::importFile(const QString &path)
{
    if (!isOpen())
        return makeError(Error::Code::Invalid, tr("No portfolio is open."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            Error::Code::Io,
            tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    const auto format = io::fileFormatFromPath(path);
    std::optional<Result<Portfolio>> imported;
    if (format == io::FileFormat::Json)
        imported = io::importJson(file); // read a buffer at a time, one idea at a time
    else if (format == io::FileFormat::Csv)
        imported = io::importCsv(file.readAll(), m_portfolio);
    else
        return makeError(
            Error::Code::Invalid,
            tr("%1 is neither a JSON nor a CSV file.").arg(QFileInfo(path).fileName()));
    if (!imported->ok())
        return imported->error();
    if (imported->value() == m_portfolio)
        return Ok {};
    return push(new ReplacePortfolioCommand(this, m_portfolio, imported->value(),
                                            tr("Import %1").arg(QFileInfo(path).fileName())));
}

Status Document::saveCopyAs(const QString &path) const
{
    if (!isOpen())
        return makeError(Error::Code::Invalid, tr("No portfolio is open."));
    return m_file->saveCopyAs(path);
}

void Document::adoptIdea(const Idea &idea)
{
    int index = indexOf(idea.id);
    const bool added = index < 0;
    IdeaAspects aspects;
    if (added) {
        // Keep ideas in id order, so a restored idea takes its old place.
        auto it = std::find_if(m_portfolio.ideas.cbegin(), m_portfolio.ideas.cend(),
                               [&](const Idea &i) { return i.id > idea.id; });
        index = int(it - m_portfolio.ideas.cbegin());
        m_portfolio.ideas.insert(index, idea);
        m_table.insert(index, idea);
        m_scores.insert(index, Score {});
        reindex();
    } else {
        aspects = changedAspects(m_portfolio.ideas.at(index), idea);
        m_portfolio.ideas[index] = idea;
        m_table.update(index, idea);
    }
    rescoreOne(index);
    const QList<qint64> moved = rerank();
    if (added)
        emit ideaAdded(idea.id);
    else
        emit ideaChanged(idea.id, aspects);
    if (added || !moved.isEmpty())
        emit rankingChanged(moved);
}

Status Document::applyRemove(qint64 id, const Idea *expected, bool undoing)
{
    if (Status s = checkWritable(); !s)
        return s;
    if (indexOf(id) < 0)
        return makeError(Error::Code::NotFound, tr("The idea no longer exists."));
    if (expected && !confirmRemoval(*expected, undoing))
        return declineChange(undoing);
    if (Status s = m_file->removeIdea(id); !s)
        return reportFailure(s);
    dropIdea(id);
    emit changesRecorded();
    return Ok {};
}

void Document::dropIdea(qint64 id)
{
    emit ideaRemoved(id);
    const int index = indexOf(id);
    m_portfolio.ideas.removeAt(index);
    m_table.remove(index);
    m_scores.removeAt(index);
    reindex();
    emit rankingChanged(rerank()); // "of N" changes even when no rank moved
}

bool Document::watchStore(std::function<void()> changed)
{
    return isOpen() && m_file->watchChanges(std::move(changed));
}

// A new idea's id from the store, which knows ideas others added since this window read it (a
// shared portfolio's store then adds it as new only, never over theirs); at least the next id
// in memory.
qint64 Document::newIdeaId() const
{
    const Result<qint64> stored = m_file->nextIdeaId();
    const qint64 inMemory = m_portfolio.nextId();
    return stored ? std::max(*stored, inMemory) : inMemory;
}

Status Document::applySettings(const QString &portfolioName, const ScoringConfig &config)
{
    if (Status s = checkWritable(); !s)
        return s;
    if (Status s = m_file->saveSettings(portfolioName, config); !s)
        return reportFailure(s);
    m_previewBase.reset(); // what is shown is now what is recorded
    showSettings(portfolioName, config);
    emit changesRecorded();
    return Ok {};
}

Status Document::applyReplaceAll(const Portfolio &portfolio)
{
    if (Status s = checkWritable(); !s)
        return s;
    if (Status s = m_file->replaceAll(portfolio); !s)
        return reportFailure(s);
    m_previewBase.reset();
    m_portfolio = portfolio;
    rebuildScores();
    emit portfolioReset();
    emit changesRecorded();
    return Ok {};
}

Result<QList<FieldChange>> Document::changes(const ChangeQuery &query) const
{
    if (!isOpen())
        return QList<FieldChange>();
    return m_file->loadChanges(query);
}

Status Document::checkWritable()
{
    if (isOpen() && m_readOnly)
        return reportFailure(makeError(
            Error::Code::Invalid,
            tr("%1 is open read-only: nothing in it can be changed here. To edit it, open a "
               "copy (File ▸ Save a Copy As) or ask whoever may change it.")
                .arg(locationDisplayName(filePath()))));
    if (isOpen())
        return Ok {};
    return reportFailure(makeError(Error::Code::Invalid, tr("No portfolio is open.")));
}

Status Document::reportFailure(const Status &status)
{
    emit storeFailed(status.error().message);
    if (m_pushing) {
        if (!m_pushError)
            m_pushError = status.error();
    } else {
        emit errorOccurred(status.error().message);
    }
    return status;
}

void Document::rebuildScores()
{
    m_table = ScoreTable(m_portfolio);
    reindex();
    rescoreAll();
}

QList<qint64> Document::rescoreAll()
{
    m_table.rescore(m_portfolio.config, m_scores);
    return rerank();
}

void Document::rescoreOne(int index)
{
    m_scores[index] = scoreIdea(m_portfolio.ideas.at(index), m_portfolio.config);
}

// mlp::rankIdeas()'s order, from the scores kept here instead of rescoring everything.
QList<qint64> Document::rerank()
{
    const std::vector<int> order = m_table.rankOrder(m_scores);
    const int n = int(order.size());
    m_ranking.resize(n);
    QList<qint64> moved;
    // After an edit or a settings change the ids are those of the last ranking: update the
    // ranks in place rather than building the hash again.
    bool sameIds = m_rankById.size() == n;
    for (int r = 0; r < n; ++r) {
        const int index = order[size_t(r)];
        m_ranking[r] = RankedIdea { index, r + 1, m_scores.at(index) };
        if (sameIds) {
            const qint64 id = m_portfolio.ideas.at(index).id;
            const auto it = m_rankById.find(id);
            if (it == m_rankById.end()) {
                sameIds = false;
            } else if (*it != r + 1) {
                *it = r + 1;
                moved << id;
            }
        }
    }
    if (!sameIds) {
        // Ranks updated above already hold their new value, so they are not counted twice.
        const QHash<qint64, int> before = std::exchange(m_rankById, {});
        m_rankById.reserve(n);
        for (int r = 0; r < n; ++r) {
            const qint64 id = m_portfolio.ideas.at(m_ranking.at(r).index).id;
            m_rankById.insert(id, r + 1);
            if (before.value(id, 0) != r + 1)
                moved << id;
        }
    }
    return moved;
}

void Document::reindex()
{
    m_indexById.rebuild(m_portfolio.ideas, [](const Idea &idea) { return idea.id; });
}

} // namespace mlp::ui
