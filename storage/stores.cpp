#include "storage/stores.h"

#include "storage/pglocation.h"
#include "storage/pgstore.h"
#include "storage/portfoliofile.h"

namespace mlp::storage {

namespace {

template<typename S>
Result<std::unique_ptr<PortfolioStore>> asStore(Result<std::unique_ptr<S>> store)
{
    if (!store)
        return store.error();
    return std::unique_ptr<PortfolioStore>(std::move(*store));
}

// A postgresql:// (or postgres://) location: a team's portfolio on a PostgreSQL server
// (PgStore); anything else: a .mlplan file, SQLite through PortfolioFile.
class Stores final : public StoreOpener
{
public:
    Result<std::unique_ptr<PortfolioStore>> open(const QString &location,
                                                 PortfolioStore::Access access) const override
    {
        if (isPgLocation(location))
            return asStore(PgStore::open(location, access));
        return asStore(PortfolioFile::open(location, access));
    }

    Result<std::unique_ptr<PortfolioStore>> create(const QString &location,
                                                   const Portfolio &initial) const override
    {
        if (isPgLocation(location))
            return asStore(PgStore::create(location, initial));
        return asStore(PortfolioFile::create(location, initial));
    }

    Status recover(const QString &location) const override
    {
        if (isPgLocation(location)) {
            // The server recovers by itself: nothing is left behind to take in. Checked.
            auto opened = PgStore::open(location, PortfolioStore::Access::Read);
            if (!opened)
                return opened.error();
            return (*opened)->checkIntegrity();
        }
        return PortfolioFile::recover(location);
    }
};

} // namespace

const StoreOpener &storeOpener()
{
    static const Stores stores;
    return stores;
}

} // namespace mlp::storage
