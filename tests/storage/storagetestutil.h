#pragma once

#include "core/domain/idea.h"
#include "storage/portfoliofile.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace mlp::test {

// A portfolio that uses every feature the file formats carry: several raters with partial
// answers, key-question answers, the flywheel, the checklist, backward moves with catalogued
// and free-text reasons, an override, each combine rule, model results, every kind of
// baseline, adjusted settings, and names full of quotes, commas, line breaks and Hangul.
Portfolio richPortfolio();

// An idea whose content is a function of its id, for bulk and crash tests.
Idea numberedIdea(qint64 id);

QByteArray readBytes(const QString &path);
void writeBytes(const QString &path, const QByteArray &bytes);
QByteArray sha256Of(const QString &path);
QString goldenDir(const QString &caseName);

// A test with a throw-away folder to create portfolios in.
class StorageTest : public ::testing::Test
{
protected:
    QString file(const QString &name) const { return m_dir.filePath(name); }

    QString create(const QString &name, const Portfolio &portfolio)
    {
        const QString path = file(name);
        auto created = PortfolioFile::create(path, portfolio);
        EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
        return path;
    }

    QString createRich(const QString &name = QStringLiteral("rich.mlplan"))
    {
        return create(name, richPortfolio());
    }

    QTemporaryDir m_dir;
};

} // namespace mlp::test
