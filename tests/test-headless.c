/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-headless.c: --export, --export-markdown and --import where no display opens (an SSH
 * login, a cron job): the real program, run with no display to go to. */
#include <string.h>

#include <glib/gstdio.h>

#include "bounce-core.h"
#include "bounce-files.h"
#include "test-db.h"
#include "test-util.h"

static const char * const bodies[] = {
  "the exam I did not pass",
  "what the instructor said afterwards",
  "laughed it off on Sunday",
};

/* What the program did: its exit status and all it said. */
typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs bounce-back on the journal in @data_dir with the options after it (up to a NULL), as
 * from a terminal with no display: the test itself may run under Xvfb, the program not. */
static void
run_headless (Run        *run,
              const char *data_dir,
              ...)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("BOUNCE_BACK_BIN"));
  g_ptr_array_add (argv, (gpointer) "--data-dir");
  g_ptr_array_add (argv, (gpointer) data_dir);
  va_start (args, data_dir);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_test_message ("said: %s%s", run->out, run->err);

  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
  g_assert_null (strstr (run->err, "Gtk-WARNING"));
  g_assert_null (strstr (run->err, "cannot open display"));
}

static void
add_entry (BounceStore *store,
           const char  *body)
{
  g_autoptr(BounceRecord) entry = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "body", body, NULL);
  g_autoptr(GError) error = NULL;

  bounce_store_insert (store, entry, &error);
  g_assert_no_error (error);
}

/* A journal with the three entries, left open: what it holds is still in its -wal. */
static BounceStore *
open_journal_with_entries (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceStore) store = bounce_store_open (dir, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    add_entry (store, bodies[i]);
  return g_steal_pointer (&store);
}

static void
make_journal_with_entries (const char *dir)
{
  g_autoptr(BounceStore) store = open_journal_with_entries (dir);
}

static char *
journal_path (const char *dir)
{
  return g_build_filename (dir, "journal.db", NULL);
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceStore) store = bounce_store_open (dir, &error);
  guint n = 0;

  g_assert_no_error (error);
  bounce_store_count (store, BOUNCE_TYPE_GRIEF_ENTRY, &n, &error);
  g_assert_no_error (error);
  return n;
}

/* Every byte of the journal and its companions, as a checksum each ("none" when absent). */
static char *
dup_fingerprint (const char *dir)
{
  g_autofree char *path = journal_path (dir);
  g_autoptr(GString) print = g_string_new (NULL);
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *contents = NULL;
      g_autofree char *sum = NULL;
      gsize length = 0;

      if (g_file_get_contents (file, &contents, &length, NULL))
        sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
      g_string_append_printf (print, "%s%s: %s\n", "journal.db", suffixes[i],
                              sum != NULL ? sum : "none");
    }

  return g_string_free (g_steal_pointer (&print), FALSE);
}

static void
assert_private (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

/* The test program itself, run again as the other program that holds a journal open:
 * another process, so that the test may read the journal's files (closing a file drops
 * every lock its process holds on it). */
static char *self_path;

/* "app": as a Bounce Back window holds it, with a page it wrote still in the -wal;
 * "read": the sqlite3 shell in the middle of reading it;
 * "write": another program in the middle of writing to it, not committed yet. */
static int
hold_journal (const char *mode,
              const char *dir)
{
  g_autofree char *db_path = journal_path (dir);
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3) db = NULL;

  if (g_str_equal (mode, "app"))
    {
      store = bounce_store_open (dir, &error);
      g_assert_no_error (error);
      add_entry (store, "written in the desktop session");
    }
  else if (g_str_equal (mode, "read"))
    {
      db = raw_open (db_path, SQLITE_OPEN_READWRITE);
      raw_exec (db, "BEGIN");
      g_assert_cmpint (raw_query_int (db, "SELECT count(*) FROM grief_entries"), >, 0);
    }
  else
    {
      g_assert_cmpstr (mode, ==, "write");
      db = raw_open (db_path, SQLITE_OPEN_READWRITE);
      raw_exec (db, "BEGIN IMMEDIATE");
      raw_exec (db, "UPDATE grief_entries SET body = 'not saved yet'");
    }

  /* Held until the test closes the pipe. */
  g_print ("ready\n");
  fflush (stdout);
  while (getchar () != EOF)
    ;

  if (db != NULL)
    raw_exec (db, "ROLLBACK");
  return 0;
}

static GSubprocess *
start_holder (const char *mode,
              const char *dir)
{
  g_autoptr(GSubprocess) holder = NULL;
  g_autoptr(GDataInputStream) said = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;

  holder = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                             &error, self_path, "--hold", mode, dir, NULL);
  g_assert_no_error (error);
  said = g_data_input_stream_new (g_subprocess_get_stdout_pipe (holder));
  line = g_data_input_stream_read_line (said, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "ready");
  return g_steal_pointer (&holder);
}

static void
stop_holder (GSubprocess *holder)
{
  g_autoptr(GError) error = NULL;

  g_output_stream_close (g_subprocess_get_stdin_pipe (holder), NULL, &error);
  g_assert_no_error (error);
  g_subprocess_wait_check (holder, NULL, &error);
  g_assert_no_error (error);
  g_object_unref (holder);
}

/* The JSON file has every entry, exactly as the journal exports it. */
static void
test_export (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autofree char *json = g_build_filename (dir->path, "out.json", NULL);
  g_autofree char *journal_dir = g_build_filename (dir->path, "journal", NULL);
  g_autofree char *written = NULL;
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  gsize length = 0;

  make_journal_with_entries (journal_dir);
  run_headless (&run, journal_dir, "--export", json, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Exported 3 records to out.json\n");
  g_assert_cmpstr (run.err, ==, "");

  assert_private (json);
  g_assert_true (g_file_get_contents (json, &written, &length, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    g_assert_nonnull (strstr (written, bodies[i]));

  store = bounce_store_open (journal_dir, &error);
  g_assert_no_error (error);
  expected = bounce_export_json (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (written, length, g_bytes_get_data (expected, NULL),
                   g_bytes_get_size (expected));
}

/* The Markdown names each kind as the window does, though no window can be made. */
static void
test_export_markdown (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autofree char *md = g_build_filename (dir->path, "out.md", NULL);
  g_autofree char *written = NULL;
  g_auto(Run) run = { 0 };

  make_journal_with_entries (dir->path);
  run_headless (&run, dir->path, "--export-markdown", md, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Exported 3 records to out.md\n");
  g_assert_cmpstr (run.err, ==, "");

  assert_private (md);
  g_assert_true (g_file_get_contents (md, &written, NULL, NULL));
  g_assert_nonnull (strstr (written, "\n### Pages\n"));
  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    g_assert_nonnull (strstr (written, bodies[i]));
}

/* An export into a new, empty journal, twice: the second adds nothing. A wrong file says why,
 * and changes nothing. */
static void
test_import (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autofree char *json = g_build_filename (dir->path, "out.json", NULL);
  g_autofree char *bad = g_build_filename (dir->path, "bad.json", NULL);
  g_autofree char *from = g_build_filename (dir->path, "from", NULL);
  g_autofree char *to = g_build_filename (dir->path, "to", NULL);
  g_auto(Run) run = { 0 };

  make_journal_with_entries (from);
  run_headless (&run, from, "--export", json, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);

  run_headless (&run, to, "--import", json, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Imported 3 new records, updated 0, 0 already here\n");
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpuint (count_entries (to), ==, 3);
  run_clear (&run);

  run_headless (&run, to, "--import", json, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Imported 0 new records, updated 0, 3 already here\n");
  g_assert_cmpuint (count_entries (to), ==, 3);
  run_clear (&run);

  g_assert_true (g_file_set_contents (bad, "{\"format\": 1", -1, NULL));
  run_headless (&run, to, "--import", bad, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, "Could not import “"));
  g_assert_true (g_str_has_suffix (run.err, "Nothing in the journal was changed.\n"));
  g_assert_cmpuint (count_entries (to), ==, 3);
}

/* Refused with @expected on stderr, and not a byte of the journal changed. */
static void
assert_refused (const char *journal_dir,
                const char *option,
                const char *file,
                const char *expected)
{
  g_autofree char *before = dup_fingerprint (journal_dir);
  g_autofree char *after = NULL;
  g_auto(Run) run = { 0 };

  run_headless (&run, journal_dir, option, file, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, expected);
  after = dup_fingerprint (journal_dir);
  g_assert_cmpstr (after, ==, before);
}

/* Another program has the journal open while an import is asked for: it is refused before
 * the journal is opened. */
static void
assert_import_refused (const char *journal_dir,
                       const char *json)
{
  assert_refused (journal_dir, "--import", json,
                  "Your journal is open in another program, such as a Bounce Back window, so "
                  "nothing was imported. Close that program, then import again.\n");
}

static void
test_import_refused (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autofree char *json = g_build_filename (dir->path, "other.json", NULL);
  g_autofree char *other = g_build_filename (dir->path, "other", NULL);
  g_autofree char *mine = g_build_filename (dir->path, "mine", NULL);
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  GSubprocess *holder;

  /* The file to import: entries this journal does not have. */
  store = open_journal_with_entries (other);
  bounce_export_json_file (store, json, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  holder = start_holder ("app", mine);
  assert_import_refused (mine, json);
  stop_holder (holder);

  holder = start_holder ("read", mine);
  assert_import_refused (mine, json);
  stop_holder (holder);
  g_assert_cmpuint (count_entries (mine), ==, 1);

  /* Once the other program has let go, the same import goes through. */
  run_headless (&run, mine, "--import", json, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Imported 3 new records, updated 0, 0 already here\n");
  g_assert_cmpuint (count_entries (mine), ==, 4);
}

/* An export only reads: it goes ahead while a Bounce Back window has the journal open and
 * another program is in the middle of writing to it. It has what was saved (still in the
 * -wal), not what is not saved yet. */
static void
test_export_while_written (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autofree char *json = g_build_filename (dir->path, "out.json", NULL);
  g_autofree char *journal_dir = g_build_filename (dir->path, "journal", NULL);
  g_autofree char *db_path = journal_path (journal_dir);
  g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
  g_autofree char *written = NULL;
  g_auto(Run) run = { 0 };
  GSubprocess *window;
  GSubprocess *writer;

  make_journal_with_entries (journal_dir);
  window = start_holder ("app", journal_dir);
  g_assert_cmpint (bounce_files_size (wal, NULL), >, 0);
  writer = start_holder ("write", journal_dir);

  run_headless (&run, journal_dir, "--export", json, NULL);
  stop_holder (writer);
  stop_holder (window);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Exported 4 records to out.json\n");
  g_assert_cmpstr (run.err, ==, "");

  g_assert_true (g_file_get_contents (json, &written, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    g_assert_nonnull (strstr (written, bodies[i]));
  g_assert_nonnull (strstr (written, "written in the desktop session"));
  g_assert_null (strstr (written, "not saved yet"));
}

/* A file that is no journal of ours is refused as a start refuses it, in the same words, and
 * left as it was; nothing is written. */
static void
test_foreign_journal (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autofree char *json = g_build_filename (dir->path, "out.json", NULL);
  g_autofree char *journal_dir = g_build_filename (dir->path, "journal", NULL);
  g_autofree char *db_path = journal_path (journal_dir);
  g_autofree char *expected = NULL;
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_no_errno (g_mkdir_with_parents (journal_dir, 0700));
  {
    g_autoptr(sqlite3) db = raw_open (db_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);

    raw_exec (db, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')");
  }

  store = bounce_store_open_full (journal_dir, BOUNCE_STORE_OPEN_CHECK_LATER, &error);
  g_assert_null (store);
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FOREIGN);
  expected = g_strdup_printf ("Bounce Back could not open your journal: %s\n"
                              "The journal could not be opened: %s\n",
                              error->message, error->message);

  assert_refused (journal_dir, "--export", json, expected);
  g_assert_false (g_file_test (json, G_FILE_TEST_EXISTS));
}

/* Reminders need the desktop session: asked for with an export, they are said to be left
 * out, and the export is done. A file that cannot be written is a failure. */
static void
test_other_options (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autofree char *json = g_build_filename (dir->path, "out.json", NULL);
  g_autofree char *nowhere = g_build_filename (dir->path, "missing", "out.json", NULL);
  g_autofree char *journal_dir = g_build_filename (dir->path, "journal", NULL);
  g_auto(Run) run = { 0 };

  make_journal_with_entries (journal_dir);
  run_headless (&run, journal_dir, "--background", "--export", json, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Exported 3 records to out.json\n");
  g_assert_cmpstr (run.err, ==, "--background was not done: reminders need a desktop session, "
                                "and no display could be opened.\n");
  g_assert_true (g_file_test (json, G_FILE_TEST_IS_REGULAR));
  run_clear (&run);

  run_headless (&run, journal_dir, "--export", nowhere, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, !=, "");
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  int status;

  if (argc == 4 && g_str_equal (argv[1], "--hold"))
    return hold_journal (argv[2], argv[3]);

  self_path = g_canonicalize_filename (argv[0], NULL);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/headless/export", test_export);
  g_test_add_func ("/headless/export-markdown", test_export_markdown);
  g_test_add_func ("/headless/import", test_import);
  g_test_add_func ("/headless/import-refused", test_import_refused);
  g_test_add_func ("/headless/export-while-written", test_export_while_written);
  g_test_add_func ("/headless/foreign-journal", test_foreign_journal);
  g_test_add_func ("/headless/other-options", test_other_options);

  status = g_test_run ();
  g_free (self_path);
  return status;
}
