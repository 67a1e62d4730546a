/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-sync.c: two computers kept in step through a folder both of them sync.
 *
 * Each journal writes its whole export into the folder when the app quits, under a name of
 * its own (its journal's id), and reads every other journal's file when the app starts,
 * merging by uuid and update time. A file has one writer, so a syncing program (Syncthing,
 * Nextcloud) never has two versions of it to reconcile; and a merge never deletes, so an
 * edit made on either computer is never lost: of one record edited on both, the later edit
 * wins. A record deleted on one computer comes back from the other's file until it is
 * deleted there too: a deletion is not carried (it would need the journal to remember what
 * it deleted, which it does not), and a journal's words coming back is the safer mistake. */
#define G_LOG_DOMAIN "bounce-sync"

#include <glib/gi18n.h>

#include "bounce-export.h"
#include "bounce-sync.h"

#define FILE_PREFIX "bounce-back-"
#define FILE_SUFFIX ".json"

/**
 * bounce_sync_dup_file_name:
 *
 * Returns: (transfer full): the name of @store's own file in a synced folder:
 *   "bounce-back-" and the journal's id, ".json"; %NULL with @error set
 */
char *
bounce_sync_dup_file_name (BounceStore  *store,
                           GError      **error)
{
  g_autofree char *journal_id = NULL;

  g_return_val_if_fail (BOUNCE_IS_STORE (store), NULL);

  if (!(journal_id = bounce_store_dup_journal_id (store, error)))
    return NULL;

  return g_strconcat (FILE_PREFIX, journal_id, FILE_SUFFIX, NULL);
}

/**
 * bounce_sync_export:
 * @folder: the synced folder
 * @n_records: (out) (optional): how many records were written
 *
 * Writes the whole journal (bounce_export_json()) into its own file in @folder,
 * replacing the one written last time.
 */
gboolean
bounce_sync_export (BounceStore  *store,
                    const char   *folder,
                    guint        *n_records,
                    GError      **error)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (BOUNCE_IS_STORE (store), FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);

  if (!(name = bounce_sync_dup_file_name (store, error)))
    return FALSE;

  path = g_build_filename (folder, name, NULL);
  return bounce_export_json_file (store, path, n_records, error);
}

/* The other journals' files in @folder, in the same order on every computer. */
static GPtrArray *
list_others (BounceJournal  *journal,
             const char     *folder,
             GError        **error)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *own = NULL;
  const char *name;

  if (!(own = bounce_sync_dup_file_name (bounce_journal_get_store (journal), error)) ||
      !(dir = g_dir_open (folder, 0, error)))
    return NULL;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, FILE_PREFIX) && g_str_has_suffix (name, FILE_SUFFIX) &&
        g_strcmp0 (name, own) != 0)
      g_ptr_array_add (names, g_strdup (name));

  /* In the same order on every computer, whatever order the folder lists them in. */
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  return g_steal_pointer (&names);
}

/**
 * bounce_sync_import:
 * @folder: the synced folder
 * @counts: (out) (optional): what the imports did, all files together
 *
 * Merges into @journal every other journal's file in @folder (see bounce_sync_export()),
 * each in its own transaction. A file that cannot be imported changes nothing and does
 * not stop the others; the first such failure is told through @error.
 */
gboolean
bounce_sync_import (BounceJournal       *journal,
                    const char          *folder,
                    BounceImportCounts  *counts,
                    GError             **error)
{
  g_autoptr(GError) first_error = NULL;
  g_autoptr(GPtrArray) names = NULL;
  BounceImportCounts all = { 0, 0, 0 };

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);

  if (!(names = list_others (journal, folder, error)))
    return FALSE;

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, names->pdata[i], NULL);
      g_autoptr(GError) local_error = NULL;
      BounceImportCounts one;

      if (!bounce_import_file (journal, path, &one, &local_error))
        {
          g_autofree char *display = g_filename_display_name (names->pdata[i]);

          g_message ("Could not import %s: %s", display, local_error->message);
          if (first_error == NULL)
            /* Translators: %s is a file name, then why it could not be imported. */
            first_error = g_error_new (local_error->domain, local_error->code,
                                       _("“%s”: %s"), display, local_error->message);
          continue;
        }

      all.added += one.added;
      all.updated += one.updated;
      all.kept += one.kept;
    }

  if (counts != NULL)
    *counts = all;
  if (first_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&first_error));
      return FALSE;
    }

  return TRUE;
}

/* The sync folder's files being imported one after the other, without stopping the loop. */
typedef struct
{
  char               *folder;
  GPtrArray          *names;
  guint               next;
  BounceImportCounts  all;
  GError             *first_error;
} SyncImport;

static void
sync_import_free (gpointer data)
{
  SyncImport *sync = data;

  g_free (sync->folder);
  g_clear_pointer (&sync->names, g_ptr_array_unref);
  g_clear_error (&sync->first_error);
  g_free (sync);
}

static void import_next (GTask *task);

static void
on_file_imported_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SyncImport *sync = g_task_get_task_data (task);
  const char *name = sync->names->pdata[sync->next];
  g_autoptr(GError) error = NULL;
  BounceImportCounts one = { 0, 0, 0 };

  if (!bounce_import_file_finish (BOUNCE_JOURNAL (source), result, &one, &error))
    {
      g_autofree char *display = g_filename_display_name (name);

      g_message ("Could not import %s: %s", display, error->message);
      if (sync->first_error == NULL)
        /* Translators: %s is a file name, then why it could not be imported. */
        sync->first_error = g_error_new (error->domain, error->code, _("“%s”: %s"), display,
                                         error->message);
    }

  sync->all.added += one.added;
  sync->all.updated += one.updated;
  sync->all.kept += one.kept;
  sync->next++;
  import_next (g_steal_pointer (&task));
}

static void
import_next (GTask *task)
{
  SyncImport *sync = g_task_get_task_data (task);
  g_autofree char *path = NULL;

  if (sync->next >= sync->names->len)
    {
      if (sync->first_error != NULL)
        g_task_return_error (task, g_steal_pointer (&sync->first_error));
      else
        g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }

  path = g_build_filename (sync->folder, sync->names->pdata[sync->next], NULL);
  bounce_import_file_async (g_task_get_source_object (task), path,
                            g_task_get_cancellable (task), on_file_imported_cb, task);
}

/**
 * bounce_sync_import_async:
 * @folder: the synced folder
 *
 * bounce_sync_import() without stopping the window: each file is read in a thread and
 * merged a chunk at a time (bounce_import_file_async()), one file after the other.
 */
void
bounce_sync_import_async (BounceJournal       *journal,
                          const char          *folder,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  GTask *task;
  SyncImport *sync;
  GError *error = NULL;

  g_return_if_fail (BOUNCE_IS_JOURNAL (journal));
  g_return_if_fail (folder != NULL);

  task = g_task_new (journal, cancellable, callback, user_data);
  g_task_set_source_tag (task, bounce_sync_import_async);
  sync = g_new0 (SyncImport, 1);
  sync->folder = g_strdup (folder);
  g_task_set_task_data (task, sync, sync_import_free);

  if (!(sync->names = list_others (journal, folder, &error)))
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }

  import_next (task);
}

/**
 * bounce_sync_import_finish:
 * @counts: (out) (optional): what the imports did, all files together
 */
gboolean
bounce_sync_import_finish (BounceJournal       *journal,
                           GAsyncResult        *result,
                           BounceImportCounts  *counts,
                           GError             **error)
{
  SyncImport *sync;

  g_return_val_if_fail (g_task_is_valid (result, journal), FALSE);

  sync = g_task_get_task_data (G_TASK (result));
  if (counts != NULL)
    *counts = sync->all;
  return g_task_propagate_boolean (G_TASK (result), error);
}
