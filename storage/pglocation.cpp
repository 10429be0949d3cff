#include "storage/pglocation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace mlp::storage {

namespace {

// Defaults unless the location sets them: a server that does not answer is given up on after
// 10 s instead of hanging, and a connection whose server vanished is noticed within ~15 s.
// (libpq ignores the keepalive and TCP settings on a Unix socket, where a gone server is
// noticed at once.)
const std::pair<const char *, const char *> kDefaults[] = {
    { "connect_timeout", "10" },         { "keepalives", "1" },
    { "keepalives_idle", "5" },          { "keepalives_interval", "2" },
    { "keepalives_count", "3" },         { "tcp_user_timeout", "15000" },
    { "application_name", "mlplanner" },
};

// The location as a message may show it: never with a password, in the user part or an item.
QString shown(const QString &location)
{
    QUrl url(location);
    if (!url.isValid())
        return location.contains(QLatin1String("password"), Qt::CaseInsensitive)
                || location.contains(QLatin1Char('@'))
            ? QCoreApplication::translate("mlp", "The location")
            : location;
    QUrlQuery query(url);
    bool removed = false;
    for (const auto &[key, value] : query.queryItems()) {
        if (key.contains(QLatin1String("password"), Qt::CaseInsensitive)) {
            query.removeAllQueryItems(key);
            removed = true;
        }
    }
    if (removed)
        url.setQuery(query);
    return url.toString(QUrl::RemovePassword);
}

Error invalid(const QString &location, const QString &why)
{
    return makeError(Error::Code::Invalid,
                     QCoreApplication::translate("mlp",
                                                 "%1 is not a usable shared portfolio "
                                                 "location: %2")
                         .arg(shown(location), why));
}

// libpq's conninfo quoting: single quotes around, backslash before ' and \.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

bool isPgLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<PgLocation> parsePgLocation(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || !isPgLocation(location))
        return invalid(
            location,
            QCoreApplication::translate("mlp",
                                        "write it as postgresql://host/database?portfolio=NAME or "
                                        "postgresql:///?service=NAME&portfolio=NAME"));
    if (!url.password().isEmpty())
        return invalid(
            location,
            QCoreApplication::translate("mlp",
                                        "it holds a password. Remove it, and keep the password in "
                                        "~/.pgpass or the service file (see docs/team.md)"));
    if (!url.fragment().isEmpty())
        return invalid(location, QCoreApplication::translate("mlp", "it has a #fragment"));

    PgLocation result;
    QStringList options;
    QSet<QString> given;
    auto add = [&](const QString &key, const QString &value) {
        options.append(key + QLatin1Char('=') + quoted(value));
        given.insert(key);
    };
    if (!url.host().isEmpty())
        add(QStringLiteral("host"), url.host(QUrl::FullyDecoded));
    if (url.port() != -1)
        add(QStringLiteral("port"), QString::number(url.port()));
    if (!url.userName().isEmpty())
        add(QStringLiteral("user"), url.userName(QUrl::FullyDecoded));
    const QString database = url.path(QUrl::FullyDecoded).mid(1);
    if (!database.isEmpty())
        add(QStringLiteral("dbname"), database);

    static const QRegularExpression keyword(QStringLiteral("^[a-z_]+$"));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("portfolio")) {
            if (!result.portfolio.isEmpty())
                return invalid(
                    location,
                    QCoreApplication::translate("mlp", "it names more than one portfolio"));
            result.portfolio = value.trimmed();
            continue;
        }
        // password, sslpassword, or any spelling of them: never in a location.
        if (key.contains(QLatin1String("password"), Qt::CaseInsensitive))
            return invalid(
                location,
                QCoreApplication::translate("mlp",
                                            "it holds a password. Remove it, and keep the password "
                                            "in ~/.pgpass or the service file (see docs/team.md)"));
        if (!keyword.match(key).hasMatch() || given.contains(key))
            return invalid(location,
                           QCoreApplication::translate("mlp",
                                                       "'%1' is not a connection setting "
                                                       "or is given twice")
                               .arg(key));
        // Qt's driver splits its options at ';' whatever the quoting.
        if (value.contains(QLatin1Char(';')))
            return invalid(location,
                           QCoreApplication::translate("mlp",
                                                       "the value of '%1' holds a ';', which the "
                                                       "PostgreSQL driver cannot pass on")
                               .arg(key));
        add(key, value);
    }
    if (result.portfolio.isEmpty())
        return invalid(location,
                       QCoreApplication::translate(
                           "mlp",
                           "it names no portfolio; add ?portfolio=NAME (with %20 for a "
                           "space)"));
    for (const auto &[key, value] : kDefaults) {
        if (!given.contains(QLatin1String(key)))
            add(QLatin1String(key), QLatin1String(value));
    }
    result.connectOptions = options.join(QLatin1Char(';'));
    return result;
}

QString withPortfolio(const QString &location, const QString &portfolio)
{
    QUrl url(location);
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("portfolio"));
    // Encoded by hand: QUrlQuery leaves '&', '=' and '+' in a value as they are.
    QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(portfolio));
    query.addQueryItem(QStringLiteral("portfolio"), encoded);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace mlp::storage
