/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-backups.c: the journal's daily and weekly backups, and going back to one. */
#define G_LOG_DOMAIN "bounce-backups"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "bounce-backups.h"
#include "bounce-files.h"

#define BACKUPS_DIR "backups"
#define JOURNAL_FILE "journal.db"

/* "journal-20261130-062855-123456.db": local time, so that a day is the person's day, to
 * the microsecond, so that a backup made just before a restore never replaces another. */
#define NAME_PREFIX "journal-"
#define NAME_SUFFIX ".db"

typedef struct
{
  GDateTime *now;
  guint      n_daily;
  guint      n_weekly;
} Run;

static void
run_free (gpointer data)
{
  Run *run = data;

  g_date_time_unref (run->now);
  g_free (run);
}

static GDateTime *
parse_name (const char *name)
{
  int year, month, day, hour, minute, second, usec;
  int end = 0;

  if (sscanf (name, NAME_PREFIX "%4d%2d%2d-%2d%2d%2d-%6d" NAME_SUFFIX "%n",
              &year, &month, &day, &hour, &minute, &second, &usec, &end) != 7 ||
      end == 0 || name[end] != '\0')
    return NULL;

  return g_date_time_new_local (year, month, day, hour, minute, second + usec / 1e6);
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  const BounceBackup *x = *(BounceBackup * const *) a;
  const BounceBackup *y = *(BounceBackup * const *) b;

  return g_date_time_compare (y->time, x->time);
}

static gboolean
same_day (GDateTime *a,
          GDateTime *b)
{
  return g_date_time_get_year (a) == g_date_time_get_year (b) &&
         g_date_time_get_day_of_year (a) == g_date_time_get_day_of_year (b);
}

static gboolean
same_week (GDateTime *a,
           GDateTime *b)
{
  return g_date_time_get_week_numbering_year (a) == g_date_time_get_week_numbering_year (b) &&
         g_date_time_get_week_of_year (a) == g_date_time_get_week_of_year (b);
}

static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  BounceStore *store = source_object;
  Run *run = task_data;
  g_autofree char *dir = bounce_backups_dup_dir (bounce_store_get_path (store));
  g_autofree char *made = NULL;
  GError *error = NULL;

  if (bounce_backups_is_due (dir, run->now) &&
      !(made = bounce_backups_make (store, run->now, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  if (!bounce_backups_rotate (dir, run->n_daily, run->n_weekly, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&made), g_free);
}

void
bounce_backup_free (BounceBackup *backup)
{
  g_free (backup->path);
  g_date_time_unref (backup->time);
  g_free (backup);
}

/**
 * bounce_backups_dup_dir:
 *
 * Returns: (transfer full): the folder of the backups of the journal at @journal_path
 */
char *
bounce_backups_dup_dir (const char *journal_path)
{
  g_autofree char *parent = g_path_get_dirname (journal_path);

  return g_build_filename (parent, BACKUPS_DIR, NULL);
}

/**
 * bounce_backups_list:
 * @dir: the folder of the backups
 *
 * Returns: (transfer full) (element-type BounceBackup): the backups in @dir, newest first;
 *   empty when there is no such folder
 */
GPtrArray *
bounce_backups_list (const char  *dir,
                     GError     **error)
{
  g_autoptr(GPtrArray) backups = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                                 bounce_backup_free);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDir) folder = g_dir_open (dir, 0, &local_error);
  const char *name;

  if (folder == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&backups);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      GDateTime *time = parse_name (name);
      BounceBackup *backup;

      if (time == NULL)
        continue;

      backup = g_new0 (BounceBackup, 1);
      backup->path = g_build_filename (dir, name, NULL);
      backup->time = time;
      g_ptr_array_add (backups, backup);
    }

  g_ptr_array_sort (backups, newest_first);
  return g_steal_pointer (&backups);
}

/**
 * bounce_backups_is_due:
 * @now: the time it is
 *
 * Returns: whether no backup in @dir was made on @now's day (one a day is enough)
 */
gboolean
bounce_backups_is_due (const char *dir,
                       GDateTime  *now)
{
  g_autoptr(GPtrArray) backups = bounce_backups_list (dir, NULL);
  g_autoptr(GDateTime) local = g_date_time_to_local (now);

  for (guint i = 0; backups != NULL && i < backups->len; i++)
    if (same_day (((BounceBackup *) backups->pdata[i])->time, local))
      return FALSE;

  return TRUE;
}

/**
 * bounce_backups_make:
 * @now: the time the backup is named after
 *
 * Backs the journal up into its backups folder (0700, made when missing), as
 * bounce_store_backup() does. Safe in a thread.
 *
 * Returns: (transfer full): the backup's path, or %NULL with @error set
 */
char *
bounce_backups_make (BounceStore  *store,
                     GDateTime    *now,
                     GError      **error)
{
  g_autofree char *dir = bounce_backups_dup_dir (bounce_store_get_path (store));
  g_autoptr(GDateTime) local = g_date_time_to_local (now);
  g_autofree char *stamp = g_date_time_format (local, "%Y%m%d-%H%M%S-%f");
  g_autofree char *name = g_strconcat (NAME_PREFIX, stamp, NAME_SUFFIX, NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_return_val_if_fail (BOUNCE_IS_STORE (store), NULL);

  if (!bounce_files_make_private_dir (dir, error) ||
      !bounce_store_backup (store, path, error))
    return NULL;

  return g_steal_pointer (&path);
}

/**
 * bounce_backups_rotate:
 * @n_daily: how many days keep their newest backup, the latest days with one
 * @n_weekly: how many weeks before those keep their newest backup
 *
 * Deletes the backups in @dir that neither of these keeps.
 */
gboolean
bounce_backups_rotate (const char  *dir,
                       guint        n_daily,
                       guint        n_weekly,
                       GError     **error)
{
  g_autoptr(GPtrArray) backups = bounce_backups_list (dir, error);
  GDateTime *last_day = NULL;
  GDateTime *last_week = NULL;
  guint days = 0, weeks = 0;

  if (backups == NULL)
    return FALSE;

  for (guint i = 0; i < backups->len; i++)
    {
      BounceBackup *backup = backups->pdata[i];
      gboolean keep = FALSE;

      if (last_day != NULL && same_day (last_day, backup->time))
        ;
      else if (days < n_daily)
        {
          days++;
          last_day = backup->time;
          keep = TRUE;
        }
      else if ((last_week == NULL || !same_week (last_week, backup->time)) &&
               weeks < n_weekly)
        {
          weeks++;
          last_week = backup->time;
          keep = TRUE;
        }

      if (!keep && g_unlink (backup->path) != 0)
        g_warning ("Could not delete the old backup %s: %s", backup->path,
                   g_strerror (errno));
    }

  return TRUE;
}

/**
 * bounce_backups_run_async:
 * @now: the time it is, for the day's backup
 *
 * In a thread: makes the day's backup unless there is one already, then deletes the
 * backups that the counts no longer keep (bounce_backups_rotate()).
 */
void
bounce_backups_run_async (BounceStore         *store,
                          GDateTime           *now,
                          guint                n_daily,
                          guint                n_weekly,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Run *run;

  g_return_if_fail (BOUNCE_IS_STORE (store));
  g_return_if_fail (now != NULL);

  run = g_new0 (Run, 1);
  run->now = g_date_time_ref (now);
  run->n_daily = n_daily;
  run->n_weekly = n_weekly;

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, bounce_backups_run_async);
  g_task_set_task_data (task, run, run_free);
  g_task_run_in_thread (task, run_thread);
}

/**
 * bounce_backups_run_finish:
 * @made: (out) (optional) (transfer full): the new backup's path, or %NULL when the day
 *   had one already
 */
gboolean
bounce_backups_run_finish (BounceStore   *store,
                           GAsyncResult  *result,
                           char         **made,
                           GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);

  path = g_task_propagate_pointer (G_TASK (result), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (made != NULL)
    *made = g_steal_pointer (&path);
  return TRUE;
}

/**
 * bounce_backups_restore:
 * @data_dir: the folder of the journal, which no store may hold open any more
 * @backup: the backup to go back to
 *
 * Puts a copy of @backup in the journal's place. What SQLite left beside the old journal
 * (its -wal and -shm) is deleted first, so that nothing of it can be replayed over the
 * restored file; the copy is checked and written to the disk before it takes the name.
 *
 * Returns: (transfer full): the restored journal, opened, or %NULL with @error set and
 *   the journal left as it was
 */
BounceStore *
bounce_backups_restore (const char  *data_dir,
                        const char  *backup,
                        GError     **error)
{
  g_autofree char *path = g_build_filename (data_dir, JOURNAL_FILE, NULL);
  g_autofree char *name = g_strdup_printf (".restore-%d-%" G_GINT64_FORMAT, (int) getpid (),
                                           g_get_real_time ());
  g_autofree char *temp = g_build_filename (data_dir, name, NULL);
  guint count = 0;

  g_return_val_if_fail (data_dir != NULL, NULL);
  g_return_val_if_fail (backup != NULL, NULL);

  if (bounce_files_is_in_use (path))
    {
      g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_BUSY,
                   _("The journal could not be restored: another program has it open."));
      return NULL;
    }

  /* Only a backup of a journal takes the journal's place; copied a megabyte at a time, on
   * the disk before it is renamed into place. */
  if (!bounce_store_count_file (backup, &count, 1, error) ||
      !bounce_files_copy_durably (backup, temp, error))
    return NULL;

  for (guint i = 0; i < 3; i++)
    {
      static const char * const leftovers[] = { "-wal", "-shm", "-journal" };
      g_autofree char *leftover = g_strconcat (path, leftovers[i], NULL);

      if (g_unlink (leftover) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_unlink (temp);
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("The journal could not be restored: %s."), g_strerror (saved_errno));
          return NULL;
        }
    }

  if (g_rename (temp, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (temp);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("The journal could not be restored: %s."), g_strerror (saved_errno));
      return NULL;
    }

  return bounce_store_open (data_dir, error);
}
