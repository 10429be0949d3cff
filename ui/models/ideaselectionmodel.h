#pragma once

#include <QItemSelectionModel>

class QAbstractProxyModel;

namespace mlp::ui {

class IdeasModel;
class Selection;

// A table's selection of rows kept in step with the window's Selection: rows the user selects
// are written to it, and a selection made elsewhere (the chart, a new idea, an undo) selects
// the rows that show those ideas. `rows` lists the IdeasModel's rows through a proxy such as
// IdeaFilterModel; ideas the proxy hides stay selected in the Selection until the user selects
// other rows or the rows shown change.
class IdeaSelectionModel : public QItemSelectionModel
{
    Q_OBJECT

public:
    IdeaSelectionModel(QAbstractProxyModel *rows, IdeasModel *ideas, Selection *selection,
                       QObject *parent = nullptr);

signals:
    // A selection made elsewhere is shown; `current` is the row to bring into view (invalid
    // when none of the selected ideas is listed).
    void followed(const QModelIndex &current);

private:
    void follow();
    void record();
    QModelIndex rowOf(qint64 id) const;
    qint64 idAt(const QModelIndex &row) const;

    QAbstractProxyModel *m_rows;
    IdeasModel *m_ideas;
    Selection *m_selection;
    bool m_following = false;
    bool m_recording = false;
};

} // namespace mlp::ui
