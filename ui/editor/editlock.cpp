#include "ui/editor/editlock.h"

#include "ui/editor/answerscale.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

namespace mlp::ui {

namespace {

QString readOnlyText()
{
    return EditLock::tr("The portfolio is open for reading only: nothing can be changed here.");
}

} // namespace

void EditLock::lock(const QList<QWidget *> &roots, const QString &why)
{
    const auto take = [&](QWidget *w) {
        Locked was { w, w->toolTip() };
        if (auto *line = qobject_cast<QLineEdit *>(w)) {
            was.readOnly = line->isReadOnly();
            line->setReadOnly(true);
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(w)) {
            was.readOnly = text->isReadOnly();
            text->setReadOnly(true);
        } else if (auto *rich = qobject_cast<QTextEdit *>(w)) {
            was.readOnly = rich->isReadOnly();
            rich->setReadOnly(true);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            was.editTriggers = int(view->editTriggers());
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        } else if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                   || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<AnswerScale *>(w)) {
            if (!w->isEnabled())
                return;
            w->setEnabled(false);
        } else {
            return;
        }
        w->setToolTip(why);
        m_locked.append(was);
    };
    for (QWidget *root : roots) {
        if (!root)
            continue;
        take(root);
        for (QWidget *w : root->findChildren<QWidget *>()) {
            // A combo box's own list, a spin box's own field and an answer scale's buttons go
            // with the box or the scale.
            if (qobject_cast<QComboBox *>(w->parentWidget())
                || qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                || qobject_cast<AnswerScale *>(w->parentWidget()))
                continue;
            take(w);
        }
    }
}

void EditLock::unlock()
{
    // In reverse: a widget taken twice gets back what it had first.
    for (auto it = m_locked.crbegin(); it != m_locked.crend(); ++it) {
        QWidget *w = it->widget;
        if (!w)
            continue;
        w->setToolTip(it->toolTip);
        if (auto *line = qobject_cast<QLineEdit *>(w))
            line->setReadOnly(it->readOnly);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            text->setReadOnly(it->readOnly);
        else if (auto *rich = qobject_cast<QTextEdit *>(w))
            rich->setReadOnly(it->readOnly);
        else if (auto *view = qobject_cast<QAbstractItemView *>(w))
            view->setEditTriggers(QAbstractItemView::EditTriggers(it->editTriggers));
        else
            w->setEnabled(true);
    }
    m_locked.clear();
}

QString EditLock::whyNotIdeas(const PortfolioStore::Permissions &may)
{
    if (may.ideas)
        return {};
    if (may.login.isEmpty())
        return readOnlyText();
    return tr("Your login “%1” may not change the ideas of this shared portfolio: the server "
              "refuses it. Ask the server's administrator for the editor role.")
        .arg(may.login);
}

QString EditLock::whyNotAnswers(const PortfolioStore::Permissions &may, const QString &rater)
{
    if (may.mayRate(rater))
        return {};
    if (may.login.isEmpty())
        return readOnlyText();
    if (may.ownAnswers)
        return tr("These are the answers of “%1”: your login “%2” may change only its own, those "
                  "of the rater named “%2”. Choose that rater, or add it.")
            .arg(rater, may.login);
    return tr("Your login “%1” may not change raters' answers in this shared portfolio: the "
              "server refuses it. Ask the server's administrator for the rater role.")
        .arg(may.login);
}

QString EditLock::whyNotSettings(const PortfolioStore::Permissions &may)
{
    if (may.settings)
        return {};
    if (may.login.isEmpty())
        return readOnlyText();
    return tr("Your login “%1” may not change the settings of this shared portfolio: the server "
              "refuses it. Ask the server's administrator for the owner role.")
        .arg(may.login);
}

} // namespace mlp::ui
