#pragma once

#include "core/report/reportwriter.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace mlp::ui {

// The options of File ▸ Export PDF summary…: the sections, which projects get a page (all, the
// top N, the selection, a filter), the paper, the chart page's orientation and the file. A file
// that cannot be written is refused here, before any work, and the dialog stays open.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    // `selectedIds`: the window's selection, offered as "the selected projects".
    ReportDialog(const QString &suggestedPath, const QList<qint64> &selectedIds,
                 QWidget *parent = nullptr);

    report::ReportOptions options() const; // without the time and version, set by the caller
    QString path() const;                  // with .pdf added when it was left out
    void setPath(const QString &path);

public slots:
    void accept() override;

private:
    void browse();
    void updateFields();

    QList<qint64> m_selectedIds;
    QString m_replaceConfirmed; // an existing file the user agreed to replace
    QString m_folder;           // where a bare file name goes: the suggested file's folder
    std::array<QCheckBox *, report::kSectionCount> m_sections {};
    QRadioButton *m_all;
    QRadioButton *m_top;
    QSpinBox *m_topCount;
    QRadioButton *m_selection;
    QRadioButton *m_filter;
    QLineEdit *m_filterText;
    QComboBox *m_paper;
    QComboBox *m_orientation;
    QLineEdit *m_path;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace mlp::ui
