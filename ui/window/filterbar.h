#pragma once

#include <QCoreApplication>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace mlp::ui {

class Document;
class IdeaFilterModel;

// Above the ideas table: the text filter and the archetype, stage, quadrant and outcome
// choices, each setting its criterion on the filter model as it changes. The quadrant names
// follow the portfolio's settings.
class FilterBar : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(mlp::ui::MainWindow)

public:
    FilterBar(Document *document, IdeaFilterModel *filter, QWidget *parent = nullptr);

    QLineEdit *textEdit() const { return m_text; }

private:
    QComboBox *addCombo(const QString &objectName, const QString &anyText);
    void fillQuadrants();

    Document *m_document;
    IdeaFilterModel *m_filter;
    QLineEdit *m_text = nullptr;
    QComboBox *m_archetype = nullptr;
    QComboBox *m_stage = nullptr;
    QComboBox *m_quadrant = nullptr;
    QComboBox *m_outcome = nullptr;
};

} // namespace mlp::ui
