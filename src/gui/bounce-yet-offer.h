/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-yet-offer.h: under a text field, the offer to add "yet" to an "I can't ...". */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BOUNCE_TYPE_YET_OFFER (bounce_yet_offer_get_type ())
G_DECLARE_FINAL_TYPE (BounceYetOffer, bounce_yet_offer, BOUNCE, YET_OFFER, GtkWidget)

GtkWidget     *bounce_yet_offer_new_for_buffer   (GtkTextBuffer  *buffer);
GtkWidget     *bounce_yet_offer_new_for_editable (GtkEditable    *editable);

GtkTextBuffer *bounce_yet_offer_get_buffer       (BounceYetOffer *self);
void           bounce_yet_offer_set_buffer       (BounceYetOffer *self,
                                                  GtkTextBuffer  *buffer);
GtkEditable   *bounce_yet_offer_get_editable     (BounceYetOffer *self);
void           bounce_yet_offer_set_editable     (BounceYetOffer *self,
                                                  GtkEditable    *editable);
const char    *bounce_yet_offer_get_language     (BounceYetOffer *self);
void           bounce_yet_offer_set_language     (BounceYetOffer *self,
                                                  const char     *language);
const char    *bounce_yet_offer_get_suggestion   (BounceYetOffer *self);

G_END_DECLS
