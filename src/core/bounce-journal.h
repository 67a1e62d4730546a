/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-journal.h: the one object the interface talks to about the journal. */
#pragma once

#include <gio/gio.h>

#include "bounce-goal.h"
#include "bounce-store.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_JOURNAL (bounce_journal_get_type ())
G_DECLARE_FINAL_TYPE (BounceJournal, bounce_journal, BOUNCE, JOURNAL, GObject)

BounceJournal *bounce_journal_new         (BounceStore    *store,
                                           GError        **error);
BounceStore   *bounce_journal_get_store   (BounceJournal  *self);
GListModel    *bounce_journal_get_records (BounceJournal  *self,
                                           GType           record_type);
BounceRecord  *bounce_journal_add         (BounceJournal  *self,
                                           GType           record_type,
                                           GError        **error);
BounceRecord  *bounce_journal_dup_record  (BounceJournal  *self,
                                           GType           record_type,
                                           const char     *uuid);
gboolean       bounce_journal_find        (BounceJournal  *self,
                                           BounceRecord   *record,
                                           guint          *position);
gboolean       bounce_journal_save        (BounceJournal  *self,
                                           BounceRecord   *record,
                                           GError        **error);
gboolean       bounce_journal_remove      (BounceJournal  *self,
                                           BounceRecord   *record,
                                           GError        **error);
gboolean       bounce_journal_restore     (BounceJournal  *self,
                                           BounceRecord   *record,
                                           GError        **error);
gboolean       bounce_journal_drop_if_blank (BounceJournal  *self,
                                             BounceRecord   *record,
                                             gboolean       *dropped,
                                             GError        **error);
gboolean       bounce_journal_focus_goal  (BounceJournal  *self,
                                           BounceGoal     *goal,
                                           GError        **error);
BounceGoal    *bounce_journal_dup_focus_goal (BounceJournal *self);
gboolean       bounce_journal_merge       (BounceJournal  *self,
                                           GPtrArray      *records,
                                           GArray        **decisions,
                                           GError        **error);

G_END_DECLS
