/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-date-row.c: a row for a day that may be left unset, chosen in a calendar. */
#define G_LOG_DOMAIN "bounce-date-row"

#include <glib/gi18n.h>

#include "bounce-date-row.h"
#include "bounce-editor.h"

struct _BounceDateRow
{
  AdwActionRow   parent_instance;

  GtkLabel      *value_label;
  GtkMenuButton *menu_button;
  GtkPopover    *popover;
  GtkCalendar   *calendar;
  GtkButton     *clear_button;

  GVariant      *value;     /* "mx": the day's midnight in UTC, in seconds; NULL for none */
  gboolean       syncing;   /* the calendar is being set to the value, not chosen from */
};

enum {
  PROP_0,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (BounceDateRow, bounce_date_row, ADW_TYPE_ACTION_ROW)

/* NULL and Nothing are the same: no day. */
static gboolean
get_seconds (GVariant *value,
             gint64   *seconds)
{
  g_autoptr(GVariant) child = NULL;

  if (value == NULL || !(child = g_variant_get_maybe (value)))
    return FALSE;

  *seconds = g_variant_get_int64 (child);
  return TRUE;
}

/* A day, not a moment: read in UTC, where it was stored at midnight, so that it is the
 * same day wherever the person is. */
static char *
format_day (gint64 seconds)
{
  g_autoptr(GDateTime) day = g_date_time_new_from_unix_utc (seconds);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (day == NULL)
    return g_strdup ("");

  if (g_date_time_get_year (day) == g_date_time_get_year (now))
    /* Translators: a day in the current year, for strftime-like
     * g_date_time_format(); e.g. "Tuesday, 3 November". */
    return g_date_time_format (day, C_("day in this year", "%A, %-e %B"));

  /* Translators: a day in another year, for g_date_time_format();
   * e.g. "3 November 2025". */
  return g_date_time_format (day, C_("day in another year", "%-e %B %Y"));
}

static void
update_display (BounceDateRow *self)
{
  g_autofree char *text = NULL;
  gint64 seconds;
  gboolean has_day = get_seconds (self->value, &seconds);

  if (has_day)
    text = format_day (seconds);
  else
    /* Translators: what a row for an optional day (when a goal began, say) shows while
     * no day is set. */
    text = g_strdup (_("No date"));

  gtk_label_set_text (self->value_label, text);
  if (has_day)
    gtk_widget_remove_css_class (GTK_WIDGET (self->value_label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->value_label), "dim-label");

  gtk_widget_set_sensitive (GTK_WIDGET (self->clear_button), has_day);

  /* The button is named by the row, and says the day it holds. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
}

/* Shows the day held, or today when there is none, so that the calendar opens somewhere
 * that makes sense; only a choice the person makes sets the value. */
static void
sync_calendar (BounceDateRow *self)
{
  g_autoptr(GDateTime) shown = NULL;
  gint64 seconds;

  if (get_seconds (self->value, &seconds))
    {
      g_autoptr(GDateTime) day = g_date_time_new_from_unix_utc (seconds);

      if (day != NULL)
        shown = g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                       g_date_time_get_day_of_month (day), 0, 0, 0);
    }

  if (shown == NULL)
    shown = g_date_time_new_now_local ();

  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, shown);
  self->syncing = FALSE;
}

/* The calendar's day, whatever its time zone, as the midnight in UTC of that day. */
static void
take_calendar_day (BounceDateRow *self)
{
  g_autoptr(GDateTime) chosen = gtk_calendar_get_date (self->calendar);
  g_autoptr(GDateTime) midnight = NULL;

  midnight = g_date_time_new_utc (g_date_time_get_year (chosen), g_date_time_get_month (chosen),
                                  g_date_time_get_day_of_month (chosen), 0, 0, 0);
  bounce_date_row_set_value (self,
                             g_variant_new_maybe (G_VARIANT_TYPE_INT64,
                                                  g_variant_new_int64 (
                                                    g_date_time_to_unix (midnight))));
  gtk_popover_popdown (self->popover);
}

static void
on_day_selected_cb (BounceDateRow *self)
{
  if (!self->syncing)
    take_calendar_day (self);
}

/* GtkCalendar says nothing when the day clicked is the one it already shows (today,
 * while no day is set): a click or Enter on a day takes it all the same. */
static void
on_calendar_released_cb (GtkGestureClick *gesture,
                         int              n_press,
                         double           x,
                         double           y,
                         BounceDateRow   *self)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->calendar), x, y, GTK_PICK_DEFAULT);

  if (picked != NULL && gtk_widget_has_css_class (picked, "day-number"))
    take_calendar_day (self);
}

static void
on_calendar_key_released_cb (GtkEventControllerKey *controller,
                             guint                  keyval,
                             guint                  keycode,
                             GdkModifierType        state,
                             BounceDateRow         *self)
{
  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      take_calendar_day (self);
      break;

    default:
      break;
    }
}

static void
on_popover_show_cb (BounceDateRow *self)
{
  sync_calendar (self);
}

static void
on_clear_clicked_cb (BounceDateRow *self)
{
  bounce_date_row_set_value (self, NULL);
  gtk_popover_popdown (self->popover);
}

static void
on_title_notify_cb (BounceDateRow *self)
{
  update_display (self);
}

static void
bounce_date_row_activate (AdwActionRow *row)
{
  BounceDateRow *self = BOUNCE_DATE_ROW (row);

  ADW_ACTION_ROW_CLASS (bounce_date_row_parent_class)->activate (row);
  gtk_menu_button_popup (self->menu_button);
}

static void
bounce_date_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BOUNCE_TYPE_DATE_ROW);

  G_OBJECT_CLASS (bounce_date_row_parent_class)->dispose (object);
}

static void
bounce_date_row_finalize (GObject *object)
{
  BounceDateRow *self = BOUNCE_DATE_ROW (object);

  g_clear_pointer (&self->value, g_variant_unref);

  G_OBJECT_CLASS (bounce_date_row_parent_class)->finalize (object);
}

static void
bounce_date_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BounceDateRow *self = BOUNCE_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_variant (value, self->value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_date_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BounceDateRow *self = BOUNCE_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      bounce_date_row_set_value (self, g_value_get_variant (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_date_row_class_init (BounceDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwActionRowClass *row_class = ADW_ACTION_ROW_CLASS (klass);

  object_class->dispose = bounce_date_row_dispose;
  object_class->finalize = bounce_date_row_finalize;
  object_class->get_property = bounce_date_row_get_property;
  object_class->set_property = bounce_date_row_set_property;
  row_class->activate = bounce_date_row_activate;

  /**
   * BounceDateRow:value:
   *
   * The day, as the Unix time in seconds of its midnight in UTC, or nothing
   * (%NULL, or an empty maybe) for no day; of the type of a record's "mx" day fields.
   */
  properties[PROP_VALUE] =
    g_param_spec_variant ("value", NULL, NULL,
                          G_VARIANT_TYPE ("mx"), NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-date-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceDateRow, value_label);
  gtk_widget_class_bind_template_child (widget_class, BounceDateRow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, BounceDateRow, popover);
  gtk_widget_class_bind_template_child (widget_class, BounceDateRow, calendar);
  gtk_widget_class_bind_template_child (widget_class, BounceDateRow, clear_button);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_released_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_key_released_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_clicked_cb);
}

static void
bounce_date_row_init (BounceDateRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  bounce_name_mnemonics (GTK_WIDGET (self));

  g_signal_connect (self, "notify::title", G_CALLBACK (on_title_notify_cb), NULL);
  update_display (self);
}

GtkWidget *
bounce_date_row_new (void)
{
  return g_object_new (BOUNCE_TYPE_DATE_ROW, NULL);
}

/**
 * bounce_date_row_get_value:
 *
 * Returns: (transfer none) (nullable): the day, of type "mx", or %NULL for none
 */
GVariant *
bounce_date_row_get_value (BounceDateRow *self)
{
  g_return_val_if_fail (BOUNCE_IS_DATE_ROW (self), NULL);

  return self->value;
}

/**
 * bounce_date_row_set_value:
 * @value: (nullable): a day of type "mx" (the Unix time of its midnight in UTC), or
 *   %NULL or an empty maybe for none
 */
void
bounce_date_row_set_value (BounceDateRow *self,
                           GVariant      *value)
{
  gint64 old_seconds = 0, new_seconds = 0;
  gboolean had_day, has_day;

  g_return_if_fail (BOUNCE_IS_DATE_ROW (self));
  g_return_if_fail (value == NULL || g_variant_is_of_type (value, G_VARIANT_TYPE ("mx")));

  /* A floating value is ours to sink, whatever happens next. */
  if (value != NULL)
    g_variant_ref_sink (value);

  had_day = get_seconds (self->value, &old_seconds);
  has_day = get_seconds (value, &new_seconds);

  if (had_day == has_day && old_seconds == new_seconds)
    {
      g_clear_pointer (&value, g_variant_unref);
      return;
    }

  g_clear_pointer (&self->value, g_variant_unref);
  /* Nothing is kept as NULL, as a record keeps it: one way to be empty. */
  if (has_day)
    self->value = g_steal_pointer (&value);
  else
    g_clear_pointer (&value, g_variant_unref);

  update_display (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}
