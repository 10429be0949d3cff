#pragma once

// The throw-away PostgreSQL server of the tests: started by the ctest fixture "postgres"
// (scripts/pg-test-server.sh start, tests/CMakeLists.txt), which writes its connection to
// MLP_TEST_PG_STATE/server.env. A test that needs it and finds none fails, saying how to start
// one; it is never skipped.

#include <QString>

namespace mlp::test {

struct PgServer
{
    QString socketDir;
    QString port;
    QString user;
    QString database;
    QString dataDir;
};

// The server, or nullptr with `why` set.
const PgServer *pgServer(QString *why);
// A location on the test server for the portfolio `portfolio` (encoded in the URI).
QString pgLocation(const PgServer &server, const QString &portfolio);
// A portfolio name used by no other test or run: `prefix` and a fresh uuid.
QString uniquePortfolioName(const QString &prefix);
// Runs one SQL statement on the test server as its superuser (for what a test must do behind
// the store's back: end a connection, damage a row); false with `why` set when it fails.
bool pgAdmin(const PgServer &server, const QString &sql, QString *why);

} // namespace mlp::test

// Fails the current test (and returns from it) when the test server is not there.
#define MLP_REQUIRE_PG_SERVER(server)                                                              \
    QString pgServerWhy_;                                                                          \
    const ::mlp::test::PgServer *server = ::mlp::test::pgServer(&pgServerWhy_);                    \
    ASSERT_NE(server, nullptr) << pgServerWhy_.toStdString()
