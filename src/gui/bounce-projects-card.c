/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-projects-card.c: projects A and B above the ideas: the one in play, and the switch. */
#define G_LOG_DOMAIN "bounce-projects-card"

#include <glib/gi18n.h>

#include "bounce-projects-card.h"

/* "When stuck on project A, switching to project B often unsticks A": the card keeps the
 * project in play in sight, with where it was left, and a switch that asks for a note
 * on the one being left, so that coming back to it starts where it stopped. */
struct _BounceProjectsCard
{
  GtkWidget         parent_instance;

  GtkWidget        *clamp;
  GtkWidget        *hint_label;
  GtkWidget        *project_box;
  GtkLabel         *project_label;
  GtkLabel         *title_label;
  GtkLabel         *note_label;
  GtkButton        *switch_button;
  GtkLabel         *switch_label;
  GtkButton        *open_button;
  GtkWidget        *history_expander;
  GtkListBox       *history_list;

  BounceJournal    *journal;
  AdwMessageDialog *dialog;      /* the note asked for, while it is asked */
  GtkTextView      *note_view;   /* in the dialog */
};

enum {
  OPEN,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (BounceProjectsCard, bounce_projects_card, GTK_TYPE_WIDGET)

/* An idea's title, or what stands for it when it has none. */
static char *
dup_title (BounceRecord *idea)
{
  g_autofree char *title = NULL;

  if (idea == NULL)
    /* Translators: in the history of switches between projects A and B, an idea since
     * deleted. */
    return g_strdup (_("an idea no longer kept"));

  title = bounce_record_dup_summary (idea);
  if (*g_strstrip (title) == '\0')
    /* Translators: the title of an idea that has none yet. */
    return g_strdup (_("an idea without a name yet"));
  return g_steal_pointer (&title);
}

static BounceIdea *
dup_other (BounceProjectsCard *self,
           BounceIdea         *current)
{
  BounceIdeaProject project;

  g_object_get (current, "project", &project, NULL);
  return bounce_journal_dup_project (self->journal, project == BOUNCE_IDEA_PROJECT_A
                                                    ? BOUNCE_IDEA_PROJECT_B
                                                    : BOUNCE_IDEA_PROJECT_A);
}

static void
update (BounceProjectsCard *self)
{
  GListModel *ideas = bounce_journal_get_records (self->journal, BOUNCE_TYPE_IDEA);
  GListModel *switches = bounce_journal_get_records (self->journal, BOUNCE_TYPE_SWITCH);
  g_autoptr(BounceIdea) current = NULL;
  g_autoptr(BounceIdea) other = NULL;
  g_autofree char *title = NULL;
  g_autofree char *other_title = NULL;
  g_autofree char *note = NULL;
  g_autofree char *text = NULL;
  BounceIdeaProject project = BOUNCE_IDEA_PROJECT_NONE;

  /* No idea yet: the page's invitation to a first idea says enough. */
  gtk_widget_set_visible (GTK_WIDGET (self), g_list_model_get_n_items (ideas) > 0);
  gtk_widget_set_visible (self->history_expander, g_list_model_get_n_items (switches) > 0);

  current = bounce_journal_dup_current_project (self->journal);
  if (current != NULL)
    other = dup_other (self, current);

  gtk_widget_set_visible (self->hint_label, other == NULL);
  gtk_widget_set_visible (self->project_box, other != NULL);
  if (other == NULL)
    {
      if (current == NULL)
        /* Translators: on New Paths, while no idea is marked as project A or B. Gentle:
         * an invitation, not a task. */
        text = g_strdup (_("Creative people often keep two projects going: when one is stuck, "
                           "switching to the other can unstick it. When you like, mark one "
                           "idea as Project A and another as Project B, under “In Play”."));
      else
        {
          title = dup_title (BOUNCE_RECORD (current));
          g_object_get (current, "project", &project, NULL);
          text = g_strdup_printf (project == BOUNCE_IDEA_PROJECT_A
                                  /* Translators: on New Paths, when one idea only is
                                   * marked as a project; %s is its title. */
                                  ? _("“%s” is Project A. Mark another idea as Project B, "
                                      "under “In Play”, to switch between them when stuck.")
                                  /* Translators: as the one before, for project B. */
                                  : _("“%s” is Project B. Mark another idea as Project A, "
                                      "under “In Play”, to switch between them when stuck."),
                                  title);
        }
      gtk_label_set_text (GTK_LABEL (self->hint_label), text);
      return;
    }

  g_object_get (current, "project", &project, "resume-note", &note, NULL);
  title = dup_title (BOUNCE_RECORD (current));
  other_title = dup_title (BOUNCE_RECORD (other));

  gtk_label_set_text (self->project_label,
                      project == BOUNCE_IDEA_PROJECT_A
                      /* Translators: a small heading above the title of the project the
                       * person works on now. */
                      ? _("Project A, in play")
                      /* Translators: as "Project A, in play". */
                      : _("Project B, in play"));
  gtk_label_set_text (self->title_label, title);

  g_strstrip (note);
  g_clear_pointer (&text, g_free);
  if (*note != '\0')
    /* Translators: under the project in play: the note the person left when they last
     * switched away from it; %s is the note, in their own words. */
    text = g_strdup_printf (_("Where you stopped: %s"), note);
  else
    /* Translators: under the project in play, when no note was left for it yet. */
    text = g_strdup (_("No note left here yet. When you switch away, a few words on where "
                       "you stopped will be waiting for you."));
  gtk_label_set_text (self->note_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), TRUE);

  g_clear_pointer (&text, g_free);
  /* Translators: a button on the card of projects A and B; %s is the other project's
   * title. */
  text = g_strdup_printf (_("Switch to “%s”"), other_title);
  gtk_label_set_text (self->switch_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->switch_button), text);
}

static void
on_journal_changed_cb (BounceProjectsCard *self)
{
  update (self);
}

/* "Switched to “…”", with the idea's title as it is now. */
static void
set_switch_title (BounceProjectsCard *self,
                  AdwPreferencesRow  *row)
{
  const char *to_uuid = g_object_get_data (G_OBJECT (row), "bounce-to-idea");
  g_autoptr(BounceRecord) to = NULL;
  g_autofree char *to_title = NULL;
  g_autofree char *title = NULL;

  if (to_uuid != NULL && *to_uuid != '\0')
    to = bounce_journal_dup_record (self->journal, BOUNCE_TYPE_IDEA, to_uuid);
  to_title = dup_title (to);
  /* Translators: a line of the history of switches between projects A and B; %s is
   * the title of the project switched to. */
  title = g_strdup_printf (_("Switched to “%s”"), to_title);
  adw_preferences_row_set_use_markup (row, FALSE);
  adw_preferences_row_set_title (row, title);
}

/* An idea renamed (saved in place) retitles the history's lines that name it; one added or
 * removed, all of them (an idea removed is "no longer kept", and back with Undo). */
static void
on_ideas_changed_cb (BounceProjectsCard *self,
                     guint               position,
                     guint               removed,
                     guint               added,
                     GListModel         *ideas)
{
  g_autoptr(BounceRecord) idea = NULL;
  const char *uuid = NULL;

  if (removed == 1 && added == 1)
    {
      idea = g_list_model_get_item (ideas, position);
      uuid = bounce_record_get_uuid (idea);
    }

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->history_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row) &&
        (uuid == NULL ||
         g_strcmp0 (uuid, g_object_get_data (G_OBJECT (row), "bounce-to-idea")) == 0))
      set_switch_title (self, ADW_PREFERENCES_ROW (row));

  update (self);
}

/* One switch of the history: to which project, the note left, and the day. */
static GtkWidget *
create_switch_row_cb (gpointer item,
                      gpointer user_data)
{
  BounceProjectsCard *self = user_data;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *to_uuid = NULL;
  g_autofree char *note = NULL;
  g_autofree char *day = bounce_format_day (bounce_record_get_created (item), NULL);
  g_autofree char *subtitle = NULL;

  g_object_get (item, "to-idea", &to_uuid, "note", &note, NULL);
  g_object_set_data_full (G_OBJECT (row), "bounce-to-idea", g_steal_pointer (&to_uuid), g_free);
  set_switch_title (self, ADW_PREFERENCES_ROW (row));
  g_strstrip (note);
  subtitle = *note != '\0'
             /* Translators: under "Switched to …": the day, then the note left on the
              * project left, e.g. "Tuesday, 3 November — Stopped at the CV". */
             ? g_strdup_printf (_("%s — %s"), day, note)
             : g_strdup (day);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  return row;
}

static void
on_open_clicked_cb (BounceProjectsCard *self)
{
  g_autoptr(BounceIdea) current = bounce_journal_dup_current_project (self->journal);

  if (current != NULL)
    g_signal_emit (self, signals[OPEN], 0, current);
}

static void
on_dialog_response_cb (BounceProjectsCard *self,
                       const char         *response,
                       AdwMessageDialog   *dialog)
{
  g_autoptr(BounceIdea) to = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (g_strcmp0 (response, "switch") != 0 || self->note_view == NULL)
    return;

  buffer = gtk_text_view_get_buffer (self->note_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  note = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_strstrip (note);

  if (!(to = bounce_journal_switch_project (self->journal, note, &error)))
    {
      g_signal_emit (self, signals[FAILED], 0, error);
      return;
    }

  /* The card follows the journal; the other project comes up in the list too, to
   * start where it was left. */
  g_signal_emit (self, signals[OPEN], 0, to);
}

static void
on_switch_clicked_cb (BounceProjectsCard *self)
{
  g_autoptr(BounceIdea) current = bounce_journal_dup_current_project (self->journal);
  g_autoptr(BounceIdea) other = NULL;
  g_autofree char *title = NULL;
  g_autofree char *other_title = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *scrolled;
  GtkWidget *view;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (current == NULL || (other = dup_other (self, current)) == NULL || self->dialog != NULL)
    return;

  title = dup_title (BOUNCE_RECORD (current));
  other_title = dup_title (BOUNCE_RECORD (other));
  /* Translators: the heading of the question asked when switching between projects A and
   * B; %s is the title of the project switched to. */
  heading = g_strdup_printf (_("Switch to “%s”?"), other_title);

  g_set_weak_pointer (&self->dialog,
                      ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root)
                                                                  ? GTK_WINDOW (root) : NULL,
                                                                  heading, NULL)));
  /* Translators: the question asked when switching away from a project; %s is its
   * title. The note is kept for when the person comes back to it. */
  adw_message_dialog_format_body (self->dialog, _("Where did you stop on “%s”? What is next? "
                                                  "A few words now bring you back quickly "
                                                  "later."), title);
  adw_message_dialog_add_responses (self->dialog,
                                    "cancel", _("_Cancel"),
                                    /* Translators: the button that switches projects. */
                                    "switch", _("_Switch"),
                                    NULL);
  adw_message_dialog_set_response_appearance (self->dialog, "switch",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (self->dialog, "switch");
  adw_message_dialog_set_close_response (self->dialog, "cancel");

  view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_widget_add_css_class (view, "journal-text");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* Translators: the field of the note left on the project
                                   * being left. */
                                  _("Where I stopped, what is next"), -1);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 96);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_widget_add_css_class (scrolled, "card");
  adw_message_dialog_set_extra_child (self->dialog, scrolled);
  g_set_weak_pointer (&self->note_view, GTK_TEXT_VIEW (view));

  g_signal_connect_object (self->dialog, "response", G_CALLBACK (on_dialog_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self->dialog));
  gtk_widget_grab_focus (view);
}

static void
bounce_projects_card_dispose (GObject *object)
{
  BounceProjectsCard *self = BOUNCE_PROJECTS_CARD (object);

  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_weak_pointer (&self->dialog);
  g_clear_weak_pointer (&self->note_view);
  if (self->history_list != NULL)
    gtk_list_box_bind_model (self->history_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BOUNCE_TYPE_PROJECTS_CARD);
  g_clear_object (&self->journal);

  G_OBJECT_CLASS (bounce_projects_card_parent_class)->dispose (object);
}

static void
bounce_projects_card_class_init (BounceProjectsCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bounce_projects_card_dispose;

  /**
   * BounceProjectsCard::open:
   * @idea: the project to bring up
   */
  signals[OPEN] =
    g_signal_new ("open",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, BOUNCE_TYPE_IDEA);

  /**
   * BounceProjectsCard::failed:
   * @error: why the switch could not be kept
   */
  signals[FAILED] =
    g_signal_new ("failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-projects-card.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceProjectsCard, clamp);
  gtk_widget_class_bind_template_child (widget_class, BounceProjectsCard, hint_label);
  gtk_widget_class_bind_template_child (widget_class, BounceProjectsCard, project_box);
  gtk_widget_class_bind_template_child (widget_class, BounceProjectsCard, project_label);
  gtk_widget_class_bind_template_child (widget_class, BounceProjectsCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, BounceProjectsCard, note_label);
  gtk_widget_class_bind_template_child (widget_class, BounceProjectsCard, switch_button);
  gtk_widget_class_bind_template_child (widget_class, BounceProjectsCard, switch_label);
  gtk_widget_class_bind_template_child (widget_class, BounceProjectsCard, open_button);
  gtk_widget_class_bind_template_child (widget_class, BounceProjectsCard, history_expander);
  gtk_widget_class_bind_template_child (widget_class, BounceProjectsCard, history_list);
  gtk_widget_class_bind_template_callback (widget_class, on_switch_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_open_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bounce_projects_card_init (BounceProjectsCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
bounce_projects_card_new (BounceJournal *journal)
{
  BounceProjectsCard *self;

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (journal), NULL);

  self = g_object_new (BOUNCE_TYPE_PROJECTS_CARD, NULL);
  self->journal = g_object_ref (journal);
  /* A mark, a title or a note saved changes the ideas; a switch adds to the history. */
  g_signal_connect_object (bounce_journal_get_records (journal, BOUNCE_TYPE_IDEA),
                           "items-changed", G_CALLBACK (on_ideas_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (bounce_journal_get_records (journal, BOUNCE_TYPE_SWITCH),
                           "items-changed", G_CALLBACK (on_journal_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_list_box_bind_model (self->history_list,
                           bounce_journal_get_records (journal, BOUNCE_TYPE_SWITCH),
                           create_switch_row_cb, self, NULL);
  update (self);

  return GTK_WIDGET (self);
}

/**
 * bounce_projects_card_get_dialog:
 *
 * Returns: (transfer none) (nullable): the question asked on switching, while it is
 */
AdwMessageDialog *
bounce_projects_card_get_dialog (BounceProjectsCard *self)
{
  g_return_val_if_fail (BOUNCE_IS_PROJECTS_CARD (self), NULL);

  return self->dialog;
}
