#pragma once

#include "core/store/portfoliostore.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QString>

class QWidget;

namespace mlp::ui {

// What the user's login may not change, shown rather than refused: the fields and buttons of the
// idea editor that would change what the store does not allow (PortfolioStore::permissions) are
// made read-only or disabled, with a tool tip saying why. The store refuses such a change anyway;
// this only spares the user the attempt.
class EditLock
{
    Q_DECLARE_TR_FUNCTIONS(mlp::ui::IdeaEditor)

public:
    // Makes the inputs under each of `roots` (text fields read-only; buttons, boxes and scales
    // disabled; tables not editable) say `why` instead. Undone by unlock().
    void lock(const QList<QWidget *> &roots, const QString &why);
    // Gives back what lock() took: each input as it was.
    void unlock();
    bool isLocked() const { return !m_locked.isEmpty(); }

    // Why an idea may not be changed with `may` (empty when it may).
    static QString whyNotIdeas(const PortfolioStore::Permissions &may);
    // Why the answers of `rater` may not be changed with `may` (empty when they may).
    static QString whyNotAnswers(const PortfolioStore::Permissions &may, const QString &rater);
    // Why the settings may not be changed with `may` (empty when they may).
    static QString whyNotSettings(const PortfolioStore::Permissions &may);

private:
    struct Locked
    {
        QPointer<QWidget> widget;
        QString toolTip;
        int editTriggers = -1; // an item view's, -1 for other widgets
        bool readOnly = false; // a text field's was
    };
    QList<Locked> m_locked;
};

} // namespace mlp::ui
