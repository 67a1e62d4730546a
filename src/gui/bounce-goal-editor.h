/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-goal-editor.h: one lost goal: what it was, when, what it meant and cost, its story. */
#pragma once

#include "bounce-editor.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_GOAL_EDITOR (bounce_goal_editor_get_type ())
G_DECLARE_FINAL_TYPE (BounceGoalEditor, bounce_goal_editor, BOUNCE, GOAL_EDITOR, BounceEditor)

G_END_DECLS
