/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-then-now.c: "Then and Now", a section of New Paths: the person's months, side by side. */
#define G_LOG_DOMAIN "bounce-then-now"

#include <glib/gi18n.h>

#include "bounce-month-chart.h"
#include "bounce-then-now.h"

/* The kinds whose records the months count: a change to any of them is read again. */
#define N_WATCHED 5

struct _BounceThenNow
{
  GtkWidget         parent_instance;

  GtkWidget        *scroller;
  GtkLabel         *words_label;
  GtkDropDown      *figure_dropdown;
  BounceMonthChart *chart;
  GtkListBox       *month_list;

  BounceJournal    *journal;
  GListModel       *watched[N_WATCHED];
  char             *words;
  guint             reads;
};

G_DEFINE_FINAL_TYPE (BounceThenNow, bounce_then_now, GTK_TYPE_WIDGET)

static GtkWidget *
month_row_new (const BounceMonth *month)
{
  g_autofree char *title = bounce_month_dup_title (month);
  g_autofree char *summary = bounce_month_dup_summary (month);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), summary);
  /* A narrow window wraps a month's line rather than cutting it short. */
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  /* Read as a line of the table, not as something to press. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
show_months (BounceThenNow     *self,
             const BounceMonth *months,
             guint              n_months)
{
  GtkWidget *row;

  g_free (self->words);
  self->words = bounce_months_describe (months, n_months);
  gtk_label_set_text (self->words_label, self->words);

  bounce_month_chart_set_months (self->chart, months, n_months);

  /* A dozen rows at most: made again rather than matched up. */
  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->month_list))) != NULL)
    gtk_list_box_remove (self->month_list, row);
  for (guint i = n_months; i > 0; i--)
    gtk_list_box_append (self->month_list, month_row_new (&months[i - 1]));
}

/* Read from the file each time: a dozen counts over the `created` indexes, so only when
 * the section is on show (never for the first frame) and again when what it counts
 * changes while it is. */
static void
refresh (BounceThenNow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GArray) months = NULL;
  g_autoptr(GError) error = NULL;
  guint first;

  if (self->journal == NULL)
    return;

  self->reads++;
  months = bounce_store_load_months (bounce_journal_get_store (self->journal), now,
                                     BOUNCE_MONTHS_SHOWN, &error);
  if (months == NULL)
    {
      g_message ("Could not read the months: %s", error->message);
      g_free (self->words);
      /* Translators: %s is the reason, e.g. "disk I/O error". */
      self->words = g_strdup_printf (_("Your months could not be read: %s."), error->message);
      gtk_label_set_text (self->words_label, self->words);
      return;
    }

  first = bounce_months_first_to_show ((BounceMonth *) months->data, months->len);
  show_months (self, &g_array_index (months, BounceMonth, first), months->len - first);
}

static void
on_items_changed_cb (BounceThenNow *self)
{
  /* Out of sight it waits: showing it reads everything again anyway. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
}

/* Months go by while the window stays open. */
static void
on_map_cb (BounceThenNow *self)
{
  refresh (self);
}

static void
on_figure_selected_cb (BounceThenNow *self)
{
  guint selected = gtk_drop_down_get_selected (self->figure_dropdown);

  if (selected < BOUNCE_MONTH_N_FIGURES)
    bounce_month_chart_set_figure (self->chart, selected);
}

static void
bounce_then_now_dispose (GObject *object)
{
  BounceThenNow *self = BOUNCE_THEN_NOW (object);

  for (guint i = 0; i < N_WATCHED; i++)
    {
      if (self->watched[i] != NULL)
        g_signal_handlers_disconnect_by_data (self->watched[i], self);
      g_clear_object (&self->watched[i]);
    }
  g_clear_object (&self->journal);
  gtk_widget_dispose_template (GTK_WIDGET (self), BOUNCE_TYPE_THEN_NOW);

  G_OBJECT_CLASS (bounce_then_now_parent_class)->dispose (object);
}

static void
bounce_then_now_finalize (GObject *object)
{
  BounceThenNow *self = BOUNCE_THEN_NOW (object);

  g_clear_pointer (&self->words, g_free);

  G_OBJECT_CLASS (bounce_then_now_parent_class)->finalize (object);
}

static void
bounce_then_now_class_init (BounceThenNowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bounce_then_now_dispose;
  object_class->finalize = bounce_then_now_finalize;

  g_type_ensure (BOUNCE_TYPE_MONTH_CHART);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-then-now.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceThenNow, scroller);
  gtk_widget_class_bind_template_child (widget_class, BounceThenNow, words_label);
  gtk_widget_class_bind_template_child (widget_class, BounceThenNow, figure_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BounceThenNow, chart);
  gtk_widget_class_bind_template_child (widget_class, BounceThenNow, month_list);
  gtk_widget_class_bind_template_callback (widget_class, on_map_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_figure_selected_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bounce_then_now_init (BounceThenNow *self)
{
  const char *labels[BOUNCE_MONTH_N_FIGURES + 1] = { NULL };
  g_autoptr(GtkStringList) figures = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (BounceMonthFigure figure = 0; figure < BOUNCE_MONTH_N_FIGURES; figure++)
    labels[figure] = bounce_month_figure_get_label (figure);
  figures = gtk_string_list_new (labels);
  gtk_drop_down_set_model (self->figure_dropdown, G_LIST_MODEL (figures));
  gtk_drop_down_set_selected (self->figure_dropdown, BOUNCE_MONTH_PAGES);
}

/**
 * bounce_then_now_set_journal:
 *
 * Gives the section its journal. Nothing is read until the section is shown.
 */
void
bounce_then_now_set_journal (BounceThenNow *self,
                             BounceJournal *journal)
{
  const GType kinds[N_WATCHED] = {
    BOUNCE_TYPE_GRIEF_ENTRY, BOUNCE_TYPE_CHECKIN, BOUNCE_TYPE_THANKS, BOUNCE_TYPE_STEP,
    BOUNCE_TYPE_IDEA,
  };

  g_return_if_fail (BOUNCE_IS_THEN_NOW (self));
  g_return_if_fail (BOUNCE_IS_JOURNAL (journal));
  g_return_if_fail (self->journal == NULL);

  self->journal = g_object_ref (journal);
  /* Every add, save, delete and undo of a record changes its kind's list. */
  for (guint i = 0; i < N_WATCHED; i++)
    {
      self->watched[i] = g_object_ref (bounce_journal_get_records (journal, kinds[i]));
      g_signal_connect_object (self->watched[i], "items-changed",
                               G_CALLBACK (on_items_changed_cb), self, G_CONNECT_SWAPPED);
    }

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
}

/**
 * bounce_then_now_get_words:
 *
 * Returns: (nullable): this month beside the month before, in words, as shown; %NULL
 *   before the section was first shown
 */
const char *
bounce_then_now_get_words (BounceThenNow *self)
{
  g_return_val_if_fail (BOUNCE_IS_THEN_NOW (self), NULL);

  return self->words;
}

/**
 * bounce_then_now_get_reads:
 *
 * Returns: how many times the months were read from the journal (for the tests: never
 *   before the section is shown)
 */
guint
bounce_then_now_get_reads (BounceThenNow *self)
{
  g_return_val_if_fail (BOUNCE_IS_THEN_NOW (self), 0);

  return self->reads;
}
