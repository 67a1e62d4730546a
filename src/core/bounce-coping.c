/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-coping.c: a line of the coping log: what helped (or what was escape) and for how long. */
#define G_LOG_DOMAIN "bounce-coping"

#include "bounce-coping.h"

struct _BounceCoping
{
  BounceRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BounceCoping, bounce_coping, BOUNCE_TYPE_RECORD)

static void
bounce_coping_class_init (BounceCopingClass *klass)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamSpec *fields[] = {
    g_param_spec_string ("activity", NULL, NULL, "", flags),
    g_param_spec_int ("minutes", NULL, NULL, 0, 24 * 60, 0, flags),
    g_param_spec_string ("note", NULL, NULL, "", flags),
  };

  bounce_record_class_install_fields (BOUNCE_RECORD_CLASS (klass), "coping", "note",
                                      fields, G_N_ELEMENTS (fields));
}

static void
bounce_coping_init (BounceCoping *self)
{
}
