/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-idea-editor.c: one new path: where it stands and its next small step. */
#define G_LOG_DOMAIN "bounce-idea-editor"

#include <adwaita.h>

#include <glib/gi18n.h>

#include "bounce-editor.h"
#include "bounce-text-row.h"
#include "bounce-idea-editor.h"

struct _BounceIdeaEditor
{
  BounceEditor  parent_instance;

  AdwActionRow *goal_row;
  AdwEntryRow  *title_row;
  AdwComboRow  *status_row;
  BounceTextRow *next_step_row;
  GtkWidget    *step_done_button;
  GtkTextView  *notes_view;
  AdwPreferencesGroup *offers_group;
  GtkSwitch    *project_a_switch;
  GtkSwitch    *project_b_switch;
  GtkSwitch    *back_pocket_switch;
  GtkSwitch    *another_go_switch;
  GtkWidget    *steps_group;
  GtkListBox   *steps_list;

  GPtrArray    *offer_rows;  /* the rows of offers_group, one per aspect */
  GListModel   *steps;       /* the steps done of the idea on show */
  gulong        idea_marks_id;
  gulong        idea_next_step_id;
  gboolean      syncing;     /* the switches follow the idea: no write back */

  BounceRecord *idea;        /* the idea on show, whose goal may be set after it is */
  gulong        idea_goal_id;
  BounceRecord *goal;        /* the goal the idea on show is another go at, if kept */
  gulong        goal_title_id;
  GListModel   *goals;       /* the journal's, to hear of a goal deleted or brought back */
  GListModel   *aspects;     /* the journal's, to hear of what the goal in focus gives */
};

G_DEFINE_FINAL_TYPE (BounceIdeaEditor, bounce_idea_editor, BOUNCE_TYPE_EDITOR)

static void update_goal   (BounceIdeaEditor *self);
static void update_marks  (BounceIdeaEditor *self);
static void update_offers (BounceIdeaEditor *self);
static void update_steps  (BounceIdeaEditor *self);

static void
on_idea_notify_cb (BounceIdeaEditor *self,
                   GParamSpec       *pspec)
{
  if (g_str_equal (pspec->name, "project") || g_str_equal (pspec->name, "back-pocket") ||
      g_str_equal (pspec->name, "goal") || g_str_equal (pspec->name, "next-step"))
    update_marks (self);
}

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
    {
      g_clear_signal_handler (&self->idea_goal_id, self->idea);
      g_clear_signal_handler (&self->idea_marks_id, self->idea);
      g_clear_signal_handler (&self->idea_next_step_id, self->idea);
    }
  g_set_object (&self->idea, idea);
  if (idea != NULL)
    {
      self->idea_goal_id = g_signal_connect_object (idea, "notify::goal",
                                                    G_CALLBACK (on_goal_changed_cb), self,
                                                    G_CONNECT_SWAPPED);
      self->idea_marks_id = g_signal_connect_object (idea, "notify",
                                                     G_CALLBACK (on_idea_notify_cb), self,
                                                     G_CONNECT_SWAPPED);
    }
  update_marks (self);
  update_offers (self);
  update_steps (self);
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

/* An aspect of the goal in focus named, renamed, weighed, added or removed, or another
 * goal in focus: the rows of "What It Offers" follow, with the idea on show. */
static void
on_aspects_changed_cb (BounceIdeaEditor *self)
{
  update_offers (self);
}

static void
on_journal_notify_cb (BounceIdeaEditor *self)
{
  BounceJournal *journal = bounce_editor_get_journal (BOUNCE_EDITOR (self));

  if (self->goals != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->goals, on_goal_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->goals, on_aspects_changed_cb, self);
    }
  if (self->aspects != NULL)
    g_signal_handlers_disconnect_by_func (self->aspects, on_aspects_changed_cb, self);
  g_clear_object (&self->goals);
  g_clear_object (&self->aspects);
  if (journal != NULL)
    {
      self->goals = g_object_ref (bounce_journal_get_records (journal, BOUNCE_TYPE_GOAL));
      self->aspects = g_object_ref (bounce_journal_get_records (journal, BOUNCE_TYPE_ASPECT));
    }
  if (self->goals != NULL)
    {
      g_signal_connect_object (self->goals, "items-changed", G_CALLBACK (on_goal_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->goals, "items-changed", G_CALLBACK (on_aspects_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->aspects, "items-changed",
                               G_CALLBACK (on_aspects_changed_cb), self, G_CONNECT_SWAPPED);
    }

  update_goal (self);
}

/* The switches say what the idea on show is marked as; "Done" needs a step to keep. */
static void
update_marks (BounceIdeaEditor *self)
{
  BounceIdeaProject project = BOUNCE_IDEA_PROJECT_NONE;
  gboolean back_pocket = FALSE;
  g_autofree char *goal = NULL;
  g_autofree char *next_step = NULL;

  if (self->idea != NULL)
    g_object_get (self->idea, "project", &project, "back-pocket", &back_pocket, "goal", &goal,
                  "next-step", &next_step, NULL);

  self->syncing = TRUE;
  gtk_switch_set_active (self->project_a_switch, project == BOUNCE_IDEA_PROJECT_A);
  gtk_switch_set_active (self->project_b_switch, project == BOUNCE_IDEA_PROJECT_B);
  gtk_switch_set_active (self->back_pocket_switch, back_pocket);
  gtk_switch_set_active (self->another_go_switch, goal != NULL && *goal != '\0');
  self->syncing = FALSE;

  gtk_widget_set_sensitive (self->step_done_button,
                            next_step != NULL && *g_strstrip (next_step) != '\0');
}

/* A change to the file that failed is rare (a full disk, another program): the person
 * is told, and the switches go back to what the file holds. */
static void
show_error (BounceIdeaEditor *self,
            const GError     *error)
{
  /* Translators: %s is the system's reason, e.g. "disk is full". */
  bounce_editor_tell_failure (BOUNCE_EDITOR (self), _("Could not keep the change: %s"),
                              error->message);
}

static void
on_mark_switched_cb (BounceIdeaEditor *self,
                     GParamSpec       *pspec,
                     GtkSwitch        *toggle)
{
  BounceJournal *journal = bounce_editor_get_journal (BOUNCE_EDITOR (self));
  gboolean active = gtk_switch_get_active (toggle);
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (self->syncing || self->idea == NULL || journal == NULL)
    return;

  if (toggle == self->project_a_switch || toggle == self->project_b_switch)
    {
      BounceIdeaProject project = BOUNCE_IDEA_PROJECT_NONE;

      if (active)
        project = toggle == self->project_a_switch ? BOUNCE_IDEA_PROJECT_A : BOUNCE_IDEA_PROJECT_B;
      else if (gtk_switch_get_active (toggle == self->project_a_switch ? self->project_b_switch
                                                                       : self->project_a_switch))
        return;
      ok = bounce_journal_set_project (journal, BOUNCE_IDEA (self->idea), project, &error);
    }
  else if (toggle == self->back_pocket_switch)
    ok = bounce_journal_set_back_pocket (journal, BOUNCE_IDEA (self->idea), active, &error);
  else if (toggle == self->another_go_switch)
    {
      g_autoptr(BounceGoal) goal = active ? bounce_journal_dup_focus_goal (journal) : NULL;

      /* Saved with the idea's other changes, by the page's autosave. */
      g_object_set (self->idea, "goal",
                    goal != NULL ? bounce_record_get_uuid (BOUNCE_RECORD (goal)) : "", NULL);
    }

  if (!ok)
    show_error (self, error);
  update_marks (self);
}

static void
on_step_done_clicked_cb (BounceIdeaEditor *self)
{
  BounceJournal *journal = bounce_editor_get_journal (BOUNCE_EDITOR (self));
  g_autoptr(BounceStep) step = NULL;
  g_autoptr(GError) error = NULL;

  if (self->idea == NULL || journal == NULL)
    return;

  if (!(step = bounce_journal_step_done (journal, BOUNCE_IDEA (self->idea), &error)))
    show_error (self, error);
  gtk_widget_grab_focus (GTK_WIDGET (self->next_step_row));
}

/* How well the idea offers one aspect, from the combo row's place: "not rated" first. */
static void
on_offer_selected_cb (AdwComboRow      *row,
                      GParamSpec       *pspec,
                      BounceIdeaEditor *self)
{
  BounceJournal *journal = bounce_editor_get_journal (BOUNCE_EDITOR (self));
  BounceAspect *aspect = g_object_get_data (G_OBJECT (row), "aspect");
  g_autoptr(GError) error = NULL;

  if (self->syncing || self->idea == NULL || journal == NULL)
    return;

  if (!bounce_journal_rate (journal, BOUNCE_IDEA (self->idea), aspect,
                            (int) adw_combo_row_get_selected (row) - 1, &error))
    show_error (self, error);
}

/* A row per aspect of the goal in focus, each with how well the idea offers it. */
static void
update_offers (BounceIdeaEditor *self)
{
  BounceJournal *journal = bounce_editor_get_journal (BOUNCE_EDITOR (self));
  g_autoptr(BounceGoal) goal = NULL;
  g_autoptr(GPtrArray) aspects = NULL;

  for (guint i = 0; i < self->offer_rows->len; i++)
    adw_preferences_group_remove (self->offers_group, self->offer_rows->pdata[i]);
  g_ptr_array_set_size (self->offer_rows, 0);

  if (journal != NULL)
    goal = bounce_journal_dup_focus_goal (journal);
  if (goal != NULL && self->idea != NULL)
    aspects = bounce_journal_dup_parts (journal, BOUNCE_TYPE_ASPECT, "goal",
                                        bounce_record_get_uuid (BOUNCE_RECORD (goal)));

  gtk_widget_set_visible (GTK_WIDGET (self->offers_group), aspects != NULL && aspects->len > 0);
  if (aspects == NULL)
    return;

  self->syncing = TRUE;
  for (guint i = 0; i < aspects->len; i++)
    {
      g_autoptr(GtkStringList) steps = gtk_string_list_new (NULL);
      g_autoptr(BounceRating) rating = NULL;
      g_autofree char *name = bounce_record_dup_summary (aspects->pdata[i]);
      GtkWidget *row = adw_combo_row_new ();
      BounceOffers offers = BOUNCE_OFFERS_NONE;

      /* Translators: how well an idea offers something the lost goal was hoped to give,
       * before it is rated. */
      gtk_string_list_append (steps, C_("offers", "Not rated"));
      for (int o = BOUNCE_OFFERS_NONE; o <= BOUNCE_OFFERS_FULLY; o++)
        gtk_string_list_append (steps, bounce_offers_get_label (o));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (steps));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     *name != '\0' ? name
                                     /* Translators: an aspect of the lost goal not named. */
                                                   : _("Something not named yet"));
      rating = bounce_journal_dup_rating (journal, BOUNCE_IDEA (self->idea), aspects->pdata[i]);
      if (rating != NULL)
        g_object_get (rating, "offers", &offers, NULL);
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), rating != NULL ? offers + 1 : 0);
      g_object_set_data_full (G_OBJECT (row), "aspect", g_object_ref (aspects->pdata[i]),
                              g_object_unref);
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_offer_selected_cb), self,
                               0);
      adw_preferences_group_add (self->offers_group, row);
      g_ptr_array_add (self->offer_rows, row);
    }
  self->syncing = FALSE;
}

static GtkWidget *
create_step_row_cb (gpointer item,
                    gpointer user_data)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *text = bounce_record_dup_summary (item);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = bounce_format_day (bounce_record_get_created (item), now);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), day);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("object-select-symbolic"));
  return row;
}

static void
on_steps_changed_cb (BounceIdeaEditor *self)
{
  gtk_widget_set_visible (self->steps_group,
                          self->steps != NULL && g_list_model_get_n_items (self->steps) > 0);
}

/* The idea's steps done, oldest first, as a small record of the way come. */
static void
update_steps (BounceIdeaEditor *self)
{
  BounceJournal *journal = bounce_editor_get_journal (BOUNCE_EDITOR (self));

  g_clear_object (&self->steps);
  if (journal != NULL && self->idea != NULL)
    {
      self->steps = bounce_journal_get_parts (journal, BOUNCE_TYPE_STEP, "idea",
                                              bounce_record_get_uuid (self->idea));
      g_signal_connect_object (self->steps, "items-changed", G_CALLBACK (on_steps_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }
  gtk_list_box_bind_model (self->steps_list, self->steps, create_step_row_cb, NULL, NULL);
  on_steps_changed_cb (self);
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
  /* Translators: a toast after the person removed an idea for a new path, with Undo.
   * Use a gentle word that does not sound final ("removed", "set aside"), never
   * "deleted" or "destroyed": this may be a painful page. */
  N_("Idea removed"),
};

static void
bounce_idea_editor_dispose (GObject *object)
{
  BounceIdeaEditor *self = BOUNCE_IDEA_EDITOR (object);

  watch_idea (self, NULL);
  watch_goal (self, NULL);
  g_clear_object (&self->steps);
  g_clear_pointer (&self->offer_rows, g_ptr_array_unref);
  if (self->goals != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->goals, on_goal_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->goals, on_aspects_changed_cb, self);
    }
  g_clear_object (&self->goals);
  if (self->aspects != NULL)
    g_signal_handlers_disconnect_by_func (self->aspects, on_aspects_changed_cb, self);
  g_clear_object (&self->aspects);

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
  gtk_widget_class_bind_template_child (widget_class, BounceIdeaEditor, step_done_button);
  gtk_widget_class_bind_template_child (widget_class, BounceIdeaEditor, offers_group);
  gtk_widget_class_bind_template_child (widget_class, BounceIdeaEditor, project_a_switch);
  gtk_widget_class_bind_template_child (widget_class, BounceIdeaEditor, project_b_switch);
  gtk_widget_class_bind_template_child (widget_class, BounceIdeaEditor, back_pocket_switch);
  gtk_widget_class_bind_template_child (widget_class, BounceIdeaEditor, another_go_switch);
  gtk_widget_class_bind_template_child (widget_class, BounceIdeaEditor, steps_group);
  gtk_widget_class_bind_template_child (widget_class, BounceIdeaEditor, steps_list);
  gtk_widget_class_bind_template_callback (widget_class, on_mark_switched_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_step_done_clicked_cb);
}

static void
bounce_idea_editor_init (BounceIdeaEditor *self)
{
  self->offer_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  bounce_name_mnemonics (GTK_WIDGET (self));

  /* The base class binds the record; a record without a goal (or none) hides the line. */
  g_signal_connect (self, "notify::record", G_CALLBACK (on_goal_changed_cb), NULL);
  g_signal_connect (self, "notify::journal", G_CALLBACK (on_journal_notify_cb), NULL);
}
