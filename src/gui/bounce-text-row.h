/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-text-row.h: a row of a boxed list for a sentence: its title, and text that wraps. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BOUNCE_TYPE_TEXT_ROW (bounce_text_row_get_type ())
G_DECLARE_FINAL_TYPE (BounceTextRow, bounce_text_row, BOUNCE, TEXT_ROW, AdwPreferencesRow)

GtkWidget     *bounce_text_row_new        (void);
char          *bounce_text_row_dup_text   (BounceTextRow *self);
void           bounce_text_row_set_text   (BounceTextRow *self,
                                           const char    *text);
GtkTextBuffer *bounce_text_row_get_buffer (BounceTextRow *self);
void           bounce_text_row_set_buffer (BounceTextRow *self,
                                           GtkTextBuffer *buffer);
GtkTextView   *bounce_text_row_get_view   (BounceTextRow *self);
void           bounce_text_row_add_suffix (BounceTextRow *self,
                                           GtkWidget     *widget);

G_END_DECLS
