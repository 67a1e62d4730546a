/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-thanks.c: thanking yourself for having tried, and what it taught you. */
#define G_LOG_DOMAIN "bounce-thanks"

#include <glib/gi18n.h>

#include "bounce-thanks.h"

struct _BounceThanks
{
  BounceRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BounceThanks, bounce_thanks, BOUNCE_TYPE_RECORD)

/* The list says whether the thank-you was marked: trying deserves its treat. */
static char *
bounce_thanks_dup_detail (BounceRecord *record)
{
  gboolean given = FALSE;

  g_object_get (record, "treat-given", &given, NULL);
  if (given)
    /* Translators: under a thank-you in its list: the treat for having tried was had. */
    return g_strdup (_("Treat enjoyed"));

  /* Translators: under a thank-you in its list: the treat is still owed, warmly. */
  return g_strdup (_("Treat still to come"));
}

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
  BOUNCE_RECORD_CLASS (klass)->dup_detail = bounce_thanks_dup_detail;
}

static void
bounce_thanks_init (BounceThanks *self)
{
}
