#pragma once

// The store's contract: what every PortfolioStore does, whatever keeps the portfolio. The same
// tests run against a .mlplan file and a portfolio on the PostgreSQL test server (pgserver.h):
// each TEST_P of StoreContract runs once per kind of store.

#include "core/store/portfoliostore.h"
#include "pgserver.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace mlp::test {

enum class StoreKind { File, PostgreSQL };

class StoreContract : public ::testing::TestWithParam<StoreKind>
{
protected:
    void SetUp() override;

    // A new location of this test's kind where nothing is yet.
    QString newLocation(const QString &name = QStringLiteral("contract"));
    // Creates a store at a new location holding `portfolio` (failing the test if refused).
    QString createAt(const Portfolio &portfolio);
    std::unique_ptr<PortfolioStore>
    open(const QString &location, PortfolioStore::Access access = PortfolioStore::Access::Write);
    Portfolio loadAll(const QString &location);

    const PgServer *m_server = nullptr;
    QTemporaryDir m_dir;
    int m_count = 0;
};

std::string text(const Error &error);

} // namespace mlp::test
