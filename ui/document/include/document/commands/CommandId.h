#pragma once

namespace rs::document {

/// The merge ids of the mergeable commands, all in one place so no two can collide.
/// QUndoCommand::id() returns them as int; -1 (the default) means "never merges".
enum class CommandId
{
    MoveElements = 1,
    ResizeRegion,
    SetProperty,
    Rename,
    SetLinkKind,
    SetWorkload,
    SetTargets,
    SetRuleSettings,
    SetTrafficShare,
    SetAssumptions,
    SetUsage,
};

constexpr int commandId(CommandId id)
{
    return static_cast<int>(id);
}

} // namespace rs::document
