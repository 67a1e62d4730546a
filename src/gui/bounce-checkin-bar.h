/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-checkin-bar.h: the quick check-in on the Grieve page: how are you today, in one click. */
#pragma once

#include <adwaita.h>

#include "bounce-core.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_CHECKIN_BAR (bounce_checkin_bar_get_type ())
G_DECLARE_FINAL_TYPE (BounceCheckinBar, bounce_checkin_bar, BOUNCE, CHECKIN_BAR, GtkWidget)

void           bounce_checkin_bar_set_journal      (BounceCheckinBar *self,
                                                    BounceJournal    *journal);
BounceCheckin *bounce_checkin_bar_check_in         (BounceCheckinBar *self,
                                                    int               score,
                                                    GError          **error);
BounceCheckin *bounce_checkin_bar_get_today        (BounceCheckinBar *self);
GtkButton     *bounce_checkin_bar_get_score_button (BounceCheckinBar *self,
                                                    int               score);

G_END_DECLS
