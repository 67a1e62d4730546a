/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-goal.c: a goal that was lost: what it was, when, what it cost, and its story. */
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
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamSpec *fields[] = {
    g_param_spec_string ("title", NULL, NULL, "", flags),
    g_param_spec_string ("cost", NULL, NULL, "", flags),
    g_param_spec_string ("description", NULL, NULL, "", flags),
    /* Days, as the Unix time of their midnight in UTC: a day, not a moment. */
    g_param_spec_variant ("began", NULL, NULL, G_VARIANT_TYPE ("mx"), NULL, flags),
    g_param_spec_variant ("ended", NULL, NULL, G_VARIANT_TYPE ("mx"), NULL, flags),
    g_param_spec_string ("story", NULL, NULL, "", flags),
    /* The goal the Grieve page is about; one at a time (bounce_journal_focus_goal()). */
    bounce_record_field_mark_setting (g_param_spec_boolean ("in-focus", NULL, NULL, FALSE, flags)),
  };

  bounce_record_class_install_fields (BOUNCE_RECORD_CLASS (klass), "goals", "title",
                                      fields, G_N_ELEMENTS (fields));
}

static void
bounce_goal_init (BounceGoal *self)
{
}
