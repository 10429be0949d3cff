#pragma once

#include <QString>

namespace mlp {

// The login name of whoever runs the program (USER, USERNAME, then LOGNAME), recorded as
// "who" on a stage move when nobody is named; empty when none is set.
QString systemUserName();

} // namespace mlp
