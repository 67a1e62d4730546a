/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-goal.h: the goal that was lost: what it was and what it cost. */
#pragma once

#include "bounce-record.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_GOAL (bounce_goal_get_type ())
G_DECLARE_FINAL_TYPE (BounceGoal, bounce_goal, BOUNCE, GOAL, BounceRecord)

G_END_DECLS
