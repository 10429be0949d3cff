#include "cli/command.h"

#include "core/io/formatkeys.h"

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

Result<std::unique_ptr<PortfolioStore>> openStore(const StoreOpener &stores, const QString &path,
                                                  PortfolioStore::Access access)
{
    return stores.open(path, access);
}

Result<Idea> findIdea(const PortfolioStore &store, const QString &idOrName)
{
    // Resolving among the ideas the id or name may mean gives what resolving in the whole
    // portfolio would (PortfolioStore::ideasNamedBy), with the same messages.
    auto candidates = store.ideasNamedBy(idOrName);
    if (!candidates)
        return candidates.error();
    Portfolio named;
    named.ideas = std::move(*candidates);
    const auto id = named.resolve(idOrName);
    if (!id)
        return id.error();
    return store.loadIdea(*id);
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
    auto store = openStore(context.stores, path, PortfolioStore::Access::Edit);
    if (!store)
        return fail(context, Refused, store.error().message);
    const auto settings = (*store)->loadSettings();
    if (!settings)
        return fail(context, Refused, settings.error().message);
    const auto idea = findIdea(**store, idOrName);
    if (!idea)
        return fail(context, Refused, idea.error().message);
    auto changed = change(*idea, *settings);
    if (!changed)
        return fail(context, Refused, changed.error().message);
    // My change from the idea as loaded: someone else's change since of another field is kept,
    // one of the same field refused (Error::Code::Conflict).
    const Status written = (*store)->upsertIdea(*changed, &*idea);
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
    char text[24];
    if (const int n = io::utcTimestampChars(at, false, text); n > 0)
        return QString::fromLatin1(text, n);
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace mlp::cli
