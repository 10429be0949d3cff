#pragma once

// A store's location as the front ends hold it (PortfolioStore::location()): the path of a
// .mlplan file, or the address of a portfolio shared on a server (docs/team.md). These helpers
// tell them apart and name them for people — titles, menus, suggested file names — without
// connecting to anything; which store serves a location is decided by the StoreOpener.

#include <QString>

namespace mlp {

// True for a shared portfolio's address ("postgresql://…" or "postgres://…"), false for a path.
bool isSharedLocation(const QString &location);

// What a person calls the portfolio there: the file's name ("team.mlplan"), or the shared
// portfolio's name ("Team ML").
QString locationDisplayName(const QString &location);

// Where it is, for menus and tooltips: the file's folder, or the server and database
// ("db.example.com/planning", "service team").
QString locationPlace(const QString &location);

// A base for the names of files made from it (an export, a copy, a PDF summary): the file's
// name without its suffix, or the shared portfolio's name.
QString locationBaseName(const QString &location);

// A shared portfolio's address from what a person types: `server` is a postgresql:// URI
// ("postgresql://db.example.com/planning") or the name of a libpq service ("team"), and
// `portfolio` the portfolio's name. Empty when `server` is neither, or holds a password
// (passwordInAddress says so): passwords belong in libpq's password file, never in an address
// that is shown and remembered.
QString sharedLocation(const QString &server, const QString &portfolio);

// True when a shared portfolio's address carries a password ("postgresql://ann:secret@host/db"
// or "?password=…").
bool passwordInAddress(const QString &location);

} // namespace mlp
