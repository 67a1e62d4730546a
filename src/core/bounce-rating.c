/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-rating.c: how well an idea offers one aspect of what the lost goal was hoped to give. */
#define G_LOG_DOMAIN "bounce-rating"

#include <glib/gi18n.h>

#include "bounce-aspect.h"
#include "bounce-idea.h"
#include "bounce-rating.h"

struct _BounceRating
{
  BounceRecord parent_instance;
};

G_DEFINE_ENUM_TYPE (BounceOffers, bounce_offers,
  G_DEFINE_ENUM_VALUE (BOUNCE_OFFERS_NONE, "none"),
  G_DEFINE_ENUM_VALUE (BOUNCE_OFFERS_A_LITTLE, "a-little"),
  G_DEFINE_ENUM_VALUE (BOUNCE_OFFERS_MUCH, "much"),
  G_DEFINE_ENUM_VALUE (BOUNCE_OFFERS_FULLY, "fully"))

G_DEFINE_FINAL_TYPE (BounceRating, bounce_rating, BOUNCE_TYPE_RECORD)

static void
bounce_rating_class_init (BounceRatingClass *klass)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamSpec *fields[] = {
    bounce_record_param_spec_reference ("idea", BOUNCE_TYPE_IDEA, flags),
    bounce_record_param_spec_reference ("aspect", BOUNCE_TYPE_ASPECT, flags),
    /* "Not at all" is a rating too, and a record whose only change is its score is kept. */
    g_param_spec_enum ("offers", NULL, NULL, BOUNCE_TYPE_OFFERS, BOUNCE_OFFERS_NONE, flags),
  };

  bounce_record_class_install_fields (BOUNCE_RECORD_CLASS (klass), "ratings", NULL,
                                      fields, G_N_ELEMENTS (fields));
}

static void
bounce_rating_init (BounceRating *self)
{
}

/**
 * bounce_offers_get_label:
 *
 * Returns: (transfer none): how well an idea offers an aspect, in a few words, translated
 */
const char *
bounce_offers_get_label (BounceOffers offers)
{
  switch (offers)
    {
    case BOUNCE_OFFERS_NONE:
      /* Translators: how well a new idea offers something the lost goal was hoped to give. */
      return C_("offers", "Not at all");
    case BOUNCE_OFFERS_A_LITTLE:
      /* Translators: how well a new idea offers something the lost goal was hoped to give. */
      return C_("offers", "A little");
    case BOUNCE_OFFERS_MUCH:
      /* Translators: how well a new idea offers something the lost goal was hoped to give. */
      return C_("offers", "Much");
    case BOUNCE_OFFERS_FULLY:
      /* Translators: how well a new idea offers something the lost goal was hoped to give. */
      return C_("offers", "Fully");
    default:
      g_return_val_if_reached ("");
    }
}
