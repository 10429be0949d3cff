#pragma once

#include <QList>
#include <QWidget>

namespace mlp::ui {

class Document;

// The feasibility-versus-impact chart of the open portfolio. Clicking a point reports it;
// dragging a point records a manual override on the document (one undoable command).
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

public slots:
    void setSelectedIds(const QList<qint64> &ids);
    void setColorMode(mlp::ui::PortfolioChartView::ColorMode mode);
    void setSizeMode(mlp::ui::PortfolioChartView::SizeMode mode);

signals:
    void ideaClicked(qint64 id, Qt::KeyboardModifiers modifiers);

private:
    class Private;
    Private *d;
};

} // namespace mlp::ui
