#pragma once

// The one function the window module (mlplanner-window.so) exports, found by name with
// app::loadModuleFunction. `argc` and `argv` are main's: they must outlive the call, as
// QApplication requires.

namespace mlp::app {

inline constexpr char kWindowModule[] = "mlplanner-window.so";
inline constexpr char kWindowEntry[] = "mlplanner_window_main";
using WindowEntry = int (*)(int *argc, char **argv);

} // namespace mlp::app

extern "C" int mlplanner_window_main(int *argc, char **argv);
