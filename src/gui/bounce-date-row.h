/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-date-row.h: a row for a day that may be left unset, chosen in a calendar. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BOUNCE_TYPE_DATE_ROW (bounce_date_row_get_type ())
G_DECLARE_FINAL_TYPE (BounceDateRow, bounce_date_row, BOUNCE, DATE_ROW, AdwActionRow)

GtkWidget *bounce_date_row_new       (void);
GVariant  *bounce_date_row_get_value (BounceDateRow *self);
void       bounce_date_row_set_value (BounceDateRow *self,
                                      GVariant      *value);

G_END_DECLS
