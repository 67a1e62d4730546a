/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-window-carry.c: the window's Export… and Import…: the journal to a file and back. */
#define G_LOG_DOMAIN "bounce-window"

#include <glib/gi18n.h>

#include "bounce-editors.h"
#include "bounce-window-private.h"

/* What the window keeps of an export or import under way, and of what it said. */
typedef struct
{
  GtkFileChooserNative *chooser;
  AdwMessageDialog     *dialog;   /* weak */
  GCancellable         *importing;  /* an import under way, cancelled with the window */
} Carry;

static void
carry_free (gpointer data)
{
  Carry *carry = data;

  if (carry->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (carry->chooser));
  g_clear_object (&carry->chooser);
  g_clear_weak_pointer (&carry->dialog);
  if (carry->importing != NULL)
    g_cancellable_cancel (carry->importing);
  g_clear_object (&carry->importing);
  g_free (carry);
}

static Carry *
carry_of (BounceWindow *self)
{
  Carry *carry = g_object_get_data (G_OBJECT (self), "bounce-window-carry");

  if (carry == NULL)
    {
      carry = g_new0 (Carry, 1);
      g_object_set_data_full (G_OBJECT (self), "bounce-window-carry", carry, carry_free);
    }

  return carry;
}

/* A failure is said in a dialog: a toast has room for one short line, and where a file is
 * wrong ("line 3, column 14: …") is worth reading whole. */
static void
tell_problem (BounceWindow *self,
              const char   *heading,
              const char   *reason,
              const char   *reassurance)
{
  Carry *carry = carry_of (self);
  g_autofree char *body = g_strdup_printf ("%s\n\n%s", reason, reassurance);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  g_set_weak_pointer (&carry->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
dup_display_name (GFile *file)
{
  g_autofree char *base = g_file_get_basename (file);

  return g_filename_display_name (base != NULL ? base : "");
}

/**
 * bounce_window_export_to:
 * @file: where to write, a local file
 * @markdown: %TRUE for Markdown, to read; %FALSE for JSON, to import again
 *
 * Stores what waits for a pause, writes the whole journal to @file, and says what
 * happened: how many records went where, or why none did.
 *
 * Returns: whether the file was written
 */
gboolean
bounce_window_export_to (BounceWindow *self,
                         GFile        *file,
                         gboolean      markdown)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *summary = NULL;
  BounceJournal *journal;
  BounceStore *store;
  guint n_records = 0;
  gboolean done;

  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if ((journal = bounce_window_get_journal (self)) == NULL)
    return FALSE;

  name = dup_display_name (file);
  /* Translators: %s is a file name. */
  heading = g_strdup_printf (_("Could Not Export to “%s”"), name);

  /* The words typed a moment ago belong in the export. */
  if (!bounce_window_flush (self, &error))
    {
      tell_problem (self, heading, error->message,
                    _("Your latest words are not saved yet, so nothing was exported. Your "
                      "journal keeps trying to save them."));
      return FALSE;
    }

  if (!(path = g_file_get_path (file)))
    {
      tell_problem (self, heading, _("Bounce Back can only write to a folder on this computer."),
                    _("Nothing was written."));
      return FALSE;
    }

  store = bounce_journal_get_store (journal);
  if (markdown)
    done = bounce_export_markdown_file (store, path, bounce_editors_dup_kind_title, NULL,
                                        &n_records, &error);
  else
    done = bounce_export_json_file (store, path, &n_records, &error);

  if (!done)
    {
      tell_problem (self, heading, error->message,
                    _("Your journal is as it was; a file that was there is as it was too."));
      return FALSE;
    }

  summary = bounce_export_dup_summary (n_records, path);
  bounce_window_show_message (self, summary);
  return TRUE;
}

/* What the window needs to say how an import ended. */
typedef struct
{
  BounceWindow *window;     /* weak: the window may close while the import goes on */
  GCancellable *cancellable;
  char         *heading;
} Importing;

static void
importing_free (Importing *importing)
{
  g_clear_weak_pointer (&importing->window);
  g_clear_object (&importing->cancellable);
  g_free (importing->heading);
  g_free (importing);
}

static void
on_import_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  Importing *importing = user_data;
  BounceWindow *self = importing->window;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  BounceImportCounts counts;
  gboolean done;

  done = bounce_import_file_finish (BOUNCE_JOURNAL (source), result, &counts, &error);
  if (self != NULL && carry_of (self)->importing == importing->cancellable)
    g_clear_object (&carry_of (self)->importing);

  if (self == NULL || g_cancellable_is_cancelled (importing->cancellable))
    {
      importing_free (importing);
      return;
    }

  if (!done)
    tell_problem (self, importing->heading, error->message,
                  counts.added + counts.updated > 0 ?
                  _("What was imported before the problem is in your journal.") :
                  _("Nothing in your journal was changed."));
  else
    {
      summary = bounce_import_counts_dup_summary (&counts);
      bounce_window_show_message (self, summary);
    }

  importing_free (importing);
}

/**
 * bounce_window_import_from:
 * @file: a JSON export (bounce_export_json())
 *
 * Stores what waits for a pause, then merges @file into the journal
 * (bounce_import_file_async(): read in a thread, merged a chunk at a time, so the window
 * goes on answering), and says what happened when it is done: how many records were new,
 * updated, already here; or, when the file is wrong, where and what, and that nothing
 * changed. bounce_window_is_importing() says whether it is still under way.
 *
 * Returns: whether the import started
 */
gboolean
bounce_window_import_from (BounceWindow *self,
                           GFile        *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  BounceJournal *journal;
  Importing *importing;
  Carry *carry;

  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if ((journal = bounce_window_get_journal (self)) == NULL)
    return FALSE;

  carry = carry_of (self);
  name = dup_display_name (file);
  /* Translators: %s is a file name. */
  heading = g_strdup_printf (_("Could Not Import “%s”"), name);

  if (carry->importing != NULL)
    {
      tell_problem (self, heading, _("Another import is under way."),
                    _("Nothing in your journal was changed. Import this file once the other "
                      "one is done."));
      return FALSE;
    }

  /* Saved first: an edit waiting for a pause is newer than anything imported, and must
   * not be written over by it. */
  if (!bounce_window_flush (self, &error))
    {
      tell_problem (self, heading, error->message,
                    _("Your latest words are not saved yet, so nothing was imported. Your "
                      "journal keeps trying to save them."));
      return FALSE;
    }

  if (!(path = g_file_get_path (file)))
    {
      tell_problem (self, heading, _("Bounce Back can only read a file on this computer."),
                    _("Nothing in your journal was changed."));
      return FALSE;
    }

  importing = g_new0 (Importing, 1);
  g_set_weak_pointer (&importing->window, self);
  importing->cancellable = g_cancellable_new ();
  importing->heading = g_steal_pointer (&heading);
  carry->importing = g_object_ref (importing->cancellable);

  /* Translators: shown while a file is being imported; the window can be used meanwhile. */
  bounce_window_show_message (self, _("Importing…"));
  bounce_import_file_async (journal, path, importing->cancellable, on_import_done_cb,
                            importing);
  return TRUE;
}

/**
 * bounce_window_is_importing:
 *
 * Returns: whether an import started by bounce_window_import_from() is under way
 */
gboolean
bounce_window_is_importing (BounceWindow *self)
{
  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), FALSE);

  return carry_of (self)->importing != NULL;
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        BounceWindow    *self)
{
  Carry *carry = carry_of (self);
  G_GNUC_UNUSED g_autoptr(GtkFileChooserNative) kept = g_steal_pointer (&carry->chooser);
  g_autoptr(GFile) file = NULL;
  gboolean exporting;

  /* Hidden and let go of whatever ended it: a chooser holds itself while shown. */
  gtk_native_dialog_hide (chooser);

  if (response != GTK_RESPONSE_ACCEPT ||
      !(file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))))
    return;

  exporting = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) ==
              GTK_FILE_CHOOSER_ACTION_SAVE;
  if (exporting)
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Markdown when chosen, or when the name says so ("journal.md"). */
      gboolean markdown = g_strcmp0 (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser),
                                                                  "format"), "markdown") == 0 ||
                          g_str_has_suffix (name, ".md") || g_str_has_suffix (name, ".markdown");

      bounce_window_export_to (self, file, markdown);
    }
  else
    bounce_window_import_from (self, file);
}

static GtkFileChooserNative *
new_chooser (BounceWindow         *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept_label)
{
  Carry *carry = carry_of (self);
  GtkFileChooserNative *chooser;

  if (carry->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (carry->chooser));
  g_clear_object (&carry->chooser);

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept_label,
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response_cb), self, 0);
  carry->chooser = chooser;
  return chooser;
}

/**
 * bounce_window_new_carry_chooser:
 * @action: %GTK_FILE_CHOOSER_ACTION_SAVE for Export…, %GTK_FILE_CHOOSER_ACTION_OPEN for
 *   Import…
 *
 * Makes the file chooser of Export… or Import…, ready to show: what it answers is
 * exported to or imported from (bounce_window_export_to(), bounce_window_import_from()).
 * Export offers JSON or Markdown; a name ending in ".md" is Markdown too.
 *
 * Returns: (transfer none): the chooser, held by the window until it answers
 */
GtkFileChooserNative *
bounce_window_new_carry_chooser (BounceWindow         *self,
                                 GtkFileChooserAction  action)
{
  const char *formats[] = { "json", "markdown", NULL };
  const char *format_labels[] = {
    /* Translators: a format to export the journal in, to import it again elsewhere. */
    _("JSON, to import on another computer"),
    /* Translators: a format to export the journal in, to read it. */
    _("Markdown, to read"),
    NULL
  };
  g_autoptr(GtkFileFilter) filter = NULL;
  GtkFileChooserNative *chooser;

  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), NULL);

  if (action == GTK_FILE_CHOOSER_ACTION_SAVE)
    {
      chooser = new_chooser (self, _("Export Journal"), action, _("_Export"));
      /* Translators: the choice of a format in the file chooser of Export… */
      gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "format", _("Format"), formats,
                                   format_labels);
      gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "format", "json");
      /* Translators: the name offered for an exported journal; keep the ".json". */
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("journal.json"));
      return chooser;
    }

  chooser = new_chooser (self, _("Import Journal"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"));
  filter = gtk_file_filter_new ();
  /* Translators: the kind of file Import… reads. */
  gtk_file_filter_set_name (filter, _("Exported journals (JSON)"));
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  return chooser;
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GtkFileChooserNative *chooser;

  chooser = bounce_window_new_carry_chooser (BOUNCE_WINDOW (widget),
                                             GTK_FILE_CHOOSER_ACTION_SAVE);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GtkFileChooserNative *chooser;

  chooser = bounce_window_new_carry_chooser (BOUNCE_WINDOW (widget),
                                             GTK_FILE_CHOOSER_ACTION_OPEN);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * bounce_window_carry_class_init:
 *
 * Installs win.export and win.import on the window's class.
 */
void
bounce_window_carry_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
}

/**
 * bounce_window_get_carry_chooser:
 *
 * Returns: (transfer none) (nullable): the file chooser of Export… or Import…, while it is
 *   open
 */
GtkFileChooserNative *
bounce_window_get_carry_chooser (BounceWindow *self)
{
  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), NULL);

  return carry_of (self)->chooser;
}

/**
 * bounce_window_get_carry_dialog:
 *
 * Returns: (transfer none) (nullable): the dialog that says why an export or an import
 *   failed, while it is open
 */
AdwMessageDialog *
bounce_window_get_carry_dialog (BounceWindow *self)
{
  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), NULL);

  return carry_of (self)->dialog;
}
