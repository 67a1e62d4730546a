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
  GtkListBox    *aspects_list;
  GtkWidget     *add_aspect_button;
  GListModel    *aspects;    /* what the goal on show was hoped to give */

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

/* An aspect's name and weight are saved as they change: they are a few words. */
static void
on_aspect_changed_cb (BounceRecord *aspect,
                      GParamSpec   *pspec,
                      GtkWidget    *row)
{
  BounceGoalEditor *self = g_object_get_data (G_OBJECT (row), "editor");
  BounceJournal *journal = bounce_editor_get_journal (BOUNCE_EDITOR (self));
  g_autoptr(GError) error = NULL;

  if (journal != NULL && !bounce_journal_save (journal, aspect, &error))
    g_message ("Could not keep what was hoped for: %s", error->message);
}

static void
on_remove_aspect_clicked_cb (GtkButton *button,
                             GtkWidget *row)
{
  BounceGoalEditor *self = g_object_get_data (G_OBJECT (row), "editor");
  BounceAspect *aspect = g_object_get_data (G_OBJECT (row), "aspect");
  BounceJournal *journal = bounce_editor_get_journal (BOUNCE_EDITOR (self));
  g_autoptr(GPtrArray) removed = NULL;
  g_autoptr(GError) error = NULL;

  if (journal != NULL && !(removed = bounce_journal_remove_aspect (journal, aspect, &error)))
    g_message ("Could not remove what was hoped for: %s", error->message);
}

static gboolean
weight_to_selected (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  g_value_set_uint (to, g_value_get_enum (from));
  return TRUE;
}

static gboolean
selected_to_weight (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  guint selected = g_value_get_uint (from);

  if (selected > BOUNCE_ASPECT_MATTERS_MOST)
    return FALSE;
  g_value_set_enum (to, selected);
  return TRUE;
}

/* One thing the goal was hoped to give: its name, how much it matters (three clear
 * steps), and a button to remove it. */
static GtkWidget *
create_aspect_row_cb (gpointer item,
                      gpointer user_data)
{
  BounceGoalEditor *self = user_data;
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *weight;
  GtkWidget *remove;
  GtkStringList *weights = gtk_string_list_new (NULL);
  g_autofree char *name = NULL;

  for (int w = BOUNCE_ASPECT_NICE_TO_HAVE; w <= BOUNCE_ASPECT_MATTERS_MOST; w++)
    gtk_string_list_append (weights, bounce_aspect_weight_get_label (w));
  weight = gtk_drop_down_new (G_LIST_MODEL (weights), NULL);
  gtk_widget_set_valign (weight, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (weight), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* Translators: the label of how much something the lost
                                   * goal was hoped to give matters. */
                                  _("How much it matters"), -1);
  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  /* Translators: removes one thing the lost goal was hoped to give. */
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove"), -1);

  /* Translators: the title of a field naming something the lost goal was hoped to give,
   * e.g. "working from home". */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("What I hoped for"));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), weight);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
  g_object_get (item, "name", &name, NULL);
  gtk_editable_set_text (GTK_EDITABLE (row), name);

  g_object_set_data (G_OBJECT (row), "editor", self);
  g_object_set_data_full (G_OBJECT (row), "aspect", g_object_ref (item), g_object_unref);
  g_object_bind_property (row, "text", item, "name", G_BINDING_DEFAULT);
  g_object_bind_property_full (item, "weight", weight, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               weight_to_selected, selected_to_weight, NULL, NULL);
  g_signal_connect_object (item, "notify::name", G_CALLBACK (on_aspect_changed_cb), row, 0);
  g_signal_connect_object (item, "notify::weight", G_CALLBACK (on_aspect_changed_cb), row, 0);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_aspect_clicked_cb), row);
  return row;
}

static void
on_add_aspect_clicked_cb (BounceGoalEditor *self)
{
  BounceRecord *goal = bounce_editor_get_record (BOUNCE_EDITOR (self));
  BounceJournal *journal = bounce_editor_get_journal (BOUNCE_EDITOR (self));
  g_autoptr(BounceRecord) aspect = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row;

  if (goal == NULL || journal == NULL)
    return;

  aspect = g_object_new (BOUNCE_TYPE_ASPECT, "goal", bounce_record_get_uuid (goal), NULL);
  if (!bounce_journal_restore (journal, aspect, &error))
    {
      g_message ("Could not add what was hoped for: %s", error->message);
      return;
    }

  /* The new row, last, takes the typing. */
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->aspects_list,
                                                   g_list_model_get_n_items (self->aspects) - 1));
  if (row != NULL)
    gtk_widget_grab_focus (row);
}

static void
update_aspects (BounceGoalEditor *self)
{
  BounceRecord *goal = bounce_editor_get_record (BOUNCE_EDITOR (self));
  BounceJournal *journal = bounce_editor_get_journal (BOUNCE_EDITOR (self));

  g_clear_object (&self->aspects);
  if (goal != NULL && journal != NULL)
    self->aspects = bounce_journal_get_parts (journal, BOUNCE_TYPE_ASPECT, "goal",
                                              bounce_record_get_uuid (goal));
  gtk_list_box_bind_model (self->aspects_list, self->aspects, create_aspect_row_cb, self, NULL);
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
  update_aspects (self);
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
bounce_goal_editor_dispose (GObject *object)
{
  BounceGoalEditor *self = BOUNCE_GOAL_EDITOR (object);

  if (self->aspects_list != NULL)
    gtk_list_box_bind_model (self->aspects_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->aspects);

  G_OBJECT_CLASS (bounce_goal_editor_parent_class)->dispose (object);
}

static void
bounce_goal_editor_class_init (BounceGoalEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BounceEditorClass *editor_class = BOUNCE_EDITOR_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = bounce_goal_editor_dispose;

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
  gtk_widget_class_bind_template_child (widget_class, BounceGoalEditor, aspects_list);
  gtk_widget_class_bind_template_child (widget_class, BounceGoalEditor, add_aspect_button);
  gtk_widget_class_bind_template_callback (widget_class, on_add_aspect_clicked_cb);
  gtk_widget_class_bind_template_child (widget_class, BounceGoalEditor, cost_view);
  gtk_widget_class_bind_template_child (widget_class, BounceGoalEditor, story_view);
  gtk_widget_class_bind_template_callback (widget_class, on_focus_switch_active_cb);
}

static void
bounce_goal_editor_init (BounceGoalEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
