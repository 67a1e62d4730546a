/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-paths.c: the window's New Paths: what I really wanted, ideas rated, projects, steps. */

#include "bounce-coping-editor.h"
#include "bounce-goal-editor.h"
#include "bounce-idea-editor.h"
#include "bounce-idea-measure.h"
#include "bounce-idea-order.h"
#include "bounce-projects-card.h"
#include "bounce-record-page.h"
#include "bounce-text-row.h"
#include "test-window-util.h"

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->window), action,
                                                      NULL));
}

static gboolean
count_is (gpointer user_data)
{
  gpointer *data = user_data;

  return disk_count (data[0], GPOINTER_TO_SIZE (data[1])) == GPOINTER_TO_UINT (data[2]);
}

static void
wait_for_count (Fixture *fixture,
                GType    type,
                guint    n)
{
  gpointer data[] = { fixture, GSIZE_TO_POINTER (type), GUINT_TO_POINTER (n) };

  g_assert_true (test_iterate_until (count_is, data, 5000));
}

/* The rows of the card of the @index-th aspect in the goal editor: 0 its name, 1 how
 * much it matters. */
static GtkWidget *
aspect_card_row (BounceEditor *goal_editor,
                 guint         index,
                 guint         row)
{
  GtkListBox *list = child (goal_editor, BOUNCE_TYPE_GOAL_EDITOR, "aspects_list");
  GtkListBoxRow *outer = gtk_list_box_get_row_at_index (list, index);
  GtkWidget *found;

  g_assert_nonnull (outer);
  found = GTK_WIDGET (gtk_list_box_get_row_at_index (
    GTK_LIST_BOX (gtk_list_box_row_get_child (outer)), row));
  g_assert_true (row == 0 ? ADW_IS_ENTRY_ROW (found) : ADW_IS_COMBO_ROW (found));
  return found;
}

static gboolean
never (gpointer user_data)
{
  return FALSE;
}

/* The aspects' names as the file holds them, oldest first, with their weights. */
static char *
aspects_on_disk (Fixture *fixture)
{
  g_autoptr(GPtrArray) aspects = load_from_disk (fixture, BOUNCE_TYPE_ASPECT);
  GString *text = g_string_new (NULL);

  for (guint i = aspects->len; i > 0; i--)
    {
      g_autofree char *name = NULL;
      BounceAspectWeight weight;

      g_object_get (aspects->pdata[i - 1], "name", &name, "weight", &weight, NULL);
      g_string_append_printf (text, "%s%s=%d", text->len > 0 ? "," : "", name, weight);
    }

  return g_string_free (text, FALSE);
}

static gboolean
aspects_are (gpointer user_data)
{
  gpointer *data = user_data;
  g_autofree char *aspects = aspects_on_disk (data[0]);

  return g_strcmp0 (aspects, data[1]) == 0;
}

static void
wait_for_aspects (Fixture    *fixture,
                  const char *expected)
{
  gpointer data[] = { fixture, (gpointer) expected };

  g_assert_true (test_iterate_until (aspects_are, data, 5000));
}

static BounceRecord *
add_idea (Fixture    *fixture,
          const char *title)
{
  BounceRecordPage *ideas = section (fixture, BOUNCE_TYPE_IDEA);
  BounceRecord *idea;

  bounce_window_show_section (fixture->window, BOUNCE_TYPE_IDEA);
  activate (fixture, "win.new-record");
  idea = bounce_record_page_get_selected (ideas);
  g_assert_true (BOUNCE_IS_IDEA (idea));
  gtk_editable_set_text (child (editor_of (ideas), BOUNCE_TYPE_IDEA_EDITOR, "title_row"), title);
  return g_object_ref (idea);
}

/* The combo rows of the idea editor's "What It Offers", one per aspect. */
static GtkWidget *
offer_row (Fixture *fixture,
           guint    index)
{
  AdwPreferencesGroup *group = child (editor_of (section (fixture, BOUNCE_TYPE_IDEA)),
                                      BOUNCE_TYPE_IDEA_EDITOR, "offers_group");
  GtkWidget *widget = GTK_WIDGET (group);
  guint seen = 0;
  GPtrArray *stack = g_ptr_array_new ();
  GtkWidget *found = NULL;

  g_ptr_array_add (stack, widget);
  while (stack->len > 0 && found == NULL)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, 0);

      if (ADW_IS_COMBO_ROW (w) && seen++ == index)
        found = w;
      for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL;
           c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (stack, c);
    }
  g_ptr_array_unref (stack);
  g_assert_nonnull (found);
  return found;
}

static BounceRecord *
journal_add (Fixture *fixture,
             GType    type)
{
  g_autoptr(GError) error = NULL;
  BounceRecord *record = bounce_journal_add (fixture->journal, type, &error);

  g_assert_no_error (error);
  return record;
}

static void
journal_save (Fixture      *fixture,
              BounceRecord *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bounce_journal_save (fixture->journal, record, &error));
  g_assert_no_error (error);
}

static void
journal_rate (Fixture      *fixture,
              BounceRecord *idea,
              BounceRecord *aspect,
              int           offers)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bounce_journal_rate (fixture->journal, BOUNCE_IDEA (idea),
                                      BOUNCE_ASPECT (aspect), offers, &error));
  g_assert_no_error (error);
}

/* A focus goal with @n aspects named in @names, all "matters". */
static BounceRecord *
goal_with_aspects (Fixture     *fixture,
                   const char **names,
                   guint        n,
                   GPtrArray   *aspects)
{
  g_autoptr(GError) error = NULL;
  BounceRecord *goal = journal_add (fixture, BOUNCE_TYPE_GOAL);

  g_object_set (goal, "title", "Become a lawyer", NULL);
  journal_save (fixture, goal);
  g_assert_true (bounce_journal_focus_goal (fixture->journal, BOUNCE_GOAL (goal), &error));
  for (guint i = 0; i < n; i++)
    {
      BounceRecord *aspect = journal_add (fixture, BOUNCE_TYPE_ASPECT);

      g_object_set (aspect, "goal", bounce_record_get_uuid (goal), "name", names[i],
                    "weight", BOUNCE_ASPECT_MATTERS, NULL);
      journal_save (fixture, aspect);
      g_ptr_array_add (aspects, aspect);
    }
  return goal;
}

static BounceRecord *
titled_idea (Fixture    *fixture,
             const char *title)
{
  BounceRecord *idea = journal_add (fixture, BOUNCE_TYPE_IDEA);

  g_object_set (idea, "title", title, NULL);
  journal_save (fixture, idea);
  return idea;
}

/* What the list row of @idea says of its score, once drawn; NULL when it says nothing. */
static const char *
measure_text (Fixture      *fixture,
              BounceRecord *idea)
{
  BounceRecordPage *ideas = section (fixture, BOUNCE_TYPE_IDEA);
  BounceRecordRow *row;

  g_assert_true (test_iterate_until ((TestCondition) gtk_widget_get_mapped, ideas, 5000));
  test_iterate_until ((TestCondition) never, NULL, 50);
  row = find_row (GTK_WIDGET (ideas), idea);
  g_assert_nonnull (row);
  g_assert_true (BOUNCE_IS_IDEA_MEASURE (bounce_record_row_get_extra (row)));
  return bounce_idea_measure_get_text (BOUNCE_IDEA_MEASURE (bounce_record_row_get_extra (row)));
}

/* The titles of the ideas as the list shows them, in its order. */
static char *
list_order (Fixture *fixture)
{
  BounceRecordPage *ideas = section (fixture, BOUNCE_TYPE_IDEA);
  GtkListView *view = child (ideas, BOUNCE_TYPE_RECORD_PAGE, "list_view");
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (view));
  GString *text = g_string_new (NULL);

  g_assert_nonnull (model);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BounceRecord) idea = g_list_model_get_item (model, i);
      g_autofree char *title = NULL;

      g_object_get (idea, "title", &title, NULL);
      g_string_append_printf (text, "%s%s", i > 0 ? "," : "", title);
    }
  return g_string_free (text, FALSE);
}

static BounceIdeaOrder *
idea_order (Fixture *fixture)
{
  g_autoptr(GtkWidget) header = NULL;

  g_object_get (section (fixture, BOUNCE_TYPE_IDEA), "header", &header, NULL);
  g_assert_true (BOUNCE_IS_IDEA_ORDER (header));
  return BOUNCE_IDEA_ORDER (header);
}

/* Each idea's row says, in words, how much of what mattered it offers, and follows its
 * ratings; the list sorts by it when asked, and remembers that across a restart. */
static void
test_ideas_list (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *names[] = { "Working from home", "Respect", "Weekends off" };
  g_autoptr(GPtrArray) aspects = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(BounceRecord) goal = NULL;
  g_autoptr(BounceRecord) paralegal = NULL;
  g_autoptr(BounceRecord) teach = NULL;
  g_autoptr(BounceRecord) pottery = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *order = NULL;
  GtkDropDown *drop_down;

  paralegal = titled_idea (fixture, "Paralegal");
  teach = titled_idea (fixture, "Teach");
  pottery = titled_idea (fixture, "Pottery");
  bounce_window_show_section (fixture->window, BOUNCE_TYPE_IDEA);

  /* Nothing named yet: no score, said once above the list, not "offers nothing". */
  g_assert_null (measure_text (fixture, teach));
  g_assert_true (gtk_widget_get_visible (child (idea_order (fixture), BOUNCE_TYPE_IDEA_ORDER,
                                                "hint_label")));

  goal = goal_with_aspects (fixture, names, G_N_ELEMENTS (names), aspects);
  g_assert_false (gtk_widget_get_visible (child (idea_order (fixture), BOUNCE_TYPE_IDEA_ORDER,
                                                 "hint_label")));
  g_assert_cmpstr (measure_text (fixture, teach), ==, "Not rated yet");

  journal_rate (fixture, paralegal, aspects->pdata[0], BOUNCE_OFFERS_A_LITTLE);
  journal_rate (fixture, paralegal, aspects->pdata[1], BOUNCE_OFFERS_NONE);
  journal_rate (fixture, teach, aspects->pdata[0], BOUNCE_OFFERS_FULLY);
  journal_rate (fixture, teach, aspects->pdata[1], BOUNCE_OFFERS_MUCH);
  journal_rate (fixture, teach, aspects->pdata[2], BOUNCE_OFFERS_FULLY);
  g_assert_cmpstr (measure_text (fixture, teach), ==, "Offers most of what mattered");
  g_assert_cmpstr (measure_text (fixture, paralegal), ==,
                   "Offers a little of what mattered · 2 of 3 rated");
  g_assert_cmpstr (measure_text (fixture, pottery), ==, "Not rated yet");

  /* A rating changed: the row follows. */
  journal_rate (fixture, paralegal, aspects->pdata[2], BOUNCE_OFFERS_FULLY);
  g_assert_cmpstr (measure_text (fixture, paralegal), ==, "Offers some of what mattered");

  /* Newest first by default; by what mattered when chosen, and remembered. */
  order = list_order (fixture);
  g_assert_cmpstr (order, ==, "Pottery,Teach,Paralegal");
  g_clear_pointer (&order, g_free);
  drop_down = child (idea_order (fixture), BOUNCE_TYPE_IDEA_ORDER, "order_drop_down");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (drop_down)));
  gtk_drop_down_set_selected (drop_down, BOUNCE_IDEA_ORDER_MATTERED);
  order = list_order (fixture);
  g_assert_cmpstr (order, ==, "Teach,Paralegal,Pottery");
  g_clear_pointer (&order, g_free);
  order = g_settings_get_string (settings, "ideas-order");
  g_assert_cmpstr (order, ==, "mattered");
  g_clear_pointer (&order, g_free);

  /* A rating that changes the order, and the selection that follows its idea. */
  g_assert_true (bounce_record_page_select (section (fixture, BOUNCE_TYPE_IDEA), pottery));
  journal_rate (fixture, pottery, aspects->pdata[0], BOUNCE_OFFERS_MUCH);
  journal_rate (fixture, pottery, aspects->pdata[1], BOUNCE_OFFERS_MUCH);
  journal_rate (fixture, pottery, aspects->pdata[2], BOUNCE_OFFERS_MUCH);
  order = list_order (fixture);
  g_assert_cmpstr (order, ==, "Teach,Pottery,Paralegal");
  g_clear_pointer (&order, g_free);
  g_assert_true (bounce_record_page_get_selected (section (fixture, BOUNCE_TYPE_IDEA)) ==
                 pottery);
  g_assert_true (bounce_record_page_select (section (fixture, BOUNCE_TYPE_IDEA), teach));
  g_assert_true (bounce_record_page_get_selected (section (fixture, BOUNCE_TYPE_IDEA)) == teach);

  /* After a restart, still sorted as chosen. */
  g_clear_object (&paralegal);
  g_clear_object (&teach);
  g_clear_object (&pottery);
  g_clear_object (&goal);
  g_ptr_array_set_size (aspects, 0);
  close_window (fixture);
  open_window (fixture);
  bounce_window_show_section (fixture->window, BOUNCE_TYPE_IDEA);
  g_assert_true (test_iterate_until ((TestCondition) gtk_widget_get_mapped,
                                     section (fixture, BOUNCE_TYPE_IDEA), 5000));
  order = list_order (fixture);
  g_assert_cmpstr (order, ==, "Teach,Pottery,Paralegal");
  g_clear_pointer (&order, g_free);
  drop_down = child (idea_order (fixture), BOUNCE_TYPE_IDEA_ORDER, "order_drop_down");
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_down), ==, BOUNCE_IDEA_ORDER_MATTERED);

  /* And back to newest first. */
  gtk_drop_down_set_selected (drop_down, BOUNCE_IDEA_ORDER_NEWEST);
  order = list_order (fixture);
  g_assert_cmpstr (order, ==, "Pottery,Teach,Paralegal");
  g_clear_pointer (&order, g_free);
  order = g_settings_get_string (settings, "ideas-order");
  g_assert_cmpstr (order, ==, "newest");
}

static gboolean
is_projects_card (GtkWidget     *widget,
                  gconstpointer  data)
{
  return BOUNCE_IS_PROJECTS_CARD (widget);
}

static gboolean
is_text_view (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_TEXT_VIEW (widget);
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)),
                                              data) == 0;
}

/* The card, made when New Paths is first shown: it is shown first, as a person would. */
static BounceProjectsCard *
projects_card (Fixture *fixture)
{
  GtkWidget *card;

  if (g_strcmp0 (bounce_window_get_page_name (fixture->window), "paths") != 0)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page",
                                               "s", "paths"));
  card = find_widget (GTK_WIDGET (fixture->window), is_projects_card, NULL);

  g_assert_nonnull (card);
  return BOUNCE_PROJECTS_CARD (card);
}

static const char *
card_label (Fixture    *fixture,
            const char *name)
{
  return gtk_label_get_text (child (projects_card (fixture), BOUNCE_TYPE_PROJECTS_CARD, name));
}

static gboolean
dialog_gone (gpointer user_data)
{
  return bounce_projects_card_get_dialog (user_data) == NULL;
}

/* As a person does: "Switch to …", a note typed in the dialog, and Switch (or Cancel). */
static void
switch_with_note (Fixture    *fixture,
                  const char *note,
                  const char *response)
{
  BounceProjectsCard *card = projects_card (fixture);
  AdwMessageDialog *dialog;
  GtkWidget *view;
  GtkWidget *button;

  g_signal_emit_by_name (child (card, BOUNCE_TYPE_PROJECTS_CARD, "switch_button"), "clicked");
  dialog = bounce_projects_card_get_dialog (card);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  view = find_widget (GTK_WIDGET (dialog), is_text_view, NULL);
  g_assert_nonnull (view);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), note, -1);
  /* The dialog's own button, which closes it as a click does. */
  button = find_widget (GTK_WIDGET (dialog), is_button_labelled,
                        adw_message_dialog_get_response_label (dialog, response));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (test_iterate_until (dialog_gone, card, 5000));
}

static char *
history_row (Fixture *fixture,
             guint    index)
{
  GtkListBox *list = child (projects_card (fixture), BOUNCE_TYPE_PROJECTS_CARD, "history_list");
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);

  if (row == NULL)
    return NULL;
  return g_strdup_printf ("%s | %s", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                          adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
}

/* The card above the ideas: how to mark projects while fewer than two are, then the one
 * in play with its note; a switch through the button and the dialog, twice, brings up
 * the other with its own note; the history lists them; a restart finds it all as left. */
static void
test_projects_card (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(BounceRecord) paralegal = NULL;
  g_autoptr(BounceRecord) teach = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *row = NULL;
  BounceProjectsCard *card = projects_card (fixture);

  /* No idea yet: the page's own invitation says enough. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (card)));

  paralegal = titled_idea (fixture, "Paralegal");
  teach = titled_idea (fixture, "Teach");
  bounce_window_show_section (fixture->window, BOUNCE_TYPE_IDEA);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (card)));
  g_assert_true (gtk_widget_get_visible (child (card, BOUNCE_TYPE_PROJECTS_CARD,
                                                "hint_label")));
  g_assert_false (gtk_widget_get_visible (child (card, BOUNCE_TYPE_PROJECTS_CARD,
                                                 "project_box")));
  g_assert_nonnull (strstr (card_label (fixture, "hint_label"), "Project A"));

  g_assert_true (bounce_journal_set_project (fixture->journal, BOUNCE_IDEA (paralegal),
                                             BOUNCE_IDEA_PROJECT_A, &error));
  g_assert_cmpstr (card_label (fixture, "hint_label"), ==,
                   "“Paralegal” is Project A. Mark another idea as Project B, "
                   "under “In Play”, to switch between them when stuck.");
  g_assert_true (bounce_journal_set_project (fixture->journal, BOUNCE_IDEA (teach),
                                             BOUNCE_IDEA_PROJECT_B, &error));
  g_assert_false (gtk_widget_get_visible (child (card, BOUNCE_TYPE_PROJECTS_CARD,
                                                 "hint_label")));
  g_assert_cmpstr (card_label (fixture, "title_label"), ==, "Paralegal");
  g_assert_cmpstr (card_label (fixture, "switch_label"), ==, "Switch to “Teach”");
  g_assert_false (gtk_widget_get_visible (child (card, BOUNCE_TYPE_PROJECTS_CARD,
                                                 "history_expander")));

  /* Switch: the note stays with the one left, and the other comes up. */
  switch_with_note (fixture, "Stopped at the CV, next: the cover letter", "switch");
  g_assert_cmpstr (card_label (fixture, "title_label"), ==, "Teach");
  g_assert_cmpstr (card_label (fixture, "project_label"), ==, "Project B, in play");
  g_assert_cmpstr (card_label (fixture, "switch_label"), ==, "Switch to “Paralegal”");
  g_assert_true (bounce_record_page_get_selected (section (fixture, BOUNCE_TYPE_IDEA)) == teach);

  switch_with_note (fixture, "Lesson two half planned", "switch");
  g_assert_cmpstr (card_label (fixture, "title_label"), ==, "Paralegal");
  g_assert_cmpstr (card_label (fixture, "note_label"), ==,
                   "Where you stopped: Stopped at the CV, next: the cover letter");
  g_assert_true (bounce_record_page_get_selected (section (fixture, BOUNCE_TYPE_IDEA)) ==
                 paralegal);

  /* Cancel keeps everything as it was. */
  switch_with_note (fixture, "Never kept", "cancel");
  g_assert_cmpstr (card_label (fixture, "title_label"), ==, "Paralegal");
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_SWITCH), ==, 2);

  /* The history, newest first. */
  g_assert_true (gtk_widget_get_visible (child (card, BOUNCE_TYPE_PROJECTS_CARD,
                                                "history_expander")));
  row = history_row (fixture, 0);
  g_assert_true (g_str_has_prefix (row, "Switched to “Paralegal” | "));
  g_assert_true (g_str_has_suffix (row, " — Lesson two half planned"));
  g_clear_pointer (&row, g_free);
  row = history_row (fixture, 1);
  g_assert_true (g_str_has_prefix (row, "Switched to “Teach” | "));
  g_clear_pointer (&row, g_free);

  /* An idea renamed is named so in the history too, where it is named. */
  g_object_set (teach, "title", "Teach adults", NULL);
  g_assert_true (bounce_journal_save (fixture->journal, teach, &error));
  g_assert_no_error (error);
  row = history_row (fixture, 1);
  g_assert_true (g_str_has_prefix (row, "Switched to “Teach adults” | "));
  g_clear_pointer (&row, g_free);
  row = history_row (fixture, 0);
  g_assert_true (g_str_has_prefix (row, "Switched to “Paralegal” | "));
  g_clear_pointer (&row, g_free);
  g_assert_cmpstr (card_label (fixture, "switch_label"), ==, "Switch to “Teach adults”");

  /* "Open in Ideas" brings up the project in play. */
  g_assert_true (bounce_record_page_select (section (fixture, BOUNCE_TYPE_IDEA), teach));
  g_signal_emit_by_name (child (card, BOUNCE_TYPE_PROJECTS_CARD, "open_button"), "clicked");
  g_assert_true (bounce_record_page_get_selected (section (fixture, BOUNCE_TYPE_IDEA)) ==
                 paralegal);

  /* Restart: all as left. */
  g_clear_object (&paralegal);
  g_clear_object (&teach);
  close_window (fixture);
  open_window (fixture);
  card = projects_card (fixture);
  g_assert_cmpstr (card_label (fixture, "title_label"), ==, "Paralegal");
  g_assert_cmpstr (card_label (fixture, "note_label"), ==,
                   "Where you stopped: Stopped at the CV, next: the cover letter");
  g_assert_cmpstr (card_label (fixture, "switch_label"), ==, "Switch to “Teach adults”");
  row = history_row (fixture, 0);
  g_assert_true (g_str_has_suffix (row, " — Lesson two half planned"));
  g_clear_pointer (&row, g_free);
  row = history_row (fixture, 1);
  g_assert_true (g_str_has_suffix (row, " — Stopped at the CV, next: the cover letter"));
  g_clear_pointer (&row, g_free);
  g_assert_null (history_row (fixture, 2));

  /* And the note left on Teach is there when switching back to it. */
  switch_with_note (fixture, "Cover letter drafted", "switch");
  g_assert_cmpstr (card_label (fixture, "note_label"), ==,
                   "Where you stopped: Lesson two half planned");
}

static gboolean
coping_idea_is (gpointer user_data)
{
  gpointer *data = user_data;
  g_autofree char *idea = disk_string (data[0], BOUNCE_TYPE_COPING, 0, "idea");

  return g_strcmp0 (idea, data[1]) == 0;
}

/* The coping log refers to the back-pocket project when there is one: the time is marked
 * as spent on it, kept across a restart, and the project opens on New Paths. */
static void
test_coping_back_pocket (Fixture       *fixture,
                         gconstpointer  data)
{
  BounceRecordPage *coping = section (fixture, BOUNCE_TYPE_COPING);
  g_autoptr(BounceRecord) pottery = NULL;
  g_autoptr(GError) error = NULL;
  BounceEditor *editor;
  AdwActionRow *row;
  GtkSwitch *toggle;
  gpointer wait[2];

  pottery = titled_idea (fixture, "Pottery on Thursdays");
  bounce_window_show_section (fixture->window, BOUNCE_TYPE_COPING);
  activate (fixture, "win.new-record");
  editor = editor_of (coping);
  row = child (editor, BOUNCE_TYPE_COPING_EDITOR, "back_pocket_row");
  toggle = child (editor, BOUNCE_TYPE_COPING_EDITOR, "back_pocket_switch");

  /* No back-pocket project: nothing to refer to. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (row)));

  g_assert_true (bounce_journal_set_back_pocket (fixture->journal, BOUNCE_IDEA (pottery), TRUE,
                                                 &error));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (row)));
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Pottery on Thursdays");
  g_assert_false (gtk_switch_get_active (toggle));

  gtk_switch_set_active (toggle, TRUE);
  wait[0] = fixture;
  wait[1] = (gpointer) bounce_record_get_uuid (pottery);
  g_assert_true (test_iterate_until (coping_idea_is, wait, 5000));

  /* It opens on New Paths. */
  g_signal_emit_by_name (child (editor, BOUNCE_TYPE_COPING_EDITOR, "open_idea_button"),
                         "clicked");
  g_assert_cmpstr (bounce_window_get_page_name (fixture->window), ==, "paths");
  g_assert_true (bounce_record_page_get_selected (section (fixture, BOUNCE_TYPE_IDEA)) ==
                 pottery);

  /* After a restart, the entry still says so. */
  g_clear_object (&pottery);
  close_window (fixture);
  open_window (fixture);
  bounce_window_show_section (fixture->window, BOUNCE_TYPE_COPING);
  coping = section (fixture, BOUNCE_TYPE_COPING);
  g_assert_true (test_iterate_until ((TestCondition) gtk_widget_get_mapped, coping, 5000));
  editor = editor_of (coping);
  g_assert_nonnull (bounce_record_page_get_selected (coping));
  g_assert_true (gtk_switch_get_active (child (editor, BOUNCE_TYPE_COPING_EDITOR,
                                               "back_pocket_switch")));

  /* Turned off, the reference goes. */
  gtk_switch_set_active (child (editor, BOUNCE_TYPE_COPING_EDITOR, "back_pocket_switch"), FALSE);
  wait[1] = (gpointer) "";
  g_assert_true (test_iterate_until (coping_idea_is, wait, 5000));
}

static GtkWidget *
aspect_row (Fixture *fixture,
            guint    index)
{
  return aspect_card_row (editor_of (section (fixture, BOUNCE_TYPE_GOAL)), index, 0);
}

static gboolean
is_remove_button (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Remove") == 0;
}

static guint
n_offer_rows (Fixture *fixture)
{
  AdwPreferencesGroup *group = child (editor_of (section (fixture, BOUNCE_TYPE_IDEA)),
                                      BOUNCE_TYPE_IDEA_EDITOR, "offers_group");
  guint n = 0;

  if (!gtk_widget_get_visible (GTK_WIDGET (group)))
    return 0;
  while (TRUE)
    {
      GtkWidget *found = NULL;
      GPtrArray *stack = g_ptr_array_new ();
      guint seen = 0;

      g_ptr_array_add (stack, group);
      while (stack->len > 0 && found == NULL)
        {
          GtkWidget *w = g_ptr_array_steal_index (stack, 0);

          if (ADW_IS_COMBO_ROW (w) && seen++ == n)
            found = w;
          for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL;
               c = gtk_widget_get_next_sibling (c))
            g_ptr_array_add (stack, c);
        }
      g_ptr_array_unref (stack);
      if (found == NULL)
        return n;
      n++;
    }
}

/* The aspects in the goal editor: typing is saved after a pause, not on every key;
 * removing one offers Undo, which brings back its ratings too; the idea on show follows;
 * a failure is told in a toast. */
static void
test_goal_aspects (Fixture       *fixture,
                   gconstpointer  data)
{
  BounceRecordPage *goals = section (fixture, BOUNCE_TYPE_GOAL);
  BounceEditor *goal_editor;
  g_autoptr(BounceRecord) idea = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) on_disk = NULL;
  g_autofree char *aspects = NULL;
  BounceRecord *goal;
  AdwToast *toast;
  sqlite3 *lock;

  idea = titled_idea (fixture, "Pottery on Thursdays");
  bounce_window_show_section (fixture->window, BOUNCE_TYPE_IDEA);
  g_assert_true (bounce_record_page_select (section (fixture, BOUNCE_TYPE_IDEA), idea));
  g_assert_true (test_iterate_until ((TestCondition) gtk_widget_get_mapped,
                                     section (fixture, BOUNCE_TYPE_IDEA), 5000));

  bounce_window_show_section (fixture->window, BOUNCE_TYPE_GOAL);
  activate (fixture, "win.new-record");
  goal = bounce_record_page_get_selected (goals);
  goal_editor = editor_of (goals);
  g_assert_true (bounce_journal_focus_goal (fixture->journal, BOUNCE_GOAL (goal), &error));
  g_assert_cmpuint (n_offer_rows (fixture), ==, 0);

  /* Typed key by key: nothing is written until the typing pauses. */
  g_signal_emit_by_name (child (goal_editor, BOUNCE_TYPE_GOAL_EDITOR, "add_aspect_button"),
                         "clicked");
  gtk_editable_set_text (GTK_EDITABLE (aspect_row (fixture, 0)), "W");
  gtk_editable_set_text (GTK_EDITABLE (aspect_row (fixture, 0)), "Wo");
  gtk_editable_set_text (GTK_EDITABLE (aspect_row (fixture, 0)), "Working from home");
  aspects = aspects_on_disk (fixture);
  g_assert_cmpstr (aspects, ==, "=1");
  g_clear_pointer (&aspects, g_free);
  wait_for_aspects (fixture, "Working from home=1");

  /* The idea on show follows: a row for it, named. */
  g_assert_cmpuint (n_offer_rows (fixture), ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (offer_row (fixture, 0))),
                   ==, "Working from home");
  g_signal_emit_by_name (child (goal_editor, BOUNCE_TYPE_GOAL_EDITOR, "add_aspect_button"),
                         "clicked");
  gtk_editable_set_text (GTK_EDITABLE (aspect_row (fixture, 1)), "Respect");
  wait_for_aspects (fixture, "Working from home=1,Respect=1");
  g_assert_cmpuint (n_offer_rows (fixture), ==, 2);
  adw_combo_row_set_selected (ADW_COMBO_ROW (offer_row (fixture, 0)), BOUNCE_OFFERS_FULLY + 1);
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_RATING), ==, 1);

  /* Removed, with its rating; Undo brings both back. */
  g_signal_emit_by_name (find_widget (aspect_row (fixture, 0), is_remove_button, NULL),
                         "clicked");
  aspects = aspects_on_disk (fixture);
  g_assert_cmpstr (aspects, ==, "Respect=1");
  g_clear_pointer (&aspects, g_free);
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_RATING), ==, 0);
  g_assert_cmpuint (n_offer_rows (fixture), ==, 1);
  toast = bounce_editor_get_last_toast (goal_editor);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "“Working from home” removed");
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Undo");
  g_signal_emit_by_name (toast, "button-clicked");
  aspects = aspects_on_disk (fixture);
  g_assert_cmpstr (aspects, ==, "Working from home=1,Respect=1");
  g_clear_pointer (&aspects, g_free);
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_RATING), ==, 1);
  g_assert_cmpuint (n_offer_rows (fixture), ==, 2);

  /* A failure is told, not only logged. */
  lock = test_lock_journal (bounce_store_get_path (fixture->store));
  g_signal_emit_by_name (child (goal_editor, BOUNCE_TYPE_GOAL_EDITOR, "add_aspect_button"),
                         "clicked");
  toast = bounce_editor_get_last_toast (goal_editor);
  g_assert_nonnull (toast);
  g_assert_true (g_str_has_prefix (adw_toast_get_title (toast), "Could not add it: "));
  test_unlock_journal (lock);
  on_disk = load_from_disk (fixture, BOUNCE_TYPE_ASPECT);
  g_assert_cmpuint (on_disk->len, ==, 2);
}

/* As a new user would: name three things the lost goal was hoped to give, add four ideas,
 * rate them, mark A and B, switch twice with notes, mark a step done, restart, and find it
 * all as left. */
static void
test_new_user (Fixture       *fixture,
               gconstpointer  data)
{
  BounceRecordPage *goals = section (fixture, BOUNCE_TYPE_GOAL);
  BounceRecord *goal;
  BounceRecord *ideas[4] = { NULL, };
  const char *titles[] = { "Paralegal at a small firm", "Teach law at evening school",
                           "Töpferkurs am Donnerstag", "دورة في الخط العربي" };
  const char *names[] = { "Working from home", "Respect", "Weekends off" };
  /* Offers per idea and aspect: -1 not rated. */
  const int offers[4][3] = { { 1, 3, 0 }, { 2, 2, 3 }, { 3, 0, 2 }, { -1, 1, -1 } };
  BounceIdeaEditor *idea_editor;
  g_autofree char *aspects = NULL;
  g_autofree char *order = NULL;

  /* The goal, and what I really wanted from it. */
  bounce_window_show_section (fixture->window, BOUNCE_TYPE_GOAL);
  activate (fixture, "win.new-record");
  goal = bounce_record_page_get_selected (goals);
  gtk_editable_set_text (child (editor_of (goals), BOUNCE_TYPE_GOAL_EDITOR, "title_row"),
                         "Become a lawyer");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_signal_emit_by_name (child (editor_of (goals), BOUNCE_TYPE_GOAL_EDITOR,
                                    "add_aspect_button"), "clicked");
      gtk_editable_set_text (GTK_EDITABLE (aspect_card_row (editor_of (goals), i, 0)), names[i]);
      adw_combo_row_set_selected (ADW_COMBO_ROW (aspect_card_row (editor_of (goals), i, 1)),
                                  i == 0 ? BOUNCE_ASPECT_MATTERS_MOST
                                  : i == 1 ? BOUNCE_ASPECT_MATTERS
                                           : BOUNCE_ASPECT_NICE_TO_HAVE);
    }
  /* Saved after a pause in the typing, as everything typed. */
  wait_for_aspects (fixture, "Working from home=2,Respect=1,Weekends off=0");
  g_assert_cmpstr (bounce_record_get_uuid (goal), !=, "");

  /* Four ideas, rated. */
  for (guint i = 0; i < G_N_ELEMENTS (ideas); i++)
    {
      ideas[i] = add_idea (fixture, titles[i]);
      for (guint a = 0; a < G_N_ELEMENTS (names); a++)
        if (offers[i][a] >= 0)
          adw_combo_row_set_selected (ADW_COMBO_ROW (offer_row (fixture, a)), offers[i][a] + 1);
    }
  wait_for_count (fixture, BOUNCE_TYPE_RATING, 10);
  wait_for_count (fixture, BOUNCE_TYPE_IDEA, 4);

  /* The second idea offers most: (3×2 + 2×2 + 1×3) / 18. */
  {
    BounceScore score;

    bounce_journal_score_idea (fixture->journal, BOUNCE_IDEA (ideas[1]), &score);
    g_assert_cmpfloat_with_epsilon (score.value, 13.0 / 18, 1e-9);
    bounce_journal_score_idea (fixture->journal, BOUNCE_IDEA (ideas[3]), &score);
    g_assert_cmpuint (score.n_rated, ==, 1);
  }

  /* Mark A and B with the editor's switches; B taken from another idea by a second mark. */
  idea_editor = BOUNCE_IDEA_EDITOR (editor_of (section (fixture, BOUNCE_TYPE_IDEA)));
  bounce_record_page_select (section (fixture, BOUNCE_TYPE_IDEA), ideas[0]);
  gtk_switch_set_active (child (idea_editor, BOUNCE_TYPE_IDEA_EDITOR, "project_a_switch"), TRUE);
  bounce_record_page_select (section (fixture, BOUNCE_TYPE_IDEA), ideas[2]);
  gtk_switch_set_active (child (idea_editor, BOUNCE_TYPE_IDEA_EDITOR, "project_b_switch"), TRUE);
  bounce_record_page_select (section (fixture, BOUNCE_TYPE_IDEA), ideas[1]);
  gtk_switch_set_active (child (idea_editor, BOUNCE_TYPE_IDEA_EDITOR, "project_b_switch"), TRUE);
  gtk_switch_set_active (child (idea_editor, BOUNCE_TYPE_IDEA_EDITOR, "back_pocket_switch"), TRUE);
  {
    BounceIdeaProject project;

    g_object_get (ideas[2], "project", &project, NULL);
    g_assert_cmpint (project, ==, BOUNCE_IDEA_PROJECT_NONE);
  }

  /* A next step done: kept, listed, and the field cleared. */
  bounce_text_row_set_text (child (idea_editor, BOUNCE_TYPE_IDEA_EDITOR, "next_step_row"),
                            "Write to the evening school");
  g_signal_emit_by_name (child (idea_editor, BOUNCE_TYPE_IDEA_EDITOR, "step_done_button"),
                         "clicked");
  {
    g_autofree char *next_step = bounce_text_row_dup_text (child (idea_editor,
                                                                  BOUNCE_TYPE_IDEA_EDITOR,
                                                                  "next_step_row"));

    g_assert_cmpstr (next_step, ==, "");
  }
  g_assert_nonnull (gtk_list_box_get_row_at_index (child (idea_editor, BOUNCE_TYPE_IDEA_EDITOR,
                                                          "steps_list"), 0));
  g_assert_true (gtk_widget_get_visible (child (idea_editor, BOUNCE_TYPE_IDEA_EDITOR,
                                                "steps_group")));

  /* Sorted by what mattered: the second idea first. */
  gtk_drop_down_set_selected (child (idea_order (fixture), BOUNCE_TYPE_IDEA_ORDER,
                                     "order_drop_down"), BOUNCE_IDEA_ORDER_MATTERED);
  order = list_order (fixture);
  g_assert_true (g_str_has_prefix (order, "Teach law at evening school,"));
  g_clear_pointer (&order, g_free);

  /* Switch twice, with notes, through the card's button and its dialog. */
  g_assert_cmpstr (card_label (fixture, "title_label"), ==, titles[0]);
  switch_with_note (fixture, "Stopped at the CV", "switch");
  g_assert_cmpstr (card_label (fixture, "title_label"), ==, titles[1]);
  switch_with_note (fixture, "Lesson two half planned", "switch");
  g_assert_cmpstr (card_label (fixture, "title_label"), ==, titles[0]);

  /* Let the autosave write the titles, then restart on the same folder. */
  test_iterate_until (never, NULL, 800);
  for (guint i = 0; i < G_N_ELEMENTS (ideas); i++)
    g_clear_object (&ideas[i]);
  close_window (fixture);
  open_window (fixture);

  aspects = aspects_on_disk (fixture);
  g_assert_cmpstr (aspects, ==, "Working from home=2,Respect=1,Weekends off=0");
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_RATING), ==, 10);
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_SWITCH), ==, 2);
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_STEP), ==, 1);
  {
    g_autoptr(BounceIdea) a = bounce_journal_dup_project (fixture->journal,
                                                          BOUNCE_IDEA_PROJECT_A);
    g_autoptr(BounceIdea) b = bounce_journal_dup_project (fixture->journal,
                                                          BOUNCE_IDEA_PROJECT_B);
    g_autoptr(BounceIdea) current = bounce_journal_dup_current_project (fixture->journal);
    g_autoptr(BounceIdea) pocket = bounce_journal_dup_back_pocket (fixture->journal);
    g_autofree char *a_title = NULL;
    g_autofree char *b_title = NULL;
    g_autofree char *b_note = NULL;

    g_object_get (a, "title", &a_title, NULL);
    g_object_get (b, "title", &b_title, "resume-note", &b_note, NULL);
    g_assert_cmpstr (a_title, ==, titles[0]);
    g_assert_cmpstr (b_title, ==, titles[1]);
    g_assert_cmpstr (b_note, ==, "Lesson two half planned");
    g_assert_true (current == a);
    g_assert_true (pocket == b);

    /* The editor shows the marks as left. */
    bounce_window_show_section (fixture->window, BOUNCE_TYPE_IDEA);
    bounce_record_page_select (section (fixture, BOUNCE_TYPE_IDEA), BOUNCE_RECORD (b));
    idea_editor = BOUNCE_IDEA_EDITOR (editor_of (section (fixture, BOUNCE_TYPE_IDEA)));
    g_assert_true (gtk_switch_get_active (child (idea_editor, BOUNCE_TYPE_IDEA_EDITOR,
                                                 "project_b_switch")));
    g_assert_true (gtk_switch_get_active (child (idea_editor, BOUNCE_TYPE_IDEA_EDITOR,
                                                 "back_pocket_switch")));
    g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (offer_row (fixture, 2))), ==,
                      3 + 1);
  }

  /* Still sorted as chosen, and the card as left. */
  order = list_order (fixture);
  g_assert_true (g_str_has_prefix (order, "Teach law at evening school,"));
  g_assert_cmpstr (card_label (fixture, "title_label"), ==, titles[0]);
  g_assert_cmpstr (card_label (fixture, "note_label"), ==, "Where you stopped: Stopped at the CV");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/paths/new-user", Fixture, NULL, fixture_set_up, test_new_user,
              fixture_tear_down);
  g_test_add ("/paths/ideas-list", Fixture, NULL, fixture_set_up, test_ideas_list,
              fixture_tear_down);
  g_test_add ("/paths/projects-card", Fixture, NULL, fixture_set_up, test_projects_card,
              fixture_tear_down);
  g_test_add ("/paths/coping-back-pocket", Fixture, NULL, fixture_set_up,
              test_coping_back_pocket, fixture_tear_down);
  g_test_add ("/paths/goal-aspects", Fixture, NULL, fixture_set_up, test_goal_aspects,
              fixture_tear_down);

  return g_test_run ();
}
