/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-goals.c: the lost goals and the writing prompts, driven through the window and
 * checked on disk; and the row for an optional day they use. */
#include <adwaita.h>

#include "bounce-core.h"
#include "bounce-date-row.h"
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

/* The day a row holds, or -1 for none. */
static gint64
row_seconds (BounceDateRow *row)
{
  GVariant *value = bounce_date_row_get_value (row);
  g_autoptr(GVariant) child = value != NULL ? g_variant_get_maybe (value) : NULL;

  return child != NULL ? g_variant_get_int64 (child) : -1;
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

  return g_test_run ();
}
