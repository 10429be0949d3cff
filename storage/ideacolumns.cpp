#include "storage/ideacolumns.h"

#include "core/domain/validation.h"
#include "core/io/formatkeys.h"
#include "storage/ideacodecs.h"
#include "storage/schema.h"
#include "storage/sqliterows.h"
#include "storage/sqlsupport.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <utility>
#include <vector>

namespace mlp::storage {

static QVariant optionalDouble(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> toOptionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

// Qt binds a null QString as SQL NULL; our text columns are NOT NULL and hold '' instead.
static QVariant notNullText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QString(QLatin1String("")));
    return value;
}

static QVariant timestampValue(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch())
                        : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timestampFromValue(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString nameKey(const QString &name)
{
    // QString::compare(Qt::CaseInsensitive) folds each code point on its own (simple case
    // folding); so does this, so that equal keys mean equal names ignoring case.
    const QString trimmed = name.trimmed();
    QString key;
    key.reserve(trimmed.size());
    for (const char32_t c : trimmed.toUcs4()) {
        const char32_t folded = QChar::toCaseFolded(c);
        if (QChar::requiresSurrogates(folded)) {
            key += QChar(QChar::highSurrogate(folded));
            key += QChar(QChar::lowSurrogate(folded));
        } else {
            key += QChar(char16_t(folded));
        }
    }
    return key;
}

bool fillNameKeys(QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery write(db);
    if (!read.exec(QStringLiteral("SELECT id, name FROM ideas"))
        || !write.prepare(QStringLiteral("UPDATE ideas SET name_key = ? WHERE id = ?"))) {
        *error = read.lastError().isValid() ? read.lastError() : write.lastError();
        return false;
    }
    while (read.next()) {
        write.bindValue(0, nameKey(read.value(1).toString()));
        write.bindValue(1, read.value(0));
        if (!write.exec()) {
            *error = write.lastError();
            return false;
        }
    }
    if (read.lastError().isValid()) {
        *error = read.lastError();
        return false;
    }
    return true;
}

IdeaWriter::IdeaWriter(QSqlDatabase &db)
    : m_idea(std::make_unique<SqliteRows>(
        db,
        QStringLiteral(
            "INSERT OR REPLACE INTO ideas (id, position, name, description, owner, "
            "archetype, accuracy, "
            "override_impact, override_feasibility, override_note, stage, outcome, "
            "outcome_reason, created_at, "
            "flywheel, checklist, raters, history, details, outcome_at, readiness, "
            "name_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
{ }

IdeaWriter::~IdeaWriter() = default;

bool IdeaWriter::ok() const
{
    return m_idea->ok();
}

QSqlError IdeaWriter::error() const
{
    return m_idea->error();
}

QList<QVariant> ideaRowValues(const Idea &idea, qint64 position)
{
    const std::initializer_list<QVariant> values { idea.id,
                                                   position,
                                                   idea.name,
                                                   idea.description,
                                                   idea.owner,
                                                   archetypeKey(idea.archetype),
                                                   optionalDouble(idea.accuracyRequirement),
                                                   optionalDouble(idea.manualOverride.impact),
                                                   optionalDouble(idea.manualOverride.feasibility),
                                                   idea.manualOverride.note,
                                                   stageKey(idea.lifecycle.stage),
                                                   outcomeKey(idea.lifecycle.outcome),
                                                   idea.lifecycle.outcomeReason,
                                                   timestampValue(idea.lifecycle.createdAt),
                                                   encodeFlywheel(idea.flywheel),
                                                   encodeChecklist(idea.checklist),
                                                   encodeRaters(idea.raters),
                                                   encodeHistory(idea.lifecycle.history),
                                                   encodeDetails(idea),
                                                   timestampValue(idea.lifecycle.outcomeAt),
                                                   encodeReadiness(idea.readiness),
                                                   nameKey(idea.name) };
    QList<QVariant> row;
    row.reserve(qsizetype(values.size()));
    for (const QVariant &v : values)
        row.append(notNullText(v));
    return row;
}

bool IdeaWriter::write(const Idea &idea, qint64 position)
{
    return m_idea->execute(ideaRowValues(idea, position));
}

bool deleteIdea(QSqlDatabase &db, qint64 id, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("DELETE FROM ideas WHERE id = ?"))) {
        *error = query.lastError();
        return false;
    }
    query.bindValue(0, id);
    if (!query.exec()) {
        *error = query.lastError();
        return false;
    }
    return true;
}

QList<std::pair<QString, QVariant>> settingsRows(const QString &name, const ScoringConfig &config)
{
    QList<std::pair<QString, QVariant>> rows;
    auto put = [&](const QString &key, const QVariant &value) {
        rows.append({ key, notNullText(value) });
    };
    put(QStringLiteral("name"), name);
    put(QStringLiteral("aggregation"), io::aggregationKey(config.aggregation));
    put(QStringLiteral("cost-base"), config.costBase);
    put(QStringLiteral("impact-threshold"), config.impactThreshold);
    put(QStringLiteral("feasibility-threshold"), config.feasibilityThreshold);
    put(QStringLiteral("answer-order"), encodeAnswerOrder());
    put(QStringLiteral("readiness-gate"), config.readinessGate.gatesDeploying ? 1 : 0);
    put(QStringLiteral("readiness-minimum"), config.readinessGate.minimum);
    for (int i = 0; i < kQuestionCount; ++i)
        put(settingKeyForQuestion(i), config.questionWeights[i]);
    for (int i = 0; i < kDriverCount; ++i)
        put(settingKeyForDriver(i), config.driverWeights[i]);
    for (int i = 0; i < io::kNamedQuadrantCount; ++i)
        put(settingKeyForQuadrant(i), config.quadrantNames[i]);
    return rows;
}

bool writeSettings(QSqlDatabase &db, const QString &name, const ScoringConfig &config,
                   QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("DELETE FROM settings"))
        || !query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"))) {
        *error = query.lastError();
        return false;
    }
    for (const auto &[key, value] : settingsRows(name, config)) {
        query.bindValue(0, key);
        query.bindValue(1, value);
        if (!query.exec()) {
            *error = query.lastError();
            return false;
        }
    }
    return true;
}

Error corruptValue(const QString &path, const QString &what)
{
    return makeError(
        Error::Code::Corrupt,
        QCoreApplication::translate("mlp", "%1 holds a value ML Planner cannot read: %2")
            .arg(nativePath(path), what));
}

// The settings table: the portfolio's name and scoring settings, and the file's answer order.
Status readSettings(SqliteHandle db, const QString &path, Portfolio &portfolio,
                    std::vector<int> &answerOrder)
{
    const char *what = QT_TRANSLATE_NOOP("mlp", "reading the settings failed");
    SqliteRows q(db, QStringLiteral("SELECT key, value FROM settings"));
    if (!q.ok())
        return sqlError(path, q.error(), what);
    QHash<QString, QVariant> settings;
    while (q.next())
        settings.insert(q.text(0), q.value(1));
    if (q.error().isValid())
        return sqlError(path, q.error(), what);
    return settingsFromRows(settings, path, portfolio, answerOrder);
}

Status settingsFromRows(const QHash<QString, QVariant> &settings, const QString &path,
                        Portfolio &portfolio, std::vector<int> &answerOrder)
{
    ScoringConfig &config = portfolio.config;
    portfolio.name = settings.value(QStringLiteral("name")).toString();
    if (auto it = settings.constFind(QStringLiteral("aggregation")); it != settings.constEnd()) {
        const auto aggregation = io::aggregationFromKey(it->toString());
        if (!aggregation)
            return corruptValue(
                path, QCoreApplication::translate("mlp", "aggregation '%1'").arg(it->toString()));
        config.aggregation = *aggregation;
    }
    auto number = [&](const QString &key, double &target) {
        if (auto it = settings.constFind(key); it != settings.constEnd())
            target = it->toDouble();
    };
    number(QStringLiteral("cost-base"), config.costBase);
    // Absent from files written before the readiness gate: it stays off.
    number(QStringLiteral("readiness-minimum"), config.readinessGate.minimum);
    if (auto it = settings.constFind(QStringLiteral("readiness-gate")); it != settings.constEnd())
        config.readinessGate.gatesDeploying = it->toInt() != 0;
    number(QStringLiteral("impact-threshold"), config.impactThreshold);
    number(QStringLiteral("feasibility-threshold"), config.feasibilityThreshold);
    for (int i = 0; i < kQuestionCount; ++i)
        number(settingKeyForQuestion(i), config.questionWeights[i]);
    for (int i = 0; i < kDriverCount; ++i)
        number(settingKeyForDriver(i), config.driverWeights[i]);
    for (int i = 0; i < io::kNamedQuadrantCount; ++i) {
        if (auto it = settings.constFind(settingKeyForQuadrant(i)); it != settings.constEnd())
            config.quadrantNames[i] = it->toString();
    }
    const auto fileOrder
        = decodeAnswerOrder(settings.value(QStringLiteral("answer-order")).toString());
    if (!fileOrder)
        return corruptValue(path,
                            QCoreApplication::translate("mlp", "answer order '%1'")
                                .arg(settings.value(QStringLiteral("answer-order")).toString()));
    answerOrder = *fileOrder;
    return Ok {};
}

QDateTime RowValues::timestamp(int column)
{
    // NULL is no time; anything else is read as milliseconds.
    return optionalNumber(column) ? QDateTime::fromMSecsSinceEpoch(integer(column), Qt::UTC)
                                  : QDateTime();
}

// One row of the ideas query into `idea`; on failure, what cannot be read (for corruptValue).
std::optional<QString> readIdea(RowValues &q, RowContext &row, Idea &idea)
{
    static const KeyTable<Archetype, kArchetypeCount> archetypes(archetypeKey);
    static const KeyTable<Stage, kStageCount> stages(stageKey);
    static const KeyTable<Outcome, 3> outcomes(outcomeKey);
    auto unreadable
        = [&](const char *what) { return QCoreApplication::translate("mlp", what).arg(idea.id); };
    idea.id = q.integer(0);
    // The id is an INTEGER PRIMARY KEY, so a tampered file may hold 0, a negative one or one
    // so large that the next new id would overflow.
    if (idea.id < 1 || idea.id > io::kMaxIdeaId)
        return QCoreApplication::translate("mlp", "idea id %1 is outside 1–%2")
            .arg(idea.id)
            .arg(io::kMaxIdeaId);
    idea.name = q.text(2);
    idea.description = q.text(3);
    // Owners repeat from idea to idea: equal ones share one string.
    idea.owner = row.names.get(q.text(4));
    const auto archetype = archetypes.find(q.view(5));
    const auto stage = stages.find(q.view(10));
    const auto outcome = outcomes.find(q.view(11));
    if (!archetype || !stage || !outcome)
        return unreadable(
            QT_TRANSLATE_NOOP("mlp", "idea %1 has an unknown archetype, stage or outcome"));
    idea.archetype = *archetype;
    idea.accuracyRequirement = q.optionalNumber(6);
    idea.manualOverride.impact = q.optionalNumber(7);
    idea.manualOverride.feasibility = q.optionalNumber(8);
    idea.manualOverride.note = q.text(9);
    idea.lifecycle.stage = *stage;
    idea.lifecycle.outcome = *outcome;
    idea.lifecycle.outcomeReason = q.text(12);
    idea.lifecycle.createdAt = q.timestamp(13);
    if (!decodeFlywheel(q.view(14), idea.flywheel)
        || !row.checklists.decode(q.text(15), idea.checklist))
        return unreadable(
            QT_TRANSLATE_NOOP("mlp", "idea %1 has an unknown flywheel or checklist answer"));
    if (!decodeRaters(q.view(16), row.answerOrder, row.names, idea.raters))
        return unreadable(QT_TRANSLATE_NOOP("mlp", "idea %1 has unreadable raters' answers"));
    if (!decodeHistory(q.view(17), row.names, idea.lifecycle.history))
        return unreadable(QT_TRANSLATE_NOOP("mlp", "idea %1 has an unreadable stage history"));
    if (!decodeDetails(q.view(18), idea))
        return unreadable(QT_TRANSLATE_NOOP(
            "mlp", "idea %1 has unreadable metrics, baselines or key-question answers"));
    idea.lifecycle.outcomeAt = q.timestamp(19);
    if (!decodeReadiness(q.view(20), idea.readiness))
        return unreadable(QT_TRANSLATE_NOOP("mlp", "idea %1 has unreadable readiness answers"));
    return std::nullopt;
}

void RowChecks::fail(qint64 position, qint64 row, const QString &message)
{
    const std::pair<qint64, qint64> at { position, row };
    if (m_failed && !(at < m_at))
        return;
    m_failed = true;
    m_at = at;
    m_message = message;
}

void RowChecks::check(const Idea &idea, qint64 position, qint64 row)
{
    if (const Status valid = validateIdea(idea); !valid)
        fail(position, row, valid.error().message);
    // An id twice (only a damaged table can hold that): the later one in the portfolio's order
    // is refused, as validatePortfolio refuses it.
    const std::pair<qint64, qint64> at { position, row };
    // The rows come in the order of their ids (the table's key): an id above every earlier one
    // cannot repeat one, and only a damaged table brings another.
    if (m_ids.isEmpty() && (row == 0 || idea.id > m_lastId)) {
        m_lastId = idea.id;
        m_seen.push_back({ idea.id, at });
        return;
    }
    if (m_ids.isEmpty()) {
        for (const auto &[id, place] : m_seen)
            m_ids.insert(id, place);
        m_seen.clear();
    }
    const auto it = m_ids.find(idea.id);
    if (it == m_ids.end()) {
        m_ids.insert(idea.id, at);
        return;
    }
    const std::pair<qint64, qint64> later = std::max(at, *it);
    if (at < *it)
        *it = at;
    fail(later.first, later.second,
         QCoreApplication::translate("mlp", "Two ideas have the id %1.").arg(idea.id));
}

RowChecks::RowChecks(const Portfolio &settings)
{
    // validatePortfolio checks the name and the settings before any idea.
    if (const Status valid = validatePortfolio(settings); !valid)
        m_settingsError = valid.error().message;
}

Status RowChecks::result(const QString &path) const
{
    if (m_settingsError)
        return corruptValue(path, *m_settingsError);
    if (m_failed)
        return corruptValue(path, m_message);
    return Ok {};
}

QString ideaColumns(int version)
{
    // A reader does not migrate: a file of version 1 has no outcome times or readiness yet.
    const QString laterColumns
        = version >= 2 ? QStringLiteral("outcome_at, readiness") : QStringLiteral("NULL, ''");
    return QStringLiteral("id, position, name, description, owner, archetype, accuracy, "
                          "override_impact, override_feasibility, override_note, stage, outcome, "
                          "outcome_reason, created_at, flywheel, checklist, raters, history, "
                          "details, %1")
        .arg(laterColumns);
}

namespace {

// Every idea, in the order of their positions.
Status readIdeas(SqliteHandle db, const QString &path, const std::vector<int> &answerOrder,
                 QList<Idea> &ideas)
{
    const char *what = QT_TRANSLATE_NOOP("mlp", "reading the ideas failed");
    qsizetype count = 0;
    {
        SqliteRows q(db, QStringLiteral("SELECT count(*) FROM ideas"));
        if (!q.next())
            return sqlError(path, q.error(), what);
        count = q.integer(0);
    }
    // Read in storage order and sort afterwards: cheaper than walking the position index.
    QList<Idea> unordered;
    std::vector<std::pair<qint64, int>> order;
    unordered.reserve(count);
    order.reserve(count);
    const Result<int> version = pragmaInt(db, path, QStringLiteral("user_version"));
    if (!version)
        return version.error();
    // Straight through SQLite's API: the same values as through QSqlQuery, without a QVariant
    // each.
    SqliteRows rows(db, QStringLiteral("SELECT %1 FROM ideas").arg(ideaColumns(*version)));
    if (!rows.ok())
        return sqlError(path, rows.error(), what);
    RowContext row { answerOrder, {}, {} };
    while (rows.next()) {
        Idea &idea = unordered.emplace_back();
        if (const auto unreadable = readIdea(rows, row, idea))
            return corruptValue(path, *unreadable);
        order.emplace_back(rows.integer(1), int(unordered.size() - 1));
    }
    if (rows.error().isValid())
        return sqlError(path, rows.error(), what);
    // A file written by ML Planner stores the ideas in the order of their positions: then the
    // list read is the list wanted, and nothing is moved.
    if (std::is_sorted(order.begin(), order.end())) {
        ideas = std::move(unordered);
        return Ok {};
    }
    std::stable_sort(order.begin(), order.end());
    ideas.reserve(unordered.size());
    for (const auto &entry : order)
        ideas.append(std::move(unordered[entry.second]));
    return Ok {};
}

} // namespace

Result<Portfolio> readPortfolio(SqliteHandle db, const QString &path)
{
    // One read transaction, so the tables are read as one consistent state.
    const ReadTransaction transaction(db);
    if (!transaction.ok())
        return sqlError(path, transaction.error(),
                        QT_TRANSLATE_NOOP("mlp", "reading the file failed"));

    Portfolio portfolio;
    std::vector<int> answerOrder;
    if (Status read = readSettings(db, path, portfolio, answerOrder); !read)
        return read.error();
    if (Status read = readIdeas(db, path, answerOrder, portfolio.ideas); !read)
        return read.error();
    // A file changed by another tool may hold numbers outside their ranges (a weight of 1e308
    // turns every score into NaN) or texts past their limits: refused like any other damage,
    // for the window and the command line alike.
    if (const Status valid = validatePortfolio(portfolio); !valid)
        return corruptValue(path, valid.error().message);
    return portfolio;
}

} // namespace mlp::storage
