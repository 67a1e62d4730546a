/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-preferences.c: the Preferences window: when and how gentle reminders come, and the
 * style. */
#define G_LOG_DOMAIN "bounce-preferences"

#include <string.h>

#include <glib/gi18n.h>

#include "bounce-preferences-private.h"
#include "bounce-schedule.h"
#include "bounce-window-private.h"

#define MINUTES_PER_DAY (24 * 60)
#define N_DAYS 7

/* The rows of the Timing combo, in the order of the .ui file. */
enum {
  TIMING_ROW_FIXED,
  TIMING_ROW_RANDOM,
};

struct _BouncePreferencesWindow
{
  AdwPreferencesWindow   parent_instance;

  AdwPreferencesPage    *page;
  GtkSwitch             *enabled_switch;
  AdwActionRow          *background_row;
  GtkSwitch             *background_switch;
  AdwPreferencesGroup   *when_group;
  AdwComboRow           *timing_row;
  AdwActionRow          *window_start_row;
  AdwActionRow          *window_end_row;
  BounceTimeButton      *window_start_button;
  BounceTimeButton      *window_end_button;
  AdwActionRow          *add_time_row;
  AdwPreferencesGroup   *days_group;
  AdwPreferencesGroup   *quiet_group;
  GtkSwitch             *quiet_switch;
  AdwActionRow          *quiet_start_row;
  AdwActionRow          *quiet_end_row;
  BounceTimeButton      *quiet_start_button;
  BounceTimeButton      *quiet_end_button;
  AdwPreferencesGroup   *often_group;
  GtkSpinButton         *cap_spin;
  GtkLabel              *cap_label;
  GtkSpinButton         *snooze_spin;
  GtkLabel              *snooze_label;
  AdwComboRow           *style_row;

  GSettings             *settings;
  GPtrArray             *time_rows;           /* AdwActionRow, in the order of nudge-times */
  GtkCheckButton        *day_checks[N_DAYS];  /* Monday first */
  gboolean               syncing;             /* showing the settings: nothing to write back */
};

G_DEFINE_FINAL_TYPE (BouncePreferencesWindow, bounce_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

/* The fixed times as the settings hold them, within what the window can show. */
static guint
read_times (BouncePreferencesWindow *self,
            gint32                   times[BOUNCE_SCHEDULE_MAX_TIMES])
{
  g_autoptr(GVariant) value = g_settings_get_value (self->settings, "nudge-times");
  gsize n_stored = 0;
  const gint32 *stored = g_variant_get_fixed_array (value, &n_stored, sizeof (gint32));
  guint n = MIN (n_stored, BOUNCE_SCHEDULE_MAX_TIMES);

  for (guint i = 0; i < n; i++)
    times[i] = CLAMP (stored[i], 0, MINUTES_PER_DAY - 1);

  return n;
}

static void
write_times (BouncePreferencesWindow *self,
             const gint32            *times,
             guint                    n_times)
{
  g_settings_set_value (self->settings, "nudge-times",
                        g_variant_new_fixed_array (G_VARIANT_TYPE_INT32, times, n_times,
                                                   sizeof (gint32)));
}

static BounceTimeButton *
row_time_button (AdwActionRow *row)
{
  return g_object_get_data (G_OBJECT (row), "bounce-time-button");
}

static gboolean
timing_is_fixed (BouncePreferencesWindow *self)
{
  g_autofree char *timing = g_settings_get_string (self->settings, "nudge-timing");

  return g_str_equal (timing, "fixed");
}

static void
update_time_actions (BouncePreferencesWindow *self)
{
  guint n = self->time_rows->len;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.add-time",
                                 n < BOUNCE_SCHEDULE_MAX_TIMES);
  /* One time at least: with none, "At Set Times" would mean never. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.remove-time", n > 1);
}

/* The rows of the chosen timing, and only those. */
static void
update_timing_rows (BouncePreferencesWindow *self)
{
  gboolean fixed = timing_is_fixed (self);

  for (guint i = 0; i < self->time_rows->len; i++)
    gtk_widget_set_visible (self->time_rows->pdata[i], fixed);
  gtk_widget_set_visible (GTK_WIDGET (self->add_time_row), fixed);
  gtk_widget_set_visible (GTK_WIDGET (self->window_start_row), !fixed);
  gtk_widget_set_visible (GTK_WIDGET (self->window_end_row), !fixed);

  adw_preferences_group_set_description (self->when_group,
                                         fixed && self->time_rows->len == 0
                                         ? _("No times chosen: no reminders will come")
                                         : NULL);
}

static void
on_time_changed_cb (BouncePreferencesWindow *self)
{
  gint32 times[BOUNCE_SCHEDULE_MAX_TIMES];
  guint n = MIN (self->time_rows->len, BOUNCE_SCHEDULE_MAX_TIMES);

  if (self->syncing)
    return;

  for (guint i = 0; i < n; i++)
    times[i] = bounce_time_button_get_minutes (row_time_button (self->time_rows->pdata[i]));

  write_times (self, times, n);
}

static AdwActionRow *
time_row_new (BouncePreferencesWindow *self,
              guint                    index)
{
  /* Translators: the title of the row of one of the times of day reminders come at, counted
   * from 1: "Time 1", "Time 2"... */
  g_autofree char *title = g_strdup_printf (_("Time %u"), index + 1);
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget *time_button = bounce_time_button_new ();
  GtkWidget *remove_button = gtk_button_new_from_icon_name ("list-remove-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  gtk_widget_set_valign (remove_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove_button, "flat");
  gtk_widget_set_tooltip_text (remove_button, _("Remove This Time"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove_button), "prefs.remove-time");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove_button), "u", index);

  adw_action_row_add_suffix (row, time_button);
  adw_action_row_add_suffix (row, remove_button);
  g_object_set_data (G_OBJECT (row), "bounce-time-button", time_button);
  g_object_set_data (G_OBJECT (row), "bounce-remove-button", remove_button);

  g_signal_connect_object (time_button, "notify::minutes", G_CALLBACK (on_time_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return row;
}

/* One row per time, between the random window's rows and "Add a Time". */
static void
rebuild_time_rows (BouncePreferencesWindow *self,
                   guint                    n_times)
{
  g_autoptr(AdwActionRow) add_row = g_object_ref (self->add_time_row);

  for (guint i = 0; i < self->time_rows->len; i++)
    adw_preferences_group_remove (self->when_group, self->time_rows->pdata[i]);
  g_ptr_array_set_size (self->time_rows, 0);
  adw_preferences_group_remove (self->when_group, GTK_WIDGET (add_row));

  for (guint i = 0; i < n_times; i++)
    {
      AdwActionRow *row = time_row_new (self, i);

      adw_preferences_group_add (self->when_group, GTK_WIDGET (row));
      g_ptr_array_add (self->time_rows, row);
    }
  adw_preferences_group_add (self->when_group, GTK_WIDGET (add_row));
}

static void
sync_times (BouncePreferencesWindow *self)
{
  gint32 times[BOUNCE_SCHEDULE_MAX_TIMES];
  guint n = read_times (self, times);

  /* Rows are only made anew when their number changes, so that a time being edited keeps
   * its focus. */
  if (n != self->time_rows->len)
    rebuild_time_rows (self, n);

  self->syncing = TRUE;
  for (guint i = 0; i < n; i++)
    bounce_time_button_set_minutes (row_time_button (self->time_rows->pdata[i]), times[i]);
  self->syncing = FALSE;

  update_time_actions (self);
  update_timing_rows (self);
}

static void
sync_days (BouncePreferencesWindow *self)
{
  g_autoptr(GVariant) value = g_settings_get_value (self->settings, "nudge-days");
  gsize n = 0;
  const gint32 *days = g_variant_get_fixed_array (value, &n, sizeof (gint32));
  gboolean chosen[N_DAYS] = { FALSE, };
  gboolean any = FALSE;

  for (gsize i = 0; i < n; i++)
    if (days[i] >= 1 && days[i] <= N_DAYS)
      chosen[days[i] - 1] = any = TRUE;

  self->syncing = TRUE;
  for (guint i = 0; i < N_DAYS; i++)
    gtk_check_button_set_active (self->day_checks[i], chosen[i]);
  self->syncing = FALSE;

  /* Allowed, since it is a way to pause reminders, but said plainly. */
  adw_preferences_group_set_description (self->days_group,
                                         any ? NULL
                                             : _("No days chosen: no reminders will come"));
}

static void
on_day_toggled_cb (BouncePreferencesWindow *self)
{
  gint32 days[N_DAYS];
  guint n = 0;

  if (self->syncing)
    return;

  for (guint i = 0; i < N_DAYS; i++)
    if (gtk_check_button_get_active (self->day_checks[i]))
      days[n++] = i + 1;

  g_settings_set_value (self->settings, "nudge-days",
                        g_variant_new_fixed_array (G_VARIANT_TYPE_INT32, days, n,
                                                   sizeof (gint32)));
}

/* The person's own name for a day, 1 for Monday, as a row title ("Monday", "Lundi"). */
static char *
weekday_title (guint day)
{
  /* 1 January 2024 was a Monday. */
  g_autoptr(GDateTime) date = g_date_time_new_utc (2024, 1, day, 12, 0, 0);
  g_autofree char *name = g_date_time_format (date, "%A");
  char first[8] = { 0, };  /* one character, and its end */

  if (name == NULL || !g_utf8_validate (name, -1, NULL) || *name == '\0')
    return g_strdup_printf ("%u", day);

  g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (name)), first);
  return g_strconcat (first, g_utf8_next_char (name), NULL);
}

static void
add_day_rows (BouncePreferencesWindow *self)
{
  for (guint i = 0; i < N_DAYS; i++)
    {
      g_autofree char *title = weekday_title (i + 1);
      AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (row, check);
      adw_action_row_set_activatable_widget (row, check);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (on_day_toggled_cb), self);

      adw_preferences_group_add (self->days_group, GTK_WIDGET (row));
      self->day_checks[i] = GTK_CHECK_BUTTON (check);
    }
}

/* A time not chosen yet, an hour after the last one. */
static gint32
next_free_time (const gint32 *times,
                guint         n_times)
{
  gint32 candidate = n_times == 0 ? 10 * 60 : (times[n_times - 1] + 60) % MINUTES_PER_DAY;

  for (guint tries = 0; tries < 24; tries++)
    {
      gboolean taken = FALSE;

      for (guint i = 0; i < n_times; i++)
        taken |= times[i] == candidate;

      if (!taken)
        break;
      candidate = (candidate + 60) % MINUTES_PER_DAY;
    }

  return candidate;
}

static void
add_time_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BouncePreferencesWindow *self = BOUNCE_PREFERENCES_WINDOW (widget);
  gint32 times[BOUNCE_SCHEDULE_MAX_TIMES];
  guint n = read_times (self, times);

  if (n >= BOUNCE_SCHEDULE_MAX_TIMES)
    return;

  times[n] = next_free_time (times, n);
  write_times (self, times, n + 1);

  if (self->time_rows->len > n)
    gtk_widget_grab_focus (GTK_WIDGET (row_time_button (self->time_rows->pdata[n])));
}

static void
remove_time_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BouncePreferencesWindow *self = BOUNCE_PREFERENCES_WINDOW (widget);
  gint32 times[BOUNCE_SCHEDULE_MAX_TIMES];
  guint n = read_times (self, times);
  guint index = g_variant_get_uint32 (parameter);

  if (index >= n || n <= 1)
    return;

  memmove (&times[index], &times[index + 1], (n - index - 1) * sizeof (gint32));
  write_times (self, times, n - 1);

  /* The button pressed is gone: the keyboard stays on the times. */
  if (self->time_rows->len > 0)
    {
      guint next = MIN (index, self->time_rows->len - 1);

      gtk_widget_grab_focus (GTK_WIDGET (row_time_button (self->time_rows->pdata[next])));
    }
}

static gboolean
timing_get_mapping (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char *timing = g_variant_get_string (variant, NULL);

  g_value_set_uint (value, g_str_equal (timing, "fixed") ? TIMING_ROW_FIXED : TIMING_ROW_RANDOM);
  return TRUE;
}

static GVariant *
timing_set_mapping (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  switch (g_value_get_uint (value))
    {
    case TIMING_ROW_FIXED:
      return g_variant_new_string ("fixed");

    case TIMING_ROW_RANDOM:
      return g_variant_new_string ("random");

    default:
      return NULL;
    }
}

/* The keys of color-scheme, in the order of the Style combo's rows. */
static const char * const color_schemes[] = { "default", "light", "dark" };

static gboolean
style_get_mapping (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  const char *scheme = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (color_schemes); i++)
    if (g_str_equal (scheme, color_schemes[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
style_set_mapping (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  guint row = g_value_get_uint (value);

  return row < G_N_ELEMENTS (color_schemes) ? g_variant_new_string (color_schemes[row]) : NULL;
}

/* "default" follows the desktop: light unless the desktop prefers dark. */
static gboolean
color_scheme_get_mapping (GValue   *value,
                          GVariant *variant,
                          gpointer  user_data)
{
  const char *scheme = g_variant_get_string (variant, NULL);

  if (g_str_equal (scheme, "light"))
    g_value_set_enum (value, ADW_COLOR_SCHEME_FORCE_LIGHT);
  else if (g_str_equal (scheme, "dark"))
    g_value_set_enum (value, ADW_COLOR_SCHEME_FORCE_DARK);
  else
    g_value_set_enum (value, ADW_COLOR_SCHEME_DEFAULT);

  return TRUE;
}

/**
 * bounce_preferences_follow_color_scheme:
 * @settings: the app's settings
 *
 * Makes every window of the process light or dark as the "color-scheme" key says, now and
 * whenever it changes. Calling it again replaces the earlier binding.
 */
void
bounce_preferences_follow_color_scheme (GSettings *settings)
{
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_settings_bind_with_mapping (settings, "color-scheme", adw_style_manager_get_default (),
                                "color-scheme", G_SETTINGS_BIND_GET,
                                color_scheme_get_mapping, NULL, NULL, NULL);
}

/* The window may end at midnight, 1440 in the settings, which a clock shows as 00:00. */
static gboolean
window_end_get_mapping (GValue   *value,
                        GVariant *variant,
                        gpointer  user_data)
{
  g_value_set_int (value, g_variant_get_int32 (variant) % MINUTES_PER_DAY);
  return TRUE;
}

static GVariant *
window_end_set_mapping (const GValue       *value,
                        const GVariantType *expected_type,
                        gpointer            user_data)
{
  int minutes = g_value_get_int (value);

  return g_variant_new_int32 (minutes == 0 ? MINUTES_PER_DAY : minutes);
}

static void
on_cap_changed_cb (BouncePreferencesWindow *self)
{
  int cap = gtk_spin_button_get_value_as_int (self->cap_spin);

  /* Translators: after a number, as in "At Most [2] reminders a day". */
  gtk_label_set_text (self->cap_label, ngettext ("reminder a day", "reminders a day", cap));
}

static void
on_snooze_changed_cb (BouncePreferencesWindow *self)
{
  int minutes = gtk_spin_button_get_value_as_int (self->snooze_spin);

  /* Translators: after a number, as in "Snooze For [60] minutes". */
  gtk_label_set_text (self->snooze_label, ngettext ("minute", "minutes", minutes));
}

static void
bind_settings (BouncePreferencesWindow *self)
{
  GSettings *settings = self->settings;

  g_settings_bind (settings, "nudges-enabled", self->enabled_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "nudges-when-closed", self->background_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (settings, "nudge-timing", self->timing_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                timing_get_mapping, timing_set_mapping, NULL, NULL);
  g_settings_bind (settings, "nudge-window-start", self->window_start_button, "minutes",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (settings, "nudge-window-end", self->window_end_button, "minutes",
                                G_SETTINGS_BIND_DEFAULT,
                                window_end_get_mapping, window_end_set_mapping, NULL, NULL);
  g_settings_bind (settings, "quiet-hours-enabled", self->quiet_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "quiet-hours-start", self->quiet_start_button, "minutes",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "quiet-hours-end", self->quiet_end_button, "minutes",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "nudge-daily-cap", self->cap_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "snooze-minutes", self->snooze_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (settings, "color-scheme", self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                style_get_mapping, style_set_mapping, NULL, NULL);

  /* Arrays have no property to bind to. A key only tells of changes once it has been read,
   * so these connect before the first sync. */
  g_signal_connect_object (settings, "changed::nudge-times",
                           G_CALLBACK (sync_times), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::nudge-timing",
                           G_CALLBACK (update_timing_rows), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::nudge-days",
                           G_CALLBACK (sync_days), self, G_CONNECT_SWAPPED);
  sync_times (self);
  sync_days (self);

  bounce_preferences_window_add_sync_group (self, self->page, settings);
  bounce_preferences_window_add_backups_group (self, self->page, settings);
}

static void
bounce_preferences_window_dispose (GObject *object)
{
  BouncePreferencesWindow *self = BOUNCE_PREFERENCES_WINDOW (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), BOUNCE_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (bounce_preferences_window_parent_class)->dispose (object);
}

static void
bounce_preferences_window_finalize (GObject *object)
{
  BouncePreferencesWindow *self = BOUNCE_PREFERENCES_WINDOW (object);

  g_clear_pointer (&self->time_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (bounce_preferences_window_parent_class)->finalize (object);
}

static void
bounce_preferences_window_class_init (BouncePreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bounce_preferences_window_dispose;
  object_class->finalize = bounce_preferences_window_finalize;

  g_type_ensure (BOUNCE_TYPE_TIME_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, BouncePreferencesWindow, page);
  gtk_widget_class_bind_template_child (widget_class, BouncePreferencesWindow, enabled_switch);
  gtk_widget_class_bind_template_child (widget_class, BouncePreferencesWindow, background_row);
  gtk_widget_class_bind_template_child (widget_class, BouncePreferencesWindow, background_switch);
  gtk_widget_class_bind_template_child (widget_class, BouncePreferencesWindow, when_group);
  gtk_widget_class_bind_template_child (widget_class, BouncePreferencesWindow, timing_row);
  gtk_widget_class_bind_template_child (widget_class, BouncePreferencesWindow, window_start_row);
  gtk_widget_class_bind_template_child (widget_class, BouncePreferencesWindow, window_end_row);
  gtk_widget_class_bind_template_child (widget_class, BouncePreferencesWindow,
                                        window_start_button);
  gtk_widget_class_bind_template_child (widget_class, BouncePreferencesWindow, window_end_button);
  gtk_widget_class_bind_template_child (widget_class, BouncePreferencesWindow, add_time_row);
  gtk_widget_class_bind_template_child (widget_class, BouncePreferencesWindow, days_group);
  gtk_widget_class_bind_template_child (widget_class, BouncePreferencesWindow, quiet_group);
  gtk_widget_class_bind_template_child (widget_class, BouncePreferencesWindow, quiet_switch);
  gtk_widget_class_bind_template_child (widget_class, BouncePreferencesWindow, quiet_start_row);
  gtk_widget_class_bind_template_child (widget_class, BouncePreferencesWindow, quiet_end_row);
  gtk_widget_class_bind_template_child (widget_class, BouncePreferencesWindow, quiet_start_button);
  gtk_widget_class_bind_template_child (widget_class, BouncePreferencesWindow, quiet_end_button);
  gtk_widget_class_bind_template_child (widget_class, BouncePreferencesWindow, often_group);
  gtk_widget_class_bind_template_child (widget_class, BouncePreferencesWindow, cap_spin);
  gtk_widget_class_bind_template_child (widget_class, BouncePreferencesWindow, cap_label);
  gtk_widget_class_bind_template_child (widget_class, BouncePreferencesWindow, snooze_spin);
  gtk_widget_class_bind_template_child (widget_class, BouncePreferencesWindow, snooze_label);
  gtk_widget_class_bind_template_child (widget_class, BouncePreferencesWindow, style_row);
  gtk_widget_class_bind_template_callback (widget_class, on_cap_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_snooze_changed_cb);

  gtk_widget_class_install_action (widget_class, "prefs.add-time", NULL, add_time_action);
  gtk_widget_class_install_action (widget_class, "prefs.remove-time", "u", remove_time_action);
}

static void
bounce_preferences_window_init (BouncePreferencesWindow *self)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->time_rows = g_ptr_array_new ();
  add_day_rows (self);
  on_cap_changed_cb (self);
  on_snooze_changed_cb (self);

  if (source == NULL || (schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)) == NULL)
    {
      g_warning ("The settings schema %s is not installed; there is nothing to set", APP_ID);
      gtk_widget_set_sensitive (GTK_WIDGET (self->page), FALSE);
      return;
    }

  self->settings = g_settings_new (APP_ID);
  bind_settings (self);
}

/**
 * bounce_preferences_window_new:
 * @parent: (nullable): the window it is opened from
 *
 * Returns: (transfer none): a new Preferences window, not yet shown; GTK keeps it until it is
 *   destroyed, or its parent is
 */
GtkWidget *
bounce_preferences_window_new (GtkWindow *parent)
{
  BouncePreferencesWindow *self;
  BounceJournal *journal;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (BOUNCE_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       "destroy-with-parent", TRUE,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);

  /* The backups listed are those of the journal of the window it is opened from. */
  if (BOUNCE_IS_WINDOW (parent) &&
      (journal = bounce_window_get_journal (BOUNCE_WINDOW (parent))) != NULL)
    bounce_preferences_window_show_backups (self,
                                            bounce_store_get_path (
                                              bounce_journal_get_store (journal)));

  return GTK_WIDGET (self);
}

guint
bounce_preferences_window_get_n_times (BouncePreferencesWindow *self)
{
  g_return_val_if_fail (BOUNCE_IS_PREFERENCES_WINDOW (self), 0);

  return self->time_rows->len;
}

AdwActionRow *
bounce_preferences_window_get_time_row (BouncePreferencesWindow *self,
                                        guint                    index)
{
  g_return_val_if_fail (BOUNCE_IS_PREFERENCES_WINDOW (self), NULL);
  g_return_val_if_fail (index < self->time_rows->len, NULL);

  return self->time_rows->pdata[index];
}

BounceTimeButton *
bounce_preferences_window_get_time_button(BouncePreferencesWindow *self,
                                         guint                    index)
{
  g_return_val_if_fail (BOUNCE_IS_PREFERENCES_WINDOW (self), NULL);
  g_return_val_if_fail (index < self->time_rows->len, NULL);

  return row_time_button (self->time_rows->pdata[index]);
}

GtkButton *
bounce_preferences_window_get_remove_button (BouncePreferencesWindow *self,
                                             guint                    index)
{
  g_return_val_if_fail (BOUNCE_IS_PREFERENCES_WINDOW (self), NULL);
  g_return_val_if_fail (index < self->time_rows->len, NULL);

  return g_object_get_data (G_OBJECT (self->time_rows->pdata[index]), "bounce-remove-button");
}

/**
 * bounce_preferences_window_get_day_check:
 * @day: 1 for Monday to 7 for Sunday
 */
GtkCheckButton *
bounce_preferences_window_get_day_check (BouncePreferencesWindow *self,
                                         guint                    day)
{
  g_return_val_if_fail (BOUNCE_IS_PREFERENCES_WINDOW (self), NULL);
  g_return_val_if_fail (day >= 1 && day <= N_DAYS, NULL);

  return self->day_checks[day - 1];
}
