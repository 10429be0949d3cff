#pragma once

class QApplication;

namespace mlp::ui {

// Installs the translators (ours and Qt's own, for standard buttons and dialogs) for the
// preferred language (MLP_LANGUAGE, else the system's) and makes its locale the default, so
// dates and numbers follow the language of the words.
void applyLanguage();

// Sets application metadata, opens the file named on the command line (or, on first run, the
// sample portfolio in the user's data folder), shows the main window and runs the event loop.
int runApplication(QApplication &app);

} // namespace mlp::ui
