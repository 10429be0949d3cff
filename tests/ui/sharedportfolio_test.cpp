// Opening a portfolio shared on a server, as far as the window goes without one: the dialog that
// builds its address, and how the window names it in menus.

#include "mainwindowfixture.h"

#include "core/store/storelocation.h"
#include "storage/stores.h"
#include "ui/dialogs/sharedportfoliodialog.h"
#include "ui/document/selection.h"
#include "ui/document/storeworker.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

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
    entry->trigger(); // opened off the window's thread: the refusal comes a moment later
    QTRY_COMPARE(errors.size(), 1);
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

// A "server" that takes the connection and never answers, as one behind a dead network or
// stuck: libpq waits for it up to the connection timeout.
class SilentServer
{
public:
    SilentServer()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof address;
        // Never accepted: the kernel's backlog completes the handshake, and nothing answers.
        EXPECT_EQ(::bind(m_fd, reinterpret_cast<sockaddr *>(&address), size), 0);
        EXPECT_EQ(::listen(m_fd, 8), 0);
        EXPECT_EQ(::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &size), 0);
        m_port = ntohs(address.sin_port);
    }
    ~SilentServer() { ::close(m_fd); }
    SilentServer(const SilentServer &) = delete;
    SilentServer &operator=(const SilentServer &) = delete;

    QString location(int timeoutSeconds) const
    {
        return QStringLiteral(
                   "postgresql://127.0.0.1:%1/planning?portfolio=Team&connect_timeout=%2")
            .arg(m_port)
            .arg(timeoutSeconds);
    }

private:
    int m_fd = -1;
    int m_port = 0;
};

// Counts the window thread's timer events: they keep coming while it waits for nothing.
struct Ticks
{
    Ticks()
    {
        QObject::connect(&timer, &QTimer::timeout, [this] { ++count; });
        timer.start(5);
    }
    QTimer timer;
    int count = 0;
};

TEST_F(MainWindowTest, AServerThatDoesNotAnswerNeverFreezesTheWindowAndCanBeCancelled)
{
    SilentServer silent;
    const QString shared = silent.location(30);
    Ticks ticks;
    EXPECT_TRUE(window->openFile(shared)); // returns at once: connecting runs elsewhere
    EXPECT_TRUE(window->isOpening());
    auto *busy = find<QWidget>(QStringLiteral("busyIndicator"));
    EXPECT_FALSE(busy->isHidden());
    EXPECT_TRUE(find<QLabel>(QStringLiteral("busyLabel"))->text().contains(QStringLiteral("Team")));
    // The window goes on: events are handled, the open portfolio can still be worked on.
    QTRY_VERIFY(ticks.count >= 20);
    EXPECT_TRUE(window->isOpening());
    window->selectIds({ document().portfolio().ideas.at(0).id });
    EXPECT_EQ(window->selection()->ids().size(), 1);

    find<QToolButton>(QStringLiteral("busyCancel"))->click();
    EXPECT_FALSE(window->isOpening());
    EXPECT_TRUE(busy->isHidden());
    EXPECT_EQ(document().filePath(), path); // nothing else was opened
    QTest::qWait(50);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(QLatin1Char('\n')).toStdString();
}

TEST_F(MainWindowTest, AServerThatDoesNotAnswerIsGivenUpAfterTheConnectionTimeout)
{
    SilentServer silent;
    Ticks ticks;
    EXPECT_TRUE(window->openFile(silent.location(2))); // libpq's least timeout
    QTRY_VERIFY_WITH_TIMEOUT(!window->isOpening(), 20000);
    EXPECT_GE(ticks.count, 20); // the window kept handling events meanwhile
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().contains(QStringLiteral("Cannot Open Portfolio")))
        << errors.first().toStdString();
    EXPECT_TRUE(find<QWidget>(QStringLiteral("busyIndicator"))->isHidden());
    EXPECT_EQ(document().filePath(), path);
}

// The probe of a server that went away runs off the window's thread too (StoreFollower's retry).
TEST(StoreWorker, AProbeOfAServerThatDoesNotAnswerLeavesTheThreadFree)
{
    SilentServer silent;
    StoreWorker worker(storage::storeOpener());
    QSignalSpy probed(&worker, &StoreWorker::probed);
    Ticks ticks;
    worker.probe(silent.location(2));
    EXPECT_TRUE(worker.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(probed.count(), 1, 20000);
    EXPECT_GE(ticks.count, 20);
    EXPECT_FALSE(probed.first().at(1).toBool()); // no answer
    EXPECT_FALSE(probed.first().at(2).toString().isEmpty());
}

} // namespace
} // namespace mlp::ui::test
