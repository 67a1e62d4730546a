/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-month-chart.c: one figure of "Then and Now" as a bar a month, drawn with GtkSnapshot. */
#define G_LOG_DOMAIN "bounce-month-chart"

#include <glib/gi18n.h>

#include "bounce-month-chart.h"

/* Room for the numbers above the bars and the months below them. */
#define TOP_MARGIN     18
#define BOTTOM_MARGIN  20
#define SIDE_MARGIN    4
#define BAR_FRACTION   0.6
#define MAX_BAR_WIDTH  36
#define BAR_RADIUS     4
#define STUB_HEIGHT    2

struct _BounceMonthChart
{
  GtkWidget          parent_instance;

  GArray            *months;      /* BounceMonth, oldest first */
  BounceMonthFigure  figure;
  char              *description;
};

G_DEFINE_FINAL_TYPE (BounceMonthChart, bounce_month_chart, GTK_TYPE_WIDGET)

/* The style's own colours, so the bars follow light and dark and high contrast. */
static void
lookup_color (GtkWidget  *widget,
              const char *name,
              GdkRGBA    *color)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (!gtk_style_context_lookup_color (context, name, color))
    gtk_style_context_get_color (context, color);
}

static PangoLayout *
small_layout (GtkWidget  *widget,
              const char *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  PangoAttrList *attributes = pango_attr_list_new ();

  pango_attr_list_insert (attributes, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  return layout;
}

static void
draw_text (GtkSnapshot   *snapshot,
           PangoLayout   *layout,
           double         center_x,
           double         y,
           const GdkRGBA *color)
{
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (center_x - width / 2.0, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
update_description (BounceMonthChart *self)
{
  g_clear_pointer (&self->description, g_free);
  if (self->months != NULL && self->months->len > 0)
    self->description = bounce_months_describe_figure ((BounceMonth *) self->months->data,
                                                       self->months->len, self->figure);

  /* Every month's number, for those who hear the chart rather than see it. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->description != NULL ? self->description : "",
                                  -1);
}

static void
bounce_month_chart_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  BounceMonthChart *self = BOUNCE_MONTH_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  GdkRGBA accent, past, foreground, muted, baseline;
  double slot, bar_width, plot_height, max;
  const BounceMonth *months;
  guint n, label_step = 1;
  int widest = 0;

  if (self->months == NULL || self->months->len == 0 ||
      width <= 2 * SIDE_MARGIN || height <= TOP_MARGIN + BOTTOM_MARGIN)
    return;

  months = (const BounceMonth *) self->months->data;
  n = self->months->len;
  lookup_color (widget, "accent_color", &accent);
  lookup_color (widget, "window_fg_color", &foreground);
  /* The month now in the accent colour, the months before it softer: then and now. */
  past = accent;
  past.alpha *= 0.45;
  muted = foreground;
  muted.alpha *= 0.65;
  baseline = foreground;
  baseline.alpha *= 0.15;

  slot = (double) (width - 2 * SIDE_MARGIN) / n;
  bar_width = MIN (slot * BAR_FRACTION, MAX_BAR_WIDTH);
  plot_height = height - TOP_MARGIN - BOTTOM_MARGIN;
  max = bounce_month_figure_get_max (self->figure, months, n);

  /* Months whose names do not fit side by side are named every other (or third) bar,
   * always ending with this month. */
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = bounce_month_dup_short_name (&months[i]);
      g_autoptr(PangoLayout) layout = small_layout (widget, name);
      int text_width;

      pango_layout_get_pixel_size (layout, &text_width, NULL);
      widest = MAX (widest, text_width);
    }
  while (label_step < n && (widest + 4) > slot * label_step)
    label_step++;

  gtk_snapshot_append_color (snapshot, &baseline,
                             &GRAPHENE_RECT_INIT (SIDE_MARGIN, TOP_MARGIN + plot_height - 1,
                                                  width - 2 * SIDE_MARGIN, 1));

  for (guint i = 0; i < n; i++)
    {
      const BounceMonth *month = &months[i];
      double value = bounce_month_get_figure (month, self->figure);
      guint column = rtl ? n - 1 - i : i;
      double center = SIDE_MARGIN + slot * (column + 0.5);
      double bar_height = plot_height * value / max;
      gboolean is_now = i == n - 1;
      gboolean has_value = self->figure == BOUNCE_MONTH_MOOD ? month->moods > 0 : value > 0;
      GskRoundedRect bar;

      /* A nothing is a sliver on the line, so that the month is still seen to be there. */
      if (!has_value)
        bar_height = STUB_HEIGHT;

      gsk_rounded_rect_init (&bar,
                             &GRAPHENE_RECT_INIT (center - bar_width / 2,
                                                  TOP_MARGIN + plot_height - bar_height,
                                                  bar_width, bar_height),
                             &GRAPHENE_SIZE_INIT (BAR_RADIUS, BAR_RADIUS),
                             &GRAPHENE_SIZE_INIT (BAR_RADIUS, BAR_RADIUS),
                             &GRAPHENE_SIZE_INIT (0, 0),
                             &GRAPHENE_SIZE_INIT (0, 0));
      if (!has_value)
        gsk_rounded_rect_init_from_rect (&bar, &bar.bounds, 0);
      gsk_rounded_rect_normalize (&bar);
      gtk_snapshot_push_rounded_clip (snapshot, &bar);
      gtk_snapshot_append_color (snapshot, has_value ? (is_now ? &accent : &past) : &baseline,
                                 &bar.bounds);
      gtk_snapshot_pop (snapshot);

      if (has_value)
        {
          g_autofree char *text = bounce_month_format_figure (month, self->figure);
          g_autoptr(PangoLayout) layout = small_layout (widget, text);
          int text_height;

          pango_layout_get_pixel_size (layout, NULL, &text_height);
          draw_text (snapshot, layout, center,
                     TOP_MARGIN + plot_height - bar_height - text_height - 1, &muted);
        }

      if ((n - 1 - i) % label_step == 0)
        {
          g_autofree char *name = bounce_month_dup_short_name (month);
          g_autoptr(PangoLayout) layout = small_layout (widget, name);

          draw_text (snapshot, layout, center, TOP_MARGIN + plot_height + 3,
                     is_now ? &foreground : &muted);
        }
    }
}

static void
bounce_month_chart_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 2 * SIDE_MARGIN + 120;
      *natural = 2 * SIDE_MARGIN + 480;
    }
  else
    {
      *minimum = TOP_MARGIN + BOTTOM_MARGIN + 80;
      *natural = TOP_MARGIN + BOTTOM_MARGIN + 120;
    }
}

static void
bounce_month_chart_css_changed (GtkWidget         *widget,
                                GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (bounce_month_chart_parent_class)->css_changed (widget, change);

  /* The colours are read while drawing: a new style (dark, say) needs a new drawing. */
  gtk_widget_queue_draw (widget);
}

static void
bounce_month_chart_direction_changed (GtkWidget        *widget,
                                      GtkTextDirection  previous)
{
  GTK_WIDGET_CLASS (bounce_month_chart_parent_class)->direction_changed (widget, previous);

  gtk_widget_queue_draw (widget);
}

static void
bounce_month_chart_finalize (GObject *object)
{
  BounceMonthChart *self = BOUNCE_MONTH_CHART (object);

  g_clear_pointer (&self->months, g_array_unref);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (bounce_month_chart_parent_class)->finalize (object);
}

static void
bounce_month_chart_class_init (BounceMonthChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = bounce_month_chart_finalize;
  widget_class->snapshot = bounce_month_chart_snapshot;
  widget_class->measure = bounce_month_chart_measure;
  widget_class->css_changed = bounce_month_chart_css_changed;
  widget_class->direction_changed = bounce_month_chart_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "monthchart");
  /* A picture to assistive technologies, told in words by its description. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
bounce_month_chart_init (BounceMonthChart *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Month by month chart"),
                                  -1);
}

/**
 * bounce_month_chart_set_months:
 * @months: (array length=n_months): the months to show, oldest first, the last of them now
 */
void
bounce_month_chart_set_months (BounceMonthChart  *self,
                               const BounceMonth *months,
                               guint              n_months)
{
  g_return_if_fail (BOUNCE_IS_MONTH_CHART (self));
  g_return_if_fail (months != NULL || n_months == 0);

  g_clear_pointer (&self->months, g_array_unref);
  self->months = g_array_sized_new (FALSE, FALSE, sizeof (BounceMonth), n_months);
  g_array_append_vals (self->months, months, n_months);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
bounce_month_chart_set_figure (BounceMonthChart  *self,
                               BounceMonthFigure  figure)
{
  g_return_if_fail (BOUNCE_IS_MONTH_CHART (self));
  g_return_if_fail (figure < BOUNCE_MONTH_N_FIGURES);

  if (self->figure == figure)
    return;

  self->figure = figure;
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

BounceMonthFigure
bounce_month_chart_get_figure (BounceMonthChart *self)
{
  g_return_val_if_fail (BOUNCE_IS_MONTH_CHART (self), BOUNCE_MONTH_PAGES);

  return self->figure;
}

/**
 * bounce_month_chart_get_description:
 *
 * Returns: (nullable): the chart in words, as assistive technologies are given it
 */
const char *
bounce_month_chart_get_description (BounceMonthChart *self)
{
  g_return_val_if_fail (BOUNCE_IS_MONTH_CHART (self), NULL);

  return self->description;
}
