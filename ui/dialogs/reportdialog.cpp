#include "ui/dialogs/reportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mlp::ui {

ReportDialog::ReportDialog(const QString &suggestedPath, const QList<qint64> &selectedIds,
                           QWidget *parent)
    : QDialog(parent)
    , m_selectedIds(selectedIds)
    , m_folder(QFileInfo(suggestedPath).absolutePath())
{
    setWindowTitle(tr("Export PDF Summary"));
    auto *layout = new QVBoxLayout(this);

    auto *sections = new QGroupBox(tr("Sections"), this);
    auto *sectionLayout = new QGridLayout(sections);
    for (report::Section section : report::kAllSections) {
        auto *box = new QCheckBox(report::sectionDisplayName(section), sections);
        box->setObjectName(QStringLiteral("section-") + report::sectionKey(section));
        box->setChecked(true);
        const int i = static_cast<int>(section);
        sectionLayout->addWidget(box, i % 3, i / 3);
        m_sections[i] = box;
        connect(box, &QCheckBox::toggled, this, &ReportDialog::updateFields);
    }
    layout->addWidget(sections);

    auto *pages = new QGroupBox(tr("Project pages"), this);
    auto *pageLayout = new QGridLayout(pages);
    m_all = new QRadioButton(tr("&All projects"), pages);
    m_top = new QRadioButton(tr("The &top of the ranking:"), pages);
    m_topCount = new QSpinBox(pages);
    m_topCount->setRange(1, 100000);
    m_topCount->setValue(10);
    m_selection = new QRadioButton(
        tr("The &selected projects (%n)", nullptr, int(selectedIds.size())), pages);
    m_selection->setEnabled(!selectedIds.isEmpty());
    m_filter = new QRadioButton(tr("Projects whose name, owner or description &contains:"), pages);
    m_filterText = new QLineEdit(pages);
    m_all->setChecked(true);
    pageLayout->addWidget(m_all, 0, 0, 1, 2);
    pageLayout->addWidget(m_top, 1, 0);
    pageLayout->addWidget(m_topCount, 1, 1);
    pageLayout->addWidget(m_selection, 2, 0, 1, 2);
    pageLayout->addWidget(m_filter, 3, 0);
    pageLayout->addWidget(m_filterText, 3, 1);
    for (QRadioButton *button : { m_all, m_top, m_selection, m_filter })
        connect(button, &QRadioButton::toggled, this, &ReportDialog::updateFields);
    layout->addWidget(pages);

    auto *form = new QFormLayout;
    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4"), int(report::Paper::A4));
    m_paper->addItem(tr("Letter"), int(report::Paper::Letter));
    form->addRow(tr("&Paper:"), m_paper);
    m_orientation = new QComboBox(this);
    m_orientation->addItem(tr("Landscape"), int(report::ChartOrientation::Landscape));
    m_orientation->addItem(tr("Portrait"), int(report::ChartOrientation::Portrait));
    form->addRow(tr("C&hart page:"), m_orientation);
    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(suggestedPath, this);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ReportDialog::browse);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    // A row holding a layout gets no buddy from the form: name the field for the mnemonic.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("reportError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a12622;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    layout->addWidget(m_buttons);
    updateFields();
}

void ReportDialog::updateFields()
{
    const bool projects = m_sections[static_cast<int>(report::Section::Projects)]->isChecked();
    for (QRadioButton *button : { m_all, m_top, m_filter })
        button->setEnabled(projects);
    m_selection->setEnabled(projects && !m_selectedIds.isEmpty());
    m_topCount->setEnabled(projects && m_top->isChecked());
    m_filterText->setEnabled(projects && m_filter->isChecked());
    m_orientation->setEnabled(m_sections[static_cast<int>(report::Section::Chart)]->isChecked());
    bool any = false;
    for (QCheckBox *box : m_sections)
        any = any || box->isChecked();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(any);
}

report::ReportOptions ReportDialog::options() const
{
    report::ReportOptions options;
    for (report::Section section : report::kAllSections)
        options.set(section, m_sections[static_cast<int>(section)]->isChecked());
    if (m_top->isChecked()) {
        options.projectPages = report::ProjectPages::Top;
        options.topCount = m_topCount->value();
    } else if (m_selection->isChecked()) {
        options.projectPages = report::ProjectPages::Chosen;
        options.chosenIds = m_selectedIds;
    } else if (m_filter->isChecked()) {
        options.projectPages = report::ProjectPages::Filter;
        options.filterText = m_filterText->text();
    }
    options.paper = static_cast<report::Paper>(m_paper->currentData().toInt());
    options.chartOrientation
        = static_cast<report::ChartOrientation>(m_orientation->currentData().toInt());
    return options;
}

QString ReportDialog::path() const
{
    QString path = m_path->text().trimmed();
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    // A bare name goes beside the suggested file, not wherever the program was started from.
    if (!path.isEmpty() && QFileInfo(path).isRelative())
        path = QDir(m_folder).filePath(path);
    return path;
}

void ReportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ReportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export PDF Summary"), path(),
                                                        tr("PDF documents (*.pdf)"));
    if (!chosen.isEmpty()) {
        setPath(chosen);
        m_replaceConfirmed = path(); // the file dialog asked before an existing file
    }
}

void ReportDialog::accept()
{
    if (m_filter->isChecked() && m_filterText->text().trimmed().isEmpty()) {
        m_error->setText(tr("Type the text the projects' name, owner or description must contain, "
                            "or choose another set of project pages."));
        m_error->show();
        m_filterText->setFocus();
        return;
    }
    if (Status target = report::checkReportTarget(path()); !target) {
        m_error->setText(target.error().message);
        m_error->show();
        return;
    }
    // Never a silent overwrite: a typed name of an existing file is replaced on a second Export.
    if (QFileInfo::exists(path()) && m_replaceConfirmed != path()) {
        m_replaceConfirmed = path();
        m_error->setText(tr("%1 already exists. Press Export again to replace it (only a complete "
                            "summary replaces it).")
                             .arg(QDir::toNativeSeparators(path())));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace mlp::ui
