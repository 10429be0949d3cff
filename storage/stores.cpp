#include "storage/stores.h"

#include "storage/portfoliofile.h"

namespace mlp::storage {

namespace {

Result<std::unique_ptr<PortfolioStore>> asStore(Result<std::unique_ptr<PortfolioFile>> file)
{
    if (!file)
        return file.error();
    return std::unique_ptr<PortfolioStore>(std::move(*file));
}

// .mlplan files: SQLite through PortfolioFile.
class FileStoreOpener final : public StoreOpener
{
public:
    Result<std::unique_ptr<PortfolioStore>> open(const QString &location,
                                                 PortfolioStore::Access access) const override
    {
        return asStore(PortfolioFile::open(location, access));
    }

    Result<std::unique_ptr<PortfolioStore>> create(const QString &location,
                                                   const Portfolio &initial) const override
    {
        return asStore(PortfolioFile::create(location, initial));
    }

    Status recover(const QString &location) const override
    {
        return PortfolioFile::recover(location);
    }
};

} // namespace

const StoreOpener &storeOpener()
{
    static const FileStoreOpener files;
    return files;
}

} // namespace mlp::storage
