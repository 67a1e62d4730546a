/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-time-button.h: a time of day, shown as "09:30" and set in a popover of hours and
 * minutes; in minutes after midnight. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BOUNCE_TYPE_TIME_BUTTON (bounce_time_button_get_type ())
G_DECLARE_FINAL_TYPE (BounceTimeButton, bounce_time_button, BOUNCE, TIME_BUTTON, GtkWidget)

GtkWidget *bounce_time_button_new         (void);
int        bounce_time_button_get_minutes (BounceTimeButton *self);
void       bounce_time_button_set_minutes (BounceTimeButton *self,
                                           int               minutes);

G_END_DECLS
