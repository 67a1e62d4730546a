/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-then-now.h: "Then and Now", a section of New Paths: the person's months, side by side. */
#pragma once

#include <adwaita.h>

#include "bounce-core.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_THEN_NOW (bounce_then_now_get_type ())
G_DECLARE_FINAL_TYPE (BounceThenNow, bounce_then_now, BOUNCE, THEN_NOW, GtkWidget)

void        bounce_then_now_set_journal (BounceThenNow *self,
                                         BounceJournal *journal);
const char *bounce_then_now_get_words   (BounceThenNow *self);
guint       bounce_then_now_get_reads   (BounceThenNow *self);

G_END_DECLS
