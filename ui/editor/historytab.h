#pragma once

#include "core/domain/idea.h"

#include <QCoreApplication>
#include <QWidget>

class QLabel;

namespace mlp::ui {

class ChangeTable;
class IdeaEditContext;

// The editor's "History" tab: every recorded change of the idea on show, newest first — who
// changed which field when, from what to what, and why (a move's reason) — from the portfolio's
// change log (core/domain/changelog.h). Read only: an undo is a new entry, never an erasure.
class HistoryTab : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(mlp::ui::IdeaEditor)

public:
    // The newest entries shown; the window's Change Log and `mlplanner log` show them all.
    static constexpr int kShownChanges = 1000;

    explicit HistoryTab(IdeaEditContext &context, QWidget *parent = nullptr);

    void reload(const Idea &idea);
    ChangeTable *table() const { return m_table; }

private:
    IdeaEditContext &m_context;
    QLabel *m_summary;
    ChangeTable *m_table;
};

} // namespace mlp::ui
