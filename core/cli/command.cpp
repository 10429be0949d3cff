#include "cli/command.h"

#include "domain/validation.h"

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

std::optional<Format> formatFromPath(const QString &path)
{
    return formatFromKey(QFileInfo(path).suffix());
}

std::optional<Format> formatFromKey(const QString &key)
{
    if (key.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return Format::Json;
    if (key.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return Format::Csv;
    return std::nullopt;
}

QString unknownExtensionMessage(const QString &path)
{
    return QCoreApplication::translate("mlp",
                                       "%1: unknown format; the name must end in .json or .csv")
        .arg(path);
}

Result<OpenPortfolio> openPortfolio(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(Error::Code::NotFound,
                         QCoreApplication::translate("mlp", "%1: no such file").arg(path));
    if (info.isDir())
        return makeError(
            Error::Code::Io,
            QCoreApplication::translate("mlp", "%1: is a folder, not a portfolio file").arg(path));

    auto opened = PortfolioFile::open(path);
    if (!opened)
        return makeError(opened.error().code, path + QStringLiteral(": ") + opened.error().message);
    auto loaded = (*opened)->load();
    if (!loaded)
        return makeError(loaded.error().code, path + QStringLiteral(": ") + loaded.error().message);
    // A file changed by another tool may hold values outside their ranges (a weight of 1e308
    // turns every score into NaN): refused here rather than printed.
    if (const Status valid = validatePortfolio(*loaded); !valid)
        return makeError(Error::Code::Corrupt,
                         path + QStringLiteral(": ") + valid.error().message);
    return OpenPortfolio { std::move(*opened), std::move(*loaded) };
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
    auto opened = openPortfolio(path);
    if (!opened)
        return fail(context, Refused, opened.error().message);
    const auto index = resolveIdea(opened->portfolio, idOrName);
    if (!index)
        return fail(context, Refused, index.error().message);
    auto changed = change(opened->portfolio.ideas.at(*index));
    if (!changed)
        return fail(context, Refused, changed.error().message);
    const Status written = opened->file->upsertIdea(*changed);
    if (!written)
        return fail(context, Refused, path + QStringLiteral(": ") + written.error().message);
    saved = std::move(*changed);
    return Success;
}

QString formatScore(const std::optional<double> &value)
{
    if (!value)
        return QStringLiteral("-");
    return QString::number(*value, 'f', 1);
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
