/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-goal-card.c: naming the goal that was lost, and what it cost. */
#define G_LOG_DOMAIN "bounce-goal-card"

#include "bounce-goal-card.h"

#define AUTOSAVE_DELAY_MS 500

struct _BounceGoalCard
{
  GtkWidget       parent_instance;

  AdwEntryRow    *title_row;
  AdwEntryRow    *cost_row;

  BounceJournal  *journal;
  BounceAutosave *autosave;
  BounceGoal     *goal;
};

enum {
  SAVE_FAILED,
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (BounceGoalCard, bounce_goal_card, GTK_TYPE_WIDGET)

static void
on_autosave_failed_cb (BounceGoalCard *self,
                       GError         *error)
{
  g_signal_emit (self, signals[SAVE_FAILED], 0, error);
}

static void
on_autosave_saved_cb (BounceGoalCard *self)
{
  g_signal_emit (self, signals[SAVED], 0);
}

static void
bounce_goal_card_dispose (GObject *object)
{
  BounceGoalCard *self = BOUNCE_GOAL_CARD (object);
  GtkWidget *child;

  if (self->autosave != NULL)
    bounce_autosave_watch (self->autosave, NULL);
  g_clear_object (&self->autosave);
  g_clear_object (&self->goal);
  g_clear_object (&self->journal);

  gtk_widget_dispose_template (GTK_WIDGET (self), BOUNCE_TYPE_GOAL_CARD);
  /* The template's outer box has no name, so dispose_template leaves it behind. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (bounce_goal_card_parent_class)->dispose (object);
}

static void
bounce_goal_card_class_init (BounceGoalCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bounce_goal_card_dispose;

  /**
   * BounceGoalCard::save-failed:
   * @error: what went wrong
   */
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);

  /**
   * BounceGoalCard::saved:
   *
   * After failures, what was typed reached the disk.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-goal-card.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceGoalCard, title_row);
  gtk_widget_class_bind_template_child (widget_class, BounceGoalCard, cost_row);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bounce_goal_card_init (BounceGoalCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * bounce_goal_card_set_journal:
 *
 * Shows the journal's latest goal, or an empty one that is stored once the
 * person writes in it.
 */
void
bounce_goal_card_set_journal (BounceGoalCard *self,
                              BounceJournal  *journal)
{
  GListModel *goals;
  gboolean stored;

  g_return_if_fail (BOUNCE_IS_GOAL_CARD (self));
  g_return_if_fail (BOUNCE_IS_JOURNAL (journal));
  g_return_if_fail (self->journal == NULL);

  self->journal = g_object_ref (journal);
  self->autosave = bounce_autosave_new (journal, AUTOSAVE_DELAY_MS);
  g_signal_connect_object (self->autosave, "failed",
                           G_CALLBACK (on_autosave_failed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->autosave, "saved",
                           G_CALLBACK (on_autosave_saved_cb), self, G_CONNECT_SWAPPED);

  goals = bounce_journal_get_records (journal, BOUNCE_TYPE_GOAL);
  self->goal = g_list_model_get_item (goals, 0);
  stored = self->goal != NULL;
  if (self->goal == NULL)
    self->goal = g_object_new (BOUNCE_TYPE_GOAL, NULL);

  g_object_bind_property (self->goal, "title", self->title_row, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->goal, "cost", self->cost_row, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  /* Nothing is stored until something is written: a blank goal is no goal. */
  if (stored)
    bounce_autosave_watch (self->autosave, BOUNCE_RECORD (self->goal));
  else
    bounce_autosave_watch_new (self->autosave, BOUNCE_RECORD (self->goal));
}

/**
 * bounce_goal_card_get_goal:
 *
 * Returns: (transfer none) (nullable): the goal on show
 */
BounceGoal *
bounce_goal_card_get_goal (BounceGoalCard *self)
{
  g_return_val_if_fail (BOUNCE_IS_GOAL_CARD (self), NULL);

  return self->goal;
}

gboolean
bounce_goal_card_flush (BounceGoalCard  *self,
                        GError         **error)
{
  g_return_val_if_fail (BOUNCE_IS_GOAL_CARD (self), FALSE);

  if (self->autosave == NULL)
    return TRUE;

  return bounce_autosave_flush (self->autosave, error);
}

/**
 * bounce_goal_card_dup_unsaved:
 *
 * Returns: (transfer container) (element-type BounceRecord): the goal, when
 *   what was typed in it has not reached the disk
 */
GPtrArray *
bounce_goal_card_dup_unsaved (BounceGoalCard *self)
{
  g_return_val_if_fail (BOUNCE_IS_GOAL_CARD (self), NULL);

  if (self->autosave == NULL)
    return g_ptr_array_new_with_free_func (g_object_unref);

  return bounce_autosave_dup_unsaved (self->autosave);
}
