#pragma once

namespace mlp::ui {

// QUndoCommand::id() values, one per command kind that can merge with its predecessor.
enum class CommandId : int {
    EditIdea = 1,
    Settings = 2,
};

} // namespace mlp::ui
