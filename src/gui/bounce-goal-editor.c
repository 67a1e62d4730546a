/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-goal-editor.c: one lost goal: what it was, when, what it meant and cost, its story. */
#define G_LOG_DOMAIN "bounce-goal-editor"

#include <adwaita.h>

#include <glib/gi18n.h>

#include "bounce-date-row.h"
#include "bounce-goal-editor.h"

struct _BounceGoalEditor
{
  BounceEditor   parent_instance;

  AdwEntryRow   *title_row;
  BounceDateRow *began_row;
  BounceDateRow *ended_row;
  AdwActionRow  *focus_row;
  GtkSwitch     *focus_switch;
  GtkTextView   *description_view;
  GtkTextView   *cost_view;
  GtkTextView   *story_view;

  gboolean       settling;   /* the switch is being set back, not switched by the person */
};

G_DEFINE_FINAL_TYPE (BounceGoalEditor, bounce_goal_editor, BOUNCE_TYPE_EDITOR)

/* The focus moves between goals through the journal (win.focus-goal), which takes it
 * from every other goal: the switch only shows it, and asks for it. */
static gboolean
refuse_to_field (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  return FALSE;
}

static gboolean
record_in_focus (BounceGoalEditor *self)
{
  BounceRecord *record = bounce_editor_get_record (BOUNCE_EDITOR (self));
  gboolean in_focus = FALSE;

  if (record != NULL)
    g_object_get (record, "in-focus", &in_focus, NULL);

  return in_focus;
}

/* The goal in focus keeps it until another goal takes it: its switch cannot be turned off. */
static void
update_focus_row (BounceGoalEditor *self)
{
  gboolean in_focus = record_in_focus (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->focus_switch), !in_focus);
  adw_action_row_set_subtitle (self->focus_row,
                               in_focus
                               ? _("The Grieve page is about this goal")
                               : _("The Grieve page is about one goal at a time"));
}

static void
on_focus_switch_active_cb (BounceGoalEditor *self)
{
  BounceRecord *record = bounce_editor_get_record (BOUNCE_EDITOR (self));

  if (record != NULL && !self->settling &&
      gtk_switch_get_active (self->focus_switch) && !record_in_focus (self))
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.focus-goal", "s",
                                  bounce_record_get_uuid (record));

      /* Not moved (the journal could not be written): the switch says so. */
      if (!record_in_focus (self))
        {
          self->settling = TRUE;
          gtk_switch_set_active (self->focus_switch, FALSE);
          self->settling = FALSE;
        }
    }

  update_focus_row (self);
}

static void
bounce_goal_editor_bind (BounceEditor *editor,
                         BounceRecord *record)
{
  BounceGoalEditor *self = BOUNCE_GOAL_EDITOR (editor);

  bounce_editor_bind (editor, "title", self->title_row, "text");
  bounce_editor_bind (editor, "description",
                      gtk_text_view_get_buffer (self->description_view), "text");
  bounce_editor_bind (editor, "began", self->began_row, "value");
  bounce_editor_bind (editor, "ended", self->ended_row, "value");
  bounce_editor_bind (editor, "cost", gtk_text_view_get_buffer (self->cost_view), "text");
  bounce_editor_bind (editor, "story", gtk_text_view_get_buffer (self->story_view), "text");

  self->settling = TRUE;
  bounce_editor_bind_full (editor, "in-focus", self->focus_switch, "active",
                           NULL, refuse_to_field);
  self->settling = FALSE;
  update_focus_row (self);
}

static void
bounce_goal_editor_focus_first (BounceEditor *editor)
{
  gtk_widget_grab_focus (GTK_WIDGET (BOUNCE_GOAL_EDITOR (editor)->title_row));
}

static const BounceEditorSection section = {
  /* Translators: a section of the Grieve page: the goals that were lost. */
  N_("Goals"),
  "emoji-flags-symbolic",
  N_("The Goal I Lost"),
  N_("Name the goal you lost: what it was, what it meant to you and what it cost you. "
     "Naming it is part of grieving it."),
  N_("_Name the Goal"),
  N_("A goal without a name yet"),
};

static void
bounce_goal_editor_class_init (BounceGoalEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BounceEditorClass *editor_class = BOUNCE_EDITOR_CLASS (klass);

  editor_class->bind = bounce_goal_editor_bind;
  editor_class->focus_first = bounce_goal_editor_focus_first;
  bounce_editor_class_set_kind (editor_class, BOUNCE_TYPE_GOAL, &section);

  g_type_ensure (BOUNCE_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-goal-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceGoalEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, BounceGoalEditor, began_row);
  gtk_widget_class_bind_template_child (widget_class, BounceGoalEditor, ended_row);
  gtk_widget_class_bind_template_child (widget_class, BounceGoalEditor, focus_row);
  gtk_widget_class_bind_template_child (widget_class, BounceGoalEditor, focus_switch);
  gtk_widget_class_bind_template_child (widget_class, BounceGoalEditor, description_view);
  gtk_widget_class_bind_template_child (widget_class, BounceGoalEditor, cost_view);
  gtk_widget_class_bind_template_child (widget_class, BounceGoalEditor, story_view);
  gtk_widget_class_bind_template_callback (widget_class, on_focus_switch_active_cb);
}

static void
bounce_goal_editor_init (BounceGoalEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
