/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-mood-chart.c: the healing curve with its range and its words, above the check-ins. */
#define G_LOG_DOMAIN "bounce-mood-chart"

#include <glib/gi18n.h>

#include "bounce-mood-chart.h"
#include "bounce-mood-curve.h"

struct _BounceMoodChart
{
  GtkWidget        parent_instance;

  GtkWidget       *box;
  GtkToggleButton *weeks_button;
  GtkToggleButton *months_button;
  GtkToggleButton *all_button;
  GtkWidget       *empty_label;
  BounceMoodCurve *curve;
  GtkLabel        *caption_label;

  BounceJournal   *journal;
  GListModel      *checkins;
  BounceMoodRange  range;
  char            *summary;
};

G_DEFINE_FINAL_TYPE (BounceMoodChart, bounce_mood_chart, GTK_TYPE_WIDGET)

static void
set_summary (BounceMoodChart *self,
             char            *summary)
{
  g_free (self->summary);
  self->summary = summary;

  /* The same words for those who see the curve and those who hear it. */
  gtk_label_set_text (self->caption_label, summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->curve),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                  -1);
}

static void
show_curve (BounceMoodChart *self,
            gboolean         shown)
{
  gtk_widget_set_visible (GTK_WIDGET (self->curve), shown);
  gtk_widget_set_visible (self->empty_label, !shown);
}

/* Before the first check-in the section's own invitation says it all. */
static gboolean
has_any_mood (BounceMoodChart *self)
{
  g_autoptr(GError) error = NULL;
  gboolean any = FALSE;

  if (!bounce_store_has_moods (bounce_journal_get_store (self->journal), &any, &error))
    g_message ("Could not read whether there are check-ins: %s", error->message);

  return any;
}

/* Everything is read again: a few thousand small rows at most, and what the curve shows
 * is then what the file holds. */
static void
refresh (BounceMoodChart *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GArray) points = NULL;
  g_autoptr(GArray) days = NULL;
  g_autoptr(GError) error = NULL;
  guint32 today = bounce_mood_day_of (now);
  guint32 first_day;

  if (self->journal == NULL)
    return;

  gtk_widget_set_visible (self->box, has_any_mood (self));

  points = bounce_store_load_moods (bounce_journal_get_store (self->journal),
                                    bounce_mood_range_since (self->range, now), &error);
  if (points == NULL)
    {
      g_message ("Could not read the check-ins for the healing curve: %s", error->message);
      show_curve (self, FALSE);
      /* Translators: %s is the reason, e.g. "disk I/O error". */
      set_summary (self, g_strdup_printf (_("The healing curve could not be read: %s."),
                                          error->message));
      return;
    }

  days = bounce_mood_days_new ((BounceMoodPoint *) points->data, points->len, NULL);

  first_day = bounce_mood_range_first_day (self->range, now);
  if (first_day == 0)
    first_day = days->len > 0 ? g_array_index (days, BounceMoodDay, 0).day : today;
  /* A check-in dated tomorrow (a clock that was wrong) still fits on the curve. */
  if (days->len > 0)
    today = MAX (today, g_array_index (days, BounceMoodDay, days->len - 1).day);

  first_day = MIN (first_day, today);
  /* A week's wobbles would be noise across half a year: the curve looks further around
   * each day the more days it spans, about a twentieth of them to each side. */
  bounce_mood_days_smooth (days, MAX (3, (today - first_day) / 18));
  bounce_mood_curve_set_days (self->curve, days, first_day, today);
  /* A curve needs two days to be a line. */
  show_curve (self, days->len >= 2);
  set_summary (self, bounce_mood_describe (days, self->range, now));
}

static void
on_items_changed_cb (BounceMoodChart *self)
{
  refresh (self);
}

static void
on_range_toggled_cb (BounceMoodChart *self)
{
  BounceMoodRange range = self->range;

  if (gtk_toggle_button_get_active (self->weeks_button))
    range = BOUNCE_MOOD_RANGE_WEEKS;
  else if (gtk_toggle_button_get_active (self->months_button))
    range = BOUNCE_MOOD_RANGE_MONTHS;
  else if (gtk_toggle_button_get_active (self->all_button))
    range = BOUNCE_MOOD_RANGE_ALL;

  if (range == self->range)
    return;

  self->range = range;
  refresh (self);
}

static void
on_map_cb (BounceMoodChart *self)
{
  /* Days go by while the window stays open. */
  refresh (self);
}

static void
bounce_mood_chart_dispose (GObject *object)
{
  BounceMoodChart *self = BOUNCE_MOOD_CHART (object);

  if (self->checkins != NULL)
    g_signal_handlers_disconnect_by_data (self->checkins, self);
  g_clear_object (&self->checkins);
  g_clear_object (&self->journal);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (bounce_mood_chart_parent_class)->dispose (object);
}

static void
bounce_mood_chart_finalize (GObject *object)
{
  BounceMoodChart *self = BOUNCE_MOOD_CHART (object);

  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (bounce_mood_chart_parent_class)->finalize (object);
}

static void
bounce_mood_chart_class_init (BounceMoodChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bounce_mood_chart_dispose;
  object_class->finalize = bounce_mood_chart_finalize;

  g_type_ensure (BOUNCE_TYPE_MOOD_CURVE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-mood-chart.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceMoodChart, box);
  gtk_widget_class_bind_template_child (widget_class, BounceMoodChart, weeks_button);
  gtk_widget_class_bind_template_child (widget_class, BounceMoodChart, months_button);
  gtk_widget_class_bind_template_child (widget_class, BounceMoodChart, all_button);
  gtk_widget_class_bind_template_child (widget_class, BounceMoodChart, empty_label);
  gtk_widget_class_bind_template_child (widget_class, BounceMoodChart, curve);
  gtk_widget_class_bind_template_child (widget_class, BounceMoodChart, caption_label);
  gtk_widget_class_bind_template_callback (widget_class, on_range_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_map_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bounce_mood_chart_init (BounceMoodChart *self)
{
  g_autoptr(GArray) none = g_array_new (FALSE, TRUE, sizeof (BounceMoodDay));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->range = BOUNCE_MOOD_RANGE_WEEKS;
  bounce_mood_curve_set_days (self->curve, none, 0, 0);
}

void
bounce_mood_chart_set_journal (BounceMoodChart *self,
                               BounceJournal   *journal)
{
  g_return_if_fail (BOUNCE_IS_MOOD_CHART (self));
  g_return_if_fail (BOUNCE_IS_JOURNAL (journal));
  g_return_if_fail (self->journal == NULL);

  self->journal = g_object_ref (journal);
  /* The list changes when a check-in is added, deleted, or saved after a change. */
  self->checkins = g_object_ref (bounce_journal_get_records (journal, BOUNCE_TYPE_CHECKIN));
  g_signal_connect_object (self->checkins, "items-changed", G_CALLBACK (on_items_changed_cb),
                           self, G_CONNECT_SWAPPED);
  refresh (self);
}

BounceMoodRange
bounce_mood_chart_get_range (BounceMoodChart *self)
{
  g_return_val_if_fail (BOUNCE_IS_MOOD_CHART (self), BOUNCE_MOOD_RANGE_WEEKS);

  return self->range;
}

/**
 * bounce_mood_chart_get_summary:
 *
 * Returns: (nullable): the curve in words, as shown under it and given to
 *   assistive technologies
 */
const char *
bounce_mood_chart_get_summary (BounceMoodChart *self)
{
  g_return_val_if_fail (BOUNCE_IS_MOOD_CHART (self), NULL);

  return self->summary;
}
