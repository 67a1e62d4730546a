/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-goal.c: the goal that was lost: what it was and what it cost. */
#define G_LOG_DOMAIN "bounce-goal"

#include "bounce-goal.h"

struct _BounceGoal
{
  BounceRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BounceGoal, bounce_goal, BOUNCE_TYPE_RECORD)

static void
bounce_goal_class_init (BounceGoalClass *klass)
{
  GParamSpec *fields[] = {
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS),
    g_param_spec_string ("cost", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS),
  };

  bounce_record_class_install_fields (BOUNCE_RECORD_CLASS (klass), "goals", "title",
                                      fields, G_N_ELEMENTS (fields));
}

static void
bounce_goal_init (BounceGoal *self)
{
}
