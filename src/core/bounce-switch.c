/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-switch.c: a switch from one project to the other, with the note left behind. */
#define G_LOG_DOMAIN "bounce-switch"

#include "bounce-idea.h"
#include "bounce-switch.h"

struct _BounceSwitch
{
  BounceRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BounceSwitch, bounce_switch, BOUNCE_TYPE_RECORD)

static void
bounce_switch_class_init (BounceSwitchClass *klass)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamSpec *fields[] = {
    bounce_record_param_spec_reference ("from-idea", BOUNCE_TYPE_IDEA, flags),
    bounce_record_param_spec_reference ("to-idea", BOUNCE_TYPE_IDEA, flags),
    /* The resume note left for the project being left: where I stopped, what next. */
    g_param_spec_string ("note", NULL, NULL, "", flags),
  };

  bounce_record_class_install_fields (BOUNCE_RECORD_CLASS (klass), "switches", "note",
                                      fields, G_N_ELEMENTS (fields));
}

static void
bounce_switch_init (BounceSwitch *self)
{
}
