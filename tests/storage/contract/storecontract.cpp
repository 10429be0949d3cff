#include "storecontract.h"

#include "storage/stores.h"

namespace mlp::test {

std::string text(const Error &error)
{
    return error.message.toStdString();
}

void StoreContract::SetUp()
{
    if (GetParam() == StoreKind::PostgreSQL) {
        QString why;
        m_server = pgServer(&why);
        ASSERT_NE(m_server, nullptr) << why.toStdString();
    }
}

QString StoreContract::newLocation(const QString &name)
{
    if (GetParam() == StoreKind::File)
        return m_dir.filePath(name + QString::number(++m_count) + QStringLiteral(".mlplan"));
    return pgLocation(*m_server, uniquePortfolioName(name));
}

QString StoreContract::createAt(const Portfolio &portfolio)
{
    const QString location = newLocation();
    auto created = storage::storeOpener().create(location, portfolio);
    EXPECT_TRUE(created.ok()) << text(created.error());
    return location;
}

std::unique_ptr<PortfolioStore> StoreContract::open(const QString &location,
                                                    PortfolioStore::Access access)
{
    auto opened = storage::storeOpener().open(location, access);
    EXPECT_TRUE(opened.ok()) << text(opened.error());
    return opened ? std::move(*opened) : nullptr;
}

Portfolio StoreContract::loadAll(const QString &location)
{
    auto store = open(location, PortfolioStore::Access::Read);
    if (!store)
        return {};
    auto loaded = store->load();
    EXPECT_TRUE(loaded.ok()) << text(loaded.error());
    return loaded ? *loaded : Portfolio {};
}

INSTANTIATE_TEST_SUITE_P(, StoreContract, ::testing::Values(StoreKind::File, StoreKind::PostgreSQL),
                         [](const ::testing::TestParamInfo<StoreKind> &param) {
                             return param.param == StoreKind::File ? std::string("File")
                                                                   : std::string("PostgreSQL");
                         });

} // namespace mlp::test
