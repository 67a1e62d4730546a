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
  char         *summary;     /* the first line in full, as a screen reader says it */
  int           fitted_width; /* the width the summary shown was cut for */
  gulong        summary_id;
};

G_DEFINE_FINAL_TYPE (BounceRecordRow, bounce_record_row, GTK_TYPE_WIDGET)

/* The clock the person reads, as GNOME keeps it, or NULL where GNOME's settings are not
 * installed (then the clock has 24 hours). One for the process, as the desktop's is. */
static GSettings *
desktop_interface (void)
{
  static GSettings *interface = NULL;
  static gsize looked_up = 0;

  if (g_once_init_enter (&looked_up))
    {
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema = NULL;

      if (source != NULL)
        schema = g_settings_schema_source_lookup (source, "org.gnome.desktop.interface", TRUE);
      if (schema != NULL && g_settings_schema_has_key (schema, "clock-format"))
        interface = g_settings_new_full (schema, NULL, NULL);
      g_once_init_leave (&looked_up, 1);
    }

  return interface;
}

static gboolean
uses_twelve_hour_clock (void)
{
  GSettings *interface = desktop_interface ();
  g_autofree char *format = NULL;

  if (interface == NULL)
    return FALSE;

  format = g_settings_get_string (interface, "clock-format");
  return g_strcmp0 (format, "12h") == 0;
}

/* The day (with its time of day, today), and after it what the kind has to add (a treat
 * given, where an idea stands). */
static void
update_day (BounceRecordRow *self)
{
  g_autofree char *day = bounce_format_day_time (bounce_record_get_created (self->record), NULL,
                                                 uses_twelve_hour_clock ());
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

/* What an ellipsis should not follow: a space, or a comma or a colon left hanging. */
static gboolean
is_trailing (gunichar c)
{
  return g_unichar_isspace (c) || c == ',' || c == ';' || c == ':' ||
         c == 0x060C /* Arabic comma */ || c == 0x061B /* Arabic semicolon */;
}

/* Where @text's words up to @end_offset end, without what would hang before an ellipsis;
 * @text itself when nothing is left. */
static const char *
words_end (const char *text,
           int         end_offset)
{
  const char *end = g_utf8_offset_to_pointer (text, end_offset);

  while (end > text && is_trailing (g_utf8_get_char (g_utf8_prev_char (end))))
    end = g_utf8_prev_char (end);
  return end;
}

/* How wide the text of @line is up to byte @end: a right-to-left head is on the right, and
 * a head of mixed scripts may be in pieces, which the ranges all count. */
static int
head_width (PangoLayoutLine *line,
            int              end)
{
  g_autofree int *ranges = NULL;
  int n_ranges = 0;
  int width = 0;

  pango_layout_line_get_x_ranges (line, 0, end, &ranges, &n_ranges);
  for (int i = 0; i < n_ranges; i++)
    width += ranges[2 * i + 1] - ranges[2 * i];
  return PANGO_PIXELS_CEIL (width);
}

static int
text_width (PangoLayout *layout,
            const char  *text)
{
  int width;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* @text cut after its last whole word that fits in @width pixels with an ellipsis: Pango
 * would cut it after the last character that fits, and show the head of a word as if it
 * were a word. NULL when all of it fits, or when not even its first word does (then the
 * inscription's own ellipsis cuts it where it must).
 *
 * The text is laid out once; where each word ends is read off that line, and only the cut
 * chosen is laid out again to be sure (shaping may differ at the cut), a row at a time. */
static char *
fit_words (GtkWidget  *widget,
           const char *text,
           int         width)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  g_autoptr(PangoLayout) check = NULL;
  const PangoLogAttr *attrs;
  PangoLayoutLine *line;
  int n_attrs, ellipsis_width;

  if (text_width (layout, text) <= width)
    return NULL;

  check = pango_layout_copy (layout);
  ellipsis_width = text_width (check, "…");
  line = pango_layout_get_line_readonly (layout, 0);

  /* Where a line may break is where words end, in any script: the last that fits. */
  attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);
  for (int i = n_attrs - 1; i > 0; i--)
    {
      const char *end;
      g_autofree char *candidate = NULL;

      if (!attrs[i].is_line_break)
        continue;

      end = words_end (text, i);
      if (end == text)
        break;
      if (head_width (line, end - text) + ellipsis_width > width)
        continue;

      candidate = g_strdup_printf ("%.*s…", (int) (end - text), text);
      if (text_width (check, candidate) <= width)
        return g_steal_pointer (&candidate);
    }

  return NULL;
}

/* The summary as wide as the row lets it be, cut between words. */
static void
fit_summary (BounceRecordRow *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->summary_label));
  g_autofree char *fitted = NULL;

  self->fitted_width = width;
  if (self->summary == NULL)
    return;

  if (width > 0)
    fitted = fit_words (GTK_WIDGET (self->summary_label), self->summary, width);
  gtk_inscription_set_text (self->summary_label, fitted != NULL ? fitted : self->summary);
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
  g_free (self->summary);
  if (*summary != '\0')
    {
      self->summary = g_steal_pointer (&summary);
      gtk_widget_remove_css_class (GTK_WIDGET (self->summary_label), "dim-label");
    }
  else
    {
      self->summary = g_strdup (self->blank_text);
      gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "dim-label");
    }
  fit_summary (self);

  /* What a screen reader says of the row: an inscription tells it nothing by itself. */
  /* Translators: what a screen reader says of a list row: its first line, then its day
   * (and what else the row says), e.g. "The exam I failed, Tuesday, 3 November". */
  name = g_strdup_printf (_("%s, %s"), self->summary != NULL ? self->summary : "",
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
bounce_record_row_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  *minimum = *natural = 0;
  *minimum_baseline = *natural_baseline = -1;
  if (child != NULL)
    gtk_widget_measure (child, orientation, for_size, minimum, natural,
                        minimum_baseline, natural_baseline);
}

static GtkSizeRequestMode
bounce_record_row_get_request_mode (GtkWidget *widget)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  return child != NULL ? gtk_widget_get_request_mode (child)
                       : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

/* Laid out as a bin; the summary is cut again to a new width. (Setting an inscription's
 * text only redraws it: no new layout is asked for from here.) */
static void
bounce_record_row_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  BounceRecordRow *self = BOUNCE_RECORD_ROW (widget);
  GtkWidget *child = gtk_widget_get_first_child (widget);

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);
  if (gtk_widget_get_width (GTK_WIDGET (self->summary_label)) != self->fitted_width)
    fit_summary (self);
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
  g_clear_pointer (&self->summary, g_free);

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

  widget_class->measure = bounce_record_row_measure;
  widget_class->get_request_mode = bounce_record_row_get_request_mode;
  widget_class->size_allocate = bounce_record_row_size_allocate;
}

static void
on_clock_format_changed_cb (BounceRecordRow *self)
{
  update_summary (self);
}

static void
bounce_record_row_init (BounceRecordRow *self)
{
  GSettings *interface = desktop_interface ();

  gtk_widget_init_template (GTK_WIDGET (self));

  if (interface != NULL)
    g_signal_connect_object (interface, "changed::clock-format",
                             G_CALLBACK (on_clock_format_changed_cb), self, G_CONNECT_SWAPPED);
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
