/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-files.c: the journal's files as files: headers, companions, copies and setting aside. */
#define G_LOG_DOMAIN "bounce-files"
#define _GNU_SOURCE  /* renameat2() */

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "bounce-files.h"

/* Where SQLite's unix VFS keeps its locks (os_unix.c): every connection to a WAL
 * database holds a read lock on byte 128 of the -shm file, and a shared lock on
 * a range of the database file, for as long as it is open. */
#define SHM_DMS_BYTE      128
#define DB_SHARED_FIRST   (0x40000000 + 2)
#define DB_SHARED_SIZE    510

static const char * const companions[] = { "-wal", "-shm", "-journal" };

typedef enum
{
  FAILED_READ,
  FAILED_COPY,
  FAILED_MOVE,
} Failure;

/* Call it straight after the failure: it tells errno's reason. */
static gboolean
set_errno_error (GError     **error,
                 Failure      failure,
                 const char  *path)
{
  int saved_errno = errno;
  int code = g_io_error_from_errno (saved_errno);
  const char *reason = g_strerror (saved_errno);

  switch (failure)
    {
    case FAILED_READ:
      g_set_error (error, G_IO_ERROR, code, _("Could not read “%s”: %s"), path, reason);
      break;

    case FAILED_COPY:
      g_set_error (error, G_IO_ERROR, code, _("Could not copy to “%s”: %s"), path, reason);
      break;

    case FAILED_MOVE:
      g_set_error (error, G_IO_ERROR, code, _("Could not move “%s” aside: %s"), path, reason);
      break;

    default:
      g_assert_not_reached ();
    }

  return FALSE;
}

static guint32
read_be32 (const guchar *bytes)
{
  return ((guint32) bytes[0] << 24) | ((guint32) bytes[1] << 16) |
         ((guint32) bytes[2] << 8) | bytes[3];
}

/* TRUE when another process holds a lock that a write lock on @fd at @start would meet. */
static gboolean
lock_is_held (int   fd,
              off_t start,
              off_t length)
{
  struct flock lock = {
    .l_type = F_WRLCK,
    .l_whence = SEEK_SET,
    .l_start = start,
    .l_len = length,
  };

  if (fcntl (fd, F_GETLK, &lock) != 0)
    return FALSE;

  return lock.l_type != F_UNLCK;
}

static gboolean
file_is_locked (const char *path,
                off_t       start,
                off_t       length)
{
  gboolean held;
  int fd;

  /* Read-only and without following links: looking must not change anything. */
  fd = g_open (path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, 0);
  if (fd < 0)
    return FALSE;

  held = lock_is_held (fd, start, length);
  close (fd);
  return held;
}

/* Copies @from to @to (made, 0600), a megabyte at a time; @durable: on the disk before it
 * returns. A copy that fails part-way is removed; a file that was at @to is left alone. */
static gboolean
copy_file (const char  *from,
           const char  *to,
           gboolean     durable,
           GError     **error)
{
  g_autofree char *buffer = g_malloc (1 << 20);
  int in = -1;
  int out = -1;
  gboolean ok = FALSE;
  ssize_t n;

  in = g_open (from, O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0);
  if (in < 0)
    return set_errno_error (error, FAILED_READ, from);

  out = g_open (to, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (out < 0)
    {
      set_errno_error (error, FAILED_COPY, to);
      goto out;
    }

  while ((n = read (in, buffer, 1 << 20)) != 0)
    {
      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          set_errno_error (error, FAILED_READ, from);
          goto out;
        }

      for (ssize_t done = 0; done < n;)
        {
          ssize_t written = write (out, buffer + done, n - done);

          if (written < 0 && errno == EINTR)
            continue;
          if (written < 0)
            {
              set_errno_error (error, FAILED_COPY, to);
              goto out;
            }
          done += written;
        }
    }

  if (durable && fsync (out) != 0)
    {
      set_errno_error (error, FAILED_COPY, to);
      goto out;
    }

  ok = TRUE;

out:
  if (in >= 0)
    close (in);
  if (out >= 0 && close (out) != 0 && ok)
    ok = set_errno_error (error, FAILED_COPY, to);
  if (out >= 0 && !ok)
    g_unlink (to);
  return ok;
}

/* Size and modification time: enough to see that a file changed while it was copied. */
static gboolean
same_stat (const GStatBuf *a,
           const GStatBuf *b)
{
  return a->st_size == b->st_size && a->st_mtim.tv_sec == b->st_mtim.tv_sec &&
         a->st_mtim.tv_nsec == b->st_mtim.tv_nsec && a->st_ino == b->st_ino;
}

static gboolean
rename_no_replace (const char *from,
                   const char *to)
{
  if (renameat2 (AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE) == 0)
    return TRUE;

  /* File systems without RENAME_NOREPLACE: a hard link cannot replace either. */
  if (errno == EINVAL || errno == ENOSYS)
    return link (from, to) == 0 && unlink (from) == 0;

  return FALSE;
}

/*
 * SQLite deletes the -wal of an empty database when it opens it. A missing or
 * empty database is therefore copied as one blank page, of the -wal's page
 * size: opening the copy then replays the -wal, whose first page (when it has
 * one) takes the place of the blank.
 */
static gboolean
write_blank_page (const char  *copy,
                  const char  *wal,
                  GError     **error)
{
  g_autofree char *blank = NULL;
  guint32 page_size = 4096;
  guchar header[12];
  int fd;

  fd = wal != NULL ? g_open (wal, O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0) : -1;
  if (fd >= 0)
    {
      /* The WAL header: magic, format version, then the page size. */
      if (pread (fd, header, sizeof header, 0) == (ssize_t) sizeof header)
        {
          guint32 size = read_be32 (header + 8);

          if (size >= 512 && size <= 65536 && (size & (size - 1)) == 0)
            page_size = size;
        }
      close (fd);
    }

  blank = g_malloc0 (page_size);
  return g_file_set_contents_full (copy, blank, page_size, G_FILE_SET_CONTENTS_NONE, 0600,
                                   error);
}

/**
 * bounce_files_read_header:
 *
 * Reads what SQLite keeps in a database's first page header, without SQLite,
 * so that a file can be judged before anything opens it.
 */
gboolean
bounce_files_read_header (const char        *path,
                          BounceFileHeader  *header,
                          GError           **error)
{
  static const char magic[16] = "SQLite format 3";
  guchar bytes[100];
  GStatBuf st;
  ssize_t n;
  int fd;

  memset (header, 0, sizeof *header);

  fd = g_open (path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0);
  if (fd < 0)
    return set_errno_error (error, FAILED_READ, path);

  if (fstat (fd, &st) != 0)
    {
      int saved_errno = errno;

      close (fd);
      errno = saved_errno;
      return set_errno_error (error, FAILED_READ, path);
    }

  header->size = st.st_size;
  do
    n = pread (fd, bytes, sizeof bytes, 0);
  while (n < 0 && errno == EINTR);

  if (n < 0)
    {
      set_errno_error (error, FAILED_READ, path);
      close (fd);
      return FALSE;
    }
  close (fd);

  if (n == (ssize_t) sizeof bytes && memcmp (bytes, magic, sizeof magic) == 0)
    {
      header->is_sqlite = TRUE;
      header->user_version = read_be32 (bytes + 60);
      header->application_id = read_be32 (bytes + 68);
    }

  return TRUE;
}

/**
 * bounce_files_is_wal:
 *
 * Returns: %TRUE when @path starts as SQLite's write-ahead logs do; anything
 *   else at a -wal's name is another program's file, which SQLite would
 *   overwrite
 */
gboolean
bounce_files_is_wal (const char *path)
{
  guchar magic[4];
  guint32 value = 0;
  int fd = g_open (path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0);

  if (fd < 0)
    return FALSE;
  if (pread (fd, magic, sizeof magic, 0) == (ssize_t) sizeof magic)
    value = read_be32 (magic);
  close (fd);

  return value == 0x377f0682 || value == 0x377f0683;
}

/**
 * bounce_files_is_in_use:
 *
 * Returns: %TRUE when another process (another Bounce Back, the sqlite3 shell)
 *   has the database at @db_path open, as its SQLite locks show
 */
gboolean
bounce_files_is_in_use (const char *db_path)
{
  g_autofree char *shm = g_strconcat (db_path, "-shm", NULL);

  return file_is_locked (shm, SHM_DMS_BYTE, 1) ||
         file_is_locked (db_path, DB_SHARED_FIRST, DB_SHARED_SIZE);
}

/**
 * bounce_files_size:
 * @is_link: (out) (optional): whether @path is a symbolic link, which is not followed
 *
 * Returns: the size of @path, 0 when it is empty, or -1 when it does not exist
 */
goffset
bounce_files_size (const char *path,
                   gboolean   *is_link)
{
  GStatBuf st;

  if (is_link != NULL)
    *is_link = FALSE;

  if (g_lstat (path, &st) != 0)
    return -1;

  if (is_link != NULL)
    *is_link = S_ISLNK (st.st_mode);

  return st.st_size;
}

/**
 * bounce_files_set_aside:
 * @reason: a word for the file name, such as "damaged" or "not-ours"
 * @whole: %TRUE to set aside the database and its companions together, as
 *   "journal.db.damaged-20261129-201500" with "-wal" and "-shm" after it;
 *   %FALSE for the companions alone, as "journal.db-wal.not-ours-20261129-201500"
 *
 * Renames, never deletes, and never replaces a file already there.
 *
 * Returns: (transfer full): the new name of the database (or of its -wal when
 *   only companions moved), or %NULL with @error set
 */
char *
bounce_files_set_aside (const char  *db_path,
                        const char  *reason,
                        gboolean     whole,
                        GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *first = NULL;

  for (guint attempt = 1; attempt < 100; attempt++)
    {
      g_autofree char *tag = attempt == 1 ? g_strdup_printf ("%s-%s", reason, stamp)
                                          : g_strdup_printf ("%s-%s-%u", reason, stamp, attempt);
      g_autofree char *db_target = g_strconcat (db_path, ".", tag, NULL);
      gboolean clash = FALSE;

      /* Every name of the group must be free, so the group keeps one tag. */
      if (whole)
        clash = g_file_test (db_target, G_FILE_TEST_EXISTS);
      for (guint i = 0; i < G_N_ELEMENTS (companions) && !clash; i++)
        {
          g_autofree char *target = whole ? g_strconcat (db_target, companions[i], NULL)
                                          : g_strconcat (db_path, companions[i], ".", tag, NULL);

          clash = g_file_test (target, G_FILE_TEST_EXISTS);
        }
      if (clash)
        continue;

      /* A group is named after its database, even when only companions are left. */
      if (whole)
        {
          if (bounce_files_size (db_path, NULL) >= 0 && !rename_no_replace (db_path, db_target))
            return (set_errno_error (error, FAILED_MOVE, db_path), NULL);
          first = g_strdup (db_target);
        }

      for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
        {
          g_autofree char *source = g_strconcat (db_path, companions[i], NULL);
          g_autofree char *target = whole ? g_strconcat (db_target, companions[i], NULL)
                                          : g_strconcat (db_path, companions[i], ".", tag, NULL);

          if (bounce_files_size (source, NULL) < 0)
            continue;
          if (!rename_no_replace (source, target))
            return (set_errno_error (error, FAILED_MOVE, source), NULL);
          if (first == NULL)
            first = g_strdup (target);
        }

      return g_steal_pointer (&first);
    }

  errno = EEXIST;
  set_errno_error (error, FAILED_MOVE, db_path);
  return NULL;
}

/* A process that was killed leaves its private copies behind: they hold journal
 * text, so they go as soon as another copy is made. Each carries its maker's pid. */
static void
remove_orphaned_copies (void)
{
  g_autoptr(GDir) dir = g_dir_open (g_get_user_runtime_dir (), 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *copy = NULL;
      char *end = NULL;
      gint64 pid;

      if (!g_str_has_prefix (name, "bounce-back-"))
        continue;
      pid = g_ascii_strtoll (name + strlen ("bounce-back-"), &end, 10);
      if (end == NULL || *end != '-' || pid <= 0 || pid > G_MAXINT ||
          kill ((pid_t) pid, 0) == 0 || errno != ESRCH)
        continue;

      copy = g_build_filename (g_get_user_runtime_dir (), name, "journal.db", NULL);
      bounce_files_remove_private (copy);
    }
}

/**
 * bounce_files_copy_private:
 * @with_wal: also copy the -wal, so that opening the copy replays it
 *
 * Copies a database into a new private folder (0700, in the user's runtime
 * folder), where SQLite may replay, check and change it without touching the
 * original. A copy taken while another program wrote is taken again.
 *
 * Returns: (transfer full): the path of the copy, or %NULL with @error set;
 *   free the copy with bounce_files_remove_private()
 */
char *
bounce_files_copy_private (const char  *db_path,
                           gboolean     with_wal,
                           GError     **error)
{
  g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
  g_autofree char *name = g_strdup_printf ("bounce-back-%d-XXXXXX", (int) getpid ());
  g_autofree char *template = g_build_filename (g_get_user_runtime_dir (), name, NULL);

  /* Without XDG_RUNTIME_DIR, GLib names the cache folder, which may not exist yet. */
  g_mkdir_with_parents (g_get_user_runtime_dir (), 0700);
  remove_orphaned_copies ();

  for (guint attempt = 0; attempt < 3; attempt++)
    {
      g_autofree char *folder = NULL;
      g_autofree char *copy = NULL;
      g_autofree char *copy_wal = NULL;
      GStatBuf db_before = { 0 }, db_after = { 0 }, wal_before = { 0 }, wal_after = { 0 };

      g_clear_error (error);

      folder = g_strdup (template);
      if (g_mkdtemp_full (folder, 0700) == NULL)
        {
          set_errno_error (error, FAILED_COPY, template);
          return NULL;
        }
      copy = g_build_filename (folder, "journal.db", NULL);
      copy_wal = g_strconcat (copy, "-wal", NULL);

      g_lstat (db_path, &db_before);
      if (with_wal)
        g_lstat (wal, &wal_before);

      if (bounce_files_size (db_path, NULL) > 0 ? !copy_file (db_path, copy, FALSE, error)
                                                : !write_blank_page (copy, with_wal ? wal : NULL,
                                                                     error))
        {
          bounce_files_remove_private (copy);
          return NULL;
        }
      if (with_wal && !copy_file (wal, copy_wal, FALSE, error))
        {
          bounce_files_remove_private (copy);
          return NULL;
        }

      g_lstat (db_path, &db_after);
      if (with_wal)
        g_lstat (wal, &wal_after);

      if (same_stat (&db_before, &db_after) && same_stat (&wal_before, &wal_after))
        return g_steal_pointer (&copy);

      g_debug ("%s changed while it was copied; copying again", db_path);
      bounce_files_remove_private (copy);
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_BUSY,
               _("“%s” kept changing while Bounce Back read it"), db_path);
  return NULL;
}

/* Removes a copy from bounce_files_copy_private(), its companions and its folder. */
void
bounce_files_remove_private (const char *copy_path)
{
  g_autofree char *folder = NULL;

  if (copy_path == NULL)
    return;

  g_remove (copy_path);
  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *companion = g_strconcat (copy_path, companions[i], NULL);

      g_remove (companion);
    }

  folder = g_path_get_dirname (copy_path);
  if (g_rmdir (folder) != 0)
    g_warning ("Could not remove the private copy %s: %s", folder, g_strerror (errno));
}

/**
 * bounce_files_copy_durably:
 * @to: a file that is not there yet
 *
 * Copies @from to a new file @to, which only its owner may read (0600), a megabyte at a
 * time (a journal can be larger than the memory one would give it), and on the disk before
 * it returns. A file already at @to is refused and left as it is.
 */
gboolean
bounce_files_copy_durably (const char  *from,
                           const char  *to,
                           GError     **error)
{
  g_return_val_if_fail (from != NULL, FALSE);
  g_return_val_if_fail (to != NULL, FALSE);

  return copy_file (from, to, TRUE, error);
}

/**
 * bounce_files_write_private:
 * @path: where the file goes; a file already there is replaced
 * @contents: (array length=length): what it holds
 *
 * Writes a file only its owner may read (0600, whatever the umask), whole under a
 * temporary name beside @path and then renamed over it, durably: a crash or a full disk
 * leaves the old file or the new one, never half of one. What the journal gives out (an
 * export) is kept as carefully as the journal.
 */
gboolean
bounce_files_write_private (const char  *path,
                            const char  *contents,
                            gsize        length,
                            GError     **error)
{
  g_autofree char *tmp_path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  int saved_errno = 0;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL || length == 0, FALSE);

  tmp_path = g_strconcat (path, ".XXXXXX", NULL);
  dir = g_path_get_dirname (path);
  name = g_filename_display_name (path);

  fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    saved_errno = errno;
  else if (fchmod (fd, 0600) != 0)
    saved_errno = errno;

  while (fd >= 0 && saved_errno == 0 && length > 0)
    {
      gssize written = write (fd, contents, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        saved_errno = errno;
      else
        {
          contents += written;
          length -= written;
        }
    }

  if (fd >= 0)
    {
      if (saved_errno == 0 && fsync (fd) != 0)
        saved_errno = errno;
      if (close (fd) != 0 && saved_errno == 0)
        saved_errno = errno;
      if (saved_errno == 0 && g_rename (tmp_path, path) != 0)
        saved_errno = errno;
      if (saved_errno != 0)
        g_unlink (tmp_path);
    }

  if (saved_errno != 0)
    {
      /* Translators: %s is a file name, the second %s the system's reason. */
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not write “%s”: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }

  /* The rename itself is only durable once the folder is on disk. */
  if ((fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0)) >= 0)
    {
      fsync (fd);
      close (fd);
    }

  return TRUE;
}

/**
 * bounce_files_make_private_dir:
 * @path: a folder, made when missing
 *
 * Makes @path a folder only its owner can enter (0700), whether it was there or not. A
 * link or a file at @path is refused, not followed nor replaced.
 */
gboolean
bounce_files_make_private_dir (const char  *path,
                               GError     **error)
{
  GStatBuf st;
  int saved_errno = 0;

  if (g_mkdir (path, 0700) != 0 && errno != EEXIST)
    saved_errno = errno;
  else if (g_lstat (path, &st) != 0)
    saved_errno = errno;
  else if (!S_ISDIR (st.st_mode))
    saved_errno = ENOTDIR;
  else if ((st.st_mode & 077) != 0 && g_chmod (path, st.st_mode & 07700) != 0)
    saved_errno = errno;

  if (saved_errno != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("The folder “%s” cannot be used: %s."), path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}
