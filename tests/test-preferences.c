/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-preferences.c: the Preferences window, driven through its widgets, checked in GSettings. */
#include <adwaita.h>

#include "bounce-preferences-private.h"
#include "bounce-window.h"

/* A Preferences window over settings reset to their defaults. */
typedef struct
{
  GSettings               *settings;
  BouncePreferencesWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;
  GtkWidget *window;

  /* The memory backend lives as long as the process: each test starts from the defaults. */
  fixture->settings = g_settings_new (APP_ID);
  g_object_get (fixture->settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (fixture->settings, keys[i]);

  window = bounce_preferences_window_new (NULL);
  fixture->window = g_object_ref_sink (BOUNCE_PREFERENCES_WINDOW (window));
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (g_steal_pointer (&fixture->window));
  g_clear_object (&fixture->settings);
}

static gpointer
child (Fixture    *fixture,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->window),
                                                   BOUNCE_TYPE_PREFERENCES_WINDOW, name);

  g_assert_nonnull (object);
  return object;
}

static GtkCheckButton *
day_check (Fixture *fixture,
           guint    day)
{
  return bounce_preferences_window_get_day_check (fixture->window, day);
}

static GtkWidget *
remove_button (Fixture *fixture,
               guint    index)
{
  return GTK_WIDGET (bounce_preferences_window_get_remove_button (fixture->window, index));
}

static BounceTimeButton *
time_button (Fixture *fixture,
             guint    index)
{
  return bounce_preferences_window_get_time_button (fixture->window, index);
}

static GtkSpinButton *
time_spin (BounceTimeButton *button,
           const char       *name)
{
  GObject *spin = gtk_widget_get_template_child (GTK_WIDGET (button), BOUNCE_TYPE_TIME_BUTTON,
                                                 name);

  g_assert_true (GTK_IS_SPIN_BUTTON (spin));
  return GTK_SPIN_BUTTON (spin);
}

/* As a person sets a time: in the popover's spin buttons. */
static void
set_time (BounceTimeButton *button,
          int               hour,
          int               minute)
{
  gtk_spin_button_set_value (time_spin (button, "hour_spin"), hour);
  gtk_spin_button_set_value (time_spin (button, "minute_spin"), minute);
}

static int
shown_time (BounceTimeButton *button)
{
  return gtk_spin_button_get_value_as_int (time_spin (button, "hour_spin")) * 60 +
         gtk_spin_button_get_value_as_int (time_spin (button, "minute_spin"));
}

/* "[600, 1080]": an array key, printed, to compare in one go. */
static char *
key_text (Fixture    *fixture,
          const char *key)
{
  g_autoptr(GVariant) value = g_settings_get_value (fixture->settings, key);

  return g_variant_print (value, FALSE);
}

static void
set_int_array (Fixture      *fixture,
               const char   *key,
               const gint32 *values,
               gsize         n_values)
{
  g_settings_set_value (fixture->settings, key,
                        g_variant_new_fixed_array (G_VARIANT_TYPE_INT32, values, n_values,
                                                   sizeof (gint32)));
}

static void
assert_key_text (Fixture    *fixture,
                 const char *key,
                 const char *expected)
{
  g_autofree char *text = key_text (fixture, key);

  g_assert_cmpstr (text, ==, expected);
}

/* The times the window shows, as the key would print them. */
static char *
shown_times (Fixture *fixture)
{
  guint n = bounce_preferences_window_get_n_times (fixture->window);
  g_autoptr(GString) text = g_string_new ("[");

  for (guint i = 0; i < n; i++)
    {
      BounceTimeButton *button = time_button (fixture, i);

      g_assert_cmpint (shown_time (button), ==, bounce_time_button_get_minutes (button));
      g_string_append_printf (text, "%s%d", i > 0 ? ", " : "", shown_time (button));
    }
  g_string_append_c (text, ']');

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_shown_times (Fixture    *fixture,
                    const char *expected)
{
  g_autofree char *text = shown_times (fixture);

  g_assert_cmpstr (text, ==, expected);
}

static gboolean
has_description (AdwPreferencesGroup *group)
{
  const char *description = adw_preferences_group_get_description (group);

  return description != NULL && *description != '\0';
}

static void
test_template (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GDateTime) monday = g_date_time_new_utc (2024, 1, 1, 12, 0, 0);
  g_autofree char *monday_name = g_date_time_format (monday, "%A");
  g_autoptr(GtkWidget) widget = g_object_ref_sink (bounce_time_button_new ());
  BounceTimeButton *button = BOUNCE_TIME_BUTTON (widget);
  GtkMenuButton *menu_button;
  AdwActionRow *row;

  g_assert_true (ADW_IS_PREFERENCES_WINDOW (fixture->window));

  /* Days are named in the person's language, Monday first. */
  for (guint day = 1; day <= 7; day++)
    g_assert_true (GTK_IS_CHECK_BUTTON (day_check (fixture, day)));
  row = ADW_ACTION_ROW (gtk_widget_get_ancestor (GTK_WIDGET (day_check (fixture, 1)),
                                                 ADW_TYPE_ACTION_ROW));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, monday_name);

  /* A time reads as a clock does. */
  bounce_time_button_set_minutes (button, 9 * 60 + 5);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (time_spin (button, "hour_spin"))),
                   ==, "09");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (time_spin (button, "minute_spin"))),
                   ==, "05");
  menu_button = GTK_MENU_BUTTON (gtk_widget_get_first_child (widget));
  g_assert_cmpstr (gtk_menu_button_get_label (menu_button), ==, "09:05");
}

static void
test_switches (Fixture       *fixture,
               gconstpointer  data)
{
  struct {
    const char *widget;
    const char *key;
  } switches[] = {
    { "enabled_switch", "nudges-enabled" },
    { "background_switch", "nudges-when-closed" },
    { "quiet_switch", "quiet-hours-enabled" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (switches); i++)
    {
      GtkSwitch *widget = child (fixture, switches[i].widget);
      gboolean before = g_settings_get_boolean (fixture->settings, switches[i].key);

      g_test_message ("%s <-> %s", switches[i].widget, switches[i].key);
      g_assert_cmpint (gtk_switch_get_active (widget), ==, before);

      /* As a click does. */
      gtk_widget_activate (GTK_WIDGET (widget));
      g_assert_cmpint (g_settings_get_boolean (fixture->settings, switches[i].key), ==, !before);

      g_settings_set_boolean (fixture->settings, switches[i].key, before);
      g_assert_cmpint (gtk_switch_get_active (widget), ==, before);
    }

  /* The whole row is the switch's. */
  gtk_widget_activate (gtk_widget_get_ancestor (child (fixture, "enabled_switch"),
                                                ADW_TYPE_ACTION_ROW));
  g_assert_false (g_settings_get_boolean (fixture->settings, "nudges-enabled"));
}

static void
test_sensitivity (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *followers[] = { "background_row", "when_group", "days_group", "quiet_group",
                              "often_group" };

  for (guint i = 0; i < G_N_ELEMENTS (followers); i++)
    g_assert_true (gtk_widget_get_sensitive (child (fixture, followers[i])));

  g_settings_set_boolean (fixture->settings, "nudges-enabled", FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (followers); i++)
    {
      g_test_message ("%s", followers[i]);
      g_assert_false (gtk_widget_get_sensitive (child (fixture, followers[i])));
    }

  g_settings_set_boolean (fixture->settings, "nudges-enabled", TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (followers); i++)
    g_assert_true (gtk_widget_get_sensitive (child (fixture, followers[i])));

  /* Quiet hours' times wait for quiet hours. */
  g_settings_set_boolean (fixture->settings, "quiet-hours-enabled", FALSE);
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "quiet_start_row")));
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "quiet_end_row")));
  g_settings_set_boolean (fixture->settings, "quiet-hours-enabled", TRUE);
  g_assert_true (gtk_widget_get_sensitive (child (fixture, "quiet_start_row")));
  g_assert_true (gtk_widget_get_sensitive (child (fixture, "quiet_end_row")));
}

static void
assert_timing_rows (Fixture  *fixture,
                    gboolean  fixed)
{
  guint n = bounce_preferences_window_get_n_times (fixture->window);

  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (gtk_widget_get_visible (GTK_WIDGET (
                       bounce_preferences_window_get_time_row (fixture->window, i))), ==, fixed);
  g_assert_cmpint (gtk_widget_get_visible (child (fixture, "add_time_row")), ==, fixed);
  g_assert_cmpint (gtk_widget_get_visible (child (fixture, "window_start_row")), ==, !fixed);
  g_assert_cmpint (gtk_widget_get_visible (child (fixture, "window_end_row")), ==, !fixed);
}

static void
test_timing (Fixture       *fixture,
             gconstpointer  data)
{
  AdwComboRow *timing_row = child (fixture, "timing_row");
  g_autofree char *timing = NULL;

  /* The default is a surprise time. */
  g_assert_cmpuint (adw_combo_row_get_selected (timing_row), ==, 1);
  assert_timing_rows (fixture, FALSE);

  adw_combo_row_set_selected (timing_row, 0);
  timing = g_settings_get_string (fixture->settings, "nudge-timing");
  g_assert_cmpstr (timing, ==, "fixed");
  assert_timing_rows (fixture, TRUE);

  g_settings_set_string (fixture->settings, "nudge-timing", "random");
  g_assert_cmpuint (adw_combo_row_get_selected (timing_row), ==, 1);
  assert_timing_rows (fixture, FALSE);

  /* Rows made while the timing is fixed are shown; made while random, hidden. */
  g_settings_set_string (fixture->settings, "nudge-timing", "fixed");
  gtk_widget_activate (child (fixture, "add_time_row"));
  assert_timing_rows (fixture, TRUE);
  g_settings_set_string (fixture->settings, "nudge-timing", "random");
  set_int_array (fixture, "nudge-times", (gint32[]) { 60 }, 1);
  assert_timing_rows (fixture, FALSE);
}

/* The Style row writes the key; the key, bound as the app binds it at start, styles every
 * window; and a key changed elsewhere shows in the row. */
static void
test_style (Fixture       *fixture,
            gconstpointer  data)
{
  AdwComboRow *style_row = child (fixture, "style_row");
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *scheme = NULL;

  bounce_preferences_follow_color_scheme (fixture->settings);

  /* The default follows the system. */
  g_assert_cmpuint (adw_combo_row_get_selected (style_row), ==, 0);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);

  adw_combo_row_set_selected (style_row, 2);
  scheme = g_settings_get_string (fixture->settings, "color-scheme");
  g_assert_cmpstr (scheme, ==, "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style));

  adw_combo_row_set_selected (style_row, 1);
  g_clear_pointer (&scheme, g_free);
  scheme = g_settings_get_string (fixture->settings, "color-scheme");
  g_assert_cmpstr (scheme, ==, "light");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_false (adw_style_manager_get_dark (style));

  g_settings_set_string (fixture->settings, "color-scheme", "dark");
  g_assert_cmpuint (adw_combo_row_get_selected (style_row), ==, 2);

  /* Back to the system's choice: the style no longer forces one. */
  g_settings_set_string (fixture->settings, "color-scheme", "default");
  g_assert_cmpuint (adw_combo_row_get_selected (style_row), ==, 0);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_times (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWidget *add_row = child (fixture, "add_time_row");
  AdwActionRow *kept_row;

  g_settings_set_string (fixture->settings, "nudge-timing", "fixed");
  assert_shown_times (fixture, "[600, 1080]");

  /* A new time comes an hour after the last one. */
  gtk_widget_activate (add_row);
  assert_key_text (fixture, "nudge-times", "[600, 1080, 1140]");
  assert_shown_times (fixture, "[600, 1080, 1140]");

  /* Through the popover's spin buttons. */
  set_time (time_button (fixture, 1), 7, 45);
  assert_key_text (fixture, "nudge-times", "[600, 465, 1140]");

  /* Past :59 is the next hour. */
  set_time (time_button (fixture, 0), 10, 59);
  gtk_spin_button_spin (time_spin (time_button (fixture, 0), "minute_spin"),
                        GTK_SPIN_STEP_FORWARD, 1);
  assert_key_text (fixture, "nudge-times", "[660, 465, 1140]");

  g_signal_emit_by_name (remove_button (fixture, 0), "clicked");
  assert_key_text (fixture, "nudge-times", "[465, 1140]");
  assert_shown_times (fixture, "[465, 1140]");

  /* From the settings: rows follow, and a row being edited stays the same row. */
  kept_row = bounce_preferences_window_get_time_row (fixture->window, 0);
  set_int_array (fixture, "nudge-times", (gint32[]) { 30, 90 }, 2);
  assert_shown_times (fixture, "[30, 90]");
  g_assert_true (bounce_preferences_window_get_time_row (fixture->window, 0) == kept_row);

  /* One time at least. */
  set_int_array (fixture, "nudge-times", (gint32[]) { 300 }, 1);
  assert_shown_times (fixture, "[300]");
  g_assert_false (gtk_widget_is_sensitive (remove_button (fixture, 0)));
  g_signal_emit_by_name (remove_button (fixture, 0), "clicked");
  assert_key_text (fixture, "nudge-times", "[300]");

  /* Eight at most. */
  for (guint i = 1; i < 8; i++)
    {
      g_assert_true (gtk_widget_is_sensitive (add_row));
      gtk_widget_activate (add_row);
    }
  assert_key_text (fixture, "nudge-times", "[300, 360, 420, 480, 540, 600, 660, 720]");
  g_assert_false (gtk_widget_is_sensitive (add_row));
  gtk_widget_activate (add_row);
  g_assert_cmpuint (bounce_preferences_window_get_n_times (fixture->window), ==, 8);
  g_assert_true (gtk_widget_is_sensitive (remove_button (fixture, 7)));

  /* The last row's button removes the last time. */
  g_signal_emit_by_name (remove_button (fixture, 7), "clicked");
  assert_key_text (fixture, "nudge-times", "[300, 360, 420, 480, 540, 600, 660]");
  g_assert_true (gtk_widget_is_sensitive (add_row));

  /* What the window cannot show is not shown, nor written back. */
  set_int_array (fixture, "nudge-times", (gint32[]) { 2000, -5 }, 2);
  assert_shown_times (fixture, "[1439, 0]");
  assert_key_text (fixture, "nudge-times", "[2000, -5]");
}

static void
test_time_keys (Fixture       *fixture,
                gconstpointer  data)
{
  struct {
    const char *widget;
    const char *key;
  } times[] = {
    { "window_start_button", "nudge-window-start" },
    { "window_end_button", "nudge-window-end" },
    { "quiet_start_button", "quiet-hours-start" },
    { "quiet_end_button", "quiet-hours-end" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      BounceTimeButton *button = child (fixture, times[i].widget);

      g_test_message ("%s <-> %s", times[i].widget, times[i].key);
      g_assert_cmpint (shown_time (button), ==,
                       g_settings_get_int (fixture->settings, times[i].key));

      set_time (button, 13, 25);
      g_assert_cmpint (g_settings_get_int (fixture->settings, times[i].key), ==, 13 * 60 + 25);

      g_settings_set_int (fixture->settings, times[i].key, 6 * 60 + 10);
      g_assert_cmpint (shown_time (button), ==, 6 * 60 + 10);
    }

  /* A surprise window may end at midnight, which the clock shows as 00:00. */
  set_time (child (fixture, "window_end_button"), 0, 0);
  g_assert_cmpint (g_settings_get_int (fixture->settings, "nudge-window-end"), ==, 1440);
  g_settings_set_int (fixture->settings, "nudge-window-end", 1200);
  g_settings_set_int (fixture->settings, "nudge-window-end", 1440);
  g_assert_cmpint (shown_time (child (fixture, "window_end_button")), ==, 0);
}

static void
test_days (Fixture       *fixture,
           gconstpointer  data)
{
  AdwPreferencesGroup *days_group = child (fixture, "days_group");

  for (guint day = 1; day <= 7; day++)
    g_assert_true (gtk_check_button_get_active (day_check (fixture, day)));
  g_assert_false (has_description (days_group));

  /* As a click does. */
  gtk_widget_activate (GTK_WIDGET (day_check (fixture, 3)));
  assert_key_text (fixture, "nudge-days", "[1, 2, 4, 5, 6, 7]");

  set_int_array (fixture, "nudge-days", (gint32[]) { 7, 1 }, 2);
  for (guint day = 1; day <= 7; day++)
    g_assert_cmpint (gtk_check_button_get_active (day_check (fixture, day)), ==,
                     day == 1 || day == 7);

  /* No day at all is allowed, and said. */
  gtk_widget_activate (GTK_WIDGET (day_check (fixture, 1)));
  gtk_widget_activate (GTK_WIDGET (day_check (fixture, 7)));
  assert_key_text (fixture, "nudge-days", "[]");
  g_assert_true (has_description (days_group));

  gtk_widget_activate (GTK_WIDGET (day_check (fixture, 5)));
  assert_key_text (fixture, "nudge-days", "[5]");
  g_assert_false (has_description (days_group));
}

static void
test_how_often (Fixture       *fixture,
                gconstpointer  data)
{
  GtkSpinButton *cap_spin = child (fixture, "cap_spin");
  GtkSpinButton *snooze_spin = child (fixture, "snooze_spin");
  double step;

  g_assert_cmpint (gtk_spin_button_get_value_as_int (cap_spin), ==, 2);
  g_assert_cmpstr (gtk_label_get_text (child (fixture, "cap_label")), ==, "reminders a day");

  gtk_spin_button_set_value (cap_spin, 1);
  g_assert_cmpint (g_settings_get_int (fixture->settings, "nudge-daily-cap"), ==, 1);
  g_assert_cmpstr (gtk_label_get_text (child (fixture, "cap_label")), ==, "reminder a day");
  g_settings_set_int (fixture->settings, "nudge-daily-cap", 8);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (cap_spin), ==, 8);

  /* No more than the key allows. */
  gtk_spin_button_set_value (cap_spin, 9);
  g_assert_cmpint (g_settings_get_int (fixture->settings, "nudge-daily-cap"), ==, 8);

  /* As the + button does. */
  step = gtk_adjustment_get_step_increment (gtk_spin_button_get_adjustment (snooze_spin));
  gtk_spin_button_spin (snooze_spin, GTK_SPIN_STEP_FORWARD, step);
  g_assert_cmpint (g_settings_get_int (fixture->settings, "snooze-minutes"), ==, 65);
  g_settings_set_int (fixture->settings, "snooze-minutes", 5);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (snooze_spin), ==, 5);
  g_assert_cmpstr (gtk_label_get_text (child (fixture, "snooze_label")), ==, "minutes");
}

static gboolean
is_toplevel (GtkWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (toplevel == window)
        return TRUE;
    }

  return FALSE;
}

/* Opened from the main window: on top of it, and gone with it. */
static void
test_parent (void)
{
  BounceWindow *parent = g_object_ref_sink (g_object_new (BOUNCE_TYPE_WINDOW, NULL));
  GtkWindow *window;

  gtk_window_present (GTK_WINDOW (parent));
  window = GTK_WINDOW (bounce_preferences_window_new (GTK_WINDOW (parent)));
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_present (window);

  g_assert_true (gtk_window_get_transient_for (window) == GTK_WINDOW (parent));
  g_assert_true (gtk_window_get_modal (window));
  g_assert_true (is_toplevel (window));

  gtk_window_destroy (GTK_WINDOW (parent));
  g_assert_finalize_object (parent);
  g_assert_null (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* A switch flips at the end of its animation: without one, at once. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add ("/preferences/template", Fixture, NULL,
              fixture_set_up, test_template, fixture_tear_down);
  g_test_add ("/preferences/switches", Fixture, NULL,
              fixture_set_up, test_switches, fixture_tear_down);
  g_test_add ("/preferences/sensitivity", Fixture, NULL,
              fixture_set_up, test_sensitivity, fixture_tear_down);
  g_test_add ("/preferences/timing", Fixture, NULL,
              fixture_set_up, test_timing, fixture_tear_down);
  g_test_add ("/preferences/style", Fixture, NULL,
              fixture_set_up, test_style, fixture_tear_down);
  g_test_add ("/preferences/times", Fixture, NULL,
              fixture_set_up, test_times, fixture_tear_down);
  g_test_add ("/preferences/time-keys", Fixture, NULL,
              fixture_set_up, test_time_keys, fixture_tear_down);
  g_test_add ("/preferences/days", Fixture, NULL,
              fixture_set_up, test_days, fixture_tear_down);
  g_test_add ("/preferences/how-often", Fixture, NULL,
              fixture_set_up, test_how_often, fixture_tear_down);
  g_test_add_func ("/preferences/parent", test_parent);

  return g_test_run ();
}
