// The PDF summary as a module (mlplanner-report.so): mlplanner loads it only for `report`, so
// every other command stays with Qt Core and Sql.
#include "app/reportmodule.h"

#include "report/pdfreport.h"

#include <QGuiApplication>

extern "C" Q_DECL_EXPORT int mlplanner_report_main(int *argc, char **argv,
                                                   mlp::app::CommandRunner run)
{
    const auto app = mlp::report::makeHeadlessApplication(*argc, argv);
    return run(&mlp::report::pdfReportWriter());
}
