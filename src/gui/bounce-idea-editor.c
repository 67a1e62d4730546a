/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-idea-editor.c: one new path: where it stands and its next small step. */
#define G_LOG_DOMAIN "bounce-idea-editor"

#include <adwaita.h>

#include <glib/gi18n.h>

#include "bounce-idea-editor.h"

struct _BounceIdeaEditor
{
  BounceEditor  parent_instance;

  AdwActionRow *goal_row;
  AdwEntryRow  *title_row;
  AdwComboRow  *status_row;
  AdwEntryRow  *next_step_row;
  GtkTextView  *notes_view;

  BounceRecord *idea;        /* the idea on show, whose goal may be set after it is */
  gulong        idea_goal_id;
  BounceRecord *goal;        /* the goal the idea on show is another go at, if kept */
  gulong        goal_title_id;
  GListModel   *goals;       /* the journal's, to hear of a goal deleted or brought back */
};

G_DEFINE_FINAL_TYPE (BounceIdeaEditor, bounce_idea_editor, BOUNCE_TYPE_EDITOR)

static void update_goal (BounceIdeaEditor *self);

/* The idea on show, its goal, or the journal's goals changed. */
static void
on_goal_changed_cb (BounceIdeaEditor *self)
{
  update_goal (self);
}

static void
watch_goal (BounceIdeaEditor *self,
            BounceRecord     *goal)
{
  if (self->goal == goal)
    return;

  if (self->goal != NULL)
    g_clear_signal_handler (&self->goal_title_id, self->goal);
  g_set_object (&self->goal, goal);
  if (goal != NULL)
    self->goal_title_id = g_signal_connect_object (goal, "notify::title",
                                                   G_CALLBACK (on_goal_changed_cb), self,
                                                   G_CONNECT_SWAPPED);
}

static void
watch_idea (BounceIdeaEditor *self,
            BounceRecord     *idea)
{
  if (self->idea == idea)
    return;

  if (self->idea != NULL)
    g_clear_signal_handler (&self->idea_goal_id, self->idea);
  g_set_object (&self->idea, idea);
  if (idea != NULL)
    self->idea_goal_id = g_signal_connect_object (idea, "notify::goal",
                                                  G_CALLBACK (on_goal_changed_cb), self,
                                                  G_CONNECT_SWAPPED);
}

/* An idea made by "Try again" says which lost goal it is another go at; the goal may
 * have been renamed or deleted since, so this is looked up each time. */
static void
update_goal (BounceIdeaEditor *self)
{
  BounceRecord *idea = bounce_editor_get_record (BOUNCE_EDITOR (self));
  BounceJournal *journal = bounce_editor_get_journal (BOUNCE_EDITOR (self));
  g_autofree char *uuid = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  g_autoptr(BounceRecord) goal = NULL;

  watch_idea (self, idea);
  if (idea != NULL)
    g_object_get (idea, "goal", &uuid, NULL);

  if (uuid == NULL || *uuid == '\0' || journal == NULL)
    {
      watch_goal (self, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->goal_row), FALSE);
      return;
    }

  goal = bounce_journal_dup_record (journal, BOUNCE_TYPE_GOAL, uuid);
  watch_goal (self, goal);
  if (goal != NULL)
    title = bounce_record_dup_summary (goal);

  if (title != NULL && *title != '\0')
    /* Translators: a line atop an idea made with "Try again" (another go at a lost
     * goal); %s is the goal's title, e.g. "Pass the bar exam". */
    text = g_strdup_printf (_("Another go at: %s"), title);
  else if (goal != NULL)
    /* Translators: as "Another go at: %s", for a goal that was never given a name. */
    text = g_strdup (_("Another go at a goal without a name yet"));
  else
    /* Translators: as "Another go at: %s", for a goal that has since been deleted. */
    text = g_strdup (_("Another go at a goal no longer kept"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->goal_row), text);
  gtk_widget_set_visible (GTK_WIDGET (self->goal_row), TRUE);
}

static void
on_journal_notify_cb (BounceIdeaEditor *self)
{
  BounceJournal *journal = bounce_editor_get_journal (BOUNCE_EDITOR (self));

  if (self->goals != NULL)
    g_signal_handlers_disconnect_by_func (self->goals, on_goal_changed_cb, self);
  g_clear_object (&self->goals);
  if (journal != NULL)
    self->goals = g_object_ref (bounce_journal_get_records (journal, BOUNCE_TYPE_GOAL));
  if (self->goals != NULL)
    g_signal_connect_object (self->goals, "items-changed", G_CALLBACK (on_goal_changed_cb),
                             self, G_CONNECT_SWAPPED);

  update_goal (self);
}

/* The combo row lists the statuses in the order of BounceIdeaStatus. */
static gboolean
status_to_selected (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  g_value_set_uint (to, g_value_get_enum (from));
  return TRUE;
}

static gboolean
selected_to_status (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  guint selected = g_value_get_uint (from);

  if (selected > BOUNCE_IDEA_STATUS_LET_GO)
    return FALSE;

  g_value_set_enum (to, selected);
  return TRUE;
}

static void
bounce_idea_editor_bind (BounceEditor *editor,
                         BounceRecord *record)
{
  BounceIdeaEditor *self = BOUNCE_IDEA_EDITOR (editor);

  bounce_editor_bind (editor, "title", self->title_row, "text");
  bounce_editor_bind_full (editor, "status", self->status_row, "selected",
                           status_to_selected, selected_to_status);
  bounce_editor_bind (editor, "next-step", self->next_step_row, "text");
  bounce_editor_bind (editor, "notes", gtk_text_view_get_buffer (self->notes_view), "text");
  update_goal (self);
}

static void
bounce_idea_editor_focus_first (BounceEditor *editor)
{
  gtk_widget_grab_focus (GTK_WIDGET (BOUNCE_IDEA_EDITOR (editor)->title_row));
}

static const BounceEditorSection section = {
  /* Translators: the section of the New Paths page that lists ideas for new paths. */
  N_("Ideas"),
  "bounce-paths-symbolic",
  N_("Find a New Path"),
  N_("Brainstorm new paths and projects. Nothing has to be decided today: a next small "
     "step is enough."),
  N_("_Add an Idea"),
  N_("An idea without a name yet"),
};

static void
bounce_idea_editor_dispose (GObject *object)
{
  BounceIdeaEditor *self = BOUNCE_IDEA_EDITOR (object);

  watch_idea (self, NULL);
  watch_goal (self, NULL);
  if (self->goals != NULL)
    g_signal_handlers_disconnect_by_func (self->goals, on_goal_changed_cb, self);
  g_clear_object (&self->goals);

  G_OBJECT_CLASS (bounce_idea_editor_parent_class)->dispose (object);
}

static void
bounce_idea_editor_class_init (BounceIdeaEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BounceEditorClass *editor_class = BOUNCE_EDITOR_CLASS (klass);

  object_class->dispose = bounce_idea_editor_dispose;

  editor_class->bind = bounce_idea_editor_bind;
  editor_class->focus_first = bounce_idea_editor_focus_first;
  bounce_editor_class_set_kind (editor_class, BOUNCE_TYPE_IDEA, &section);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-idea-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceIdeaEditor, goal_row);
  gtk_widget_class_bind_template_child (widget_class, BounceIdeaEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, BounceIdeaEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, BounceIdeaEditor, next_step_row);
  gtk_widget_class_bind_template_child (widget_class, BounceIdeaEditor, notes_view);
}

static void
bounce_idea_editor_init (BounceIdeaEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The base class binds the record; a record without a goal (or none) hides the line. */
  g_signal_connect (self, "notify::record", G_CALLBACK (on_goal_changed_cb), NULL);
  g_signal_connect (self, "notify::journal", G_CALLBACK (on_journal_notify_cb), NULL);
}
