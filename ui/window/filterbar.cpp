#include "ui/window/filterbar.h"

#include "ui/document/document.h"
#include "ui/models/ideafiltermodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

#include <algorithm>

namespace mlp::ui {

FilterBar::FilterBar(Document *document, IdeaFilterModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_filter(filter)
{
    setObjectName(QStringLiteral("filterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);

    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setPlaceholderText(tr("Filter by name, owner or description"));
    m_text->setClearButtonEnabled(true);
    QObject::connect(m_text, &QLineEdit::textChanged, m_filter, &IdeaFilterModel::setText);

    m_archetype = addCombo(QStringLiteral("archetypeFilter"), tr("All archetypes"));
    for (int a = 0; a < kArchetypeCount; ++a)
        m_archetype->addItem(archetypeInfo(Archetype(a)).name, a);
    m_stage = addCombo(QStringLiteral("stageFilter"), tr("All stages"));
    for (Stage s : kAllStages)
        m_stage->addItem(stageDisplayName(s), int(s));
    m_quadrant = addCombo(QStringLiteral("quadrantFilter"), tr("All quadrants"));
    m_outcome = addCombo(QStringLiteral("outcomeFilter"), tr("All outcomes"));
    for (Outcome o : kAllOutcomes)
        m_outcome->addItem(outcomeDisplayName(o), int(o));
    fillQuadrants();
    QObject::connect(m_document, &Document::settingsChanged, this, [this] { fillQuadrants(); });
    QObject::connect(m_document, &Document::portfolioReset, this, [this] { fillQuadrants(); });

    QObject::connect(m_archetype, &QComboBox::currentIndexChanged, this,
                     [this] { m_filter->setArchetype(m_archetype->currentData().toInt()); });
    QObject::connect(m_stage, &QComboBox::currentIndexChanged, this,
                     [this] { m_filter->setStage(m_stage->currentData().toInt()); });
    QObject::connect(m_quadrant, &QComboBox::currentIndexChanged, this,
                     [this] { m_filter->setQuadrant(m_quadrant->currentData().toInt()); });
    QObject::connect(m_outcome, &QComboBox::currentIndexChanged, this,
                     [this] { m_filter->setOutcome(m_outcome->currentData().toInt()); });

    layout->addWidget(m_text, 1);
    layout->addWidget(m_archetype);
    layout->addWidget(m_stage);
    layout->addWidget(m_quadrant);
    layout->addWidget(m_outcome);
}

QComboBox *FilterBar::addCombo(const QString &objectName, const QString &anyText)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->addItem(anyText, IdeaFilterModel::kAny);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

void FilterBar::fillQuadrants()
{
    const int current = m_quadrant->currentData().toInt();
    const QSignalBlocker blocker(m_quadrant);
    while (m_quadrant->count() > 1)
        m_quadrant->removeItem(1);
    for (int q = 0; q <= int(Quadrant::Unscored); ++q)
        m_quadrant->addItem(quadrantName(Quadrant(q), m_document->portfolio().config), q);
    m_quadrant->setCurrentIndex(std::max(0, m_quadrant->findData(current)));
}

} // namespace mlp::ui
