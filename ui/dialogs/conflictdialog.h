#pragma once

#include "ui/document/conflict.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace mlp {
struct ScoringConfig;
}

namespace mlp::ui {

// Someone else changed the same fields of an idea since I loaded it, and my change (or my undo)
// would replace their values: shows each such field with their value (who, when) and mine, and
// lets me choose. Keep Theirs (the default, Escape) writes nothing of mine; Apply Mine writes my
// values over theirs, an overwrite on record in the change log like any change. Never silent.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const ConflictQuestion &question, const ScoringConfig &config,
                   QWidget *parent = nullptr);

    ConflictChoice choice() const { return m_choice; }
    QPushButton *keepTheirsButton() const { return m_keep; }
    QPushButton *applyMineButton() const { return m_apply; }
    QTableWidget *fields() const { return m_fields; }

private:
    QTableWidget *m_fields;
    QPushButton *m_keep;
    QPushButton *m_apply;
    ConflictChoice m_choice = ConflictChoice::KeepTheirs;
};

// Shows the dialog (modal) over `parent` and returns the choice: the window's conflict resolver.
ConflictChoice askAboutConflict(const ConflictQuestion &question, const ScoringConfig &config,
                                QWidget *parent);

} // namespace mlp::ui
