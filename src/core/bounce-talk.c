/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-talk.c: getting ready to talk with the people in charge: who, what to ask, what I heard. */
#define G_LOG_DOMAIN "bounce-talk"

#include "bounce-talk.h"

struct _BounceTalk
{
  BounceRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BounceTalk, bounce_talk, BOUNCE_TYPE_RECORD)

static void
bounce_talk_class_init (BounceTalkClass *klass)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamSpec *fields[] = {
    g_param_spec_string ("who", NULL, NULL, "", flags),
    g_param_spec_string ("ask", NULL, NULL, "", flags),
    g_param_spec_string ("heard", NULL, NULL, "", flags),
    g_param_spec_variant ("follow-up", NULL, NULL, G_VARIANT_TYPE ("mx"), NULL, flags),
  };

  bounce_record_class_install_fields (BOUNCE_RECORD_CLASS (klass), "talks", "who",
                                      fields, G_N_ELEMENTS (fields));
}

static void
bounce_talk_init (BounceTalk *self)
{
}
