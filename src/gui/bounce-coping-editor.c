/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-coping-editor.c: one entry of the coping log: what I did, for how long, a note. */
#define G_LOG_DOMAIN "bounce-coping-editor"

#include <adwaita.h>

#include <glib/gi18n.h>

#include "bounce-coping-editor.h"
#include "bounce-editor.h"

struct _BounceCopingEditor
{
  BounceEditor    parent_instance;

  GtkLabel       *day_label;
  AdwComboRow    *activity_row;
  AdwActionRow   *minutes_row;
  GtkSpinButton  *minutes_spin;
  GtkTextView    *note_view;
  AdwActionRow   *back_pocket_row;
  GtkSwitch      *back_pocket_switch;
  GtkWidget      *open_idea_button;

  BounceRecord   *record;       /* the entry on show, whose link may change */
  gulong          record_idea_id;
  GListModel     *ideas;        /* the journal's, to hear of the back-pocket mark moving */
  gboolean        syncing;      /* the switch follows the entry: no write back */
};

G_DEFINE_FINAL_TYPE (BounceCopingEditor, bounce_coping_editor, BOUNCE_TYPE_EDITOR)

/* The combo row lists the catalogue in its order: a position is an index into it. */
static const BounceCopingActivity *
activity_at (guint position)
{
  guint n_activities;
  const BounceCopingActivity *activities = bounce_coping_get_activities (&n_activities);

  return position < n_activities ? &activities[position] : NULL;
}

static gboolean
activity_to_selected (GBinding     *binding,
                      const GValue *from,
                      GValue       *to,
                      gpointer      user_data)
{
  guint n_activities;
  const BounceCopingActivity *activities = bounce_coping_get_activities (&n_activities);
  const BounceCopingActivity *activity = bounce_coping_lookup_activity (g_value_get_string (from));

  /* None chosen yet (or one a newer version knows) shows nothing chosen, and stays so. */
  g_value_set_uint (to, activity != NULL ? (guint) (activity - activities)
                                         : GTK_INVALID_LIST_POSITION);
  return TRUE;
}

static gboolean
selected_to_activity (GBinding     *binding,
                      const GValue *from,
                      GValue       *to,
                      gpointer      user_data)
{
  const BounceCopingActivity *activity = activity_at (g_value_get_uint (from));

  if (activity == NULL)
    return FALSE;

  g_value_set_string (to, activity->id);
  return TRUE;
}

static const char *
kind_title (BounceCopingKind kind)
{
  switch (kind)
    {
    case BOUNCE_COPING_HELPS:
      /* Translators: a heading in the list of activities of the coping log. */
      return _("Things that help");
    case BOUNCE_COPING_ESCAPE:
      /* Translators: a heading in the list of activities of the coping log: games,
       * binge watching, scrolling. Neutral, not a warning. */
      return _("Escape");
    case BOUNCE_COPING_OTHER:
    default:
      /* Translators: a heading in the list of activities of the coping log. */
      return C_("coping activities", "Other");
    }
}

/* A row of the popover: a heading where a kind starts, the name with a check mark when
 * chosen, and what the activity takes in when its name does not say it all. */
static void
setup_activity_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *heading = gtk_label_new (NULL);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");
  GtkWidget *description = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "caption-heading");
  gtk_widget_add_css_class (heading, "dim-label");
  gtk_widget_set_margin_bottom (heading, 6);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (description), 0);
  gtk_label_set_wrap (GTK_LABEL (description), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (description), 32);
  gtk_widget_add_css_class (description, "caption");
  gtk_widget_add_css_class (description, "dim-label");

  gtk_box_append (GTK_BOX (line), label);
  gtk_box_append (GTK_BOX (line), check);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), line);
  gtk_box_append (GTK_BOX (box), description);
  gtk_list_item_set_child (item, box);
}

/* The check mark follows what is chosen, not the row under the pointer. */
static void
on_selected_item_notify_cb (AdwComboRow *row,
                            GParamSpec  *pspec,
                            GtkListItem *item)
{
  GtkWidget *line = gtk_widget_get_next_sibling (
    gtk_widget_get_first_child (gtk_list_item_get_child (item)));
  gboolean chosen = adw_combo_row_get_selected_item (row) == gtk_list_item_get_item (item);

  gtk_widget_set_opacity (gtk_widget_get_last_child (line), chosen ? 1.0 : 0.0);
}

static void
bind_activity_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  AdwComboRow              *row)
{
  guint position = gtk_list_item_get_position (item);
  const BounceCopingActivity *activity = activity_at (position);
  const BounceCopingActivity *previous = position > 0 ? activity_at (position - 1) : NULL;
  GtkWidget *heading = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *line = gtk_widget_get_next_sibling (heading);
  GtkWidget *description = gtk_widget_get_next_sibling (line);
  const char *about;

  g_return_if_fail (activity != NULL);

  gtk_label_set_text (GTK_LABEL (heading), kind_title (activity->kind));
  gtk_widget_set_visible (heading, previous == NULL || previous->kind != activity->kind);
  /* Space between the kinds, not above the first. */
  gtk_widget_set_margin_top (heading, previous != NULL ? 12 : 0);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (line)),
                      bounce_coping_activity_get_label (activity));
  about = bounce_coping_activity_get_description (activity);
  gtk_label_set_text (GTK_LABEL (description), about != NULL ? about : "");
  gtk_widget_set_visible (description, about != NULL);

  g_signal_connect (row, "notify::selected-item", G_CALLBACK (on_selected_item_notify_cb), item);
  on_selected_item_notify_cb (row, NULL, item);
}

static void
unbind_activity_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    AdwComboRow              *row)
{
  g_signal_handlers_disconnect_by_func (row, on_selected_item_notify_cb, item);
}

static void
on_activity_selected_cb (BounceCopingEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->activity_row);
  const BounceCopingActivity *activity = activity_at (selected);
  const char *subtitle;

  if (activity == NULL)
    subtitle = _("Choose from the list");
  else
    subtitle = bounce_coping_activity_get_description (activity);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->activity_row),
                               subtitle != NULL ? subtitle : "");
}

/* A long time reads better in hours: "1 h 30 min" under the row's 90. */
static void
on_minutes_changed_cb (BounceCopingEditor *self)
{
  int minutes = gtk_spin_button_get_value_as_int (self->minutes_spin);
  g_autofree char *duration = minutes >= 60 ? bounce_format_minutes (minutes) : NULL;

  adw_action_row_set_subtitle (self->minutes_row, duration != NULL ? duration : "");
}

/* A spin button takes what is typed only on Enter or when it loses the focus; minutes typed
 * just before the window closes would be lost. Whole numbers are taken as they are typed. */
static void
on_minutes_text_changed_cb (BounceCopingEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->minutes_spin));

  if (*text == '\0')
    return;
  for (const char *c = text; *c != '\0'; c++)
    if (!g_ascii_isdigit (*c))
      return;

  if (g_ascii_strtoll (text, NULL, 10) != gtk_spin_button_get_value_as_int (self->minutes_spin))
    gtk_spin_button_update (self->minutes_spin);
}

/* The idea this time refers to: the one the entry names, or else the back-pocket
 * project, which the switch would name. */
static BounceRecord *
dup_linked_idea (BounceCopingEditor *self,
                 gboolean           *linked)
{
  BounceJournal *journal = bounce_editor_get_journal (BOUNCE_EDITOR (self));
  g_autofree char *uuid = NULL;
  BounceRecord *idea = NULL;

  *linked = FALSE;
  if (journal == NULL)
    return NULL;

  if (self->record != NULL)
    g_object_get (self->record, "idea", &uuid, NULL);
  if (uuid != NULL && *uuid != '\0')
    idea = bounce_journal_dup_record (journal, BOUNCE_TYPE_IDEA, uuid);
  if (idea != NULL)
    {
      *linked = TRUE;
      return idea;
    }

  return BOUNCE_RECORD (bounce_journal_dup_back_pocket (journal));
}

/* "Worked on my back-pocket project": offered while there is one to refer to. */
static void
update_back_pocket (BounceCopingEditor *self)
{
  gboolean linked;
  g_autoptr(BounceRecord) idea = dup_linked_idea (self, &linked);
  g_autofree char *title = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->back_pocket_row),
                          self->record != NULL && idea != NULL);
  if (idea == NULL)
    return;

  title = bounce_record_dup_summary (idea);
  adw_action_row_set_subtitle (self->back_pocket_row,
                               *title != '\0' ? title
                               /* Translators: the title of an idea that has none yet. */
                                               : _("An idea without a name yet"));
  self->syncing = TRUE;
  gtk_switch_set_active (self->back_pocket_switch, linked);
  self->syncing = FALSE;
}

static void
on_links_changed_cb (BounceCopingEditor *self)
{
  update_back_pocket (self);
}

static void
watch_record (BounceCopingEditor *self,
              BounceRecord       *record)
{
  if (self->record != NULL)
    g_clear_signal_handler (&self->record_idea_id, self->record);
  g_set_object (&self->record, record);
  if (record != NULL)
    self->record_idea_id = g_signal_connect_object (record, "notify::idea",
                                                    G_CALLBACK (on_links_changed_cb), self,
                                                    G_CONNECT_SWAPPED);
  update_back_pocket (self);
}

/* Saved with the entry's other changes, by the page's autosave. */
static void
on_back_pocket_switched_cb (BounceCopingEditor *self)
{
  BounceJournal *journal = bounce_editor_get_journal (BOUNCE_EDITOR (self));
  g_autoptr(BounceIdea) pocket = NULL;

  if (self->syncing || self->record == NULL || journal == NULL)
    return;

  if (gtk_switch_get_active (self->back_pocket_switch))
    pocket = bounce_journal_dup_back_pocket (journal);
  g_object_set (self->record, "idea",
                pocket != NULL ? bounce_record_get_uuid (BOUNCE_RECORD (pocket)) : "", NULL);
}

static void
on_open_idea_clicked_cb (BounceCopingEditor *self)
{
  gboolean linked;
  g_autoptr(BounceRecord) idea = dup_linked_idea (self, &linked);

  if (idea != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-idea", "s",
                                bounce_record_get_uuid (idea));
}

static void
on_journal_notify_cb (BounceCopingEditor *self)
{
  BounceJournal *journal = bounce_editor_get_journal (BOUNCE_EDITOR (self));

  if (self->ideas != NULL)
    g_signal_handlers_disconnect_by_func (self->ideas, on_links_changed_cb, self);
  g_clear_object (&self->ideas);
  if (journal != NULL)
    {
      self->ideas = g_object_ref (bounce_journal_get_records (journal, BOUNCE_TYPE_IDEA));
      g_signal_connect_object (self->ideas, "items-changed", G_CALLBACK (on_links_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }
  update_back_pocket (self);
}

static void
on_record_notify_cb (BounceCopingEditor *self)
{
  watch_record (self, bounce_editor_get_record (BOUNCE_EDITOR (self)));
}

static void
bounce_coping_editor_dispose (GObject *object)
{
  BounceCopingEditor *self = BOUNCE_COPING_EDITOR (object);

  if (self->record != NULL)
    g_clear_signal_handler (&self->record_idea_id, self->record);
  g_clear_object (&self->record);
  if (self->ideas != NULL)
    g_signal_handlers_disconnect_by_func (self->ideas, on_links_changed_cb, self);
  g_clear_object (&self->ideas);

  G_OBJECT_CLASS (bounce_coping_editor_parent_class)->dispose (object);
}

static void
bounce_coping_editor_bind (BounceEditor *editor,
                           BounceRecord *record)
{
  BounceCopingEditor *self = BOUNCE_COPING_EDITOR (editor);
  g_autofree char *day = bounce_format_day (bounce_record_get_created (record), NULL);

  gtk_label_set_text (self->day_label, day);
  bounce_editor_bind_full (editor, "activity", self->activity_row, "selected",
                           activity_to_selected, selected_to_activity);
  bounce_editor_bind (editor, "minutes", self->minutes_spin, "value");
  bounce_editor_bind (editor, "note", gtk_text_view_get_buffer (self->note_view), "text");
}

static void
bounce_coping_editor_focus_first (BounceEditor *editor)
{
  gtk_widget_grab_focus (GTK_WIDGET (BOUNCE_COPING_EDITOR (editor)->activity_row));
}

static const BounceEditorSection section = {
  /* Translators: the section of the Grieve page that logs what helped and what was
   * escape. */
  N_("Coping"),
  "emoji-nature-symbolic",
  N_("What Got You Through?"),
  N_("A walk, a talk, a pot of soup, or an evening of games: note what you did and for "
     "how long. Some things help and some are escape; both have their place, and "
     "nothing here is a score."),
  N_("_Log Something"),
  /* Translators: a coping log entry in its list, before an activity is chosen. */
  N_("Nothing chosen yet"),
  /* Translators: a toast after the person removed an entry of the coping log, with Undo.
   * Use a gentle word that does not sound final ("removed", "set aside"), never
   * "deleted" or "destroyed": this may be a painful page. */
  N_("Log entry removed"),
};

static void
bounce_coping_editor_class_init (BounceCopingEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BounceEditorClass *editor_class = BOUNCE_EDITOR_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = bounce_coping_editor_dispose;
  editor_class->bind = bounce_coping_editor_bind;
  editor_class->focus_first = bounce_coping_editor_focus_first;
  bounce_editor_class_set_kind (editor_class, BOUNCE_TYPE_COPING, &section);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-coping-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceCopingEditor, day_label);
  gtk_widget_class_bind_template_child (widget_class, BounceCopingEditor, activity_row);
  gtk_widget_class_bind_template_child (widget_class, BounceCopingEditor, minutes_row);
  gtk_widget_class_bind_template_child (widget_class, BounceCopingEditor, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, BounceCopingEditor, note_view);
  gtk_widget_class_bind_template_callback (widget_class, on_activity_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_minutes_changed_cb);
  gtk_widget_class_bind_template_child (widget_class, BounceCopingEditor, back_pocket_row);
  gtk_widget_class_bind_template_child (widget_class, BounceCopingEditor, back_pocket_switch);
  gtk_widget_class_bind_template_child (widget_class, BounceCopingEditor, open_idea_button);
  gtk_widget_class_bind_template_callback (widget_class, on_back_pocket_switched_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_open_idea_clicked_cb);
}

static void
bounce_coping_editor_init (BounceCopingEditor *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  guint n_activities;
  const BounceCopingActivity *activities = bounce_coping_get_activities (&n_activities);

  gtk_widget_init_template (GTK_WIDGET (self));
  bounce_name_mnemonics (GTK_WIDGET (self));
  g_signal_connect_object (self->minutes_spin, "changed",
                           G_CALLBACK (on_minutes_text_changed_cb), self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < n_activities; i++)
    gtk_string_list_append (labels, bounce_coping_activity_get_label (&activities[i]));

  /* The combo row owns the factory, and outlives what it binds. */
  g_signal_connect (factory, "setup", G_CALLBACK (setup_activity_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_activity_cb), self->activity_row);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_activity_cb), self->activity_row);
  adw_combo_row_set_list_factory (self->activity_row, factory);
  adw_combo_row_set_model (self->activity_row, G_LIST_MODEL (labels));
  /* Nothing is chosen until the person chooses: a new entry left alone stays blank. */
  adw_combo_row_set_selected (self->activity_row, GTK_INVALID_LIST_POSITION);
  on_activity_selected_cb (self);

  g_signal_connect (self, "notify::record", G_CALLBACK (on_record_notify_cb), NULL);
  g_signal_connect (self, "notify::journal", G_CALLBACK (on_journal_notify_cb), NULL);
}
