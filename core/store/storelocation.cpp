#include "core/store/storelocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace mlp {

namespace {

QString queryItem(const QUrl &url, const QString &key)
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}

QString sharedPortfolioName(const QUrl &url)
{
    return queryItem(url, QStringLiteral("portfolio"));
}

QString serverPlace(const QUrl &url)
{
    const QString service = queryItem(url, QStringLiteral("service"));
    if (!service.isEmpty())
        return QCoreApplication::translate("mlp", "service %1").arg(service);
    QString host = url.host(QUrl::FullyDecoded);
    if (host.isEmpty())
        host = queryItem(url, QStringLiteral("host"));
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    if (url.port() > 0)
        host += QLatin1Char(':') + QString::number(url.port());
    QString database = url.path(QUrl::FullyDecoded);
    if (database.startsWith(QLatin1Char('/')))
        database.remove(0, 1);
    return database.isEmpty() ? host : host + QLatin1Char('/') + database;
}

} // namespace

bool isSharedLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString locationDisplayName(const QString &location)
{
    if (!isSharedLocation(location))
        return QFileInfo(location).fileName();
    const QUrl url(location);
    const QString name = sharedPortfolioName(url);
    return name.isEmpty() ? serverPlace(url) : name;
}

QString locationPlace(const QString &location)
{
    if (!isSharedLocation(location))
        return QDir::toNativeSeparators(QFileInfo(location).absolutePath());
    return serverPlace(QUrl(location));
}

QString locationBaseName(const QString &location)
{
    if (!isSharedLocation(location))
        return QFileInfo(location).completeBaseName();
    const QString name = sharedPortfolioName(QUrl(location));
    return name.isEmpty() ? QStringLiteral("portfolio") : name;
}

bool passwordInAddress(const QString &location)
{
    if (!isSharedLocation(location))
        return false;
    const QUrl url(location);
    if (!url.password().isEmpty())
        return true;
    // password, sslpassword, PASSWORD…: any item that names one.
    for (const auto &[key, value] : QUrlQuery(url).queryItems()) {
        if (key.contains(QLatin1String("password"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString sharedLocation(const QString &server, const QString &portfolio)
{
    const QString address = server.trimmed();
    if (address.isEmpty() || portfolio.trimmed().isEmpty())
        return {};
    QUrl url;
    if (isSharedLocation(address)) {
        url = QUrl(address, QUrl::StrictMode);
        if (!url.isValid())
            return {};
    } else {
        // A libpq service name: letters, digits and a few separators, nothing a URI would mean.
        for (const QChar c : address) {
            if (!(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-')
                  || c == QLatin1Char('.')))
                return {};
        }
        url = QUrl(QStringLiteral("postgresql:///"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("service"), address);
        url.setQuery(query);
    }
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("portfolio"));
    // Spaces and Hangul stay readable once decoded; the separators of a query are escaped.
    QString escaped = portfolio.trimmed();
    escaped.replace(QLatin1Char('%'), QLatin1String("%25"))
        .replace(QLatin1Char('&'), QLatin1String("%26"))
        .replace(QLatin1Char('+'), QLatin1String("%2B"))
        .replace(QLatin1Char('#'), QLatin1String("%23"))
        .replace(QLatin1Char('='), QLatin1String("%3D"));
    query.addQueryItem(QStringLiteral("portfolio"), escaped);
    url.setQuery(query);
    const QString location = url.toString(QUrl::FullyEncoded);
    return passwordInAddress(location) ? QString() : location;
}

} // namespace mlp
