#include "ui/dialogs/sharedportfoliodialog.h"

#include "core/store/storelocation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mlp::ui {

SharedPortfolioDialog::SharedPortfolioDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open Shared Portfolio"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("A portfolio the team shares on a PostgreSQL server. Everyone who opens it sees the "
           "others' changes; every change is kept on the server at once."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_server = new QLineEdit;
    m_server->setObjectName(QStringLiteral("sharedServer"));
    m_server->setPlaceholderText(tr("postgresql://server/database, or a service name"));
    m_server->setToolTip(
        tr("The server and database, as a postgresql:// address "
           "(postgresql://db.example.com/planning?sslmode=verify-full), or the name of a "
           "service in your pg_service.conf file. Your password goes in your .pgpass file, "
           "never here."));
    form->addRow(tr("&Server:"), m_server);
    m_portfolio = new QLineEdit;
    m_portfolio->setObjectName(QStringLiteral("sharedPortfolio"));
    m_portfolio->setPlaceholderText(tr("Team ML"));
    m_portfolio->setToolTip(tr("The portfolio's name on the server, as it was published."));
    form->addRow(tr("&Portfolio:"), m_portfolio);
    layout->addLayout(form);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("sharedProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_server, &QLineEdit::textChanged, this, &SharedPortfolioDialog::update);
    connect(m_portfolio, &QLineEdit::textChanged, this, &SharedPortfolioDialog::update);
    setMinimumWidth(480);
    update();
}

void SharedPortfolioDialog::setServer(const QString &server)
{
    m_server->setText(server);
}

void SharedPortfolioDialog::setPortfolio(const QString &portfolio)
{
    m_portfolio->setText(portfolio);
}

QString SharedPortfolioDialog::server() const
{
    return m_server->text().trimmed();
}

QString SharedPortfolioDialog::location() const
{
    return sharedLocation(m_server->text(), m_portfolio->text());
}

// Says what is missing or wrong while typing; Open is offered once the fields make an address.
void SharedPortfolioDialog::update()
{
    const QString server = m_server->text().trimmed();
    QString problem;
    if (isSharedLocation(server) && passwordInAddress(server))
        problem = tr("Take the password out of the address: it would be shown and remembered "
                     "here. Put it in your .pgpass file instead (see the team guide).");
    else if (!server.isEmpty() && sharedLocation(server, QStringLiteral("x")).isEmpty())
        problem = tr("Type an address that starts with postgresql://, or the name of a service "
                     "in your pg_service.conf file (letters, digits, “-”, “_” and “.”).");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(!location().isEmpty());
}

} // namespace mlp::ui
