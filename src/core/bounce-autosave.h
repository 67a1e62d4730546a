/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-autosave.h: stores what is typed shortly after the typing pauses. */
#pragma once

#include "bounce-journal.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_AUTOSAVE (bounce_autosave_get_type ())
G_DECLARE_FINAL_TYPE (BounceAutosave, bounce_autosave, BOUNCE, AUTOSAVE, GObject)

BounceAutosave *bounce_autosave_new         (BounceJournal   *journal,
                                             guint            delay_ms);
void            bounce_autosave_watch       (BounceAutosave  *self,
                                             BounceRecord    *record);
BounceRecord   *bounce_autosave_get_record  (BounceAutosave  *self);
gboolean        bounce_autosave_is_pending  (BounceAutosave  *self);
gboolean        bounce_autosave_flush       (BounceAutosave  *self,
                                             GError         **error);

G_END_DECLS
