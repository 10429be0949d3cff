#include "ui/dialogs/settingsdialog.h"

#include "ui/document/document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mlp::ui {

namespace {

QDoubleSpinBox *weightBox(const QString &objectName)
{
    auto *box = new QDoubleSpinBox;
    box->setObjectName(objectName);
    box->setRange(0.0, 100.0);
    box->setDecimals(1);
    box->setSingleStep(0.5);
    return box;
}

QLabel *wrapping(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_originalName(document->portfolio().name)
    , m_originalConfig(document->portfolio().config)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Portfolio Settings"));

    auto *tabs = new QTabWidget;
    tabs->addTab(buildGeneralTab(), tr("General"));
    tabs->addTab(buildWeightsTab(), tr("Weights"));
    connectPreview();

    m_error = wrapping(QString());
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrapping(
        tr("Every number here is an adjustable assumption of ours, not the course's. "
           "The chart and the ranking follow your changes as you type; OK records them as one step "
           "that Undo takes back, Cancel records nothing.")));
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    setConfig(m_originalName, m_originalConfig);
    resize(620, 640);
}

// General: name, quadrants, cost curve, aggregation.
QWidget *SettingsDialog::buildGeneralTab()
{
    auto *general = new QWidget;
    auto *generalLayout = new QVBoxLayout(general);
    auto *form = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("portfolioName"));
    form->addRow(tr("Portfolio name:"), m_name);
    generalLayout->addLayout(form);

    auto *quadrants = new QGroupBox(tr("Quadrants"));
    auto *quadrantForm = new QFormLayout(quadrants);
    m_impactThreshold = new QDoubleSpinBox;
    m_impactThreshold->setObjectName(QStringLiteral("impactThreshold"));
    m_feasibilityThreshold = new QDoubleSpinBox;
    m_feasibilityThreshold->setObjectName(QStringLiteral("feasibilityThreshold"));
    for (QDoubleSpinBox *box : { m_impactThreshold, m_feasibilityThreshold }) {
        box->setRange(0.0, 10.0);
        box->setDecimals(1);
        box->setSingleStep(0.5);
    }
    quadrantForm->addRow(tr("High impact from:"), m_impactThreshold);
    quadrantForm->addRow(tr("High feasibility from:"), m_feasibilityThreshold);
    const std::array<QString, 4> quadrantLabels { tr("High impact, high feasibility:"),
                                                  tr("High impact, low feasibility:"),
                                                  tr("Low impact, high feasibility:"),
                                                  tr("Low impact, low feasibility:") };
    for (int q = 0; q < 4; ++q) {
        m_quadrantNames[q] = new QLineEdit;
        m_quadrantNames[q]->setObjectName(QStringLiteral("quadrantName_%1").arg(q));
        quadrantForm->addRow(quadrantLabels[q], m_quadrantNames[q]);
    }
    generalLayout->addWidget(quadrants);

    auto *cost = new QGroupBox(tr("Cost of accuracy"));
    auto *costForm = new QFormLayout(cost);
    m_costBase = new QDoubleSpinBox;
    m_costBase->setObjectName(QStringLiteral("costBase"));
    m_costBase->setRange(1.05, 20.0);
    m_costBase->setDecimals(2);
    m_costBase->setSingleStep(0.25);
    costForm->addRow(wrapping(
        tr("Each step closer to perfect accuracy costs disproportionately more (the course). "
           "Our assumption: cost factor = base ^ nines, where nines = −log₁₀(1 − accuracy); "
           "0.99 has two nines.")));
    costForm->addRow(tr("Base:"), m_costBase);
    generalLayout->addWidget(cost);

    auto *raters = new QGroupBox(tr("Several raters"));
    auto *ratersForm = new QFormLayout(raters);
    m_aggregation = new QComboBox;
    m_aggregation->setObjectName(QStringLiteral("aggregation"));
    m_aggregation->addItem(tr("Median"), int(Aggregation::Median));
    m_aggregation->addItem(tr("Mean"), int(Aggregation::Mean));
    ratersForm->addRow(tr("Combine answers by:"), m_aggregation);
    generalLayout->addWidget(raters);

    auto *readiness = new QGroupBox(tr("Readiness before deploying"));
    auto *readinessForm = new QFormLayout(readiness);
    m_readinessGate = new QCheckBox(tr("Readiness gates Deploying && testing"));
    m_readinessGate->setObjectName(QStringLiteral("readinessGate"));
    m_readinessMinimum = new QDoubleSpinBox;
    m_readinessMinimum->setObjectName(QStringLiteral("readinessMinimum"));
    m_readinessMinimum->setRange(0.0, kMaxReadinessMinimum);
    m_readinessMinimum->setDecimals(1);
    m_readinessMinimum->setSingleStep(0.5);
    readinessForm->addRow(wrapping(
        tr("The ML Test Score: the lowest of its four sections, 0 to 7. Off, a move to Deploying "
           "& testing shows the score as a warning; on, a project below the minimum cannot "
           "move there.")));
    readinessForm->addRow(m_readinessGate);
    readinessForm->addRow(tr("Minimum score:"), m_readinessMinimum);
    generalLayout->addWidget(readiness);
    generalLayout->addStretch(1);
    return general;
}

// The weights of the feasibility drivers and of every question.
QWidget *SettingsDialog::buildWeightsTab()
{
    auto *weights = new QWidget;
    auto *weightsLayout = new QVBoxLayout(weights);
    weightsLayout->addWidget(wrapping(
        tr("Weights are relative. The course lists the feasibility drivers in order of "
           "importance, hence the defaults 3, 2, 1. A weight of 0 leaves a question out.")));
    auto *drivers = new QGroupBox(tr("Feasibility drivers"));
    auto *driverForm = new QFormLayout(drivers);
    const std::array<QuestionGroup, kDriverCount> driverGroups { QuestionGroup::DataAvailability,
                                                                 QuestionGroup::AccuracyRequirement,
                                                                 QuestionGroup::ProblemDifficulty };
    for (int d = 0; d < kDriverCount; ++d) {
        m_driverWeights[d]
            = weightBox(QStringLiteral("driverWeight_%1").arg(groupKey(driverGroups[d])));
        driverForm->addRow(groupDisplayName(driverGroups[d]), m_driverWeights[d]);
    }
    weightsLayout->addWidget(drivers);
    const auto &qs = questions();
    for (QuestionGroup group :
         { QuestionGroup::Impact, QuestionGroup::DataAvailability,
           QuestionGroup::AccuracyRequirement, QuestionGroup::ProblemDifficulty }) {
        auto *box = new QGroupBox(tr("Questions: %1").arg(groupDisplayName(group)));
        auto *grid = new QGridLayout(box);
        grid->setColumnStretch(0, 1);
        int row = 0;
        for (int q = 0; q < kQuestionCount; ++q) {
            if (qs[q].group != group)
                continue;
            m_questionWeights[q] = weightBox(QStringLiteral("questionWeight_%1").arg(qs[q].id));
            grid->addWidget(wrapping(qs[q].text), row, 0);
            grid->addWidget(m_questionWeights[q], row, 1, Qt::AlignTop);
            ++row;
        }
        weightsLayout->addWidget(box);
    }
    weightsLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(weights);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

// Every field previews the settings as they change.
void SettingsDialog::connectPreview()
{
    for (QLineEdit *edit : m_quadrantNames)
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::preview);
    for (QDoubleSpinBox *box : m_questionWeights)
        connect(box, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::preview);
    for (QDoubleSpinBox *box : m_driverWeights)
        connect(box, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::preview);
    for (QDoubleSpinBox *box : { m_impactThreshold, m_feasibilityThreshold, m_costBase })
        connect(box, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::preview);
    connect(m_aggregation, &QComboBox::currentIndexChanged, this, &SettingsDialog::preview);
    connect(m_readinessGate, &QCheckBox::toggled, this, &SettingsDialog::preview);
    connect(m_readinessMinimum, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::preview);
    connect(m_name, &QLineEdit::textChanged, this, &SettingsDialog::preview);
}

QString SettingsDialog::portfolioName() const
{
    return m_name->text().trimmed();
}

ScoringConfig SettingsDialog::config() const
{
    ScoringConfig c = m_originalConfig;
    for (int q = 0; q < kQuestionCount; ++q)
        c.questionWeights[q] = m_questionWeights[q]->value();
    for (int d = 0; d < kDriverCount; ++d)
        c.driverWeights[d] = m_driverWeights[d]->value();
    c.impactThreshold = m_impactThreshold->value();
    c.feasibilityThreshold = m_feasibilityThreshold->value();
    for (int q = 0; q < 4; ++q) {
        const QString name = m_quadrantNames[q]->text().trimmed();
        c.quadrantNames[q] = name.isEmpty() ? ScoringConfig().quadrantNames[q] : name;
    }
    c.costBase = m_costBase->value();
    c.aggregation = Aggregation(m_aggregation->currentData().toInt());
    c.readinessGate.gatesDeploying = m_readinessGate->isChecked();
    c.readinessGate.minimum = m_readinessMinimum->value();
    return c;
}

void SettingsDialog::setConfig(const QString &name, const ScoringConfig &config)
{
    m_filling = true;
    m_name->setText(name);
    for (int q = 0; q < kQuestionCount; ++q)
        m_questionWeights[q]->setValue(config.questionWeights[q]);
    for (int d = 0; d < kDriverCount; ++d)
        m_driverWeights[d]->setValue(config.driverWeights[d]);
    m_impactThreshold->setValue(config.impactThreshold);
    m_feasibilityThreshold->setValue(config.feasibilityThreshold);
    for (int q = 0; q < 4; ++q)
        m_quadrantNames[q]->setText(config.quadrantNames[q]);
    m_costBase->setValue(config.costBase);
    m_aggregation->setCurrentIndex(m_aggregation->findData(int(config.aggregation)));
    m_readinessGate->setChecked(config.readinessGate.gatesDeploying);
    m_readinessMinimum->setValue(config.readinessGate.minimum);
    m_filling = false;
    preview();
}

void SettingsDialog::restoreDefaults()
{
    setConfig(portfolioName(), ScoringConfig());
}

SettingsDialog::~SettingsDialog()
{
    m_document->endSettingsPreview(); // closed any way but OK: the recorded settings again
}

// Shows the settings being edited in the chart, the table and the panel; the file and the undo
// stack are left alone until OK.
void SettingsDialog::preview()
{
    if (m_filling)
        return;
    const ScoringConfig c = config();
    if (const Status valid = validateConfig(c); !valid) {
        m_error->setText(valid.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    m_document->previewSettings(portfolioName(), c);
}

// One committed, undoable change from the settings before the dialog opened.
void SettingsDialog::accept()
{
    const ScoringConfig c = config();
    if (const Status valid = validateConfig(c); !valid) {
        m_error->setText(valid.error().message);
        m_error->show();
        return;
    }
    if (const Status s = m_document->setSettings(portfolioName(), c); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

void SettingsDialog::reject()
{
    m_document->endSettingsPreview();
    QDialog::reject();
}

} // namespace mlp::ui
