/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-goals.c: the lost goals and the writing prompts, driven through the window and
 * checked on disk; and the row for an optional day they use. */
#include <adwaita.h>

#include "bounce-core.h"
#include "bounce-date-row.h"
#include "bounce-goal-card.h"
#include "bounce-goal-editor.h"
#include "bounce-grief-editor.h"
#include "test-util.h"
#include "test-window-util.h"

/* 14 March 2021, 00:00 UTC: a day as the journal keeps it. */
#define PI_DAY 1615680000

static gboolean
no_condition (gpointer user_data)
{
  return FALSE;
}

static GVariant *
day_value (gint64 seconds)
{
  return g_variant_new_maybe (G_VARIANT_TYPE_INT64, g_variant_new_int64 (seconds));
}

/* The day an "mx" holds, or -1 for none. */
static gint64
optional_seconds (GVariant *value)
{
  g_autoptr(GVariant) child = value != NULL ? g_variant_get_maybe (value) : NULL;

  return child != NULL ? g_variant_get_int64 (child) : -1;
}

static gint64
row_seconds (BounceDateRow *row)
{
  return optional_seconds (bounce_date_row_get_value (row));
}

/* A date row in a window of its own, shown, as in a preferences group. */
static BounceDateRow *
new_shown_row (GtkWindow **window_out)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = bounce_date_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), "Began");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_window_set_child (window, list);
  gtk_window_present (window);
  *window_out = window;
  return BOUNCE_DATE_ROW (row);
}

static gboolean
widget_is_mapped (gpointer user_data)
{
  return gtk_widget_get_mapped (user_data);
}

static void
test_date_row_shows_day (void)
{
  GtkWindow *window;
  BounceDateRow *row = new_shown_row (&window);
  GtkLabel *label = child (row, BOUNCE_TYPE_DATE_ROW, "value_label");
  GtkWidget *clear = child (row, BOUNCE_TYPE_DATE_ROW, "clear_button");

  /* Nothing yet: said so, dimmed, and nothing to clear. */
  g_assert_null (bounce_date_row_get_value (row));
  g_assert_cmpstr (gtk_label_get_text (label), ==, "No date");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (label), "dim-label"));
  g_assert_false (gtk_widget_get_sensitive (clear));

  /* The day it is in UTC, where it was kept at midnight, even west of Greenwich (this
   * program runs in Los Angeles, where that midnight is still the 13th). */
  bounce_date_row_set_value (row, day_value (PI_DAY));
  g_assert_cmpint (row_seconds (row), ==, PI_DAY);
  g_assert_cmpstr (gtk_label_get_text (label), ==, "14 March 2021");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (label), "dim-label"));
  g_assert_true (gtk_widget_get_sensitive (clear));

  /* An empty maybe is no day, kept as NULL. */
  bounce_date_row_set_value (row, g_variant_new_maybe (G_VARIANT_TYPE_INT64, NULL));
  g_assert_null (bounce_date_row_get_value (row));
  g_assert_cmpstr (gtk_label_get_text (label), ==, "No date");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (label), "dim-label"));

  gtk_window_destroy (window);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_date_row_calendar (void)
{
  GtkWindow *window;
  BounceDateRow *row = new_shown_row (&window);
  GtkPopover *popover = child (row, BOUNCE_TYPE_DATE_ROW, "popover");
  GtkCalendar *calendar = child (row, BOUNCE_TYPE_DATE_ROW, "calendar");
  g_autoptr(GDateTime) shown = NULL;
  g_autoptr(GDateTime) local_day = NULL;
  guint notified = 0;

  g_signal_connect (row, "notify::value", G_CALLBACK (count_cb), &notified);
  bounce_date_row_set_value (row, day_value (PI_DAY));
  g_assert_cmpuint (notified, ==, 1);
  bounce_date_row_set_value (row, day_value (PI_DAY));
  g_assert_cmpuint (notified, ==, 1);

  /* Activating the row opens the calendar on the day held, and changes nothing. */
  adw_action_row_activate (ADW_ACTION_ROW (row));
  g_assert_true (test_iterate_until (widget_is_mapped, popover, 5000));
  shown = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_year (shown), ==, 2021);
  g_assert_cmpint (g_date_time_get_month (shown), ==, 3);
  g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 14);
  g_assert_cmpint (row_seconds (row), ==, PI_DAY);
  g_assert_cmpuint (notified, ==, 1);

  /* A day chosen (the calendar's days are local) is kept as that day's midnight in UTC. */
  local_day = g_date_time_new_local (2019, 11, 3, 0, 0, 0);
  gtk_calendar_select_day (calendar, local_day);
  g_assert_cmpint (row_seconds (row), ==, 1572739200);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpstr (gtk_label_get_text (child (row, BOUNCE_TYPE_DATE_ROW, "value_label")), ==,
                   "3 November 2019");
  test_iterate_until (no_condition, NULL, 100);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));

  /* Clear leaves it unset. */
  gtk_menu_button_popup (child (row, BOUNCE_TYPE_DATE_ROW, "menu_button"));
  g_signal_emit_by_name (child (row, BOUNCE_TYPE_DATE_ROW, "clear_button"), "clicked");
  g_assert_null (bounce_date_row_get_value (row));
  g_assert_cmpuint (notified, ==, 3);

  gtk_window_destroy (window);
}

static gboolean
is_today_cell (GtkWidget     *widget,
               gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "day-number") &&
         gtk_widget_has_css_class (widget, "today") &&
         !gtk_widget_has_css_class (widget, "other-month");
}

/* GtkCalendar is silent when the day clicked is the one it shows: with no day set, that
 * is today, which must still be taken when chosen. */
static void
test_date_row_today (void)
{
  GtkWindow *window;
  BounceDateRow *row = new_shown_row (&window);
  GtkPopover *popover = child (row, BOUNCE_TYPE_DATE_ROW, "popover");
  GtkWidget *calendar = child (row, BOUNCE_TYPE_DATE_ROW, "calendar");
  g_autoptr(GListModel) controllers = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) midnight = g_date_time_new_utc (g_date_time_get_year (now),
                                                       g_date_time_get_month (now),
                                                       g_date_time_get_day_of_month (now),
                                                       0, 0, 0);
  GtkWidget *today;
  graphene_point_t center;

  gtk_menu_button_popup (child (row, BOUNCE_TYPE_DATE_ROW, "menu_button"));
  g_assert_true (test_iterate_until (widget_is_mapped, popover, 5000));
  test_iterate_until (no_condition, NULL, 100);

  today = find_widget (calendar, is_today_cell, NULL);
  g_assert_nonnull (today);
  g_assert_true (gtk_widget_compute_point (today, calendar,
                                           &GRAPHENE_POINT_INIT (gtk_widget_get_width (today) / 2,
                                                                 gtk_widget_get_height (today) / 2),
                                           &center));

  /* A click on it, as the calendar's own gestures see it. */
  controllers = gtk_widget_observe_controllers (calendar);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        g_signal_emit_by_name (controller, "released", 1, (double) center.x, (double) center.y);
    }
  g_assert_cmpint (row_seconds (row), ==, g_date_time_to_unix (midnight));

  /* Enter on the day shown takes it too. */
  bounce_date_row_set_value (row, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      gboolean handled;

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-released", GDK_KEY_Return, 0, 0, &handled);
    }
  g_assert_cmpint (row_seconds (row), ==, g_date_time_to_unix (midnight));

  gtk_window_destroy (window);
}

static void
activate (Fixture    *fixture,
          const char *action,
          GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->window),
                                                      action, parameter));
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  return gtk_text_iter_get_text (&start, &end);
}

/* The Goals section, in front, and a new goal in it named @title. */
static BounceRecord *
add_goal (Fixture    *fixture,
          const char *title)
{
  BounceRecordPage *goals = section (fixture, BOUNCE_TYPE_GOAL);
  BounceRecord *goal;

  bounce_window_show_section (fixture->window, BOUNCE_TYPE_GOAL);
  activate (fixture, "win.new-record", NULL);
  goal = bounce_record_page_get_selected (goals);
  g_assert_true (BOUNCE_IS_GOAL (goal));
  gtk_editable_set_text (child (editor_of (goals), BOUNCE_TYPE_GOAL_EDITOR, "title_row"), title);
  return goal;
}

/* "10": which goals are in focus on disk, newest first, one digit each. */
static char *
focus_on_disk (Fixture *fixture)
{
  g_autoptr(GPtrArray) goals = load_from_disk (fixture, BOUNCE_TYPE_GOAL);
  GString *digits = g_string_new (NULL);

  for (guint i = 0; i < goals->len; i++)
    {
      gboolean in_focus;

      g_object_get (goals->pdata[i], "in-focus", &in_focus, NULL);
      g_string_append_c (digits, in_focus ? '1' : '0');
    }

  return g_string_free (digits, FALSE);
}

typedef struct
{
  Fixture    *fixture;
  const char *title;
} CardWait;

/* The card shows the goal @title, compactly, as the goal in focus. */
static gboolean
card_shows (gpointer user_data)
{
  CardWait *wait = user_data;
  BounceGoalCard *card = bounce_window_get_goal_card (wait->fixture->window);
  GtkStack *stack = child (card, BOUNCE_TYPE_GOAL_CARD, "stack");
  AdwPreferencesRow *row = child (card, BOUNCE_TYPE_GOAL_CARD, "goal_row");

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "goal") == 0 &&
         g_strcmp0 (adw_preferences_row_get_title (row), wait->title) == 0;
}

static void
test_goals_section (Fixture       *fixture,
                    gconstpointer  data)
{
  BounceRecordPage *goals = section (fixture, BOUNCE_TYPE_GOAL);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_autofree char *icon_name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *add_label = NULL;

  g_assert_true (BOUNCE_IS_GOAL_EDITOR (editor_of (goals)));
  g_assert_cmpstr (bounce_kinds_get_page (BOUNCE_TYPE_GOAL), ==, "grieve");

  /* Its icon is one the theme has, and its empty state invites the first step. */
  g_object_get (goals, "icon-name", &icon_name, "title", &title, "add-label", &add_label, NULL);
  g_assert_true (gtk_icon_theme_has_icon (theme, icon_name));
  g_assert_cmpstr (title, ==, "The Goal I Lost");
  g_assert_cmpstr (add_label, ==, "_Name the Goal");

  bounce_window_show_section (fixture->window, BOUNCE_TYPE_GOAL);
  g_assert_cmpstr (bounce_window_get_page_name (fixture->window), ==, "grieve");
  g_assert_cmpstr (visible_view (goals), ==, "empty");
}

/* Everything the goal editor shows reaches the disk: the words, multi-line, and the days,
 * set and cleared. */
static void
test_goal_editor (Fixture       *fixture,
                  gconstpointer  data)
{
  BounceRecordPage *goals = section (fixture, BOUNCE_TYPE_GOAL);
  BounceEditor *editor;
  const char *cost = "Two years of evenings.\nMost of my savings.\nA little of who I was.";
  DiskWait wait = { fixture, BOUNCE_TYPE_GOAL, "story",
                    "It began with a small plane\nand a big wish." };
  BounceDateRow *began_row, *ended_row;
  g_autoptr(GPtrArray) stored = NULL;
  g_autofree char *stored_cost = NULL;
  g_autofree char *description = NULL;
  g_autoptr(GVariant) began = NULL;
  g_autoptr(GVariant) ended = NULL;
  g_autoptr(GDateTime) local_day = NULL;

  add_goal (fixture, "Become a pilot");
  editor = editor_of (goals);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (child (editor, BOUNCE_TYPE_GOAL_EDITOR,
                                                             "description_view")),
                            "Freedom, and the sky.", -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (child (editor, BOUNCE_TYPE_GOAL_EDITOR,
                                                             "cost_view")),
                            cost, -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (child (editor, BOUNCE_TYPE_GOAL_EDITOR,
                                                             "story_view")),
                            wait.expected, -1);

  /* A day chosen in the calendar, and one set on the row. */
  began_row = child (editor, BOUNCE_TYPE_GOAL_EDITOR, "began_row");
  ended_row = child (editor, BOUNCE_TYPE_GOAL_EDITOR, "ended_row");
  local_day = g_date_time_new_local (2021, 3, 14, 0, 0, 0);
  gtk_calendar_select_day (child (began_row, BOUNCE_TYPE_DATE_ROW, "calendar"), local_day);
  bounce_date_row_set_value (ended_row, day_value (1651449600));   /* 2 May 2022 */
  g_assert_true (test_iterate_until (disk_has_value, &wait, 5000));

  stored = load_from_disk (fixture, BOUNCE_TYPE_GOAL);
  g_assert_cmpuint (stored->len, ==, 1);
  g_object_get (stored->pdata[0], "cost", &stored_cost, "description", &description,
                "began", &began, "ended", &ended, NULL);
  g_assert_cmpstr (stored_cost, ==, cost);
  g_assert_cmpstr (description, ==, "Freedom, and the sky.");
  g_assert_cmpint (optional_seconds (began), ==, 1615680000);
  g_assert_cmpint (optional_seconds (ended), ==, 1651449600);
  g_clear_pointer (&stored, g_ptr_array_unref);
  g_clear_pointer (&began, g_variant_unref);
  g_clear_pointer (&ended, g_variant_unref);

  /* Cleared: nothing, on disk too. */
  g_signal_emit_by_name (child (began_row, BOUNCE_TYPE_DATE_ROW, "clear_button"), "clicked");
  g_assert_true (bounce_window_flush (fixture->window, NULL));
  stored = load_from_disk (fixture, BOUNCE_TYPE_GOAL);
  g_object_get (stored->pdata[0], "began", &began, "ended", &ended, NULL);
  g_assert_null (began);
  g_assert_nonnull (ended);

  /* Shown again when the goal is opened again. */
  close_window (fixture);
  open_window (fixture);
  bounce_window_show_section (fixture->window, BOUNCE_TYPE_GOAL);
  editor = editor_of (section (fixture, BOUNCE_TYPE_GOAL));
  g_assert_null (bounce_date_row_get_value (child (editor, BOUNCE_TYPE_GOAL_EDITOR,
                                                   "began_row")));
  g_assert_cmpint (row_seconds (child (editor, BOUNCE_TYPE_GOAL_EDITOR, "ended_row")), ==,
                   1651449600);
  {
    g_autofree char *text = buffer_text (child (editor, BOUNCE_TYPE_GOAL_EDITOR, "cost_view"));

    g_assert_cmpstr (text, ==, cost);
  }
}

/* Two goals; the focus moves from one to the other, on disk for exactly one, and the card
 * and the list follow it. */
static void
test_focus_moves (Fixture       *fixture,
                  gconstpointer  data)
{
  BounceRecordPage *goals = section (fixture, BOUNCE_TYPE_GOAL);
  BounceRecord *pilot, *bakery;
  GtkSwitch *focus_switch;
  CardWait wait = { fixture, NULL };
  char *focus;

  pilot = add_goal (fixture, "Become a pilot");
  bakery = add_goal (fixture, "Open a bakery");
  g_assert_true (bounce_window_flush (fixture->window, NULL));
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GOAL), ==, 2);

  /* None in focus yet: the card is about the newest. */
  wait.title = "Open a bakery";
  g_assert_true (test_iterate_until (card_shows, &wait, 5000));

  /* The older one, put in focus with its switch. */
  g_assert_true (bounce_record_page_select (goals, pilot));
  focus_switch = child (editor_of (goals), BOUNCE_TYPE_GOAL_EDITOR, "focus_switch");
  g_assert_false (gtk_switch_get_active (focus_switch));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (focus_switch)));
  gtk_switch_set_active (focus_switch, TRUE);
  focus = focus_on_disk (fixture);
  g_assert_cmpstr (focus, ==, "01");
  g_free (focus);
  /* It keeps the focus until another goal takes it. */
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (focus_switch)));
  wait.title = "Become a pilot";
  g_assert_true (test_iterate_until (card_shows, &wait, 5000));

  /* Its row says so. */
  g_assert_true (test_iterate_until (row_is_drawn, goals, 5000));
  {
    BounceRecordRow *row = find_row (GTK_WIDGET (goals), pilot);
    const char *line = gtk_label_get_text (child (row, BOUNCE_TYPE_RECORD_ROW, "day_label"));
    g_autofree char *day = bounce_format_day_time (bounce_record_get_created (pilot), NULL,
                                                   FALSE);
    g_autofree char *expected = g_strdup_printf ("%s · In focus", day);

    g_assert_cmpstr (line, ==, expected);
  }

  /* The other takes it. */
  g_assert_true (bounce_record_page_select (goals, bakery));
  g_assert_false (gtk_switch_get_active (focus_switch));
  gtk_switch_set_active (focus_switch, TRUE);
  focus = focus_on_disk (fixture);
  g_assert_cmpstr (focus, ==, "10");
  g_free (focus);
  wait.title = "Open a bakery";
  g_assert_true (test_iterate_until (card_shows, &wait, 5000));
  g_assert_true (bounce_record_page_select (goals, pilot));
  g_assert_false (gtk_switch_get_active (focus_switch));

  /* And it is still so after a restart. */
  close_window (fixture);
  open_window (fixture);
  g_assert_true (test_iterate_until (card_shows, &wait, 5000));
}

/* With no goal yet, the card names one, in focus; then it is a compact card about the goal
 * in focus, with its dates, and a way to see it in the Goals section. */
static void
test_card (Fixture       *fixture,
           gconstpointer  data)
{
  BounceGoalCard *card = bounce_window_get_goal_card (fixture->window);
  GtkStack *stack = child (card, BOUNCE_TYPE_GOAL_CARD, "stack");
  GtkWidget *title_row = child (card, BOUNCE_TYPE_GOAL_CARD, "title_row");
  AdwActionRow *goal_row = child (card, BOUNCE_TYPE_GOAL_CARD, "goal_row");
  BounceRecordPage *goals = section (fixture, BOUNCE_TYPE_GOAL);
  CardWait wait = { fixture, "Become a pilot" };
  BounceRecord *goal;
  char *focus;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "name");

  /* Typing the name stores it; the entry stays while the person types in it. */
  gtk_widget_grab_focus (title_row);
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Become a pilot");
  g_assert_true (bounce_window_flush (fixture->window, NULL));
  test_iterate_until (no_condition, NULL, 200);
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GOAL), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "name");

  /* Enter: named. */
  g_signal_emit_by_name (title_row, "entry-activated");
  g_assert_true (test_iterate_until (card_shows, &wait, 5000));
  focus = focus_on_disk (fixture);
  g_assert_cmpstr (focus, ==, "1");
  g_free (focus);
  g_assert_cmpstr (adw_action_row_get_subtitle (goal_row), ==, "");

  /* Its dates, once set in the Goals section. */
  goal = BOUNCE_RECORD (bounce_goal_card_get_goal (card));
  bounce_record_set_optional_int64 (goal, "began", TRUE, 1615680000);
  bounce_record_set_optional_int64 (goal, "ended", TRUE, 1651449600);
  g_assert_cmpstr (adw_action_row_get_subtitle (goal_row), ==, "March 2021 – May 2022");

  /* Its button opens it there. */
  g_signal_emit_by_name (child (card, BOUNCE_TYPE_GOAL_CARD, "show_button"), "clicked");
  g_assert_true (shows_section (child (fixture->window, BOUNCE_TYPE_WINDOW, "grieve_sections"),
                                goals));
  g_assert_true (bounce_record_page_get_selected (goals) == goal);
  g_assert_true (bounce_editor_get_record (editor_of (goals)) == goal);

  /* Renamed there, renamed on the card. */
  gtk_editable_set_text (child (editor_of (goals), BOUNCE_TYPE_GOAL_EDITOR, "title_row"),
                         "Fly, one day");
  wait.title = "Fly, one day";
  g_assert_true (card_shows (&wait));

  /* Deleted: the card offers to name one again. */
  activate (fixture, "win.delete-record", NULL);
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GOAL), ==, 0);
  test_iterate_until (no_condition, NULL, 200);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, "");
}

/* The card moves on to the goal once the name is stored and the person writes elsewhere;
 * a name typed and left is never lost. */
static void
test_card_name_left (Fixture       *fixture,
                     gconstpointer  data)
{
  BounceGoalCard *card = bounce_window_get_goal_card (fixture->window);
  CardWait wait = { fixture, "Run a marathon" };
  BounceRecordPage *grieve = section (fixture, BOUNCE_TYPE_GRIEF_ENTRY);

  gtk_editable_set_text (child (card, BOUNCE_TYPE_GOAL_CARD, "title_row"), "Run a marathon");
  activate (fixture, "win.new-record", NULL);
  g_assert_true (gtk_widget_has_focus (child (editor_of (grieve), BOUNCE_TYPE_GRIEF_EDITOR,
                                              "body_view")));
  g_assert_true (test_iterate_until (card_shows, &wait, 5000));
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GOAL), ==, 1);
}

static char *
selected_prompt (BounceRecordPage *grieve)
{
  char *prompt = NULL;

  g_object_get (bounce_record_page_get_selected (grieve), "prompt", &prompt, NULL);
  return prompt;
}

/* A new page is offered a prompt, shown with the idea it comes from, and on disk with the
 * page once it is written. */
static void
test_new_page_prompt (Fixture       *fixture,
                      gconstpointer  data)
{
  BounceRecordPage *grieve = section (fixture, BOUNCE_TYPE_GRIEF_ENTRY);
  BounceEditor *editor = editor_of (grieve);
  DiskWait wait = { fixture, BOUNCE_TYPE_GRIEF_ENTRY, "body", "It still stings." };
  g_autofree char *prompt = NULL;
  g_autofree char *stored = NULL;
  const BouncePrompt *offered;

  activate (fixture, "win.new-record", NULL);
  prompt = selected_prompt (grieve);
  offered = bounce_prompts_lookup (prompt);
  g_assert_nonnull (offered);

  g_assert_true (gtk_widget_get_visible (child (editor, BOUNCE_TYPE_GRIEF_EDITOR,
                                                "prompt_box")));
  g_assert_false (gtk_widget_get_visible (child (editor, BOUNCE_TYPE_GRIEF_EDITOR,
                                                 "show_prompt_button")));
  g_assert_cmpstr (gtk_label_get_text (child (editor, BOUNCE_TYPE_GRIEF_EDITOR, "prompt_label")),
                   ==, offered->text);
  g_assert_cmpstr (gtk_label_get_text (child (editor, BOUNCE_TYPE_GRIEF_EDITOR, "idea_label")),
                   ==, bounce_prompts_idea_title (offered->idea));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (child (editor, BOUNCE_TYPE_GRIEF_EDITOR,
                                                             "body_view")),
                            wait.expected, -1);
  g_assert_true (test_iterate_until (disk_has_value, &wait, 5000));
  stored = disk_string (fixture, BOUNCE_TYPE_GRIEF_ENTRY, 0, "prompt");
  g_assert_cmpstr (stored, ==, prompt);
}

/* Another Prompt changes it, on disk too; Without a Prompt keeps ""; and the prompt put
 * aside can be brought back. */
static void
test_prompt_buttons (Fixture       *fixture,
                     gconstpointer  data)
{
  BounceRecordPage *grieve = section (fixture, BOUNCE_TYPE_GRIEF_ENTRY);
  BounceEditor *editor = editor_of (grieve);
  GtkWidget *prompt_box = child (editor, BOUNCE_TYPE_GRIEF_EDITOR, "prompt_box");
  GtkWidget *show_prompt = child (editor, BOUNCE_TYPE_GRIEF_EDITOR, "show_prompt_button");
  DiskWait wait = { fixture, BOUNCE_TYPE_GRIEF_ENTRY, "prompt", NULL };
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *back = NULL;

  activate (fixture, "win.new-record", NULL);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (child (editor, BOUNCE_TYPE_GRIEF_EDITOR,
                                                             "body_view")),
                            "A few words.", -1);
  first = selected_prompt (grieve);

  g_signal_emit_by_name (child (editor, BOUNCE_TYPE_GRIEF_EDITOR, "another_button"), "clicked");
  second = selected_prompt (grieve);
  g_assert_nonnull (bounce_prompts_lookup (second));
  g_assert_cmpstr (second, !=, first);
  g_assert_cmpstr (gtk_label_get_text (child (editor, BOUNCE_TYPE_GRIEF_EDITOR, "prompt_label")),
                   ==, bounce_prompts_lookup (second)->text);
  wait.expected = second;
  g_assert_true (test_iterate_until (disk_has_value, &wait, 5000));

  g_signal_emit_by_name (child (editor, BOUNCE_TYPE_GRIEF_EDITOR, "without_button"), "clicked");
  wait.expected = "";
  g_assert_true (test_iterate_until (disk_has_value, &wait, 5000));
  g_assert_false (gtk_widget_get_visible (prompt_box));
  g_assert_true (gtk_widget_get_visible (show_prompt));

  /* Written without one, it shows none when opened again. */
  close_window (fixture);
  open_window (fixture);
  grieve = section (fixture, BOUNCE_TYPE_GRIEF_ENTRY);
  editor = editor_of (grieve);
  prompt_box = child (editor, BOUNCE_TYPE_GRIEF_EDITOR, "prompt_box");
  show_prompt = child (editor, BOUNCE_TYPE_GRIEF_EDITOR, "show_prompt_button");
  g_assert_false (gtk_widget_get_visible (prompt_box));
  g_assert_true (gtk_widget_get_visible (show_prompt));

  /* Asked for again: a prompt, and it stays. */
  g_signal_emit_by_name (show_prompt, "clicked");
  back = selected_prompt (grieve);
  g_assert_nonnull (bounce_prompts_lookup (back));
  g_assert_true (gtk_widget_get_visible (prompt_box));
  wait.expected = back;
  g_assert_true (test_iterate_until (disk_has_value, &wait, 5000));
}

/* Within a visit, the prompt put aside is the one that comes back. */
static void
test_prompt_put_aside (Fixture       *fixture,
                       gconstpointer  data)
{
  BounceRecordPage *grieve = section (fixture, BOUNCE_TYPE_GRIEF_ENTRY);
  BounceEditor *editor = editor_of (grieve);
  g_autofree char *offered = NULL;
  g_autofree char *back = NULL;

  activate (fixture, "win.new-record", NULL);
  offered = selected_prompt (grieve);
  g_signal_emit_by_name (child (editor, BOUNCE_TYPE_GRIEF_EDITOR, "without_button"), "clicked");
  g_signal_emit_by_name (child (editor, BOUNCE_TYPE_GRIEF_EDITOR, "show_prompt_button"),
                         "clicked");
  back = selected_prompt (grieve);
  g_assert_cmpstr (back, ==, offered);
}

/* A page with only its prompt is still blank: it goes when left, and when the window
 * closes on it. */
static void
test_prompt_only_page_dropped (Fixture       *fixture,
                               gconstpointer  data)
{
  BounceRecordPage *grieve = section (fixture, BOUNCE_TYPE_GRIEF_ENTRY);
  BounceEditor *editor = editor_of (grieve);

  activate (fixture, "win.new-record", NULL);
  g_signal_emit_by_name (child (editor, BOUNCE_TYPE_GRIEF_EDITOR, "another_button"), "clicked");
  g_assert_true (bounce_window_flush (fixture->window, NULL));
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, 1);

  activate (fixture, "win.new-record", NULL);
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, 1);

  close_window (fixture);
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, 0);
}

/* Older pages show the prompt they were written under, in today's words. */
static void
test_older_page_prompt (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(BounceRecord) older = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY,
                                                "created", (gint64) 1600000000 * G_USEC_PER_SEC,
                                                "body", "Two years.", "prompt", "what-it-cost",
                                                NULL);
  BounceEditor *editor;
  g_autoptr(GError) error = NULL;

  close_window (fixture);
  {
    g_autoptr(BounceStore) store = bounce_store_open (fixture->dir->path, &error);

    g_assert_no_error (error);
    g_assert_true (bounce_store_insert (store, older, &error));
    g_assert_no_error (error);
  }
  open_window (fixture);

  editor = editor_of (section (fixture, BOUNCE_TYPE_GRIEF_ENTRY));
  g_assert_cmpstr (bounce_record_get_uuid (bounce_editor_get_record (editor)), ==,
                   bounce_record_get_uuid (older));
  g_assert_cmpstr (gtk_label_get_text (child (editor, BOUNCE_TYPE_GRIEF_EDITOR, "prompt_label")),
                   ==, "What did it cost you?");
  g_assert_cmpstr (gtk_label_get_text (child (editor, BOUNCE_TYPE_GRIEF_EDITOR, "idea_label")),
                   ==, "Grieve in your own time");
}

int
main (int   argc,
      char *argv[])
{
  /* West of Greenwich, a day's midnight in UTC is the day before: dates must not move. */
  g_setenv ("TZ", "America/Los_Angeles", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/date-row/shows-day", test_date_row_shows_day);
  g_test_add_func ("/date-row/calendar", test_date_row_calendar);
  g_test_add_func ("/date-row/today", test_date_row_today);
  g_test_add ("/goals/section", Fixture, NULL,
              fixture_set_up, test_goals_section, fixture_tear_down);
  g_test_add ("/goals/editor", Fixture, NULL,
              fixture_set_up, test_goal_editor, fixture_tear_down);
  g_test_add ("/goals/focus-moves", Fixture, NULL,
              fixture_set_up, test_focus_moves, fixture_tear_down);
  g_test_add ("/goals/card", Fixture, NULL, fixture_set_up, test_card, fixture_tear_down);
  g_test_add ("/goals/card-name-left", Fixture, NULL,
              fixture_set_up, test_card_name_left, fixture_tear_down);
  g_test_add ("/prompts/new-page", Fixture, NULL,
              fixture_set_up, test_new_page_prompt, fixture_tear_down);
  g_test_add ("/prompts/buttons", Fixture, NULL,
              fixture_set_up, test_prompt_buttons, fixture_tear_down);
  g_test_add ("/prompts/put-aside", Fixture, NULL,
              fixture_set_up, test_prompt_put_aside, fixture_tear_down);
  g_test_add ("/prompts/prompt-only-page-dropped", Fixture, NULL,
              fixture_set_up, test_prompt_only_page_dropped, fixture_tear_down);
  g_test_add ("/prompts/older-page", Fixture, NULL,
              fixture_set_up, test_older_page_prompt, fixture_tear_down);

  return g_test_run ();
}
