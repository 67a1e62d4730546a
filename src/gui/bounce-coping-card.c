/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-coping-card.c: the last seven days of the coping log, in kind words, above its list. */
#define G_LOG_DOMAIN "bounce-coping-card"

#include "bounce-coping-card.h"

/* What "the last seven days" of the summary are. */
#define WEEK (7 * G_TIME_SPAN_DAY)

struct _BounceCopingCard
{
  GtkWidget      parent_instance;

  GtkLabel      *summary_label;

  BounceJournal *journal;
};

G_DEFINE_FINAL_TYPE (BounceCopingCard, bounce_coping_card, GTK_TYPE_WIDGET)

/* Read again from the file, which holds only what was saved: the words follow the
 * log as it is kept, and hide while the week holds nothing. */
static void
refresh (BounceCopingCard *self)
{
  BounceStore *store = bounce_journal_get_store (self->journal);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) totals = NULL;
  g_autofree char *text = NULL;

  if (!(totals = bounce_store_sum_coping (store, g_get_real_time () - WEEK, &error)))
    {
      /* The words stay as they were; the next change tries again. */
      g_message ("Could not sum up the coping log: %s", error->message);
      return;
    }

  text = bounce_coping_summarize (totals);
  gtk_label_set_text (self->summary_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self), text != NULL);
}

static void
on_items_changed_cb (BounceCopingCard *self)
{
  refresh (self);
}

/* The week moves on while the window stays open. */
static void
on_map_cb (BounceCopingCard *self)
{
  refresh (self);
}

static void
bounce_coping_card_dispose (GObject *object)
{
  BounceCopingCard *self = BOUNCE_COPING_CARD (object);

  g_clear_object (&self->journal);
  gtk_widget_dispose_template (GTK_WIDGET (self), BOUNCE_TYPE_COPING_CARD);

  G_OBJECT_CLASS (bounce_coping_card_parent_class)->dispose (object);
}

static void
bounce_coping_card_class_init (BounceCopingCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bounce_coping_card_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-coping-card.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceCopingCard, summary_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bounce_coping_card_init (BounceCopingCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * bounce_coping_card_new:
 * @journal: the journal whose coping log to sum up
 *
 * Returns: (transfer floating): a card that tells the last seven days of the
 *   coping log, kept up to date as its entries are saved
 */
GtkWidget *
bounce_coping_card_new (BounceJournal *journal)
{
  BounceCopingCard *self;

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (journal), NULL);

  self = g_object_new (BOUNCE_TYPE_COPING_CARD, NULL);
  self->journal = g_object_ref (journal);
  /* Every add, save, delete and undo of an entry changes its list. */
  g_signal_connect_object (bounce_journal_get_records (journal, BOUNCE_TYPE_COPING),
                           "items-changed", G_CALLBACK (on_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
  refresh (self);

  return GTK_WIDGET (self);
}
