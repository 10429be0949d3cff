#include "cli/command.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mlp::cli {

int fail(Context &context, ExitCode code, const QString &message)
{
    QString line = message.simplified();
    context.out.flush();
    context.err << QStringLiteral("error: ") << line << QLatin1Char('\n');
    context.err.flush();
    return code;
}

QString unknownExtensionMessage(const QString &path)
{
    return QCoreApplication::translate("mlp",
                                       "%1: unknown format; the name must end in .json or .csv")
        .arg(path);
}

Result<OpenPortfolio> openPortfolio(const StoreOpener &stores, const QString &path,
                                    PortfolioStore::Access access)
{
    // The store refuses a missing file or a folder; its messages name the file themselves.
    auto opened = stores.open(path, access);
    if (!opened)
        return opened.error();
    auto loaded = (*opened)->load();
    if (!loaded)
        return loaded.error();
    return OpenPortfolio { std::move(*opened), std::move(*loaded) };
}

QString storageMessage(const QString &path, const Error &error)
{
    // A value refused before writing does not name the file; the file's own errors do.
    if (error.code == Error::Code::Invalid)
        return path + QStringLiteral(": ") + error.message;
    return error.message;
}

Result<int> resolveIdea(const Portfolio &portfolio, const QString &idOrName)
{
    const auto id = portfolio.resolve(idOrName);
    if (!id)
        return id.error();
    const int index = portfolio.indexOf(*id);
    if (index < 0)
        return makeError(
            Error::Code::NotFound,
            QCoreApplication::translate("mlp", "no idea with id or name \"%1\"").arg(idOrName));
    return index;
}

int changeIdea(Context &context, const QString &path, const QString &idOrName,
               const IdeaChange &change, Idea &saved)
{
    return changeIdea(context, path, idOrName,
                      IdeaChangeInPortfolio(
                          [&change](const Idea &idea, const Portfolio &) { return change(idea); }),
                      saved);
}

int changeIdea(Context &context, const QString &path, const QString &idOrName,
               const IdeaChangeInPortfolio &change, Idea &saved)
{
    auto opened = openPortfolio(context.stores, path, PortfolioStore::Access::Write);
    if (!opened)
        return fail(context, Refused, opened.error().message);
    const auto index = resolveIdea(opened->portfolio, idOrName);
    if (!index)
        return fail(context, Refused, index.error().message);
    auto changed = change(opened->portfolio.ideas.at(*index), opened->portfolio);
    if (!changed)
        return fail(context, Refused, changed.error().message);
    const Status written = opened->file->upsertIdea(*changed);
    if (!written)
        return fail(context, Refused, storageMessage(path, written.error()));
    saved = std::move(*changed);
    return Success;
}

QString formatDuration(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (days > 0)
        return QCoreApplication::translate("mlp", "%1d %2h").arg(days).arg(hours % 24);
    if (hours > 0)
        return QCoreApplication::translate("mlp", "%1h %2m").arg(hours).arg(minutes % 60);
    return QCoreApplication::translate("mlp", "%1m").arg(minutes);
}

QString formatTimestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace mlp::cli
