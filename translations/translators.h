#pragma once

// The program's languages: ML Planner's own catalogues (mlplanner_<language>.qm) and Qt's
// (qtbase_<language>.qm), installed on the running QCoreApplication for one locale.

#include <QLocale>
#include <QString>

class QTranslator;

namespace mlp::l10n {

// The language to show: the MLP_LANGUAGE environment variable when set ("ko", "ko_KR", "en"),
// else the system locale (LC_ALL, LC_MESSAGES, LANG; LANGUAGE lists preferences unless the
// locale is C, which means English).
QLocale preferredLocale();

// Loads ML Planner's catalogue for `locale` into `translator`: a mlplanner_<language>.qm in a
// translations/ folder next to the executable or beside it first (to try a catalogue without
// rebuilding), else the one built into the program. False when there is none for `locale`.
bool loadCatalogue(QTranslator &translator, const QLocale &locale);

// Loads only the catalogue built into the program.
bool loadEmbeddedCatalogue(QTranslator &translator, const QLocale &locale);

// Loads the English catalogue built into the program: it holds only the messages with a count
// ("%n ideas"), whose English singular and plural the source text cannot both be.
bool loadEnglishPlurals(QTranslator &translator);

// Installs ML Planner's and Qt's catalogues for `locale` on the application, replacing any this
// function installed before. English (and the C locale), and a language ML Planner has no
// catalogue for (whose texts are then English), install only the English plural forms
// (loadEnglishPlurals). Returns whether ML Planner's catalogue for another language than English
// was found. Needs a QCoreApplication.
bool installTranslators(const QLocale &locale = preferredLocale());

// Removes what installTranslators() installed: the program speaks English again.
void removeTranslators();

} // namespace mlp::l10n
