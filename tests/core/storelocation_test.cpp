#include "core/store/storelocation.h"

#include <QUrl>
#include <QUrlQuery>

#include <gtest/gtest.h>

namespace mlp {
namespace {

QString portfolioOf(const QString &location)
{
    return QUrlQuery(QUrl(location))
        .queryItemValue(QStringLiteral("portfolio"), QUrl::FullyDecoded);
}

TEST(StoreLocation, PathsAndAddressesAreToldApart)
{
    EXPECT_FALSE(isSharedLocation(QStringLiteral("/home/ann/team.mlplan")));
    EXPECT_FALSE(isSharedLocation(QStringLiteral("postgresql.mlplan")));
    EXPECT_TRUE(isSharedLocation(QStringLiteral("postgresql://db/planning?portfolio=A")));
    EXPECT_TRUE(isSharedLocation(QStringLiteral("POSTGRES://db/planning?portfolio=A")));
}

TEST(StoreLocation, AFileIsNamedByItsFileName)
{
    const QString path = QStringLiteral("/home/ann/plans/팀 계획.mlplan");
    EXPECT_EQ(locationDisplayName(path), QStringLiteral("팀 계획.mlplan"));
    EXPECT_EQ(locationBaseName(path), QStringLiteral("팀 계획"));
    EXPECT_EQ(locationPlace(path), QStringLiteral("/home/ann/plans"));
}

TEST(StoreLocation, ASharedPortfolioIsNamedByItsPortfolioAndServer)
{
    const QString location
        = QStringLiteral("postgresql://db.example.com:5433/planning?portfolio=Team%20ML");
    EXPECT_EQ(locationDisplayName(location), QStringLiteral("Team ML"));
    EXPECT_EQ(locationBaseName(location), QStringLiteral("Team ML"));
    EXPECT_EQ(locationPlace(location), QStringLiteral("db.example.com:5433/planning"));
    EXPECT_EQ(locationPlace(QStringLiteral("postgresql:///?service=team&portfolio=A")),
              QStringLiteral("service team"));
}

TEST(StoreLocation, AnAddressIsBuiltFromAServerAndAPortfolioName)
{
    const QString name = QStringLiteral("R&D \"핵심\" 100% = a+b #1");
    const QString uri = sharedLocation(QStringLiteral(" postgresql://db/planning "), name);
    ASSERT_FALSE(uri.isEmpty());
    EXPECT_TRUE(isSharedLocation(uri));
    EXPECT_EQ(portfolioOf(uri), name) << uri.toStdString();
    EXPECT_EQ(locationDisplayName(uri), name);
    EXPECT_EQ(locationPlace(uri), QStringLiteral("db/planning"));

    // A service name becomes a service address; a name replaces one already in the address.
    const QString service = sharedLocation(QStringLiteral("team"), QStringLiteral("Team ML"));
    EXPECT_EQ(locationPlace(service), QStringLiteral("service team"));
    EXPECT_EQ(portfolioOf(service), QStringLiteral("Team ML"));
    const QString replaced
        = sharedLocation(QStringLiteral("postgresql://db/planning?portfolio=Old&sslmode=require"),
                         QStringLiteral("New"));
    EXPECT_EQ(portfolioOf(replaced), QStringLiteral("New"));
    EXPECT_TRUE(replaced.contains(QStringLiteral("sslmode=require"))) << replaced.toStdString();
}

TEST(StoreLocation, NoAddressIsBuiltFromSomethingElseOrWithAPassword)
{
    EXPECT_TRUE(sharedLocation(QStringLiteral("team"), QStringLiteral(" ")).isEmpty());
    EXPECT_TRUE(sharedLocation(QString(), QStringLiteral("A")).isEmpty());
    EXPECT_TRUE(
        sharedLocation(QStringLiteral("db.example.com/planning"), QStringLiteral("A")).isEmpty());
    EXPECT_TRUE(
        sharedLocation(QStringLiteral("postgresql://ann:secret@db/planning"), QStringLiteral("A"))
            .isEmpty());
    EXPECT_TRUE(passwordInAddress(QStringLiteral("postgresql://ann:secret@db/planning")));
    EXPECT_TRUE(passwordInAddress(QStringLiteral("postgresql://db/planning?password=secret")));
    EXPECT_TRUE(passwordInAddress(QStringLiteral("postgresql://db/planning?sslpassword=secret")));
    EXPECT_TRUE(passwordInAddress(QStringLiteral("postgresql://db/planning?PASSWORD=secret")));
    EXPECT_FALSE(passwordInAddress(QStringLiteral("postgresql://ann@db/planning")));
}

} // namespace
} // namespace mlp
