#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace mlp::ui {

// File ▸ Open Shared Portfolio: asks for the server (a postgresql:// address or a libpq service
// name) and the portfolio's name, and gives the portfolio's address (location()). An address
// holding a password is refused with where the password goes instead (docs/team.md), so that
// no password is shown, remembered among the recent files or kept in the settings.
class SharedPortfolioDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SharedPortfolioDialog(QWidget *parent = nullptr);

    void setServer(const QString &server);
    void setPortfolio(const QString &portfolio);
    QString server() const;
    QString location() const; // empty until both fields make an address

private:
    void update();

    QLineEdit *m_server;
    QLineEdit *m_portfolio;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace mlp::ui
