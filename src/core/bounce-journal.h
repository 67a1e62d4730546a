/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-journal.h: the one object the interface talks to about the journal. */
#pragma once

#include <gio/gio.h>

#include "bounce-aspect.h"
#include "bounce-goal.h"
#include "bounce-idea.h"
#include "bounce-rating.h"
#include "bounce-score.h"
#include "bounce-step.h"
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
gboolean       bounce_journal_write       (BounceJournal  *self,
                                           const BounceStoreWrite *writes,
                                           guint           n_writes,
                                           GError        **error);
GPtrArray     *bounce_journal_dup_parts   (BounceJournal  *self,
                                           GType           record_type,
                                           const char     *field,
                                           const char     *uuid);
GListModel    *bounce_journal_get_parts   (BounceJournal  *self,
                                           GType           record_type,
                                           const char     *field,
                                           const char     *uuid);
gboolean       bounce_journal_set_project (BounceJournal  *self,
                                           BounceIdea     *idea,
                                           BounceIdeaProject project,
                                           GError        **error);
gboolean       bounce_journal_set_back_pocket (BounceJournal *self,
                                               BounceIdea    *idea,
                                               gboolean       back_pocket,
                                               GError       **error);
BounceIdea    *bounce_journal_dup_project (BounceJournal  *self,
                                           BounceIdeaProject project);
BounceIdea    *bounce_journal_dup_back_pocket (BounceJournal *self);
BounceIdea    *bounce_journal_dup_current_project (BounceJournal *self);
BounceIdea    *bounce_journal_switch_project (BounceJournal *self,
                                              const char    *note,
                                              GError       **error);
BounceStep    *bounce_journal_step_done   (BounceJournal  *self,
                                           BounceIdea     *idea,
                                           GError        **error);
BounceRating  *bounce_journal_dup_rating  (BounceJournal  *self,
                                           BounceIdea     *idea,
                                           BounceAspect   *aspect);
gboolean       bounce_journal_rate        (BounceJournal  *self,
                                           BounceIdea     *idea,
                                           BounceAspect   *aspect,
                                           int             offers,
                                           GError        **error);
GPtrArray     *bounce_journal_remove_aspect (BounceJournal *self,
                                             BounceAspect  *aspect,
                                             GError       **error);
gboolean       bounce_journal_restore_all (BounceJournal  *self,
                                           GPtrArray      *records,
                                           GError        **error);
void           bounce_journal_score_idea  (BounceJournal  *self,
                                           BounceIdea     *idea,
                                           BounceScore    *score);
GHashTable    *bounce_journal_dup_scores  (BounceJournal  *self);
gboolean       bounce_journal_merge       (BounceJournal  *self,
                                           GPtrArray      *records,
                                           GArray        **decisions,
                                           GError        **error);

G_END_DECLS
