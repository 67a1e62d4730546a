/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-aspect.c: something the lost goal was hoped to give, and how much it matters. */
#define G_LOG_DOMAIN "bounce-aspect"

#include <glib/gi18n.h>

#include "bounce-aspect.h"
#include "bounce-goal.h"

struct _BounceAspect
{
  BounceRecord parent_instance;
};

G_DEFINE_ENUM_TYPE (BounceAspectWeight, bounce_aspect_weight,
  G_DEFINE_ENUM_VALUE (BOUNCE_ASPECT_NICE_TO_HAVE, "nice-to-have"),
  G_DEFINE_ENUM_VALUE (BOUNCE_ASPECT_MATTERS, "matters"),
  G_DEFINE_ENUM_VALUE (BOUNCE_ASPECT_MATTERS_MOST, "matters-most"))

G_DEFINE_FINAL_TYPE (BounceAspect, bounce_aspect, BOUNCE_TYPE_RECORD)

static void
bounce_aspect_class_init (BounceAspectClass *klass)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamSpec *fields[] = {
    /* The lost goal it was hoped to come from. */
    bounce_record_param_spec_reference ("goal", BOUNCE_TYPE_GOAL, flags),
    g_param_spec_string ("name", NULL, NULL, "", flags),
    g_param_spec_enum ("weight", NULL, NULL,
                       BOUNCE_TYPE_ASPECT_WEIGHT, BOUNCE_ASPECT_MATTERS, flags),
  };

  bounce_record_class_install_fields (BOUNCE_RECORD_CLASS (klass), "aspects", "name",
                                      fields, G_N_ELEMENTS (fields));
}

static void
bounce_aspect_init (BounceAspect *self)
{
}

/**
 * bounce_aspect_weight_get_label:
 *
 * Returns: (transfer none): how much an aspect matters, in a few words, translated
 */
const char *
bounce_aspect_weight_get_label (BounceAspectWeight weight)
{
  switch (weight)
    {
    case BOUNCE_ASPECT_NICE_TO_HAVE:
      /* Translators: how much something the lost goal was hoped to give matters. */
      return _("Nice to have");
    case BOUNCE_ASPECT_MATTERS:
      /* Translators: how much something the lost goal was hoped to give matters. */
      return _("Matters");
    case BOUNCE_ASPECT_MATTERS_MOST:
      /* Translators: how much something the lost goal was hoped to give matters. */
      return _("Matters most");
    default:
      g_return_val_if_reached ("");
    }
}
