/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-then-now.c: "Then and Now" on New Paths: three months of a journal, in words, in a
 * chart and in a list, read only once shown, and again as records change. */
#include <adwaita.h>

#include "bounce-core.h"
#include "bounce-month-chart.h"
#include "bounce-then-now.h"
#include "bounce-window-private.h"
#include "test-util.h"
#include "test-window-util.h"

/* Local midnight at the start of the month @delta months from now's. */
static GDateTime *
month_start (int delta)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) first = g_date_time_new_local (g_date_time_get_year (now),
                                                      g_date_time_get_month (now), 1,
                                                      0, 0, 0);

  return g_date_time_add_months (first, delta);
}

static char *
month_name (int         delta,
            const char *format)
{
  g_autoptr(GDateTime) start = month_start (delta);

  return g_date_time_format (start, format);
}

static gint64
to_us (GDateTime *time)
{
  return g_date_time_to_unix (time) * G_USEC_PER_SEC + g_date_time_get_microsecond (time);
}

/* The @i-th of @n moments inside month @delta: spread over its days, and for this
 * month over the part of it that has passed, so that none is in the future. */
static gint64
moment (int   delta,
        guint i,
        guint n)
{
  g_autoptr(GDateTime) start = month_start (delta);
  g_autoptr(GDateTime) end = NULL;
  gint64 from = to_us (start);
  gint64 to;

  if (delta == 0)
    to = g_get_real_time ();
  else
    {
      end = month_start (delta + 1);
      to = to_us (end);
    }
  return from + (to - from) / (n + 1) * (i + 1);
}

static void
add (GPtrArray  *records,
     GType       type,
     int         delta,
     guint       i,
     guint       n,
     const char *property,
     ...)
{
  BounceRecord *record = g_object_new (type, "created", moment (delta, i, n), NULL);
  va_list args;

  va_start (args, property);
  g_object_set_valist (G_OBJECT (record), property, args);
  va_end (args);
  g_ptr_array_add (records, record);
}

/* An idea written down early in month @delta and first tried in its middle. */
static void
add_tried_idea (GPtrArray  *records,
                int         delta,
                const char *title)
{
  BounceRecord *idea = g_object_new (BOUNCE_TYPE_IDEA, "created", moment (delta, 0, 3),
                                     "title", title, "status", BOUNCE_IDEA_STATUS_TRYING,
                                     NULL);

  bounce_record_set_optional_int64 (idea, "tried", TRUE, moment (delta, 1, 3));
  g_ptr_array_add (records, idea);
}

/* Three months as a person might have lived them: a lot of writing at first, less since,
 * moods rising slowly, thank-yous once they found that section. */
static void
set_up_three_months (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const int scores_before[] = { 2, 2, 3, 3 };
  const int scores_now[] = { 3, 4, 4 };

  reset_all_settings ();
  g_settings_set_boolean (settings, "welcome-done", TRUE);
  fixture->dir = test_dir_new ();

  for (guint i = 0; i < 6; i++)
    add (records, BOUNCE_TYPE_GRIEF_ENTRY, -2, i, 6,
         "body", "I keep thinking about the exam room.", NULL);
  add (records, BOUNCE_TYPE_CHECKIN, -2, 0, 1, "score", 1, "feelings", "sad", NULL);
  add_tried_idea (records, -2, "Pottery");

  for (guint i = 0; i < 3; i++)
    add (records, BOUNCE_TYPE_GRIEF_ENTRY, -1, i, 3, "body", "A better week.", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (scores_before); i++)
    add (records, BOUNCE_TYPE_CHECKIN, -1, i, G_N_ELEMENTS (scores_before),
         "score", scores_before[i], NULL);
  add (records, BOUNCE_TYPE_THANKS, -1, 0, 2, "tried", "Two years of evening classes", NULL);
  add (records, BOUNCE_TYPE_THANKS, -1, 1, 2, "treat", "Dinner at the harbour", NULL);
  for (guint i = 0; i < 2; i++)
    add (records, BOUNCE_TYPE_STEP, -1, i, 2, "text", "Sketch three bowls", NULL);
  add_tried_idea (records, -1, "Teach a night class");

  for (guint i = 0; i < 5; i++)
    add (records, BOUNCE_TYPE_GRIEF_ENTRY, 0, i, 8, "body", "Writing helps.", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (scores_now); i++)
    add (records, BOUNCE_TYPE_CHECKIN, 0, 5 + i, 8, "score", scores_now[i], NULL);
  for (guint i = 0; i < 3; i++)
    add (records, BOUNCE_TYPE_STEP, 0, i, 3, "text", "Ask the studio about evening classes",
         NULL);
  add (records, BOUNCE_TYPE_THANKS, 0, 0, 3, "learned-self", "I am stubborn, kindly", NULL);
  add (records, BOUNCE_TYPE_THANKS, 0, 1, 3, "tried", "The interview", NULL);
  /* A page opened and left blank is no page written. */
  add (records, BOUNCE_TYPE_GRIEF_ENTRY, 0, 2, 3, "prompt", "proud", NULL);

  store = bounce_store_open (fixture->dir->path, &error);
  g_assert_no_error (error);
  g_assert_true (bounce_store_insert_all (store, records, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  open_window (fixture);
}

static gboolean
is_then_now (GtkWidget     *widget,
             gconstpointer  data)
{
  return BOUNCE_IS_THEN_NOW (widget);
}

/* The section's view, which the window makes when it is first shown. */
static BounceThenNow *
made_then_now (Fixture *fixture)
{
  GtkWidget *view = find_widget (GTK_WIDGET (fixture->window), is_then_now, NULL);

  return view != NULL ? BOUNCE_THEN_NOW (view) : NULL;
}

static BounceThenNow *
then_now (Fixture *fixture)
{
  GtkWidget *view = find_widget (GTK_WIDGET (fixture->window), is_then_now, NULL);

  g_assert_nonnull (view);
  return BOUNCE_THEN_NOW (view);
}

static AdwViewStack *
sections_of_view (BounceThenNow *view)
{
  GtkWidget *widget = GTK_WIDGET (view);

  while (widget != NULL && !ADW_IS_VIEW_STACK (widget))
    widget = gtk_widget_get_parent (widget);
  g_assert_nonnull (widget);
  return ADW_VIEW_STACK (widget);
}

static void
show_page (Fixture    *fixture,
           const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page",
                                             "s", name));
}

/* As the section switcher does. */
static void
show_then_now (Fixture *fixture)
{
  show_page (fixture, "paths");
  adw_view_stack_set_visible_child_name (child (fixture->window, BOUNCE_TYPE_WINDOW,
                                                "paths_sections"), "then-now");
  g_assert_true (test_iterate_until ((TestCondition) gtk_widget_get_mapped, then_now (fixture),
                                     5000));
}

static BounceMonthChart *
chart (Fixture *fixture)
{
  return child (then_now (fixture), BOUNCE_TYPE_THEN_NOW, "chart");
}

/* What a screen reader is told of the chart is every month it shows, with its figure. */
static void
assert_chart_says (Fixture    *fixture,
                   const char *expected)
{
  g_autofree char *mismatch = NULL;

  g_assert_cmpstr (bounce_month_chart_get_description (chart (fixture)), ==, expected);
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart (fixture)),
                                                 GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                 expected);
  g_assert_null (mismatch);
}

static char *
expected_words (guint pages_now,
                guint steps_now)
{
  g_autofree char *now = month_name (0, "%OB");
  g_autofree char *before = month_name (-1, "%OB");

  return g_strdup_printf ("In %s you wrote %u pages, %u more than in %s.\n"
                          "In %s you checked in 3 times; in %s, 4. "
                          "Your check-ins in %s gave a mood of 3.7 out of 5 on average; "
                          "in %s, 2.5.\n"
                          "In %s you thanked yourself 2 times, as often as in %s.\n"
                          "In %s you took %u small steps, %u more than in %s.\n"
                          "No new idea tried yet in %s; in %s you began trying 1.\n"
                          "A quieter month is fine: resting is part of bouncing back.",
                          now, pages_now, pages_now - 3, before, now, before, now, before,
                          now, before, now, steps_now, steps_now - 2, before, now, before);
}

/* The rows of the month list, newest first: "title|subtitle". */
static GStrv
month_rows (Fixture *fixture)
{
  GtkWidget *list = child (then_now (fixture), BOUNCE_TYPE_THEN_NOW, "month_list");
  g_autoptr(GStrvBuilder) rows = g_strv_builder_new ();

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      g_autofree char *line = NULL;

      g_assert_true (ADW_IS_ACTION_ROW (row));
      line = g_strdup_printf ("%s|%s",
                              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                              adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
      g_strv_builder_add (rows, line);
    }
  return g_strv_builder_end (rows);
}

static gboolean
has_height (gpointer widget)
{
  return gtk_widget_get_height (widget) > 0;
}

/* Nothing is read for the first frame, nor for the New Paths page's ideas; once shown,
 * the section tells this month beside the last in words, a chart and a list. */
static void
test_months (Fixture       *fixture,
             gconstpointer  data)
{
  BounceThenNow *view;
  GtkDropDown *figure;
  g_autofree char *words = expected_words (5, 3);
  g_autofree char *title_0 = month_name (0, "%OB %Y");
  g_autofree char *title_1 = month_name (-1, "%OB %Y");
  g_autofree char *title_2 = month_name (-2, "%OB %Y");
  g_autofree char *pages = g_strdup_printf ("Pages Written, month by month: %s: 6; %s: 3; "
                                            "%s: 5.", title_2, title_1, title_0);
  g_autofree char *mood = g_strdup_printf ("Average Mood, month by month: %s: 1.0; %s: 2.5; "
                                           "%s: 3.7.", title_2, title_1, title_0);
  g_autofree char *row_0 = g_strdup_printf ("%s|5 pages · 3 check-ins, mood 3.7 of 5 · "
                                            "2 thank-yous · 3 steps", title_0);
  g_autofree char *row_1 = g_strdup_printf ("%s|3 pages · 4 check-ins, mood 2.5 of 5 · "
                                            "2 thank-yous · 2 steps · 1 idea tried", title_1);
  g_autofree char *row_2 = g_strdup_printf ("%s|6 pages · 1 check-in, mood 1.0 of 5 · "
                                            "1 idea tried", title_2);
  g_autofree char *tried = g_strdup_printf ("Ideas Tried, month by month: %s: 1; %s: 1; "
                                            "%s: 0.", title_2, title_1, title_0);
  g_auto(GStrv) rows = NULL;

  g_assert_null (made_then_now (fixture));
  show_page (fixture, "paths");
  g_assert_true (test_iterate_until ((TestCondition) gtk_widget_get_mapped,
                                     page (fixture, "paths"), 5000));
  g_assert_null (made_then_now (fixture));

  show_then_now (fixture);
  view = then_now (fixture);
  figure = child (view, BOUNCE_TYPE_THEN_NOW, "figure_dropdown");
  g_assert_cmpuint (bounce_then_now_get_reads (view), ==, 1);
  g_assert_cmpstr (bounce_then_now_get_words (view), ==, words);
  g_assert_cmpstr (gtk_label_get_text (child (view, BOUNCE_TYPE_THEN_NOW, "words_label")), ==,
                   words);

  /* The year's empty months before the first one written are left out. */
  assert_chart_says (fixture, pages);
  rows = month_rows (fixture);
  g_assert_cmpuint (g_strv_length (rows), ==, 3);
  g_assert_cmpstr (rows[0], ==, row_0);
  g_assert_cmpstr (rows[1], ==, row_1);
  g_assert_cmpstr (rows[2], ==, row_2);

  gtk_drop_down_set_selected (figure, BOUNCE_MONTH_MOOD);
  g_assert_cmpint (bounce_month_chart_get_figure (chart (fixture)), ==, BOUNCE_MONTH_MOOD);
  assert_chart_says (fixture, mood);
  gtk_drop_down_set_selected (figure, BOUNCE_MONTH_IDEAS_TRIED);
  assert_chart_says (fixture, tried);

  /* Given room and drawn, without a warning. */
  g_assert_true (test_iterate_until (has_height, chart (fixture), 5000));
}

static gboolean
words_are (gpointer user_data)
{
  gpointer *args = user_data;

  return g_strcmp0 (bounce_then_now_get_words (args[0]), args[1]) == 0;
}

/* A page written while the section is on show (here through the journal, as Undo or
 * another window would) is counted at once; out of sight, nothing is read until the
 * section is shown again. */
static void
test_refresh (Fixture       *fixture,
              gconstpointer  data)
{
  BounceThenNow *view;
  g_autofree char *six = expected_words (6, 3);
  g_autofree char *seven_pages = expected_words (7, 3);
  g_autofree char *seven = expected_words (7, 4);
  g_autoptr(BounceIdea) idea = NULL;
  g_autoptr(BounceStep) step = NULL;
  g_autoptr(BounceRecord) record = NULL;
  g_autoptr(BounceRecord) later = NULL;
  g_autoptr(GError) error = NULL;
  gpointer args[2] = { NULL, NULL };
  guint reads;

  show_then_now (fixture);
  view = then_now (fixture);
  args[0] = view;
  reads = bounce_then_now_get_reads (view);

  record = bounce_journal_add (fixture->journal, BOUNCE_TYPE_GRIEF_ENTRY, &error);
  g_assert_no_error (error);
  g_object_set (record, "body", "Back at my desk today.", NULL);
  g_assert_true (bounce_journal_save (fixture->journal, record, &error));
  g_assert_no_error (error);
  args[1] = six;
  g_assert_true (test_iterate_until (words_are, args, 5000));
  g_assert_cmpuint (bounce_then_now_get_reads (view), >, reads);

  /* The ideas on show: the section waits. */
  adw_view_stack_set_visible_child_name (sections_of_view (view), "ideas");
  g_assert_true (test_iterate_until ((TestCondition) gtk_widget_get_mapped,
                                     page (fixture, "paths"), 5000));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (view)));
  reads = bounce_then_now_get_reads (view);
  later = bounce_journal_add (fixture->journal, BOUNCE_TYPE_GRIEF_ENTRY, &error);
  g_assert_no_error (error);
  g_object_set (later, "body", "And again.", NULL);
  g_assert_true (bounce_journal_save (fixture->journal, later, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (bounce_then_now_get_reads (view), ==, reads);
  g_assert_cmpstr (bounce_then_now_get_words (view), ==, six);

  show_then_now (fixture);
  g_assert_cmpuint (bounce_then_now_get_reads (view), ==, reads + 1);
  g_assert_cmpstr (bounce_then_now_get_words (view), ==, seven_pages);

  /* A next step marked done on show counts too. */
  idea = BOUNCE_IDEA (bounce_journal_add (fixture->journal, BOUNCE_TYPE_IDEA, &error));
  g_assert_no_error (error);
  g_object_set (idea, "title", "Pottery", "next-step", "Call the studio", NULL);
  g_assert_true (bounce_journal_save (fixture->journal, BOUNCE_RECORD (idea), &error));
  g_assert_no_error (error);
  step = bounce_journal_step_done (fixture->journal, idea, &error);
  g_assert_no_error (error);
  g_assert_nonnull (step);
  args[1] = seven;
  g_assert_true (test_iterate_until (words_are, args, 5000));
}

static gboolean
is_new_record_button (GtkWidget     *widget,
                      gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)),
                    "win.new-record") == 0;
}

/* The New Paths page now has two sections, so its switcher shows, and the section is
 * named and has its icon; with it on show, there is nothing to add, and the button to
 * add says so. */
static void
test_section (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *add = find_widget (GTK_WIDGET (fixture->window), is_new_record_button, NULL);

  AdwViewStack *sections = child (fixture->window, BOUNCE_TYPE_WINDOW, "paths_sections");
  AdwViewStackPage *stack_page = adw_view_stack_get_page (
    sections, adw_view_stack_get_child_by_name (sections, "then-now"));

  g_assert_cmpstr (adw_view_stack_page_get_name (stack_page), ==, "then-now");
  g_assert_cmpstr (adw_view_stack_page_get_title (stack_page), ==, "Then and Now");
  g_assert_cmpstr (adw_view_stack_page_get_icon_name (stack_page), ==,
                   "bounce-then-now-symbolic");
  /* The ideas stay the page's first section. */
  g_assert_true (bounce_window_get_page (fixture->window, "paths") ==
                 bounce_window_get_section (fixture->window, BOUNCE_TYPE_IDEA));
  g_assert_true (gtk_widget_get_visible (child (fixture->window, BOUNCE_TYPE_WINDOW,
                                                "paths_switchers")));

  g_assert_nonnull (add);
  show_page (fixture, "paths");
  g_assert_true (gtk_widget_get_sensitive (add));
  show_then_now (fixture);
  g_assert_false (gtk_widget_get_sensitive (add));
  adw_view_stack_set_visible_child_name (sections, "ideas");
  g_assert_true (gtk_widget_get_sensitive (add));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/then-now/months", Fixture, NULL, set_up_three_months, test_months,
              fixture_tear_down);
  g_test_add ("/then-now/refresh", Fixture, NULL, set_up_three_months, test_refresh,
              fixture_tear_down);
  g_test_add ("/then-now/section", Fixture, NULL, fixture_set_up, test_section,
              fixture_tear_down);

  return g_test_run ();
}
