#pragma once

// Reading a PDF back with poppler-utils and qpdf (scripts/install-deps.sh installs them).

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace mlp::testing {

struct ToolRun
{
    int code = -1;
    QString out;
    QString err;
};

inline ToolRun runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForStarted(30000)) {
        run.err = program + QStringLiteral(" did not start: ") + process.errorString();
        return run;
    }
    process.waitForFinished(120000);
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The PDF's text, one string per page (pdftotext separates pages with a form feed).
inline QStringList pdfPages(const QString &pdf)
{
    const ToolRun run
        = runTool(QStringLiteral("pdftotext"),
                  { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    QStringList pages = run.out.split(QChar(u'\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

inline QString pdfText(const QString &pdf)
{
    return pdfPages(pdf).join(QChar(u'\f'));
}

inline int pdfPageCount(const QString &pdf)
{
    const ToolRun run = runTool(QStringLiteral("pdfinfo"), { pdf });
    const auto match = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"),
                                          QRegularExpression::MultilineOption)
                           .match(run.out);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace mlp::testing
