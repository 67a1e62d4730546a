/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-goal-card.c: the goal the Grieve page is about, or a place to name it. */
#define G_LOG_DOMAIN "bounce-goal-card"

#include <glib/gi18n.h>

#include "bounce-goal-card.h"

#define AUTOSAVE_DELAY_MS 500

struct _BounceGoalCard
{
  GtkWidget                parent_instance;

  GtkStack                *stack;
  AdwEntryRow             *title_row;
  GtkEventControllerFocus *title_focus;
  AdwActionRow            *goal_row;
  GtkButton               *show_button;

  BounceJournal           *journal;
  BounceAutosave          *autosave;
  BounceGoal              *goal;          /* the goal on show */
  GBinding                *title_binding; /* while the goal is being named */
  gulong                   summary_id;
  guint                    update_id;
};

enum {
  SAVE_FAILED,
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (BounceGoalCard, bounce_goal_card, GTK_TYPE_WIDGET)

static gboolean
is_naming (BounceGoalCard *self)
{
  return self->title_binding != NULL;
}

static void
show_goal (BounceGoalCard *self)
{
  g_autofree char *summary = bounce_record_dup_summary (BOUNCE_RECORD (self->goal));
  g_autofree char *dates = bounce_goal_dup_dates (self->goal);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->goal_row),
                                 *summary != '\0' ? summary : _("A goal without a name yet"));
  adw_action_row_set_subtitle (self->goal_row, dates != NULL ? dates : "");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->show_button), "s",
                                    bounce_record_get_uuid (BOUNCE_RECORD (self->goal)));
}

static void
on_goal_summary_cb (BounceGoalCard *self)
{
  if (!is_naming (self))
    show_goal (self);
}

static void
set_goal (BounceGoalCard *self,
          BounceGoal     *goal)
{
  if (self->goal == goal)
    return;

  if (self->goal != NULL)
    g_clear_signal_handler (&self->summary_id, self->goal);
  g_set_object (&self->goal, goal);
  if (goal != NULL)
    self->summary_id = g_signal_connect_object (goal, "notify::summary",
                                                G_CALLBACK (on_goal_summary_cb), self,
                                                G_CONNECT_SWAPPED);
}

/* With no goal yet, the card names one: a goal in focus from the start, stored by the
 * card once something is written in it, as the pages store theirs. */
static void
start_naming (BounceGoalCard *self)
{
  g_autoptr(BounceGoal) goal = g_object_new (BOUNCE_TYPE_GOAL, "in-focus", TRUE, NULL);

  set_goal (self, goal);
  self->title_binding = g_object_bind_property (goal, "title", self->title_row, "text",
                                                G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  bounce_autosave_watch_new (self->autosave, BOUNCE_RECORD (goal));
  gtk_stack_set_visible_child_name (self->stack, "name");
}

static void
stop_naming (BounceGoalCard *self)
{
  /* What was typed is stored on the way (and tried again, if that fails). */
  bounce_autosave_watch (self->autosave, NULL);
  g_clear_pointer (&self->title_binding, g_binding_unbind);
}

static gboolean
is_stored (BounceGoalCard *self,
           BounceGoal     *goal)
{
  return bounce_journal_find (self->journal, BOUNCE_RECORD (goal), NULL);
}

/* The card shows the goal in focus. The entry that names the first goal stays while the
 * person types in it, even once the goal is stored, so that it does not go mid-word; and
 * words not stored yet stay on show until they are. */
static void
update_named (BounceGoalCard *self,
              gboolean        named)
{
  g_autoptr(BounceGoal) focus = NULL;

  if (self->journal == NULL)
    return;

  focus = bounce_journal_dup_focus_goal (self->journal);

  if (is_naming (self))
    {
      gboolean stored = is_stored (self, self->goal);

      if (focus == NULL ||
          (stored && !named &&
           gtk_event_controller_focus_contains_focus (self->title_focus)) ||
          (!stored && !bounce_record_is_blank (BOUNCE_RECORD (self->goal))))
        return;

      stop_naming (self);

      /* The goal just named is the one in focus, whatever came meanwhile. */
      if (stored)
        {
          g_autoptr(GError) error = NULL;

          if (!bounce_journal_focus_goal (self->journal, self->goal, &error))
            g_message ("Could not put the goal just named in focus: %s", error->message);
          g_set_object (&focus, self->goal);
        }
    }
  else if (focus == NULL)
    {
      start_naming (self);
      return;
    }

  set_goal (self, focus);
  show_goal (self);
  gtk_stack_set_visible_child_name (self->stack, "goal");
}

static void
update (BounceGoalCard *self)
{
  update_named (self, FALSE);
}

static gboolean
on_update_cb (gpointer user_data)
{
  BounceGoalCard *self = user_data;

  self->update_id = 0;
  update (self);

  return G_SOURCE_REMOVE;
}

/* Later, not now: the goals change in the middle of a save (the goal being named is
 * stored), and the card's own autosave must not be asked to save again inside it. Soon,
 * though: before the next frame, which a blinking cursor asks for again and again. */
static void
queue_update (BounceGoalCard *self)
{
  if (self->update_id == 0)
    self->update_id = g_idle_add_full (G_PRIORITY_DEFAULT, on_update_cb, self, NULL);
}

static void
on_goals_changed_cb (BounceGoalCard *self)
{
  queue_update (self);
}

static void
on_title_focus_leave_cb (BounceGoalCard *self)
{
  queue_update (self);
}

/* Enter: the name is given. */
static void
on_title_activated_cb (BounceGoalCard *self)
{
  g_autoptr(GError) error = NULL;

  if (!bounce_autosave_flush (self->autosave, &error))
    {
      g_signal_emit (self, signals[SAVE_FAILED], 0, error);
      return;
    }

  if (!is_naming (self) || !is_stored (self, self->goal))
    return;

  update_named (self, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->show_button));
}

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

  g_clear_handle_id (&self->update_id, g_source_remove);
  if (self->autosave != NULL)
    bounce_autosave_watch (self->autosave, NULL);
  g_clear_pointer (&self->title_binding, g_binding_unbind);
  g_clear_object (&self->autosave);
  set_goal (self, NULL);
  g_clear_object (&self->journal);

  gtk_widget_dispose_template (GTK_WIDGET (self), BOUNCE_TYPE_GOAL_CARD);

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
  gtk_widget_class_bind_template_child (widget_class, BounceGoalCard, stack);
  gtk_widget_class_bind_template_child (widget_class, BounceGoalCard, title_row);
  gtk_widget_class_bind_template_child (widget_class, BounceGoalCard, title_focus);
  gtk_widget_class_bind_template_child (widget_class, BounceGoalCard, goal_row);
  gtk_widget_class_bind_template_child (widget_class, BounceGoalCard, show_button);
  gtk_widget_class_bind_template_callback (widget_class, on_title_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_title_focus_leave_cb);

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
 * Shows the journal's goal in focus (bounce_journal_dup_focus_goal()), with a
 * button to see it among the goals (win.show-goal); with no goal yet, a place to
 * name one, which is stored, in focus, once the person writes in it.
 */
void
bounce_goal_card_set_journal (BounceGoalCard *self,
                              BounceJournal  *journal)
{
  g_return_if_fail (BOUNCE_IS_GOAL_CARD (self));
  g_return_if_fail (BOUNCE_IS_JOURNAL (journal));
  g_return_if_fail (self->journal == NULL);

  self->journal = g_object_ref (journal);
  self->autosave = bounce_autosave_new (journal, AUTOSAVE_DELAY_MS);
  g_signal_connect_object (self->autosave, "failed",
                           G_CALLBACK (on_autosave_failed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->autosave, "saved",
                           G_CALLBACK (on_autosave_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (bounce_journal_get_records (journal, BOUNCE_TYPE_GOAL),
                           "items-changed", G_CALLBACK (on_goals_changed_cb), self,
                           G_CONNECT_SWAPPED);

  update (self);
}

/**
 * bounce_goal_card_get_goal:
 *
 * Returns: (transfer none) (nullable): the goal on show: the one in focus, or
 *   the one being named
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
 * Returns: (transfer container) (element-type BounceRecord): the goal being
 *   named, when what was typed in it has not reached the disk
 */
GPtrArray *
bounce_goal_card_dup_unsaved (BounceGoalCard *self)
{
  g_return_val_if_fail (BOUNCE_IS_GOAL_CARD (self), NULL);

  if (self->autosave == NULL)
    return g_ptr_array_new_with_free_func (g_object_unref);

  return bounce_autosave_dup_unsaved (self->autosave);
}
