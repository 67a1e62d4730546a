/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-record-row.c: one record in a page's list: its summary, its day and its detail. */
#define G_LOG_DOMAIN "bounce-record-row"

#include <glib/gi18n.h>

#include "bounce-record-row.h"

struct _BounceRecordRow
{
  GtkWidget     parent_instance;

  GtkInscription *summary_label;
  GtkLabel     *day_label;

  GtkWidget    *extra;       /* what the page adds below the day, following the record */
  BounceRecord *record;
  char         *blank_text;
  gulong        summary_id;
};

G_DEFINE_FINAL_TYPE (BounceRecordRow, bounce_record_row, GTK_TYPE_WIDGET)

/* The day, and after it what the kind has to add (a treat given, a follow-up day). */
static void
update_day (BounceRecordRow *self)
{
  g_autofree char *day = bounce_format_day (bounce_record_get_created (self->record), NULL);
  g_autofree char *detail = bounce_record_dup_detail (self->record);
  g_autofree char *line = NULL;

  if (detail == NULL || *detail == '\0')
    {
      gtk_label_set_text (self->day_label, day);
      return;
    }

  /* Translators: the small line under a list row: its day, then what else the row
   * says, e.g. "Tuesday, 3 November · Treat given". */
  line = g_strdup_printf (_("%s · %s"), day, detail);
  gtk_label_set_text (self->day_label, line);
}

static void
update_summary (BounceRecordRow *self)
{
  g_autofree char *summary = NULL;
  g_autofree char *name = NULL;
  GtkWidget *parent;

  if (self->record == NULL)
    return;

  update_day (self);

  summary = bounce_record_dup_summary (self->record);
  if (*summary != '\0')
    {
      gtk_inscription_set_text (self->summary_label, summary);
      gtk_widget_remove_css_class (GTK_WIDGET (self->summary_label), "dim-label");
    }
  else
    {
      gtk_inscription_set_text (self->summary_label, self->blank_text);
      gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "dim-label");
    }

  /* What a screen reader says of the row: an inscription tells it nothing by itself. */
  /* Translators: what a screen reader says of a list row: its first line, then its day
   * (and what else the row says), e.g. "The exam I failed, Tuesday, 3 November". */
  name = g_strdup_printf (_("%s, %s"), gtk_inscription_get_text (self->summary_label),
                          gtk_label_get_text (self->day_label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  /* The list's own row around it takes the focus, and is what a screen reader names. */
  parent = gtk_widget_get_parent (GTK_WIDGET (self));
  if (parent != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (parent), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    name, -1);
}

static void
on_summary_notify_cb (BounceRecordRow *self)
{
  update_summary (self);
}

static void
bounce_record_row_dispose (GObject *object)
{
  BounceRecordRow *self = BOUNCE_RECORD_ROW (object);
  GtkWidget *child;

  bounce_record_row_set_record (self, NULL);
  self->extra = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), BOUNCE_TYPE_RECORD_ROW);
  /* The template's outer box has no name, so dispose_template leaves it behind. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (bounce_record_row_parent_class)->dispose (object);
}

static void
bounce_record_row_finalize (GObject *object)
{
  BounceRecordRow *self = BOUNCE_RECORD_ROW (object);

  g_clear_pointer (&self->blank_text, g_free);

  G_OBJECT_CLASS (bounce_record_row_parent_class)->finalize (object);
}

static void
bounce_record_row_class_init (BounceRecordRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bounce_record_row_dispose;
  object_class->finalize = bounce_record_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-record-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceRecordRow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BounceRecordRow, day_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bounce_record_row_init (BounceRecordRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
bounce_record_row_new (void)
{
  return g_object_new (BOUNCE_TYPE_RECORD_ROW, NULL);
}

BounceRecord *
bounce_record_row_get_record (BounceRecordRow *self)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD_ROW (self), NULL);

  return self->record;
}

/**
 * bounce_record_row_set_record:
 * @record: (nullable): the record to show
 */
void
bounce_record_row_set_record (BounceRecordRow *self,
                              BounceRecord    *record)
{
  g_return_if_fail (BOUNCE_IS_RECORD_ROW (self));

  if (self->record == record)
    return;

  if (self->record != NULL)
    g_clear_signal_handler (&self->summary_id, self->record);
  g_set_object (&self->record, record);
  if (self->extra != NULL)
    g_object_set (self->extra, "record", record, NULL);

  if (record != NULL)
    {
      self->summary_id = g_signal_connect_object (record, "notify::summary",
                                                  G_CALLBACK (on_summary_notify_cb), self,
                                                  G_CONNECT_SWAPPED);
      update_summary (self);
    }
}

/* What the row says of a record with nothing written in it yet. */
void
bounce_record_row_set_blank_text (BounceRecordRow *self,
                                  const char      *blank_text)
{
  g_return_if_fail (BOUNCE_IS_RECORD_ROW (self));

  g_free (self->blank_text);
  self->blank_text = g_strdup (blank_text);
  update_summary (self);
}

/**
 * bounce_record_row_set_extra:
 * @extra: (transfer floating): a widget with a "record" property, shown below the day
 *
 * A row's widget more, as its page asks (bounce_record_page_set_row_extra()).
 */
void
bounce_record_row_set_extra (BounceRecordRow *self,
                             GtkWidget       *extra)
{
  g_return_if_fail (BOUNCE_IS_RECORD_ROW (self));
  g_return_if_fail (GTK_IS_WIDGET (extra));
  g_return_if_fail (self->extra == NULL);

  self->extra = extra;
  gtk_box_append (GTK_BOX (gtk_widget_get_first_child (GTK_WIDGET (self))), extra);
  g_object_set (extra, "record", self->record, NULL);
}

/**
 * bounce_record_row_get_extra:
 *
 * Returns: (transfer none) (nullable): the widget the page added to the row
 */
GtkWidget *
bounce_record_row_get_extra (BounceRecordRow *self)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD_ROW (self), NULL);

  return self->extra;
}
