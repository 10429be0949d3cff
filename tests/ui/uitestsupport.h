#pragma once

#include "core/domain/clock.h"
#include "core/domain/idea.h"
#include "core/domain/sample.h"
#include "storage/portfoliofile.h"
#include "tests/support/fakeclock.h"
#include "tests/support/generatedportfolio.h"
#include "ui/document/document.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

namespace mlp::ui::test {

// QSettings of the window go to a throw-away folder, never to the user's.
class IsolatedSettings : public ::testing::Environment
{
public:
    void SetUp() override
    {
        QCoreApplication::setOrganizationName(QStringLiteral("mlplanner-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("mlplanner-tests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

private:
    QTemporaryDir m_dir;
};

inline QDateTime testNow()
{
    return QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
}

inline Portfolio sortedById(Portfolio p)
{
    std::sort(p.ideas.begin(), p.ideas.end(),
              [](const Idea &a, const Idea &b) { return a.id < b.id; });
    return p;
}

// What the file holds right now, read through a consistent copy (the document keeps the file
// itself locked).
inline Portfolio fileContent(const Document &document, const QTemporaryDir &dir)
{
    static int n = 0;
    const QString copy = dir.filePath(QStringLiteral("copy-%1.mlplan").arg(++n));
    const Status copied = document.saveCopyAs(copy);
    EXPECT_TRUE(copied.ok()) << (copied.ok() ? QString() : copied.error().message).toStdString();
    auto opened = PortfolioFile::open(copy);
    EXPECT_TRUE(opened.ok()) << (opened.ok() ? QString() : opened.error().message).toStdString();
    if (!opened)
        return {};
    auto loaded = opened.value()->load();
    EXPECT_TRUE(loaded.ok());
    return loaded ? sortedById(loaded.value()) : Portfolio {};
}

// A document on a fresh copy of the sample portfolio, with a fake clock.
struct SampleDocument
{
    QTemporaryDir dir;
    FakeClock clock { testNow() };
    Document document { clock };
    QString path = dir.filePath(QStringLiteral("sample.mlplan"));

    SampleDocument()
    {
        const Status created = document.createFile(path, samplePortfolio(clock.now()));
        EXPECT_TRUE(created.ok())
            << (created.ok() ? QString() : created.error().message).toStdString();
    }
    Portfolio memory() const { return sortedById(document.portfolio()); }
    Portfolio file() const { return fileContent(document, dir); }
};

} // namespace mlp::ui::test
