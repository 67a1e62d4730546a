/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-editor.c: keeps an editor's widgets bound to the record on show. */
#define G_LOG_DOMAIN "bounce-editor"

#include <adwaita.h>

#include "bounce-editor.h"
#include "bounce-text-row.h"
#include "bounce-yet-offer.h"

typedef struct
{
  BounceRecord  *record;
  GPtrArray     *bindings;
  BounceJournal *journal;
  AdwToast      *last_toast;   /* the latest toast shown, while shown; for the tests */
} BounceEditorPrivate;

enum {
  PROP_0,
  PROP_RECORD,
  PROP_JOURNAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (BounceEditor, bounce_editor, GTK_TYPE_WIDGET)

static const char * const text_mime_types[] = {
  "text/plain;charset=utf-8",
  "text/plain",
  NULL
};

/* Pasted text as GTK would insert it, but whole: a NUL byte is dropped rather than taken
 * for the end, and bytes that are not UTF-8 become U+FFFD instead of losing the rest. */
static char *
text_from_bytes (GBytes *bytes)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autoptr(GString) text = g_string_sized_new (size);

  for (gsize i = 0; i < size; i++)
    if (data[i] != '\0')
      g_string_append_c (text, data[i]);

  return g_utf8_make_valid (text->str, text->len);
}

static void
on_paste_spliced_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GtkWidget) widget = user_data;
  GOutputStream *stream = G_OUTPUT_STREAM (object);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  GtkTextBuffer *buffer;
  GtkTextView *view;
  gboolean editable;

  if (g_output_stream_splice_finish (stream, result, &error) < 0)
    {
      g_message ("Could not paste: %s", error->message);
      return;
    }

  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  text = text_from_bytes (bytes);

  /* A single line (the text inside an entry row): as GtkText pastes, over the selection. */
  if (GTK_IS_EDITABLE (widget))
    {
      GtkEditable *entry = GTK_EDITABLE (widget);
      int position;

      if (!gtk_editable_get_editable (entry))
        return;
      gtk_editable_delete_selection (entry);
      position = gtk_editable_get_position (entry);
      gtk_editable_insert_text (entry, text, -1, &position);
      gtk_editable_set_position (entry, position);
      return;
    }

  view = GTK_TEXT_VIEW (widget);
  buffer = gtk_text_view_get_buffer (view);
  editable = gtk_text_view_get_editable (view);

  /* As GtkTextView pastes: over the selection, as one step to undo. */
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete_selection (buffer, TRUE, editable);
  gtk_text_buffer_insert_interactive_at_cursor (buffer, text, -1, editable);
  gtk_text_buffer_end_user_action (buffer);
  gtk_text_view_scroll_mark_onscreen (view, gtk_text_buffer_get_insert (buffer));
}

static void
on_paste_read_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GtkWidget) view = user_data;
  g_autoptr(GInputStream) input = NULL;
  g_autoptr(GOutputStream) output = NULL;
  g_autoptr(GError) error = NULL;

  input = gdk_clipboard_read_finish (GDK_CLIPBOARD (object), result, NULL, &error);
  if (input == NULL)
    {
      g_message ("Could not paste: %s", error->message);
      return;
    }

  output = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (output, input,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                                G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, on_paste_spliced_cb,
                                g_steal_pointer (&view));
}

/* GTK reads pasted text into a C string, which ends at the first NUL byte: whatever
 * followed it (from a terminal, a PDF) would be lost. The bytes are read here instead. */
static void
on_paste_clipboard_cb (GtkWidget *view,
                       gpointer   user_data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (view));
  GdkContentFormats *formats = gdk_clipboard_get_formats (clipboard);
  gboolean has_text = FALSE;

  for (guint i = 0; text_mime_types[i] != NULL; i++)
    has_text |= gdk_content_formats_contain_mime_type (formats, text_mime_types[i]);

  /* Anything else (a GType offered in this process only) GTK pastes as it does. */
  if (!has_text)
    return;

  g_signal_stop_emission_by_name (view, "paste-clipboard");
  gdk_clipboard_read_async (clipboard, (const char **) text_mime_types, G_PRIORITY_DEFAULT,
                            NULL, on_paste_read_cb, g_object_ref (view));
}

static void
guard_pastes (GtkWidget *widget)
{
  /* Text views, and the GtkText inside each entry row. */
  if (GTK_IS_TEXT_VIEW (widget) || GTK_IS_TEXT (widget))
    g_signal_connect (widget, "paste-clipboard", G_CALLBACK (on_paste_clipboard_cb), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    guard_pastes (child);
}

static void
bounce_editor_constructed (GObject *object)
{
  G_OBJECT_CLASS (bounce_editor_parent_class)->constructed (object);

  /* The subclass's template is built by now. */
  guard_pastes (GTK_WIDGET (object));
}

static void
bounce_editor_dispose (GObject *object)
{
  BounceEditor *self = BOUNCE_EDITOR (object);
  BounceEditorPrivate *priv = bounce_editor_get_instance_private (self);
  GtkWidget *child;

  bounce_editor_set_record (self, NULL);
  g_clear_pointer (&priv->bindings, g_ptr_array_unref);
  g_clear_object (&priv->journal);
  g_clear_weak_pointer (&priv->last_toast);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (bounce_editor_parent_class)->dispose (object);
}

static void
bounce_editor_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BounceEditor *self = BOUNCE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      g_value_set_object (value, bounce_editor_get_record (self));
      break;

    case PROP_JOURNAL:
      g_value_set_object (value, bounce_editor_get_journal (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_editor_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BounceEditor *self = BOUNCE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      bounce_editor_set_record (self, g_value_get_object (value));
      break;

    case PROP_JOURNAL:
      bounce_editor_set_journal (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_editor_real_focus_first (BounceEditor *self)
{
  gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

static void
bounce_editor_class_init (BounceEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bounce_editor_constructed;
  object_class->dispose = bounce_editor_dispose;
  object_class->get_property = bounce_editor_get_property;
  object_class->set_property = bounce_editor_set_property;

  klass->focus_first = bounce_editor_real_focus_first;

  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL,
                         BOUNCE_TYPE_RECORD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * BounceEditor:journal:
   *
   * The journal the record belongs to, for an editor that shows something of
   * another record (the goal an idea is another go at).
   */
  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL,
                         BOUNCE_TYPE_JOURNAL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  /* Any editor's template may place the offer to add "yet" under a field, and a row for
   * a sentence among its rows. */
  g_type_ensure (BOUNCE_TYPE_TEXT_ROW);
  g_type_ensure (BOUNCE_TYPE_YET_OFFER);
}

static void
bounce_editor_init (BounceEditor *self)
{
  BounceEditorPrivate *priv = bounce_editor_get_instance_private (self);

  priv->bindings = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * bounce_editor_class_set_kind:
 * @kind: the kind of record, one of bounce_kinds_get()
 * @section: (transfer none): how the window shows it, static
 *
 * Declares the kind an editor edits: the window makes a section of the kind's
 * page with it, so that a new kind needs no change to the window.
 */
void
bounce_editor_class_set_kind (BounceEditorClass         *klass,
                              GType                      kind,
                              const BounceEditorSection *section)
{
  g_return_if_fail (BOUNCE_IS_EDITOR_CLASS (klass));
  g_return_if_fail (g_type_is_a (kind, BOUNCE_TYPE_RECORD));
  g_return_if_fail (section != NULL);

  klass->kind = kind;
  klass->section = section;
}

/* Every final subclass of @type, depth first. */
static GType
find_editor (GType type,
             GType kind)
{
  g_autofree GType *children = NULL;
  guint n_children = 0;

  if (!G_TYPE_IS_ABSTRACT (type))
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (type);

      if (BOUNCE_EDITOR_CLASS (klass)->kind == kind)
        return type;
    }

  children = g_type_children (type, &n_children);
  for (guint i = 0; i < n_children; i++)
    {
      GType found = find_editor (children[i], kind);

      if (found != G_TYPE_INVALID)
        return found;
    }

  return G_TYPE_INVALID;
}

/**
 * bounce_editor_type_for_kind:
 *
 * Looks among the editor types registered so far (bounce_editors_ensure()
 * registers them all).
 *
 * Returns: the editor of @kind, or %G_TYPE_INVALID when there is none
 */
GType
bounce_editor_type_for_kind (GType kind)
{
  return find_editor (BOUNCE_TYPE_EDITOR, kind);
}

BounceRecord *
bounce_editor_get_record (BounceEditor *self)
{
  BounceEditorPrivate *priv = bounce_editor_get_instance_private (self);

  g_return_val_if_fail (BOUNCE_IS_EDITOR (self), NULL);

  return priv->record;
}

/**
 * bounce_editor_set_record:
 * @record: (nullable): the record to show and edit
 */
void
bounce_editor_set_record (BounceEditor *self,
                          BounceRecord *record)
{
  BounceEditorPrivate *priv = bounce_editor_get_instance_private (self);

  g_return_if_fail (BOUNCE_IS_EDITOR (self));
  g_return_if_fail (record == NULL || BOUNCE_IS_RECORD (record));

  if (priv->record == record)
    return;

  for (guint i = 0; i < priv->bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (priv->bindings, i));
  g_ptr_array_set_size (priv->bindings, 0);

  g_set_object (&priv->record, record);

  if (record != NULL && BOUNCE_EDITOR_GET_CLASS (self)->bind != NULL)
    BOUNCE_EDITOR_GET_CLASS (self)->bind (self, record);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
}

/**
 * bounce_editor_get_journal:
 *
 * Returns: (transfer none) (nullable): the journal of the records shown
 */
BounceJournal *
bounce_editor_get_journal (BounceEditor *self)
{
  BounceEditorPrivate *priv = bounce_editor_get_instance_private (self);

  g_return_val_if_fail (BOUNCE_IS_EDITOR (self), NULL);

  return priv->journal;
}

/**
 * bounce_editor_set_journal:
 * @journal: (nullable): the journal of the records the editor will show
 */
void
bounce_editor_set_journal (BounceEditor  *self,
                           BounceJournal *journal)
{
  BounceEditorPrivate *priv = bounce_editor_get_instance_private (self);

  g_return_if_fail (BOUNCE_IS_EDITOR (self));
  g_return_if_fail (journal == NULL || BOUNCE_IS_JOURNAL (journal));

  if (g_set_object (&priv->journal, journal))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNAL]);
}

void
bounce_editor_focus_first (BounceEditor *self)
{
  g_return_if_fail (BOUNCE_IS_EDITOR (self));

  BOUNCE_EDITOR_GET_CLASS (self)->focus_first (self);
}

/**
 * bounce_editor_bind:
 * @field: a field of the current record
 * @target: the widget (or buffer) that shows it
 *
 * Binds @field both ways, until the editor shows another record.
 */
void
bounce_editor_bind (BounceEditor *self,
                    const char   *field,
                    gpointer      target,
                    const char   *target_property)
{
  bounce_editor_bind_full (self, field, target, target_property, NULL, NULL);
}

void
bounce_editor_bind_full (BounceEditor          *self,
                         const char            *field,
                         gpointer               target,
                         const char            *target_property,
                         GBindingTransformFunc  to_target,
                         GBindingTransformFunc  to_field)
{
  BounceEditorPrivate *priv = bounce_editor_get_instance_private (self);
  GBinding *binding;

  g_return_if_fail (BOUNCE_IS_EDITOR (self));
  g_return_if_fail (priv->record != NULL);

  binding = g_object_bind_property_full (priv->record, field, target, target_property,
                                         G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                         to_target, to_field, NULL, NULL);
  /* Our own reference, so that unbinding later is safe whichever side goes first. */
  g_ptr_array_add (priv->bindings, g_object_ref (binding));
}

/**
 * bounce_editor_show_toast:
 * @toast: (transfer full): what to tell
 *
 * Shows @toast over the window, as the window shows its own: an editor that changes the
 * journal itself (a mark, a part of its record) tells what became of it there.
 */
void
bounce_editor_show_toast (BounceEditor *self,
                          AdwToast     *toast)
{
  BounceEditorPrivate *priv = bounce_editor_get_instance_private (self);
  GtkWidget *overlay;

  g_return_if_fail (BOUNCE_IS_EDITOR (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  g_set_weak_pointer (&priv->last_toast, toast);
  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    {
      g_message ("%s", adw_toast_get_title (toast));
      g_object_unref (toast);
      return;
    }
  bounce_toast_add (ADW_TOAST_OVERLAY (overlay), toast);
}

/* libadwaita 1.2 frees what it keeps of a toast dismissed while it still slides in once
 * it has faded out, and the slide, when it ends or is cut short as the window closes,
 * writes into what was freed: the app crashed on closing after pages were removed one
 * after the other. A toast is slid in within 500 ms (more when another fades out), so a
 * younger one is dismissed once it is in place. */
#define TOAST_SLIDE_IN_MS 600
#define TOAST_ADDED_KEY "bounce-toast-added"

/**
 * bounce_toast_add:
 * @toast: (transfer full): the toast
 *
 * Shows @toast in @overlay, noting when, for bounce_toast_dismiss().
 */
void
bounce_toast_add (AdwToastOverlay *overlay,
                  AdwToast        *toast)
{
  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (ADW_IS_TOAST (toast));

  g_object_set_data_full (G_OBJECT (toast), TOAST_ADDED_KEY,
                          g_memdup2 (&(gint64) { g_get_monotonic_time () }, sizeof (gint64)),
                          g_free);
  adw_toast_overlay_add_toast (overlay, toast);
}

static gboolean
dismiss_later_cb (gpointer toast)
{
  adw_toast_dismiss (toast);
  return G_SOURCE_REMOVE;
}

/**
 * bounce_toast_dismiss:
 *
 * Dismisses @toast, once it has slid in if it was added less than that ago.
 */
void
bounce_toast_dismiss (AdwToast *toast)
{
  gint64 *added;
  gint64 age_ms;

  g_return_if_fail (ADW_IS_TOAST (toast));

  added = g_object_get_data (G_OBJECT (toast), TOAST_ADDED_KEY);
  age_ms = added != NULL ? (g_get_monotonic_time () - *added) / 1000 : G_MAXINT64;
  if (age_ms >= TOAST_SLIDE_IN_MS)
    adw_toast_dismiss (toast);
  else
    g_timeout_add_full (G_PRIORITY_DEFAULT, (guint) (TOAST_SLIDE_IN_MS - age_ms),
                        dismiss_later_cb, g_object_ref (toast), g_object_unref);
}

/**
 * bounce_editor_tell_failure:
 * @format: what could not be done, with the reason
 *
 * A toast of one line that says what failed; the reason is escaped (a toast reads markup).
 */
void
bounce_editor_tell_failure (BounceEditor *self,
                            const char   *format,
                            ...)
{
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  va_list args;

  g_return_if_fail (BOUNCE_IS_EDITOR (self));

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  g_message ("%s", text);
  title = g_markup_escape_text (text, -1);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 8);
  bounce_editor_show_toast (self, toast);
}

/**
 * bounce_editor_get_last_toast:
 *
 * Returns: (transfer none) (nullable): the latest toast the editor showed, while it is
 *   shown; for the tests
 */
AdwToast *
bounce_editor_get_last_toast (BounceEditor *self)
{
  BounceEditorPrivate *priv = bounce_editor_get_instance_private (self);

  g_return_val_if_fail (BOUNCE_IS_EDITOR (self), NULL);

  return priv->last_toast;
}

/* GTK 4.8 gives a button its label, mnemonic and all, as its accessible name: a screen
 * reader says "underscore Undo". The label inside shows the text without it. */
static void
name_by_shown_text (GtkButton *button)
{
  GtkWidget *label = gtk_button_get_child (button);

  if (GTK_IS_LABEL (label) && gtk_button_get_use_underline (button))
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    gtk_label_get_text (GTK_LABEL (label)), -1);
}

static void
on_button_label_notify_cb (GtkButton *button)
{
  name_by_shown_text (button);
}

void
bounce_name_mnemonics (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root) && !g_object_get_data (G_OBJECT (root), "bounce-named"))
    {
      g_object_set_data (G_OBJECT (root), "bounce-named", GINT_TO_POINTER (TRUE));
      /* Labels set later (a section's add button) are named again. */
      g_signal_connect (root, "notify::label", G_CALLBACK (on_button_label_notify_cb), NULL);
      g_signal_connect (root, "notify::use-underline", G_CALLBACK (on_button_label_notify_cb),
                        NULL);
      name_by_shown_text (GTK_BUTTON (root));
    }

  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    bounce_name_mnemonics (c);
}
