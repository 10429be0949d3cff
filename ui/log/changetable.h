#pragma once

#include "core/domain/changelog.h"

#include <QTableWidget>

namespace mlp::ui {

// The change log as a table, shared by the editor's History tab and the window's Change Log
// view: when (local time), who, the idea (optional), which field, from, to and why, in words
// and values as the rest of the window shows them (core/domain/changelog.h). Each row's
// Qt::UserRole holds the idea's id.
class ChangeTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { When, Who, IdeaName, Field, From, To, Reason, ColumnCount };

    explicit ChangeTable(bool showIdea, QWidget *parent = nullptr);

    // Shows `changes` in their order; `config` names the quadrants.
    void setChanges(const QList<FieldChange> &changes, const ScoringConfig &config);
    qint64 ideaIdAt(int row) const;
    // The time of a change as the table shows it: the date with a four-digit year and the time
    // to the minute, in local time.
    static QString whenText(const QDateTime &at);
};

} // namespace mlp::ui
