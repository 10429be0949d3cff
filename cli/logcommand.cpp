// `log FILE [IDEA] [--since DATE|DURATION] [--field KIND] [--json]`: the change log, every change
// kept in the portfolio (who, when, which idea, which field, old -> new), read through the
// store's index without loading the portfolio.

#include "cli/command.h"
#include "cli/texttable.h"

#include "core/domain/changelog.h"
#include "core/domain/clock.h"
#include "core/io/formatkeys.h"
#include "core/io/jsonwriter_p.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace mlp::cli {

namespace {

// A date (2026-03-01, midnight UTC), a time (ISO 8601), or a duration back from now: a whole
// number and a unit, m (minutes), h, d or w ("7d").
Result<QDateTime> parseSince(const QString &text, const QDateTime &now)
{
    const QString given = text.trimmed();
    static const QRegularExpression duration(QStringLiteral("^(\\d{1,6})\\s*([mhdw])$"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = duration.match(given);
    if (match.hasMatch()) {
        const qint64 count = match.captured(1).toLongLong();
        const QChar unit = match.captured(2).at(0).toLower();
        const qint64 seconds = unit == QLatin1Char('m') ? 60
            : unit == QLatin1Char('h')                  ? 3600
            : unit == QLatin1Char('d')                  ? 86400
                                                        : 7 * 86400;
        return now.addSecs(-count * seconds);
    }
    const QDate date = QDate::fromString(given, Qt::ISODate);
    if (date.isValid() && given.size() == 10)
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    if (const std::optional<QDateTime> at = io::timestampFromText(given))
        return *at;
    return makeError(Error::Code::Invalid,
                     QCoreApplication::translate(
                         "mlp",
                         "--since \"%1\" is neither a date (2026-03-01), a time "
                         "(2026-03-01T09:30:00Z) nor a duration back from now (30m, 12h, "
                         "7d, 2w).")
                         .arg(given));
}

QString ideaText(const FieldChange &change)
{
    return change.ideaId == 0 ? QCoreApplication::translate("mlp", "(portfolio)") : change.ideaName;
}

QString changesTable(const QList<FieldChange> &changes, bool withIdea, const ScoringConfig &config)
{
    QStringList header { QCoreApplication::translate("mlp", "when"),
                         QCoreApplication::translate("mlp", "who") };
    if (withIdea)
        header << QCoreApplication::translate("mlp", "idea");
    header << QCoreApplication::translate("mlp", "field")
           << QCoreApplication::translate("mlp", "from") << QCoreApplication::translate("mlp", "to")
           << QCoreApplication::translate("mlp", "reason");
    TextTable table(header);
    const QString missing = QStringLiteral("-");
    for (const FieldChange &c : changes) {
        QStringList row { formatTimestamp(c.at), c.who };
        if (withIdea)
            row << ideaText(c);
        row << changeFieldText(c) << changeValueText(c, c.oldValue, missing, &config)
            << changeValueText(c, c.newValue, missing, &config) << changeNoteText(c);
        table.addRow(row);
    }
    return table.toString();
}

// Machine output: keys and numbers as stored, never translated; in QJsonDocument's member order.
QByteArray changesJson(const QList<FieldChange> &changes)
{
    io::json::JsonWriter w(256 + changes.size() * 300);
    w.beginArray();
    for (const FieldChange &c : changes) {
        const bool move = c.field == QLatin1String("stage");
        const Transition reason = move ? moveReasonFromNote(c.note) : Transition();
        w.element();
        w.beginObject();
        w.member("at", io::timestampText(c.at));
        w.member("checklistOverride", reason.checklistOverrideNote);
        w.member("field", c.field);
        w.key("id");
        w.integer(c.ideaId);
        w.member("idea", c.ideaName);
        w.member("item", c.item);
        w.member("new", c.newValue);
        w.member("note", move ? reason.reason : c.note);
        w.member("old", c.oldValue);
        w.member("trigger", reason.triggerId);
        w.member("who", c.who);
        w.endObject();
    }
    w.endArray();
    return w.take();
}

void configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("mlp", "The portfolio file."));
    parser.addPositionalArgument(
        QStringLiteral("IDEA"),
        QCoreApplication::translate(
            "mlp",
            "Only this idea (id or name; the id of a removed idea works too); every change "
            "without it."),
        QStringLiteral("[IDEA]"));
    parser.addOption(QCommandLineOption(
        QStringLiteral("since"),
        QCoreApplication::translate(
            "mlp",
            "Only changes from then on: a date (2026-03-01, UTC), a time (ISO 8601) or a duration "
            "back from now (30m, 12h, 7d, 2w)."),
        QStringLiteral("WHEN")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("field"),
        QCoreApplication::translate(
            "mlp", "Only changes of this kind of field (answer, stage, quadrant, metric...)."),
        QStringLiteral("KIND")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("json"),
        QCoreApplication::translate("mlp", "Write the changes as JSON (values as stored).")));
}

// The id IDEA names: an idea of the portfolio, or the id of one that was removed.
Result<qint64> ideaId(const PortfolioStore &store, const QString &idOrName)
{
    const Result<Idea> found = findIdea(store, idOrName);
    if (found)
        return found->id;
    bool isNumber = false;
    const qint64 id = idOrName.trimmed().toLongLong(&isNumber);
    if (found.error().code == Error::Code::NotFound && isNumber && id > 0)
        return id;
    return found.error();
}

int execute(Context &context, const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString path = arguments.at(0);
    ChangeQuery query;
    if (parser.isSet(QStringLiteral("since"))) {
        const Result<QDateTime> since
            = parseSince(parser.value(QStringLiteral("since")), context.clock.now());
        if (!since)
            return fail(context, UsageError, since.error().message);
        query.since = *since;
    }
    QString kind;
    if (parser.isSet(QStringLiteral("field"))) {
        kind = parser.value(QStringLiteral("field")).trimmed().toLower();
        const QList<FieldKind> kinds = changeFieldKinds();
        if (std::none_of(kinds.cbegin(), kinds.cend(),
                         [&](const FieldKind &k) { return k.key == kind; })) {
            QStringList keys;
            for (const FieldKind &k : kinds)
                keys << k.key;
            return fail(
                context, UsageError,
                QCoreApplication::translate("mlp",
                                            "--field \"%1\" is not a kind of "
                                            "field; use one of: %2.")
                    .arg(parser.value(QStringLiteral("field")), keys.join(QStringLiteral(", "))));
        }
    }

    const auto store = openStore(context.stores, path, PortfolioStore::Access::Read);
    if (!store)
        return fail(context, Refused, storageMessage(path, store.error()));
    if (arguments.size() > 1) {
        const Result<qint64> id = ideaId(**store, arguments.at(1));
        if (!id)
            return fail(context, Refused, storageMessage(path, id.error()));
        query.ideaId = *id;
    }
    const Result<Portfolio> settings = (*store)->loadSettings();
    if (!settings)
        return fail(context, Refused, storageMessage(path, settings.error()));
    const Result<QList<FieldChange>> read = (*store)->loadChanges(query);
    if (!read)
        return fail(context, Refused, storageMessage(path, read.error()));

    // Oldest first, as `history` lists moves: an edit's entries read in the order recorded.
    QList<FieldChange> changes;
    changes.reserve(read->size());
    for (auto it = read->crbegin(); it != read->crend(); ++it) {
        if (kind.isEmpty() || changeFieldKind(it->field) == kind)
            changes.append(*it);
    }

    if (parser.isSet(QStringLiteral("json"))) {
        context.outBytes = changesJson(changes);
        return Success;
    }
    if (changes.isEmpty()) {
        context.out << QCoreApplication::translate("mlp", "No recorded changes.")
                    << QLatin1Char('\n');
        return Success;
    }
    context.out << changesTable(changes, arguments.size() == 1, settings->config);
    return Success;
}

} // namespace

Command logCommand()
{
    return { QLatin1String("log"),
             QT_TRANSLATE_NOOP("mlp",
                               "Show the change log: who changed which field of which "
                               "idea, when, from what to what."),
             QLatin1String("FILE [IDEA]"), configure, execute };
}

} // namespace mlp::cli
