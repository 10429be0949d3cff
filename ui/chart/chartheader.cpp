#include "ui/chart/chartheader.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace mlp::ui {

ChartHeader::ChartHeader(const QList<QAction *> &zoomActions, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("portfolioChartHeader"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 1);
    layout->setSpacing(4);

    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("chartFilterNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setMinimumWidth(40);
    m_note->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_note, 1);

    m_zoom = new QLabel;
    m_zoom->setObjectName(QStringLiteral("chartZoomLevel"));
    layout->addWidget(m_zoom);

    for (QAction *action : zoomActions) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(button);
    }
    retranslate();
}

void ChartHeader::setFilterNote(const QString &note)
{
    if (note == m_filterNote)
        return;
    m_filterNote = note;
    retranslate();
}

QString ChartHeader::filterNote() const
{
    return m_filterNote;
}

void ChartHeader::setZoomFactor(double factor)
{
    m_factor = factor;
    retranslate();
}

void ChartHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChartHeader::retranslate()
{
    if (m_filterNote.isEmpty()) {
        m_note->setText(tr(
            "Wheel: zoom · drag an empty spot or with the middle button: pan · right-click: more"));
        m_note->setStyleSheet(QString());
        QPalette dim = palette();
        QColor text = dim.color(QPalette::WindowText);
        text.setAlpha(150);
        dim.setColor(QPalette::WindowText, text);
        m_note->setPalette(dim);
    } else {
        m_note->setText(m_filterNote);
        // Plain enough to read, strong enough not to be missed: the chart is not showing
        // everything.
        m_note->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; color: #3d3000;"
                                             " border: 1px solid #e0c25a; border-radius: 3px;"
                                             " padding: 1px 6px; font-weight: bold; }"));
    }
    m_note->setToolTip(m_note->text());
    m_zoom->setVisible(m_factor > 1.001);
    m_zoom->setText(tr("Zoom %1 %").arg(qRound(m_factor * 100)));
}

} // namespace mlp::ui
