// File ▸ Export PDF summary…: the dialog's options, the export on a worker thread (the same pages
// as on the GUI thread), and a cancel that leaves nothing behind.

#include "mainwindowfixture.h"

#include "report/pdfreport.h"
#include "ui/dialogs/reportdialog.h"
#include "ui/window/reportexport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QProcess>
#include <QRadioButton>
#include <QSpinBox>

namespace mlp::ui::test {
namespace {

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

TEST_F(MainWindowTest, TheSummaryIsWrittenOffTheGuiThreadWithTheSamePages)
{
    QAction *export_ = action("actionExportReport");
    ASSERT_TRUE(export_);
    EXPECT_TRUE(export_->isEnabled());

    report::ReportOptions options;
    options.projectPages = report::ProjectPages::Top;
    options.topCount = 3;
    const QString fromWindow = dir.filePath(QStringLiteral("window.pdf"));
    window->exportReport(options, fromWindow);
    ASSERT_TRUE(window->reportExport());
    QSignalSpy done(window->reportExport(), &ReportExport::finished);
    ASSERT_TRUE(done.wait(60000));
    ASSERT_TRUE(done.first().at(0).toBool()) << done.first().at(2).toString().toStdString();
    EXPECT_TRUE(errors.isEmpty());

    options.dataTime = clock.now();
    options.appVersion = QCoreApplication::applicationVersion();
    const QString onGuiThread = dir.filePath(QStringLiteral("gui.pdf"));
    ASSERT_TRUE(report::writeReport(document().portfolio(), options, onGuiThread).ok());
    const QString text = pdfText(fromWindow);
    EXPECT_GT(text.count(QChar(u'\f')), 5);
    EXPECT_EQ(text, pdfText(onGuiThread));
}

TEST_F(MainWindowTest, ACancelledSummaryLeavesNoFileAndKeepsTheOldOne)
{
    const QString target = dir.filePath(QStringLiteral("summary.pdf"));
    {
        QFile old(target);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old summary");
    }
    window->exportReport(report::ReportOptions {}, target);
    ASSERT_TRUE(window->reportExport());
    QSignalSpy done(window->reportExport(), &ReportExport::finished);
    window->reportExport()->cancel();
    ASSERT_TRUE(done.wait(60000));
    EXPECT_FALSE(done.first().at(0).toBool());
    EXPECT_TRUE(done.first().at(1).toBool()); // cancelled, so no error box
    EXPECT_TRUE(errors.isEmpty());
    EXPECT_EQ(readAll(target), QByteArray("old summary"));
    EXPECT_EQ(QDir(dir.path())
                  .entryList({ QStringLiteral("*.pdf*"), QStringLiteral(".*pdf*") },
                             QDir::Files | QDir::Hidden),
              QStringList { QStringLiteral("summary.pdf") });
}

TEST_F(MainWindowTest, ClosingWhileTheSummaryIsWrittenAsksAndKeepsWritingByDefault)
{
    const QString target = dir.filePath(QStringLiteral("summary.pdf"));
    window->exportReport(report::ReportOptions {}, target);
    ASSERT_TRUE(window->reportExport());
    QSignalSpy done(window->reportExport(), &ReportExport::finished);
    confirmAnswer = false; // Keep Writing
    EXPECT_FALSE(window->close());
    ASSERT_EQ(questions.size(), 1);
    EXPECT_TRUE(questions.first().contains(QStringLiteral("still being written")))
        << questions.first().toStdString();
    EXPECT_TRUE(window->isVisible());
    ASSERT_TRUE(done.wait(60000));
    EXPECT_TRUE(done.first().at(0).toBool()) << done.first().at(2).toString().toStdString();
    EXPECT_TRUE(QFileInfo::exists(target));

    // Once written, closing asks nothing.
    EXPECT_TRUE(window->close());
    EXPECT_EQ(questions.size(), 1);
}

TEST_F(MainWindowTest, StopAndCloseStopsTheSummaryAndLeavesNoFile)
{
    const QString target = dir.filePath(QStringLiteral("summary.pdf"));
    window->exportReport(report::ReportOptions {}, target);
    ASSERT_TRUE(window->reportExport());
    QSignalSpy done(window->reportExport(), &ReportExport::finished);
    confirmAnswer = true; // Stop and Close
    EXPECT_TRUE(window->close());
    EXPECT_EQ(questions.size(), 1);
    ASSERT_TRUE(done.wait(60000));
    EXPECT_FALSE(done.first().at(0).toBool());
    EXPECT_TRUE(done.first().at(1).toBool()); // cancelled
    EXPECT_FALSE(QFileInfo::exists(target));
}

TEST(ReportDialog, GivesTheOptionsChosen)
{
    QTemporaryDir dir;
    ReportDialog dialog(dir.filePath(QStringLiteral("out")), { 4, 9 });
    dialog.findChild<QCheckBox *>(QStringLiteral("section-glossary"))->setChecked(false);
    const auto radios = dialog.findChildren<QRadioButton *>();
    ASSERT_EQ(radios.size(), 4);
    radios[2]->setChecked(true); // the selection
    const report::ReportOptions options = dialog.options();
    EXPECT_FALSE(options.has(report::Section::Glossary));
    EXPECT_TRUE(options.has(report::Section::Chart));
    EXPECT_EQ(options.projectPages, report::ProjectPages::Chosen);
    EXPECT_EQ(options.chosenIds, (QList<qint64> { 4, 9 }));
    EXPECT_EQ(dialog.path(), dir.filePath(QStringLiteral("out.pdf")));

    radios[1]->setChecked(true);
    dialog.findChild<QSpinBox *>()->setValue(3);
    EXPECT_EQ(dialog.options().projectPages, report::ProjectPages::Top);
    EXPECT_EQ(dialog.options().topCount, 3);
}

TEST(ReportDialog, RefusesAFileThatCannotBeWrittenAndAsksBeforeReplacing)
{
    QTemporaryDir dir;
    ReportDialog dialog(dir.filePath(QStringLiteral("missing/out.pdf")), {});
    dialog.show();
    QLabel *error = dialog.findChild<QLabel *>(QStringLiteral("reportError"));
    ASSERT_TRUE(error);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("does not exist")))
        << error->text().toStdString();

    const QString existing = dir.filePath(QStringLiteral("old.pdf"));
    QFile(existing).open(QIODevice::WriteOnly);
    dialog.setPath(existing);
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("already exists")));
    dialog.accept(); // the second Export replaces it
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST(ReportDialog, ABareNameGoesBesideTheSuggestedFile)
{
    QTemporaryDir dir;
    ReportDialog dialog(dir.filePath(QStringLiteral("Team summary.pdf")), {});
    dialog.setPath(QStringLiteral("other"));
    EXPECT_EQ(dialog.path(), QDir(dir.path()).filePath(QStringLiteral("other.pdf")));
}

TEST(ReportDialog, AFilterWithoutTextIsNotAccepted)
{
    QTemporaryDir dir;
    ReportDialog dialog(dir.filePath(QStringLiteral("out.pdf")), {});
    dialog.show();
    const auto radios = dialog.findChildren<QRadioButton *>();
    ASSERT_EQ(radios.size(), 4);
    radios[3]->setChecked(true); // name, owner or description contains
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    QLabel *error = dialog.findChild<QLabel *>(QStringLiteral("reportError"));
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->text().contains(QStringLiteral("Type the text")))
        << error->text().toStdString();
}

TEST(ReportDialog, EveryMnemonicLeadsToItsField)
{
    QTemporaryDir dir;
    ReportDialog dialog(dir.filePath(QStringLiteral("out.pdf")), {});
    int withMnemonic = 0;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->text().contains(QLatin1Char('&')))
            continue;
        ++withMnemonic;
        // A label with '&' and no buddy shows the '&' itself and its Alt key does nothing.
        EXPECT_NE(label->buddy(), nullptr) << label->text().toStdString();
    }
    EXPECT_GE(withMnemonic, 3); // paper, chart page, file
}

TEST_F(MainWindowTest, CtrlPExportsThePdfSummary)
{
    EXPECT_TRUE(
        action("actionExportReport")->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_P)));
}

} // namespace
} // namespace mlp::ui::test
