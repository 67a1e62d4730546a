/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-step.c: a next small step of an idea, done. */
#define G_LOG_DOMAIN "bounce-step"

#include "bounce-idea.h"
#include "bounce-step.h"

struct _BounceStep
{
  BounceRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BounceStep, bounce_step, BOUNCE_TYPE_RECORD)

static void
bounce_step_class_init (BounceStepClass *klass)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamSpec *fields[] = {
    bounce_record_param_spec_reference ("idea", BOUNCE_TYPE_IDEA, flags),
    g_param_spec_string ("text", NULL, NULL, "", flags),
  };

  bounce_record_class_install_fields (BOUNCE_RECORD_CLASS (klass), "steps", "text",
                                      fields, G_N_ELEMENTS (fields));
}

static void
bounce_step_init (BounceStep *self)
{
}
