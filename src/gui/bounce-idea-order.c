/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-idea-order.c: above the list of ideas: newest first, or by what mattered. */
#define G_LOG_DOMAIN "bounce-idea-order"

#include <glib/gi18n.h>

#include "bounce-editor.h"
#include "bounce-idea-measure.h"
#include "bounce-idea-order.h"

struct _BounceIdeaOrder
{
  GtkWidget         parent_instance;

  GtkWidget        *box;
  GtkWidget        *order_box;
  GtkDropDown      *order_drop_down;
  GtkLabel         *hint_label;

  BounceRecordPage *page;       /* weak: the page holds this as its header */
  BounceJournal    *journal;
  GSettings        *settings;   /* where the order is remembered, if anywhere */
  BounceIdeaScores *scores;
  GtkSorter        *sorter;
};

G_DEFINE_FINAL_TYPE (BounceIdeaOrder, bounce_idea_order, GTK_TYPE_WIDGET)

#define ORDER_KEY "ideas-order"

static const char * const order_names[] = { "newest", "mattered" };

static int
compare_ideas_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  return bounce_idea_scores_compare (user_data, (BounceRecord *) a, (BounceRecord *) b);
}

static GtkWidget *
new_measure_cb (gpointer user_data)
{
  return bounce_idea_measure_new (user_data);
}

/* An order needs two ideas; a score needs something named that the goal was hoped to give,
 * which the hint says where to do, once, above the list. */
static void
update (BounceIdeaOrder *self)
{
  GListModel *ideas = bounce_journal_get_records (self->journal, BOUNCE_TYPE_IDEA);
  g_autoptr(BounceRecord) first = NULL;
  BounceScore score = { 0, };

  first = g_list_model_get_item (ideas, 0);
  if (first != NULL)
    bounce_idea_scores_get (self->scores, first, &score);

  gtk_widget_set_visible (GTK_WIDGET (self), first != NULL);
  /* Without a score there is nothing to sort by. */
  gtk_widget_set_visible (self->order_box, g_list_model_get_n_items (ideas) > 1 &&
                                           bounce_score_has_value (&score));
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), !bounce_score_has_value (&score));
}

static void
on_changed_cb (BounceIdeaOrder *self)
{
  update (self);
}

static void
on_order_selected_cb (BounceIdeaOrder *self)
{
  guint order = gtk_drop_down_get_selected (self->order_drop_down);

  if (order >= G_N_ELEMENTS (order_names))
    return;

  if (self->page != NULL)
    bounce_record_page_set_sorter (self->page,
                                   order == BOUNCE_IDEA_ORDER_MATTERED ? self->sorter : NULL);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, ORDER_KEY, order_names[order]);
}

static void
on_scores_changed_cb (BounceIdeaOrder *self)
{
  gtk_sorter_changed (self->sorter, GTK_SORTER_CHANGE_DIFFERENT);
  update (self);
}

static void
bounce_idea_order_dispose (GObject *object)
{
  BounceIdeaOrder *self = BOUNCE_IDEA_ORDER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BOUNCE_TYPE_IDEA_ORDER);
  g_clear_weak_pointer (&self->page);
  g_clear_object (&self->sorter);
  g_clear_object (&self->scores);
  g_clear_object (&self->settings);
  g_clear_object (&self->journal);

  G_OBJECT_CLASS (bounce_idea_order_parent_class)->dispose (object);
}

static void
bounce_idea_order_class_init (BounceIdeaOrderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bounce_idea_order_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-idea-order.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceIdeaOrder, box);
  gtk_widget_class_bind_template_child (widget_class, BounceIdeaOrder, order_box);
  gtk_widget_class_bind_template_child (widget_class, BounceIdeaOrder, order_drop_down);
  gtk_widget_class_bind_template_child (widget_class, BounceIdeaOrder, hint_label);
  gtk_widget_class_bind_template_callback (widget_class, on_order_selected_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bounce_idea_order_init (BounceIdeaOrder *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  bounce_name_mnemonics (GTK_WIDGET (self));
}

/**
 * bounce_idea_order_attach:
 * @page: the ideas' page
 * @settings: (nullable): where the order chosen is remembered
 *
 * Gives the list of ideas its measure in each row and its order, with the choice of
 * order above it, as last chosen.
 *
 * Returns: (transfer none): the header made, which @page holds
 */
BounceIdeaOrder *
bounce_idea_order_attach (BounceRecordPage *page,
                          BounceJournal    *journal,
                          GSettings        *settings)
{
  BounceIdeaOrder *self;
  g_autofree char *order = NULL;

  g_return_val_if_fail (BOUNCE_IS_RECORD_PAGE (page), NULL);
  g_return_val_if_fail (BOUNCE_IS_JOURNAL (journal), NULL);

  self = g_object_new (BOUNCE_TYPE_IDEA_ORDER, NULL);
  g_set_weak_pointer (&self->page, page);
  self->journal = g_object_ref (journal);
  g_set_object (&self->settings, settings);
  self->scores = bounce_idea_scores_new (journal);
  self->sorter = GTK_SORTER (gtk_custom_sorter_new (compare_ideas_cb, self->scores, NULL));
  g_signal_connect_object (self->scores, "changed", G_CALLBACK (on_scores_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (bounce_journal_get_records (journal, BOUNCE_TYPE_IDEA),
                           "items-changed", G_CALLBACK (on_changed_cb), self,
                           G_CONNECT_SWAPPED);

  bounce_record_page_set_row_extra (page, new_measure_cb, g_object_ref (self->scores),
                                    g_object_unref);
  g_object_set (page, "header", self, NULL);

  if (settings != NULL)
    order = g_settings_get_string (settings, ORDER_KEY);
  bounce_idea_order_set_order (self, g_strcmp0 (order, "mattered") == 0
                                     ? BOUNCE_IDEA_ORDER_MATTERED : BOUNCE_IDEA_ORDER_NEWEST);
  on_order_selected_cb (self);
  update (self);

  return self;
}

BounceIdeaScores *
bounce_idea_order_get_scores (BounceIdeaOrder *self)
{
  g_return_val_if_fail (BOUNCE_IS_IDEA_ORDER (self), NULL);

  return self->scores;
}

void
bounce_idea_order_set_order (BounceIdeaOrder     *self,
                             BounceIdeaOrderKind  order)
{
  g_return_if_fail (BOUNCE_IS_IDEA_ORDER (self));

  gtk_drop_down_set_selected (self->order_drop_down, order);
}
