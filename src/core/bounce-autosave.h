/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-autosave.h: stores what is typed soon after it is typed, and keeps trying. */
#pragma once

#include "bounce-journal.h"

G_BEGIN_DECLS

/* However steadily someone types, no more than this much typing waits for the disk. */
#define BOUNCE_AUTOSAVE_MAX_WAIT_MS 2000

/* A failed save is tried again after this long, then twice as long each time, up to
 * BOUNCE_AUTOSAVE_RETRY_MAX_MS, until it works. */
#define BOUNCE_AUTOSAVE_RETRY_FIRST_MS 250
#define BOUNCE_AUTOSAVE_RETRY_MAX_MS 5000

#define BOUNCE_TYPE_AUTOSAVE (bounce_autosave_get_type ())
G_DECLARE_FINAL_TYPE (BounceAutosave, bounce_autosave, BOUNCE, AUTOSAVE, GObject)

BounceAutosave *bounce_autosave_new          (BounceJournal   *journal,
                                              guint            delay_ms);
void            bounce_autosave_watch        (BounceAutosave  *self,
                                              BounceRecord    *record);
void            bounce_autosave_watch_new    (BounceAutosave  *self,
                                              BounceRecord    *record);
BounceRecord   *bounce_autosave_get_record   (BounceAutosave  *self);
gboolean        bounce_autosave_is_pending   (BounceAutosave  *self);
GPtrArray      *bounce_autosave_dup_unsaved  (BounceAutosave  *self);
gboolean        bounce_autosave_flush        (BounceAutosave  *self,
                                              GError         **error);

G_END_DECLS
