/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-mood-curve.c: the healing curve itself: days across, mood up, drawn with GtkSnapshot. */
#define G_LOG_DOMAIN "bounce-mood-curve"

#include <glib/gi18n.h>

#include "bounce-mood-curve.h"

/* Room around the plot: the faces at the start, the dates below. */
#define FACE_SIZE      16
#define START_MARGIN   (FACE_SIZE + 8)
#define END_MARGIN     8
#define TOP_MARGIN     (FACE_SIZE / 2 + 1)
#define BOTTOM_MARGIN  20
#define DOT_RADIUS     3.0
#define LINE_WIDTH     2.5

struct _BounceMoodCurve
{
  GtkWidget  parent_instance;

  GArray    *days;        /* BounceMoodDay, oldest first */
  guint32    first_day;
  guint32    last_day;
};

G_DEFINE_FINAL_TYPE (BounceMoodCurve, bounce_mood_curve, GTK_TYPE_WIDGET)

typedef struct
{
  double left;
  double top;
  double width;
  double height;
  gboolean rtl;
} Plot;

/* The style's own colours, so the curve follows light and dark and high contrast. */
static void
lookup_color (GtkWidget  *widget,
              const char *name,
              GdkRGBA    *color)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (!gtk_style_context_lookup_color (context, name, color))
    gtk_style_context_get_color (context, color);
}

static double
x_of (BounceMoodCurve *self,
      const Plot      *plot,
      guint32          day)
{
  double fraction = 0.5;
  double x;

  if (self->last_day > self->first_day)
    fraction = (double) ((gint64) day - self->first_day) / (self->last_day - self->first_day);

  x = plot->width * fraction;
  /* Time runs the way the person reads. */
  return plot->left + (plot->rtl ? plot->width - x : x);
}

static double
y_of (const Plot *plot,
      double      score)
{
  return plot->top + plot->height * (BOUNCE_CHECKIN_SCORE_MAX - score) /
                                    (BOUNCE_CHECKIN_SCORE_MAX - BOUNCE_CHECKIN_SCORE_MIN);
}

static void
draw_face (GtkWidget     *widget,
           GtkSnapshot   *snapshot,
           int            score,
           double         x,
           double         y,
           const GdkRGBA *color)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (widget));
  g_autoptr(GtkIconPaintable) icon = NULL;

  icon = gtk_icon_theme_lookup_icon (theme, bounce_checkin_score_icon_name (score), NULL,
                                     FACE_SIZE, gtk_widget_get_scale_factor (widget),
                                     gtk_widget_get_direction (widget), 0);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y - FACE_SIZE / 2.0));
  gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (icon), snapshot,
                                            FACE_SIZE, FACE_SIZE, color, 1);
  gtk_snapshot_restore (snapshot);
}

static void
draw_date (GtkWidget     *widget,
           GtkSnapshot   *snapshot,
           guint32        day,
           double         x,
           double         y,
           double         align,
           const GdkRGBA *color)
{
  g_autoptr(GDate) date = g_date_new_julian (day);
  g_autoptr(GDateTime) when = g_date_time_new_local (g_date_get_year (date),
                                                     g_date_get_month (date),
                                                     g_date_get_day (date), 12, 0, 0);
  /* Translators: a date under the healing curve, for g_date_time_format(): "3 Mar". */
  g_autofree char *text = g_date_time_format (when, C_("healing curve", "%-e %b"));
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  PangoAttrList *attributes = pango_attr_list_new ();
  int width, height;

  pango_attr_list_insert (attributes, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  pango_layout_get_pixel_size (layout, &width, &height);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x - width * align, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* Through every smoothed point, each stretch a cubic whose handles lie level with its ends:
 * smooth, and never above or below the points it joins. */
static void
trace_curve (BounceMoodCurve *self,
             const Plot      *plot,
             cairo_t         *cr)
{
  double previous_x = 0, previous_y = 0;

  for (guint i = 0; i < self->days->len; i++)
    {
      const BounceMoodDay *day = &g_array_index (self->days, BounceMoodDay, i);
      double x = x_of (self, plot, day->day);
      double y = y_of (plot, day->smoothed);

      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        {
          double middle = (previous_x + x) / 2;

          cairo_curve_to (cr, middle, previous_y, middle, y, x, y);
        }
      previous_x = x;
      previous_y = y;
    }
}

static void
bounce_mood_curve_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  BounceMoodCurve *self = BOUNCE_MOOD_CURVE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  GdkRGBA accent, foreground, grid, muted, dots;
  Plot plot;
  cairo_t *cr;

  if (width <= START_MARGIN + END_MARGIN || height <= TOP_MARGIN + BOTTOM_MARGIN)
    return;

  lookup_color (widget, "accent_color", &accent);
  lookup_color (widget, "window_fg_color", &foreground);
  grid = foreground;
  grid.alpha *= 0.12;
  muted = foreground;
  muted.alpha *= 0.6;
  dots = accent;
  dots.alpha *= 0.55;

  plot.left = rtl ? END_MARGIN : START_MARGIN;
  plot.top = TOP_MARGIN;
  plot.width = width - START_MARGIN - END_MARGIN;
  plot.height = height - TOP_MARGIN - BOTTOM_MARGIN;
  plot.rtl = rtl;

  /* A light line for each score, its face at the start of the line. */
  for (int score = BOUNCE_CHECKIN_SCORE_MIN; score <= BOUNCE_CHECKIN_SCORE_MAX; score++)
    {
      double y = y_of (&plot, score);

      gtk_snapshot_append_color (snapshot, &grid,
                                 &GRAPHENE_RECT_INIT (plot.left, y - 0.5, plot.width, 1));
      draw_face (widget, snapshot, score,
                 rtl ? width - FACE_SIZE : 0, y, &muted);
    }

  if (self->days == NULL || self->days->len == 0)
    return;

  /* The first and the last day of the range, under its two ends. */
  draw_date (widget, snapshot, self->first_day, x_of (self, &plot, self->first_day),
             plot.top + plot.height + 4, rtl ? 1.0 : 0.0, &muted);
  if (self->last_day != self->first_day)
    draw_date (widget, snapshot, self->last_day, x_of (self, &plot, self->last_day),
               plot.top + plot.height + 4, rtl ? 0.0 : 1.0, &muted);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* Each day's mean as a dot, faint, so the curve reads first. */
  gdk_cairo_set_source_rgba (cr, &dots);
  for (guint i = 0; i < self->days->len; i++)
    {
      const BounceMoodDay *day = &g_array_index (self->days, BounceMoodDay, i);

      cairo_new_sub_path (cr);
      cairo_arc (cr, x_of (self, &plot, day->day), y_of (&plot, day->mean), DOT_RADIUS,
                 0, 2 * G_PI);
    }
  cairo_fill (cr);

  if (self->days->len > 1)
    {
      gdk_cairo_set_source_rgba (cr, &accent);
      cairo_set_line_width (cr, LINE_WIDTH);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      trace_curve (self, &plot, cr);
      cairo_stroke (cr);
    }

  cairo_destroy (cr);
}

static void
bounce_mood_curve_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = START_MARGIN + END_MARGIN + 120;
      *natural = START_MARGIN + END_MARGIN + 480;
    }
  else
    {
      *minimum = TOP_MARGIN + BOTTOM_MARGIN + 80;
      *natural = TOP_MARGIN + BOTTOM_MARGIN + 110;
    }
}

static void
bounce_mood_curve_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (bounce_mood_curve_parent_class)->css_changed (widget, change);

  /* The colours are read while drawing: a new style (dark, say) needs a new drawing. */
  gtk_widget_queue_draw (widget);
}

static void
bounce_mood_curve_direction_changed (GtkWidget        *widget,
                                     GtkTextDirection  previous)
{
  GTK_WIDGET_CLASS (bounce_mood_curve_parent_class)->direction_changed (widget, previous);

  gtk_widget_queue_draw (widget);
}

static void
bounce_mood_curve_finalize (GObject *object)
{
  BounceMoodCurve *self = BOUNCE_MOOD_CURVE (object);

  g_clear_pointer (&self->days, g_array_unref);

  G_OBJECT_CLASS (bounce_mood_curve_parent_class)->finalize (object);
}

static void
bounce_mood_curve_class_init (BounceMoodCurveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = bounce_mood_curve_finalize;
  widget_class->snapshot = bounce_mood_curve_snapshot;
  widget_class->measure = bounce_mood_curve_measure;
  widget_class->css_changed = bounce_mood_curve_css_changed;
  widget_class->direction_changed = bounce_mood_curve_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "moodcurve");
  /* A picture to assistive technologies; the chart gives it its words. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
bounce_mood_curve_init (BounceMoodCurve *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Healing curve"),
                                  -1);
}

/**
 * bounce_mood_curve_set_days:
 * @days: (element-type BounceMoodDay): the days with check-ins, oldest first
 * @first_day: the Julian day at the start of the range
 * @last_day: the Julian day at its end, today
 */
void
bounce_mood_curve_set_days (BounceMoodCurve *self,
                            GArray          *days,
                            guint32          first_day,
                            guint32          last_day)
{
  g_return_if_fail (BOUNCE_IS_MOOD_CURVE (self));
  g_return_if_fail (days != NULL);
  g_return_if_fail (first_day <= last_day);

  g_clear_pointer (&self->days, g_array_unref);
  self->days = g_array_ref (days);
  self->first_day = first_day;
  self->last_day = last_day;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
