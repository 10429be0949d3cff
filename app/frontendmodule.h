#pragma once

// A front end built as a module of its own (a shared library next to mlplanner) and loaded
// only when it is wanted, so that a subcommand never loads the libraries it does not need:
// the window's Qt Widgets, Charts, Gui and X11 stay out of `mlplanner rank`. The module
// exports one C function; see windowmodule.cpp for the window's.

#include <QString>

namespace mlp::app {

// The folders a module is looked for in, first match wins: the executable's own folder (the
// build tree), then the folder the install rules put modules in, relative to the executable.
QStringList moduleFolders();

// Loads the module `fileName` (e.g. "mlplanner-window.so") from moduleFolders() and returns
// its exported function `symbol`. Returns nullptr and sets `error` to a message a user can act
// on when the module is missing, cannot be loaded, or lacks the function. The module stays
// loaded until the process ends.
void *loadModuleFunction(const QString &fileName, const char *symbol, QString *error);

} // namespace mlp::app
