#pragma once

#include <QWidget>

class QAction;
class QLabel;

namespace mlp::ui {

// The strip above the plot: what the chart shows (all ideas or those the table's filters
// leave), how to zoom and pan, and the zoom buttons. Above the plot rather than inside it, so
// that it never covers a point or a quadrant's name.
class ChartHeader : public QWidget
{
    Q_OBJECT

public:
    ChartHeader(const QList<QAction *> &zoomActions, QWidget *parent = nullptr);

    // Empty when every idea is shown.
    void setFilterNote(const QString &note);
    QString filterNote() const;
    void setZoomFactor(double factor); // 1 when not zoomed

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_note = nullptr;
    QLabel *m_zoom = nullptr;
    QString m_filterNote;
    double m_factor = 1.0;
};

} // namespace mlp::ui
