/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-record-list.h: the records of one kind as a list model read from the store by pages. */
#pragma once

#include <gio/gio.h>

#include "bounce-store.h"

G_BEGIN_DECLS

/* Rows read at once: a screenful or two of a list. */
#define BOUNCE_RECORD_LIST_PAGE_SIZE 64

#define BOUNCE_TYPE_RECORD_LIST (bounce_record_list_get_type ())
G_DECLARE_FINAL_TYPE (BounceRecordList, bounce_record_list, BOUNCE, RECORD_LIST, GObject)

BounceRecordList *bounce_record_list_new         (BounceStore       *store,
                                                  GType              record_type,
                                                  GError           **error);
BounceRecord     *bounce_record_list_find_live   (BounceRecordList  *self,
                                                  const char        *uuid);
gboolean          bounce_record_list_holds       (BounceRecordList  *self,
                                                  BounceRecord      *record);
BounceRecord     *bounce_record_list_adopt       (BounceRecordList  *self,
                                                  BounceRecord      *record);
void              bounce_record_list_forget      (BounceRecordList  *self,
                                                  BounceRecord      *record);
void              bounce_record_list_inserted    (BounceRecordList  *self,
                                                  guint              position);
void              bounce_record_list_removed     (BounceRecordList  *self,
                                                  guint              position);
void              bounce_record_list_changed     (BounceRecordList  *self,
                                                  guint              position);
gboolean          bounce_record_list_reload      (BounceRecordList  *self,
                                                  GError           **error);
GHashTable       *bounce_record_list_get_live    (BounceRecordList  *self);
guint             bounce_record_list_get_n_pages_read (BounceRecordList *self);

G_END_DECLS
