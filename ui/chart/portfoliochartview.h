#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QStringList>
#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QAction;

namespace mlp::ui {

class Document;
class Selection;

// The feasibility-versus-impact chart of the open portfolio. Clicking a point reports it; with
// a Selection the chart selects it there (Ctrl or Shift adds or removes it) and shows what is
// selected there, else its owner calls setSelectedIds back. Dragging a point records
// a manual override on the document as one undoable command. The wheel zooms around the cursor,
// dragging an empty spot pans, and zoomActions() zoom in, out and back to the whole range.
class PortfolioChartView : public QWidget
{
    Q_OBJECT

public:
    enum class ColorMode { Archetype, Stage };
    Q_ENUM(ColorMode)
    enum class SizeMode { Uniform, EstimatedCost, RaterSpread };
    Q_ENUM(SizeMode)

    explicit PortfolioChartView(Document *document, QWidget *parent = nullptr);
    ~PortfolioChartView() override;

    QList<qint64> selectedIds() const;
    ColorMode colorMode() const;
    SizeMode sizeMode() const;

    // Shows only the ideas listed by `model` (rows whose column 0 gives the id under
    // IdeasModel::IdRole, as the window's filtered table does) and says so above the plot.
    // Null shows every idea.
    void setFilterModel(const QAbstractItemModel *model);
    // Shows `selection` and writes the points clicked to it.
    void setSelection(Selection *selection);
    // Zoom In, Zoom Out and Reset Zoom, for a menu; they act on this chart.
    QList<QAction *> zoomActions() const;
    bool isZoomed() const;
    QRectF visibleRange() const; // in values: x is feasibility, y impact (y grows upwards)

    // For tests and benchmarks. Positions are in this widget's coordinates.
    QPointF positionOf(qint64 id) const; // null QPointF when the idea is not plotted
    QPointF thresholdPosition() const;   // where the two quadrant lines cross
    QString toolTipAt(QPoint position) const;
    QString currentToolTip() const; // the hover tooltip last shown, empty when none
    int visibleLabelCount() const;
    QStringList labelTexts() const;
    QStringList legendTexts() const;
    bool isMarkedAsOverride(qint64 id) const;
    int raterSpreadCount() const; // ideas whose raters' positions are drawn
    int unscoredCount() const;
    QString
    emptyStateText() const;     // the message shown instead of points, empty when there are points
    QString filterNote() const; // what the chart says when it shows fewer than all ideas
    QRectF plotArea() const;
    QRectF quadrantNameRect(int quadrant) const; // null when the name is not shown
    QList<QRectF> labelRects() const;
    QPointF spreadOrigin(qint64 id) const;    // where the lines to each rater start; null when none
    bool isOverrideDetailed(qint64 id) const; // ring and line drawn, not only the square
    QRectF selectionPointerRect() const; // the arrow to a selected idea out of view; null if none
    // How many times every idea was placed again: a rebuild, or a sync after settings or the
    // list followed changed.
    int passCount() const;

public slots:
    void setSelectedIds(const QList<qint64> &ids);
    void setColorMode(mlp::ui::PortfolioChartView::ColorMode mode);
    void setSizeMode(mlp::ui::PortfolioChartView::SizeMode mode);
    void zoomIn();
    void zoomOut();
    void resetZoom();

signals:
    void ideaClicked(qint64 id, Qt::KeyboardModifiers modifiers);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace mlp::ui
