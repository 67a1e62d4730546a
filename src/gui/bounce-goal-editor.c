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
  BounceAutosave *aspect_autosave; /* saves what is typed into an aspect, after a pause */
  AdwToast      *save_toast; /* "Not saved yet", while an aspect's save fails */

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

/* Long enough not to write on every key, as the page's own autosave. */
#define ASPECT_AUTOSAVE_DELAY_MS 500

/* Saving what was typed failed; the autosave tries again by itself, and says when it
 * worked. One toast says so meanwhile. */
static void
on_aspect_save_failed_cb (BounceGoalEditor *self,
                          GError           *error)
{
  AdwToast *toast;

  g_message ("Could not keep what was hoped for yet: %s", error->message);
  if (self->save_toast != NULL)
    return;

  /* Translators: shown while what the person typed about what they hoped for cannot be
   * saved; the app keeps trying. One short line. */
  toast = adw_toast_new (_("Not saved yet — retrying"));
  adw_toast_set_timeout (toast, 0);
  g_set_weak_pointer (&self->save_toast, toast);
  bounce_editor_show_toast (BOUNCE_EDITOR (self), toast);
}

static void
on_aspect_saved_cb (BounceGoalEditor *self)
{
  if (self->save_toast != NULL)
    bounce_toast_dismiss (self->save_toast);
}

/* The aspect typed into, or whose weight was chosen, is saved by the editor's own
 * autosave after a pause: the last one edited is the one watched. */
static void
edit_aspect (BounceGoalEditor *self,
             BounceRecord     *aspect)
{
  if (self->aspect_autosave != NULL)
    bounce_autosave_watch (self->aspect_autosave, aspect);
}

static void
on_aspect_name_changed_cb (GtkEditable *row,
                           GtkWidget   *unused)
{
  BounceGoalEditor *self = g_object_get_data (G_OBJECT (row), "editor");
  BounceRecord *aspect = g_object_get_data (G_OBJECT (row), "aspect");
  g_autofree char *name = NULL;

  g_object_get (aspect, "name", &name, NULL);
  if (g_strcmp0 (name, gtk_editable_get_text (row)) == 0)
    return;

  edit_aspect (self, aspect);
  g_object_set (aspect, "name", gtk_editable_get_text (row), NULL);
}

static void
on_aspect_weight_selected_cb (AdwComboRow *weight,
                              GParamSpec  *pspec,
                              GtkWidget   *row)
{
  BounceGoalEditor *self = g_object_get_data (G_OBJECT (row), "editor");
  BounceRecord *aspect = g_object_get_data (G_OBJECT (row), "aspect");
  guint selected = adw_combo_row_get_selected (weight);
  BounceAspectWeight old;

  g_object_get (aspect, "weight", &old, NULL);
  if (selected > BOUNCE_ASPECT_MATTERS_MOST || selected == (guint) old)
    return;

  edit_aspect (self, aspect);
  g_object_set (aspect, "weight", selected, NULL);
}

static void
on_undo_remove_cb (AdwToast         *toast,
                   BounceGoalEditor *self)
{
  BounceJournal *journal = bounce_editor_get_journal (BOUNCE_EDITOR (self));
  GPtrArray *removed = g_object_get_data (G_OBJECT (toast), "removed");
  g_autoptr(GError) error = NULL;

  if (journal != NULL && removed != NULL &&
      !bounce_journal_restore_all (journal, removed, &error))
    /* Translators: %s is the system's reason, e.g. "disk is full". */
    bounce_editor_tell_failure (BOUNCE_EDITOR (self), _("Could not bring it back: %s"),
                                error->message);
}

/* Removed with its ratings, in one go; Undo brings them all back. */
static void
on_remove_aspect_clicked_cb (GtkButton *button,
                             GtkWidget *row)
{
  BounceGoalEditor *self = g_object_get_data (G_OBJECT (row), "editor");
  g_autoptr(BounceRecord) aspect = g_object_ref (g_object_get_data (G_OBJECT (row), "aspect"));
  BounceJournal *journal = bounce_editor_get_journal (BOUNCE_EDITOR (self));
  g_autoptr(GPtrArray) removed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  AdwToast *toast;

  if (journal == NULL)
    return;

  /* What was typed into it is stored first: Undo brings back the name as typed. */
  if (self->aspect_autosave != NULL &&
      bounce_autosave_get_record (self->aspect_autosave) == aspect)
    bounce_autosave_watch (self->aspect_autosave, NULL);

  if (!(removed = bounce_journal_remove_aspect (journal, BOUNCE_ASPECT (aspect), &error)))
    {
      /* Translators: %s is the system's reason, e.g. "disk is full". */
      bounce_editor_tell_failure (BOUNCE_EDITOR (self), _("Could not remove it: %s"),
                                  error->message);
      return;
    }

  name = bounce_record_dup_summary (aspect);
  g_strstrip (name);
  if (*name != '\0')
    {
      /* The title is markup; the name is the person's own words. */
      g_autofree char *escaped = g_markup_escape_text (name, -1);

      /* Translators: shown after removing one thing the lost goal was hoped to give; %s
       * is its name, e.g. "Working from home". */
      toast = adw_toast_new_format (_("“%s” removed"), escaped);
    }
  else
    /* Translators: as "“%s” removed", for something not named. */
    toast = adw_toast_new (_("Removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 10);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "removed", g_steal_pointer (&removed),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_remove_cb), self, 0);
  bounce_editor_show_toast (BOUNCE_EDITOR (self), toast);
}

/* One thing the goal was hoped to give, as a small card of its own: its name with a
 * button to remove it, and under it how much it matters (three clear steps). Side by side
 * they left the name no room in a narrow window. */
static GtkWidget *
create_aspect_row_cb (gpointer item,
                      gpointer user_data)
{
  BounceGoalEditor *self = user_data;
  GtkWidget *outer = gtk_list_box_row_new ();
  GtkWidget *card = gtk_list_box_new ();
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *weight = adw_combo_row_new ();
  GtkWidget *remove;
  g_autoptr(GtkStringList) weights = gtk_string_list_new (NULL);
  g_autofree char *name = NULL;
  BounceAspectWeight value;

  for (int w = BOUNCE_ASPECT_NICE_TO_HAVE; w <= BOUNCE_ASPECT_MATTERS_MOST; w++)
    gtk_string_list_append (weights, bounce_aspect_weight_get_label (w));
  adw_combo_row_set_model (ADW_COMBO_ROW (weight), G_LIST_MODEL (weights));
  /* Translators: the title of the choice of how much something the lost goal was hoped
   * to give matters: "Nice to have", "Matters", "Matters most". */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (weight), _("How much it matters"));

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
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
  g_object_get (item, "name", &name, "weight", &value, NULL);
  gtk_editable_set_text (GTK_EDITABLE (row), name);
  adw_combo_row_set_selected (ADW_COMBO_ROW (weight), value);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (card), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (card, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (card), row);
  gtk_list_box_append (GTK_LIST_BOX (card), weight);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (outer), FALSE);
  gtk_widget_set_focusable (outer, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (outer), card);

  g_object_set_data (G_OBJECT (row), "editor", self);
  g_object_set_data_full (G_OBJECT (row), "aspect", g_object_ref (item), g_object_unref);
  g_signal_connect (row, "changed", G_CALLBACK (on_aspect_name_changed_cb), NULL);
  g_signal_connect (weight, "notify::selected", G_CALLBACK (on_aspect_weight_selected_cb), row);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_aspect_clicked_cb), row);
  return outer;
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
      /* Translators: %s is the system's reason, e.g. "disk is full". */
      bounce_editor_tell_failure (BOUNCE_EDITOR (self), _("Could not add it: %s"),
                                  error->message);
      return;
    }

  /* The new one, last, takes the typing: its name's row, first in its card. */
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->aspects_list,
                                                   g_list_model_get_n_items (self->aspects) - 1));
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (
      GTK_LIST_BOX (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row))), 0)));
}

static void
update_aspects (BounceGoalEditor *self)
{
  BounceRecord *goal = bounce_editor_get_record (BOUNCE_EDITOR (self));
  BounceJournal *journal = bounce_editor_get_journal (BOUNCE_EDITOR (self));

  /* Another goal's aspects: what was typed into this one's is stored first. */
  edit_aspect (self, NULL);
  g_clear_object (&self->aspects);
  if (goal != NULL && journal != NULL)
    self->aspects = bounce_journal_get_parts (journal, BOUNCE_TYPE_ASPECT, "goal",
                                              bounce_record_get_uuid (goal));
  gtk_list_box_bind_model (self->aspects_list, self->aspects, create_aspect_row_cb, self, NULL);
}

static void
on_journal_notify_cb (BounceGoalEditor *self)
{
  BounceJournal *journal = bounce_editor_get_journal (BOUNCE_EDITOR (self));

  if (self->aspect_autosave != NULL)
    {
      bounce_autosave_watch (self->aspect_autosave, NULL);
      g_signal_handlers_disconnect_by_data (self->aspect_autosave, self);
    }
  g_clear_object (&self->aspect_autosave);
  if (journal == NULL)
    return;

  self->aspect_autosave = bounce_autosave_new (journal, ASPECT_AUTOSAVE_DELAY_MS);
  g_signal_connect_object (self->aspect_autosave, "failed",
                           G_CALLBACK (on_aspect_save_failed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->aspect_autosave, "saved",
                           G_CALLBACK (on_aspect_saved_cb), self, G_CONNECT_SWAPPED);
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
  /* Translators: a toast after the person removed a lost goal, with Undo.
   * Use a gentle word that does not sound final ("removed", "set aside"), never
   * "deleted" or "destroyed": this may be a painful page. */
  N_("Goal removed"),
};

static void
bounce_goal_editor_dispose (GObject *object)
{
  BounceGoalEditor *self = BOUNCE_GOAL_EDITOR (object);

  if (self->aspect_autosave != NULL)
    {
      /* Stores what waits for a pause: the editor goes with the window. */
      bounce_autosave_watch (self->aspect_autosave, NULL);
      g_signal_handlers_disconnect_by_data (self->aspect_autosave, self);
    }
  g_clear_object (&self->aspect_autosave);
  g_clear_weak_pointer (&self->save_toast);
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
  g_signal_connect (self, "notify::journal", G_CALLBACK (on_journal_notify_cb), NULL);
}
