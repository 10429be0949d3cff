#pragma once

#include "core/domain/scoring.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace mlp::ui {

class Document;

// Weights, quadrant thresholds and names, the cost-curve base and the aggregation of raters.
// Changes are previewed as you type, so the chart and the ranking move while you adjust, without
// writing anything; OK records them as one undoable step, Cancel records nothing.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Document *document, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QString portfolioName() const;
    ScoringConfig config() const;
    void setConfig(const QString &name,
                   const ScoringConfig &config); // fills the fields (and previews)

public slots:
    void accept() override;
    void reject() override;

private:
    QWidget *buildGeneralTab();
    QWidget *buildWeightsTab();
    void connectPreview();
    void preview();
    void restoreDefaults();

    Document *m_document;
    QString m_originalName;
    ScoringConfig m_originalConfig;
    bool m_filling = false;

    QLineEdit *m_name;
    std::array<QDoubleSpinBox *, kQuestionCount> m_questionWeights {};
    std::array<QDoubleSpinBox *, kDriverCount> m_driverWeights {};
    QDoubleSpinBox *m_impactThreshold;
    QDoubleSpinBox *m_feasibilityThreshold;
    std::array<QLineEdit *, 4> m_quadrantNames {};
    QDoubleSpinBox *m_costBase;
    QComboBox *m_aggregation;
    QCheckBox *m_readinessGate;
    QDoubleSpinBox *m_readinessMinimum;
    QLabel *m_error;
};

} // namespace mlp::ui
