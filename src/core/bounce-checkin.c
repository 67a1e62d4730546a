/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-checkin.c: a mood check-in: how the day feels, from 1 to 5, in a click and a few words. */
#define G_LOG_DOMAIN "bounce-checkin"

#include "bounce-checkin.h"

struct _BounceCheckin
{
  BounceRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BounceCheckin, bounce_checkin, BOUNCE_TYPE_RECORD)

static void
bounce_checkin_class_init (BounceCheckinClass *klass)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamSpec *fields[] = {
    g_param_spec_int ("score", NULL, NULL, 0, 5, 0, flags),
    g_param_spec_string ("feelings", NULL, NULL, "", flags),
    g_param_spec_string ("note", NULL, NULL, "", flags),
  };

  bounce_record_class_install_fields (BOUNCE_RECORD_CLASS (klass), "checkins", "note",
                                      fields, G_N_ELEMENTS (fields));
}

static void
bounce_checkin_init (BounceCheckin *self)
{
}
