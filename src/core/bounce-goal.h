/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-goal.h: a goal that was lost: what it was, when, what it cost, and its story. */
#pragma once

#include "bounce-record.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_GOAL (bounce_goal_get_type ())
G_DECLARE_FINAL_TYPE (BounceGoal, bounce_goal, BOUNCE, GOAL, BounceRecord)

char *bounce_goal_dup_dates (BounceGoal *self);

G_END_DECLS
