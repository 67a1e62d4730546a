/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-time-button.c: a time of day, shown as "09:30" and set in a popover of hours and
 * minutes; in minutes after midnight. */
#define G_LOG_DOMAIN "bounce-time-button"

#include <glib/gi18n.h>

#include "bounce-time-button.h"

#define MINUTES_PER_DAY (24 * 60)

struct _BounceTimeButton
{
  GtkWidget      parent_instance;

  GtkMenuButton *menu_button;
  GtkSpinButton *hour_spin;
  GtkSpinButton *minute_spin;

  int            minutes;
  gboolean       updating;   /* both spins are being set: one change, not two */
};

enum {
  PROP_0,
  PROP_MINUTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (BounceTimeButton, bounce_time_button, GTK_TYPE_WIDGET)

static int
spins_minutes (BounceTimeButton *self)
{
  return gtk_spin_button_get_value_as_int (self->hour_spin) * 60 +
         gtk_spin_button_get_value_as_int (self->minute_spin);
}

static void
update_label (BounceTimeButton *self)
{
  /* Translators: a time of day on a 24-hour clock, hours then minutes, as in "09:30". Change
   * the colon if your language writes times another way. */
  g_autofree char *label = g_strdup_printf (_("%02d:%02d"), self->minutes / 60,
                                            self->minutes % 60);

  gtk_menu_button_set_label (self->menu_button, label);
}

static void
take_minutes (BounceTimeButton *self,
              int               minutes)
{
  if (self->minutes == minutes)
    return;

  self->minutes = minutes;
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MINUTES]);
}

/* "09", not "9": a time of day reads as one. */
static gboolean
on_output_cb (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

static void
on_value_changed_cb (BounceTimeButton *self)
{
  if (!self->updating)
    take_minutes (self, spins_minutes (self));
}

/* Going past :59 moves on to the next hour, as a clock does. */
static void
on_minute_wrapped_cb (BounceTimeButton *self)
{
  int hour = gtk_spin_button_get_value_as_int (self->hour_spin);
  int step = gtk_spin_button_get_value_as_int (self->minute_spin) == 0 ? 1 : -1;

  self->updating = TRUE;
  gtk_spin_button_set_value (self->hour_spin, (hour + step + 24) % 24);
  self->updating = FALSE;

  take_minutes (self, spins_minutes (self));
}

static gboolean
bounce_time_button_grab_focus (GtkWidget *widget)
{
  BounceTimeButton *self = BOUNCE_TIME_BUTTON (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->menu_button));
}

static void
bounce_time_button_dispose (GObject *object)
{
  BounceTimeButton *self = BOUNCE_TIME_BUTTON (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BOUNCE_TYPE_TIME_BUTTON);

  G_OBJECT_CLASS (bounce_time_button_parent_class)->dispose (object);
}

static void
bounce_time_button_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  BounceTimeButton *self = BOUNCE_TIME_BUTTON (object);

  switch (prop_id)
    {
    case PROP_MINUTES:
      g_value_set_int (value, self->minutes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_time_button_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  BounceTimeButton *self = BOUNCE_TIME_BUTTON (object);

  switch (prop_id)
    {
    case PROP_MINUTES:
      bounce_time_button_set_minutes (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_time_button_class_init (BounceTimeButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bounce_time_button_dispose;
  object_class->get_property = bounce_time_button_get_property;
  object_class->set_property = bounce_time_button_set_property;
  widget_class->grab_focus = bounce_time_button_grab_focus;

  /**
   * BounceTimeButton:minutes:
   *
   * The time of day shown, in minutes after midnight.
   */
  properties[PROP_MINUTES] =
    g_param_spec_int ("minutes", NULL, NULL,
                      0, MINUTES_PER_DAY - 1, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-time-button.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceTimeButton, menu_button);
  gtk_widget_class_bind_template_child (widget_class, BounceTimeButton, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, BounceTimeButton, minute_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_minute_wrapped_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bounce_time_button_init (BounceTimeButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_label (self);
}

GtkWidget *
bounce_time_button_new (void)
{
  return g_object_new (BOUNCE_TYPE_TIME_BUTTON, NULL);
}

int
bounce_time_button_get_minutes (BounceTimeButton *self)
{
  g_return_val_if_fail (BOUNCE_IS_TIME_BUTTON (self), 0);

  return self->minutes;
}

void
bounce_time_button_set_minutes (BounceTimeButton *self,
                                int               minutes)
{
  g_return_if_fail (BOUNCE_IS_TIME_BUTTON (self));
  g_return_if_fail (minutes >= 0 && minutes < MINUTES_PER_DAY);

  self->updating = TRUE;
  gtk_spin_button_set_value (self->hour_spin, minutes / 60);
  gtk_spin_button_set_value (self->minute_spin, minutes % 60);
  self->updating = FALSE;

  take_minutes (self, minutes);
}
