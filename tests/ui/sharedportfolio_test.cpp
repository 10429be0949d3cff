// Opening a portfolio shared on a server, as far as the window goes without one: the dialog that
// builds its address, and how the window names it in menus.

#include "mainwindowfixture.h"

#include "core/store/storelocation.h"
#include "ui/dialogs/sharedportfoliodialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTimer>

namespace mlp::ui::test {
namespace {

QPushButton *openButton(const SharedPortfolioDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open);
}

TEST(SharedPortfolioDialog, OpensOnceServerAndPortfolioMakeAnAddress)
{
    SharedPortfolioDialog dialog;
    auto *server = dialog.findChild<QLineEdit *>(QStringLiteral("sharedServer"));
    auto *portfolio = dialog.findChild<QLineEdit *>(QStringLiteral("sharedPortfolio"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("sharedProblem"));
    EXPECT_FALSE(openButton(dialog)->isEnabled());

    server->setText(QStringLiteral("postgresql://db.example.com/planning"));
    EXPECT_FALSE(openButton(dialog)->isEnabled()); // no portfolio yet
    portfolio->setText(QStringLiteral("팀 \"ML\" & 연구"));
    EXPECT_TRUE(openButton(dialog)->isEnabled());
    EXPECT_TRUE(problem->isHidden());
    EXPECT_EQ(locationDisplayName(dialog.location()), QStringLiteral("팀 \"ML\" & 연구"));
    EXPECT_EQ(locationPlace(dialog.location()), QStringLiteral("db.example.com/planning"));

    server->setText(QStringLiteral("team")); // a service name
    EXPECT_TRUE(openButton(dialog)->isEnabled());
    EXPECT_EQ(locationPlace(dialog.location()), QStringLiteral("service team"));
}

TEST(SharedPortfolioDialog, RefusesAPasswordAndSaysWhereItGoes)
{
    SharedPortfolioDialog dialog;
    dialog.setPortfolio(QStringLiteral("Team ML"));
    dialog.setServer(QStringLiteral("postgresql://ann:secret@db/planning"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("sharedProblem"));
    EXPECT_FALSE(openButton(dialog)->isEnabled());
    EXPECT_TRUE(dialog.location().isEmpty());
    EXPECT_FALSE(problem->isHidden());
    EXPECT_TRUE(problem->text().contains(QStringLiteral(".pgpass")))
        << problem->text().toStdString();

    dialog.setServer(QStringLiteral("db.example.com planning"));
    EXPECT_FALSE(openButton(dialog)->isEnabled());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("postgresql://")));
}

TEST_F(MainWindowTest, ASharedPortfolioInOpenRecentIsNamedByPortfolioAndServer)
{
    // Port 1 on this machine: nothing listens there, so opening fails at once.
    const QString shared = QStringLiteral("postgresql://127.0.0.1:1/planning?portfolio=Team%20ML");
    UiSettings::instance().addRecentFile(shared);
    EXPECT_EQ(UiSettings::instance().recentFiles.value().first(), shared); // not made a path
    QMenu *recent = find<QMenu>(QStringLiteral("recentMenu"));
    emit recent->aboutToShow();
    ASSERT_FALSE(recent->actions().isEmpty());
    QAction *entry = recent->actions().first();
    EXPECT_TRUE(entry->text().contains(QStringLiteral("Team ML — 127.0.0.1:1/planning")))
        << entry->text().toStdString();
    // Opening it reaches the store; a server that is not there is an error, and the entry stays
    // (a server away for a while is no reason to forget it).
    entry->trigger();
    EXPECT_EQ(errors.size(), 1);
    EXPECT_TRUE(UiSettings::instance().recentFiles.value().contains(shared));
    EXPECT_EQ(document().filePath(), path); // the open portfolio is still open
    UiSettings::instance().removeRecentFile(shared);
}

TEST_F(MainWindowTest, OpenSharedPortfolioOffersTheLastServer)
{
    UiSettings::instance().lastServer.setValue(QStringLiteral("team"));
    QString offered;
    QTimer::singleShot(0, window.get(), [&] {
        auto *dialog = window->findChild<SharedPortfolioDialog *>();
        ASSERT_NE(dialog, nullptr);
        offered = dialog->server();
        dialog->reject();
    });
    action("actionOpenShared")->trigger();
    EXPECT_EQ(offered, QStringLiteral("team"));
    EXPECT_TRUE(errors.isEmpty());
    UiSettings::instance().lastServer.reset();
}

} // namespace
} // namespace mlp::ui::test
