/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-record-row.h: one record in a page's list: its summary, its day and its detail. */
#pragma once

#include <gtk/gtk.h>

#include "bounce-core.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_RECORD_ROW (bounce_record_row_get_type ())
G_DECLARE_FINAL_TYPE (BounceRecordRow, bounce_record_row, BOUNCE, RECORD_ROW, GtkWidget)

GtkWidget    *bounce_record_row_new         (void);
BounceRecord *bounce_record_row_get_record  (BounceRecordRow *self);
void          bounce_record_row_set_record  (BounceRecordRow *self,
                                             BounceRecord    *record);
void          bounce_record_row_set_blank_text (BounceRecordRow *self,
                                                const char      *blank_text);
void          bounce_record_row_set_extra   (BounceRecordRow *self,
                                             GtkWidget       *extra);
GtkWidget    *bounce_record_row_get_extra   (BounceRecordRow *self);

G_END_DECLS
