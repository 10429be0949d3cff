#include "ui/editor/explanationtab.h"

#include "ui/document/document.h"
#include "ui/editor/editorsupport.h"
#include "ui/editor/ideaeditcontext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mlp::ui {

using namespace editorsupport;

ExplanationTab::ExplanationTab(IdeaEditContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    m_overrideLabel = wrappingLabel();
    m_overrideLabel->setObjectName(QStringLiteral("overrideLabel"));
    m_clearOverride = new QPushButton(tr("Clear Override"));
    m_clearOverride->setObjectName(QStringLiteral("clearOverrideButton"));
    m_clearOverride->setToolTip(tr("Go back to the position computed from the answers"));
    connect(m_clearOverride, &QPushButton::clicked, this, [this] {
        if (const Status s = m_context.document()->clearOverride(m_context.ideaId()); !s)
            m_context.showError(s.error().message);
    });
    auto *overrideRow = new QHBoxLayout;
    overrideRow->addWidget(m_overrideLabel, 1);
    overrideRow->addWidget(m_clearOverride, 0, Qt::AlignTop);
    layout->addLayout(overrideRow);
    m_explanation = new QPlainTextEdit;
    m_explanation->setObjectName(QStringLiteral("explanationText"));
    m_explanation->setReadOnly(true);
    m_explanation->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    layout->addWidget(m_explanation, 1);
}

void ExplanationTab::reload(const Idea &idea)
{
    const ScoringConfig &config = m_context.document()->portfolio().config;
    const Breakdown breakdown = explain(idea, config);
    m_explanation->setPlainText(explainText(breakdown, config));
    const ManualOverride &o = idea.manualOverride;
    if (o.isSet()) {
        QStringList parts;
        if (o.impact)
            parts << tr("impact %1").arg(number(*o.impact));
        if (o.feasibility)
            parts << tr("feasibility %1").arg(number(*o.feasibility));
        QString text = tr("<b>Placed by hand:</b> %1.").arg(parts.join(QLatin1String(", ")));
        if (!o.note.isEmpty())
            text += QLatin1Char(' ') + tr("Note: %1").arg(o.note.toHtmlEscaped());
        m_overrideLabel->setText(text);
    } else {
        m_overrideLabel->setText(tr("The position comes from the answers. Drag the point on the "
                                    "chart to place it by hand."));
    }
    m_clearOverride->setEnabled(o.isSet());
}

} // namespace mlp::ui
