/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-record-page.h: a page of the window: one kind of record, listed and edited. */
#pragma once

#include <adwaita.h>

#include "bounce-core.h"

G_BEGIN_DECLS

/* Makes a widget with a "record" property, shown in each row of a page's list. */
typedef GtkWidget *(*BounceRowExtraFunc) (gpointer user_data);

#define BOUNCE_TYPE_RECORD_PAGE (bounce_record_page_get_type ())
G_DECLARE_FINAL_TYPE (BounceRecordPage, bounce_record_page, BOUNCE, RECORD_PAGE, GtkWidget)

GtkWidget    *bounce_record_page_new_for_kind    (GType              kind);
void          bounce_record_page_set_journal     (BounceRecordPage  *self,
                                                  BounceJournal     *journal);
GType         bounce_record_page_get_record_type (BounceRecordPage  *self);
void          bounce_record_page_set_record_type (BounceRecordPage  *self,
                                                  GType              record_type);
BounceRecord *bounce_record_page_get_selected    (BounceRecordPage  *self);
gboolean      bounce_record_page_select          (BounceRecordPage  *self,
                                                  BounceRecord      *record);
gboolean      bounce_record_page_open            (BounceRecordPage  *self,
                                                  BounceRecord      *record);
BounceRecord *bounce_record_page_add_record      (BounceRecordPage  *self,
                                                  GError           **error);
BounceRecord *bounce_record_page_remove_selected (BounceRecordPage  *self,
                                                  GError           **error);
gboolean      bounce_record_page_restore         (BounceRecordPage  *self,
                                                  BounceRecord      *record,
                                                  GError           **error);
void          bounce_record_page_drop_blank      (BounceRecordPage  *self);
gboolean      bounce_record_page_flush           (BounceRecordPage  *self,
                                                  GError           **error);
GPtrArray    *bounce_record_page_dup_unsaved     (BounceRecordPage  *self);
void          bounce_record_page_set_sorter      (BounceRecordPage  *self,
                                                  GtkSorter         *sorter);
GtkSorter    *bounce_record_page_get_sorter      (BounceRecordPage  *self);
void          bounce_record_page_set_row_extra   (BounceRecordPage  *self,
                                                  BounceRowExtraFunc func,
                                                  gpointer           user_data,
                                                  GDestroyNotify     notify);

G_END_DECLS
