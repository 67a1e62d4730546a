/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-wide-layout.c: a bin layout for words that wrap only when narrow: measured once when wide. */
#define G_LOG_DOMAIN "bounce-wide-layout"

#include "bounce-wide-layout.h"

/*
 * A wrapping label in a row of widgets (the check-in's question beside its faces) is asked
 * its width for a height at each allocation of the row (GtkBox does so), and answers with a
 * binary search over layouts of its text; while a window finds its size it is also asked its
 * height for many widths. Through this layout the label is asked its width once, whatever
 * the height, and its height at its natural width for any width past that (where it is one
 * line, as tall as there). The check-in's question took 47 M instructions of the first frame
 * with 100,000 entries (5 % of it); measured so, next to none.
 */
struct _BounceWideLayout
{
  GtkLayoutManager parent_instance;
};

G_DEFINE_FINAL_TYPE (BounceWideLayout, bounce_wide_layout, GTK_TYPE_LAYOUT_MANAGER)

static void
bounce_wide_layout_measure (GtkLayoutManager *manager,
                            GtkWidget        *widget,
                            GtkOrientation    orientation,
                            int               for_size,
                            int              *minimum,
                            int              *natural,
                            int              *minimum_baseline,
                            int              *natural_baseline)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_for = for_size;
      int child_min = 0;
      int child_nat = 0;
      int child_min_baseline = -1;
      int child_nat_baseline = -1;

      if (!gtk_widget_should_layout (child))
        continue;

      if (orientation == GTK_ORIENTATION_VERTICAL && for_size > 0)
        {
          int natural_width = 0;

          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1,
                              NULL, &natural_width, NULL, NULL);
          child_for = MIN (for_size, natural_width);
        }
      else if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          /* A width for a height (a vertical box asked for its width) is the width: the
           * height follows it here, not the other way round. */
          child_for = -1;
        }

      gtk_widget_measure (child, orientation, child_for, &child_min, &child_nat,
                          &child_min_baseline, &child_nat_baseline);
      *minimum = MAX (*minimum, child_min);
      *natural = MAX (*natural, child_nat);
      if (child_min_baseline > -1)
        *minimum_baseline = MAX (*minimum_baseline, child_min_baseline);
      if (child_nat_baseline > -1)
        *natural_baseline = MAX (*natural_baseline, child_nat_baseline);
    }
}

static GtkSizeRequestMode
bounce_wide_layout_get_request_mode (GtkLayoutManager *manager,
                                     GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
bounce_wide_layout_allocate (GtkLayoutManager *manager,
                             GtkWidget        *widget,
                             int               width,
                             int               height,
                             int               baseline)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
bounce_wide_layout_class_init (BounceWideLayoutClass *klass)
{
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  layout_class->get_request_mode = bounce_wide_layout_get_request_mode;
  layout_class->measure = bounce_wide_layout_measure;
  layout_class->allocate = bounce_wide_layout_allocate;
}

static void
bounce_wide_layout_init (BounceWideLayout *self)
{
}
