/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-thanks.c: thanking yourself for having tried, and what it taught you. */
#define G_LOG_DOMAIN "bounce-thanks"

#include "bounce-thanks.h"

struct _BounceThanks
{
  BounceRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BounceThanks, bounce_thanks, BOUNCE_TYPE_RECORD)

static void
bounce_thanks_class_init (BounceThanksClass *klass)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamSpec *fields[] = {
    g_param_spec_string ("tried", NULL, NULL, "", flags),
    g_param_spec_string ("learned-subject", NULL, NULL, "", flags),
    g_param_spec_string ("learned-self", NULL, NULL, "", flags),
    g_param_spec_string ("treat", NULL, NULL, "", flags),
    g_param_spec_boolean ("treat-given", NULL, NULL, FALSE, flags),
  };

  bounce_record_class_install_fields (BOUNCE_RECORD_CLASS (klass), "thanks", "tried",
                                      fields, G_N_ELEMENTS (fields));
}

static void
bounce_thanks_init (BounceThanks *self)
{
}
