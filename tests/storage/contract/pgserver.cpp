#include "pgserver.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace mlp::test {

const PgServer *pgServer(QString *why)
{
    static const auto server = []() -> std::optional<PgServer> {
        QFile env(QStringLiteral(MLP_TEST_PG_STATE "/server.env"));
        if (!env.open(QIODevice::ReadOnly))
            return std::nullopt;
        PgServer found;
        for (const QByteArray &line : env.readAll().split('\n')) {
            const auto eq = line.indexOf('=');
            if (eq < 0)
                continue;
            const QByteArray key = line.left(eq);
            const QString value = QString::fromUtf8(line.mid(eq + 1));
            if (key == "MLP_PG_SOCKET_DIR")
                found.socketDir = value;
            else if (key == "MLP_PG_PORT")
                found.port = value;
            else if (key == "MLP_PG_USER")
                found.user = value;
            else if (key == "MLP_PG_DATABASE")
                found.database = value;
            else if (key == "MLP_PG_DATA")
                found.dataDir = value;
        }
        if (found.socketDir.isEmpty() || found.database.isEmpty())
            return std::nullopt;
        return found;
    }();
    if (server)
        return &*server;
    *why = QStringLiteral(
        "No PostgreSQL test server: " MLP_TEST_PG_STATE "/server.env is missing. Run the tests "
        "through ctest, whose fixture pg_server_start starts one (scripts/pg-test-server.sh; "
        "it needs the Debian package postgresql, see scripts/install-deps.sh), or start one by "
        "hand: scripts/pg-test-server.sh start " MLP_TEST_PG_STATE);
    return nullptr;
}

QString pgLocation(const PgServer &server, const QString &portfolio)
{
    auto enc
        = [](const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); };
    return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4&portfolio=%5")
        .arg(enc(server.database), enc(server.socketDir), server.port, enc(server.user),
             enc(portfolio));
}

QString uniquePortfolioName(const QString &prefix)
{
    return prefix + QLatin1Char(' ') + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool pgAdmin(const PgServer &server, const QString &sql, QString *why)
{
    const QString name = QStringLiteral("admin-") + QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setConnectOptions(QStringLiteral("host=%1;port=%2;user=%3;dbname=%4")
                                 .arg(server.socketDir, server.port, server.user, server.database));
        if (!db.open()) {
            *why = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                *why = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace mlp::test
