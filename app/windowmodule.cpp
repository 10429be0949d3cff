// The window as a module (mlplanner-window.so): mlplanner loads it only when no subcommand is
// given, so the command line never loads Qt Widgets, Charts, Gui or X11.
#include "app/windowmodule.h"

#include "ui/window/application.h"

#include <QApplication>

extern "C" Q_DECL_EXPORT int mlplanner_window_main(int *argc, char **argv)
{
    QApplication app(*argc, argv);
    return mlp::ui::runApplication(app);
}
