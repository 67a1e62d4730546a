/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-crash.c: a writer killed at random moments keeps every write it was told had been saved. */
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bounce-core.h"
#include "test-util.h"

/* Enough kills to land in every phase of a write many times over, within a minute under ASan. */
#define DEFAULT_ITERATIONS 200

/* Most kills come within this many ms of the writer being ready: most of that time it is
 * inside a write, since every commit waits for fsync() and the texts are long. */
#define MAX_KILL_DELAY_MS 100

/* The other kills come this early, while the writer opens and reads the journal: a kill
 * then interrupts recovery of the previous crash, or the very first migration. */
#define EARLY_KILL_ONE_IN 8
#define MAX_EARLY_KILL_DELAY_MS 40

/* Enough records for updates and deletes to choose from; few enough to keep the file small. */
#define MIN_RECORDS 8
#define MAX_RECORDS 40

#define MAX_TEXT_BYTES (50 * 1024)

/* A writer that is not ready by then is stuck, not slow. */
#define READY_TIMEOUT_MS 30000

/* Beyond this, more messages about the same failing run would only bury the first ones. */
#define MAX_PROBLEM_MESSAGES 30

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* Every kind of record, from the one list in core; main() fills it in. */
static const GType *types;
static guint n_types;

/* Text as people write it: accents, other scripts, emoji, line breaks. */
static const char * const vocabulary[] = {
  "I", "ran", "again", "today", "and", "it", "hurt", "less", "the", "marathon", "knee",
  "Grüße", "naïve", "façade", "Ελπίδα", "надежда", "希望", "もう一度", "희망", "أمل",
  "תקווה", "आशा", "😊", "🌱", "–", "'quoted'", "\"quoted\";", "DROP TABLE goals;", "\n",
};


/* What one record holds, as the parent expects to find it. */
typedef struct
{
  char   *table;
  char   *digest;
  gint64  updated;
} Expected;

static void
expected_free (Expected *self)
{
  g_free (self->table);
  g_free (self->digest);
  g_free (self);
}

static Expected *
expected_new (const char *table,
              const char *digest,
              gint64      updated)
{
  Expected *self = g_new0 (Expected, 1);

  self->table = g_strdup (table);
  self->digest = g_strdup (digest);
  self->updated = updated;
  return self;
}

static GHashTable *
expected_table_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) expected_free);
}

static gboolean
expected_equal (const Expected *a,
                const Expected *b)
{
  return g_strcmp0 (a->table, b->table) == 0 &&
         g_strcmp0 (a->digest, b->digest) == 0 &&
         a->updated == b->updated;
}

/* Length-prefixed, so that no two different contents hash alike. */
static void
digest_add (GChecksum  *checksum,
            const char *text,
            gsize       length)
{
  g_autofree char *prefix = g_strdup_printf ("%" G_GSIZE_FORMAT ":", length);

  g_checksum_update (checksum, (const guchar *) prefix, -1);
  g_checksum_update (checksum, (const guchar *) text, length);
}

static char *
value_to_text (const GValue *value)
{
  switch (G_TYPE_FUNDAMENTAL (G_VALUE_TYPE (value)))
    {
    case G_TYPE_STRING:
      return g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
    case G_TYPE_BOOLEAN:
      return g_strdup (g_value_get_boolean (value) ? "1" : "0");
    case G_TYPE_INT:
      return g_strdup_printf ("%d", g_value_get_int (value));
    case G_TYPE_ENUM:
      return g_strdup_printf ("%d", g_value_get_enum (value));
    case G_TYPE_VARIANT:
      /* Only "mx" here: a day, or NULL, which reads back as "". */
      {
        GVariant *maybe = g_value_get_variant (value);
        g_autoptr(GVariant) child = maybe != NULL ? g_variant_get_maybe (maybe) : NULL;

        g_assert (maybe == NULL || g_variant_is_of_type (maybe, G_VARIANT_TYPE ("mx")));
        return child != NULL ? g_strdup_printf ("%" G_GINT64_FORMAT, g_variant_get_int64 (child))
                             : g_strdup ("");
      }
    default:
      g_assert_not_reached ();
    }
}

/* The stored content of a record: its table, uuid, creation time and every field, as text
 * the way SQLite gives it back, so that a row read without the library hashes the same. */
static char *
record_digest (BounceRecord *record)
{
  BounceRecordClass *klass = BOUNCE_RECORD_GET_CLASS (record);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *created = g_strdup_printf ("%" G_GINT64_FORMAT,
                                              bounce_record_get_created (record));
  const char *uuid = bounce_record_get_uuid (record);

  digest_add (checksum, klass->table, strlen (klass->table));
  digest_add (checksum, uuid, strlen (uuid));
  digest_add (checksum, created, strlen (created));

  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *text = NULL;

      g_value_init (&value, klass->fields[i]->value_type);
      g_object_get_property (G_OBJECT (record), klass->fields[i]->name, &value);
      text = value_to_text (&value);
      digest_add (checksum, text, strlen (text));
    }

  return g_strdup (g_checksum_get_string (checksum));
}

/* The same digest, from a row of "SELECT uuid, created, updated, <fields…>". */
static char *
row_digest (sqlite3_stmt *stmt,
            const char   *table)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  int n_columns = sqlite3_column_count (stmt);

  digest_add (checksum, table, strlen (table));
  for (int i = 0; i < n_columns; i++)
    {
      const char *text;

      /* The update stamp is checked on its own: the writer knows it only once it is written. */
      if (i == 2)
        continue;

      text = (const char *) sqlite3_column_text (stmt, i);
      digest_add (checksum, text != NULL ? text : "", sqlite3_column_bytes (stmt, i));
    }

  return g_strdup (g_checksum_get_string (checksum));
}


/* The writer: the child process, killed by the parent at a moment it does not know. */

static void report (const char *format,
                    ...) G_GNUC_PRINTF (1, 2);

/* One write(2) per line: a pipe takes up to PIPE_BUF bytes whole or not at all, so a kill
 * never leaves half a report. */
static void
report (const char *format,
        ...)
{
  g_autofree char *line = NULL;
  va_list args;
  gsize done = 0;
  gsize length;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);

  length = strlen (line);
  g_assert_cmpuint (length, <=, PIPE_BUF);

  while (done < length)
    {
      gssize n = write (STDOUT_FILENO, line + done, length - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        g_error ("Cannot report to the parent: %s", g_strerror (errno));
      done += n;
    }
}

/* From a few bytes to MAX_TEXT_BYTES, small ones as often as long ones. */
static char *
random_text (GRand *rand)
{
  const gint32 scales[] = { 16, 512, 8 * 1024, MAX_TEXT_BYTES };
  gint32 target = g_rand_int_range (rand, 0, scales[g_rand_int_range (rand, 0, 4)] + 1);
  g_autoptr(GString) text = g_string_new (NULL);

  while ((gint32) text->len < target)
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, vocabulary[g_rand_int_range (rand, 0, G_N_ELEMENTS (vocabulary))]);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Gives new values to every field (@all), or to at least one of them. */
static void
change_fields (BounceRecord *record,
               GRand        *rand,
               gboolean      all)
{
  BounceRecordClass *klass = BOUNCE_RECORD_GET_CLASS (record);
  guint surely = g_rand_int_range (rand, 0, klass->n_fields);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      GParamSpec *pspec = klass->fields[i];
      g_auto(GValue) value = G_VALUE_INIT;

      if (!all && i != surely && g_rand_boolean (rand))
        continue;
      /* A setting (the goal in focus, project A) is a mark the journal gives one record at a
       * time, through its own functions: the writer leaves it. */
      if (bounce_record_field_is_setting (pspec))
        continue;

      g_value_init (&value, pspec->value_type);
      switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
        {
        case G_TYPE_STRING:
          g_value_take_string (&value, random_text (rand));
          break;
        case G_TYPE_BOOLEAN:
          g_value_set_boolean (&value, g_rand_boolean (rand));
          break;
        case G_TYPE_ENUM:
          {
            GEnumClass *enum_class = G_PARAM_SPEC_ENUM (pspec)->enum_class;
            guint n = g_rand_int_range (rand, 0, enum_class->n_values);

            g_value_set_enum (&value, enum_class->values[n].value);
          }
          break;
        case G_TYPE_INT:
          g_value_set_int (&value, g_rand_int_range (rand, G_PARAM_SPEC_INT (pspec)->minimum,
                                                     G_PARAM_SPEC_INT (pspec)->maximum + 1));
          break;
        case G_TYPE_VARIANT:
          /* A day of the last few years, or none. */
          if (g_rand_boolean (rand))
            g_value_set_variant (&value,
                                 g_variant_new_maybe (G_VARIANT_TYPE_INT64,
                                                      g_variant_new_int64 (
                                                        g_rand_int_range (rand, 17000, 21000) *
                                                        (gint64) 86400)));
          break;
        default:
          g_assert_not_reached ();
        }

      g_object_set_property (G_OBJECT (record), pspec->name, &value);
    }
}

static gboolean
write_one (BounceStore  *store,
           GPtrArray    *records,
           GRand        *rand,
           GError      **error)
{
  enum { INSERT, UPDATE, DELETE } op;
  BounceRecord *record;
  g_autofree char *digest = NULL;
  guint n = 0;

  if (records->len < MIN_RECORDS)
    op = INSERT;
  else if (records->len >= MAX_RECORDS)
    op = DELETE;
  else
    {
      gint32 dice = g_rand_int_range (rand, 0, 100);

      op = dice < 35 ? INSERT : dice < 85 ? UPDATE : DELETE;
    }

  if (op == INSERT)
    {
      record = g_object_new (types[g_rand_int_range (rand, 0, n_types)], NULL);
      g_ptr_array_add (records, record);
      change_fields (record, rand, TRUE);
      digest = record_digest (record);
      report ("begin insert %s %s %s\n", BOUNCE_RECORD_GET_CLASS (record)->table,
              bounce_record_get_uuid (record), digest);
      if (!bounce_store_insert (store, record, error))
        return FALSE;
      report ("done %" G_GINT64_FORMAT "\n", bounce_record_get_updated (record));
      return TRUE;
    }

  n = g_rand_int_range (rand, 0, records->len);
  record = records->pdata[n];

  if (op == UPDATE)
    {
      change_fields (record, rand, FALSE);
      digest = record_digest (record);
      report ("begin update %s %s %s\n", BOUNCE_RECORD_GET_CLASS (record)->table,
              bounce_record_get_uuid (record), digest);
      if (!bounce_store_update (store, record, error))
        return FALSE;
      report ("done %" G_GINT64_FORMAT "\n", bounce_record_get_updated (record));
      return TRUE;
    }

  report ("begin delete %s %s -\n", BOUNCE_RECORD_GET_CLASS (record)->table,
          bounce_record_get_uuid (record));
  if (!bounce_store_delete (store, record, error))
    return FALSE;
  report ("done 0\n");
  g_ptr_array_remove_index_fast (records, n);
  return TRUE;
}

/* Says what it found, then writes until it is killed; a failed call ends it, which the
 * parent counts as a failure. */
static int
run_writer (const char *dir,
            guint32     seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!(store = bounce_store_open (dir, &error)))
    {
      g_printerr ("Writer cannot open %s: %s\n", dir, error->message);
      return 1;
    }

  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr(GPtrArray) loaded = bounce_store_load (store, types[i], &error);

      if (loaded == NULL)
        {
          g_printerr ("Writer cannot load %s: %s\n", g_type_name (types[i]), error->message);
          return 1;
        }

      for (guint j = 0; j < loaded->len; j++)
        {
          BounceRecord *record = loaded->pdata[j];
          g_autofree char *digest = record_digest (record);

          report ("have %s %s %s %" G_GINT64_FORMAT "\n", BOUNCE_RECORD_GET_CLASS (record)->table,
                  bounce_record_get_uuid (record), digest, bounce_record_get_updated (record));
          g_ptr_array_add (records, g_object_ref (record));
        }
    }

  report ("ready\n");

  /* Bounded, in case the parent is gone and no kill ever comes. */
  for (guint i = 0; i < 100000; i++)
    if (!write_one (store, records, rand, &error))
      {
        g_printerr ("Writer failed to write: %s\n", error->message);
        return 1;
      }

  return 0;
}


/* The parent: runs the writers, kills them, and checks what they leave behind. */

typedef enum
{
  PENDING_NONE,
  PENDING_INSERT,
  PENDING_UPDATE,
  PENDING_DELETE,
} PendingOp;

/* The write a writer had begun, but not reported done, when it was killed. */
typedef struct
{
  PendingOp  op;
  char      *table;
  char      *uuid;
  char      *digest;
} Pending;

static void
pending_clear (Pending *self)
{
  self->op = PENDING_NONE;
  g_clear_pointer (&self->table, g_free);
  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->digest, g_free);
}

typedef struct
{
  char       *exe;
  char       *dir;
  GRand      *rand;
  GHashTable *expected;          /* uuid -> Expected: what the journal must hold */
  Pending     pending;
  guint       iteration;
  guint       problems;          /* in the current iteration */
  guint       messages;
  /* Figures for the report. */
  guint       failures;          /* iterations with at least one problem */
  guint       committed;         /* writes reported done */
  guint       early_kills;       /* kills before the writer was ready */
  guint       kills_in_write;    /* kills between "begin" and "done" */
  guint       landed_in_write;   /* ... of which the write was found committed */
  guint       reopen_checks;     /* writers that read back everything, through the library */
} Crash;

static void problem (Crash      *self,
                     const char *format,
                     ...) G_GNUC_PRINTF (2, 3);

static void
problem (Crash      *self,
         const char *format,
         ...)
{
  g_autofree char *text = NULL;
  va_list args;

  self->problems++;
  if (++self->messages > MAX_PROBLEM_MESSAGES)
    return;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  g_test_message ("Iteration %u: %s", self->iteration, text);
}

static char *
describe (const Expected *e)
{
  if (e == NULL)
    return g_strdup ("nothing");

  return g_strdup_printf ("%s %.12s... updated %" G_GINT64_FORMAT,
                          e->table, e->digest, e->updated);
}

/* Compares what a journal holds with what it must hold. The write in @pending may be there
 * entirely, or not at all, but nothing in between. Returns whether it was there. */
static gboolean
compare (Crash         *self,
         const char    *where,
         GHashTable    *found,
         const Pending *pending)
{
  GHashTableIter iter;
  gpointer key;
  gpointer value;
  gboolean landed = FALSE;

  g_hash_table_iter_init (&iter, self->expected);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *uuid = key;
      Expected *want = value;
      Expected *got = g_hash_table_lookup (found, uuid);
      g_autofree char *want_text = NULL;
      g_autofree char *got_text = NULL;

      if (got != NULL && expected_equal (want, got))
        continue;

      if (pending->op != PENDING_NONE && g_str_equal (pending->uuid, uuid))
        {
          if (pending->op == PENDING_DELETE && got == NULL)
            {
              landed = TRUE;
              continue;
            }

          /* The store stamps an update with the time it writes it; it never goes back. */
          if (pending->op == PENDING_UPDATE && got != NULL &&
              g_str_equal (got->table, pending->table) &&
              g_str_equal (got->digest, pending->digest) &&
              got->updated >= want->updated)
            {
              landed = TRUE;
              continue;
            }
        }

      want_text = describe (want);
      got_text = describe (got);
      problem (self, "%s: %s should hold %s, holds %s", where, uuid, want_text, got_text);
    }

  g_hash_table_iter_init (&iter, found);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *uuid = key;
      Expected *got = value;
      g_autofree char *got_text = NULL;

      if (g_hash_table_contains (self->expected, uuid))
        continue;

      if (pending->op == PENDING_INSERT && g_str_equal (pending->uuid, uuid) &&
          g_str_equal (got->table, pending->table) &&
          g_str_equal (got->digest, pending->digest))
        {
          landed = TRUE;
          continue;
        }

      got_text = describe (got);
      problem (self, "%s: %s holds %s, which no writer wrote", where, uuid, got_text);
    }

  return landed;
}

/* Reads the journal the killed writer left with a connection of our own. It is opened
 * read-write, so that SQLite recovers a leftover WAL exactly as the app would; but it does
 * not checkpoint when it closes, so that the next writer finds the journal as it was left. */
static GHashTable *
read_journal_raw (Crash *self)
{
  g_autofree char *path = g_build_filename (self->dir, "journal.db", NULL);
  g_autoptr(GHashTable) found = expected_table_new ();
  g_autoptr(sqlite3) db = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int version;

  /* A kill during the very first open may come before the file is made: nothing was
   * written, and whatever the writer reported is checked against an empty journal. */
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&found);

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      problem (self, "cannot open %s: %s", path, sqlite3_errmsg (db));
      return g_steal_pointer (&found);
    }

  g_assert_cmpint (sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL), ==,
                   SQLITE_OK);

  if (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    problem (self, "integrity_check cannot run: %s", sqlite3_errmsg (db));
  else if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
    problem (self, "integrity_check says: %s", sqlite3_column_text (stmt, 0));
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    {
      problem (self, "user_version cannot be read: %s", sqlite3_errmsg (db));
      return g_steal_pointer (&found);
    }
  version = sqlite3_column_int (stmt, 0);
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* A kill during the very first open may come before the tables are made. */
  if (version == 0)
    return g_steal_pointer (&found);

  if (version != BOUNCE_STORE_SCHEMA_VERSION)
    {
      problem (self, "the journal says it has schema version %d", version);
      return g_steal_pointer (&found);
    }

  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr(GTypeClass) type_class = g_type_class_ref (types[i]);
      BounceRecordClass *klass = BOUNCE_RECORD_CLASS (type_class);
      g_autoptr(GString) sql = g_string_new ("SELECT uuid, created, updated");
      int rc;

      for (guint j = 0; j < klass->n_fields; j++)
        {
          g_autofree char *column = g_strdelimit (g_strdup (klass->fields[j]->name), "-", '_');

          g_string_append_printf (sql, ", %s", column);
        }
      g_string_append_printf (sql, " FROM %s", klass->table);

      if (sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL) != SQLITE_OK)
        {
          problem (self, "cannot read %s: %s", klass->table, sqlite3_errmsg (db));
          continue;
        }

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          g_autofree char *digest = row_digest (stmt, klass->table);

          g_hash_table_insert (found, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                               expected_new (klass->table, digest,
                                             sqlite3_column_int64 (stmt, 2)));
        }

      if (rc != SQLITE_DONE)
        problem (self, "reading %s stopped: %s", klass->table, sqlite3_errmsg (db));
      g_clear_pointer (&stmt, sqlite3_finalize);
    }

  return g_steal_pointer (&found);
}

static gboolean
has_line (GString    *text,
          const char *line)
{
  g_autofree char *framed = g_strdup_printf ("\n%s\n", line);

  return g_str_has_prefix (text->str, framed + 1) || strstr (text->str, framed) != NULL;
}

/* Reads what the writer says, until it says @until, or @deadline (monotonic µs) passes, or
 * it is gone. Returns whether it said @until. */
static gboolean
read_reports (int         fd,
              GString    *text,
              gint64      deadline,
              const char *until)
{
  for (;;)
    {
      struct pollfd pfd = { .fd = fd, .events = POLLIN };
      gint64 now = g_get_monotonic_time ();
      char buffer[4096];
      gssize n;

      if (until != NULL && has_line (text, until))
        return TRUE;
      if (now >= deadline)
        return FALSE;

      n = poll (&pfd, 1, (deadline - now + 999) / 1000);
      if (n < 0 && errno != EINTR)
        g_error ("poll: %s", g_strerror (errno));
      if (n <= 0)
        continue;

      n = read (fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        g_error ("read: %s", g_strerror (errno));
      if (n == 0)
        return FALSE;
      g_string_append_len (text, buffer, n);
    }
}

/* Follows the writer's reports: checks what it read on opening, and keeps the expected
 * contents up to date with every write it said was done. */
static void
follow_reports (Crash      *self,
                const char *text)
{
  g_autoptr(GHashTable) loaded = expected_table_new ();
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n_lines = g_strv_length (lines);

  /* Writes are whole lines, so only an empty string may follow the last newline. */
  if (n_lines > 0 && g_strcmp0 (lines[n_lines - 1], "") != 0)
    problem (self, "half a report: \"%s\"", lines[n_lines - 1]);

  for (guint i = 0; i + 1 < n_lines; i++)
    {
      g_auto(GStrv) parts = g_strsplit (lines[i], " ", -1);
      guint n_words = g_strv_length (parts);

      if (n_words == 5 && g_str_equal (parts[0], "have"))
        {
          g_hash_table_insert (loaded, g_strdup (parts[2]),
                               expected_new (parts[1], parts[3],
                                             g_ascii_strtoll (parts[4], NULL, 10)));
        }
      else if (n_words == 1 && g_str_equal (parts[0], "ready"))
        {
          const Pending none = { PENDING_NONE, };

          compare (self, "after reopening", loaded, &none);
          self->reopen_checks++;
        }
      else if (n_words == 5 && g_str_equal (parts[0], "begin"))
        {
          if (self->pending.op != PENDING_NONE)
            problem (self, "a write began before the last one was done");
          pending_clear (&self->pending);
          self->pending.op = g_str_equal (parts[1], "insert") ? PENDING_INSERT :
                             g_str_equal (parts[1], "update") ? PENDING_UPDATE :
                             PENDING_DELETE;
          self->pending.table = g_strdup (parts[2]);
          self->pending.uuid = g_strdup (parts[3]);
          self->pending.digest = g_strdup (parts[4]);
        }
      else if (n_words == 2 && g_str_equal (parts[0], "done") &&
               self->pending.op != PENDING_NONE)
        {
          Pending *p = &self->pending;

          if (p->op == PENDING_DELETE)
            g_hash_table_remove (self->expected, p->uuid);
          else
            g_hash_table_insert (self->expected, g_strdup (p->uuid),
                                 expected_new (p->table, p->digest,
                                               g_ascii_strtoll (parts[1], NULL, 10)));
          pending_clear (p);
          self->committed++;
        }
      else
        problem (self, "unexpected report: \"%s\"", lines[i]);
    }
}

/* Last, the app's own way in, in this process: open the journal the last kill left, load it. */
static void
check_through_library (Crash *self)
{
  const Pending none = { PENDING_NONE, };
  g_autoptr(GHashTable) found = expected_table_new ();
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!(store = bounce_store_open (self->dir, &error)))
    {
      problem (self, "the journal cannot be opened: %s", error->message);
      return;
    }

  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr(GPtrArray) records = bounce_store_load (store, types[i], &error);

      if (records == NULL)
        {
          problem (self, "%s cannot be loaded: %s", g_type_name (types[i]), error->message);
          g_clear_error (&error);
          continue;
        }

      for (guint j = 0; j < records->len; j++)
        {
          BounceRecord *record = records->pdata[j];
          g_autofree char *digest = record_digest (record);

          g_hash_table_insert (found, g_strdup (bounce_record_get_uuid (record)),
                               expected_new (BOUNCE_RECORD_GET_CLASS (record)->table, digest,
                                             bounce_record_get_updated (record)));
        }
    }

  compare (self, "through the library", found, &none);
}

static void
run_iteration (Crash *self)
{
  g_autofree char *seed = g_strdup_printf ("%u", g_rand_int (self->rand));
  gboolean early = g_rand_int_range (self->rand, 0, EARLY_KILL_ONE_IN) == 0;
  gint64 delay_ms = g_rand_int_range (self->rand, 0,
                                      (early ? MAX_EARLY_KILL_DELAY_MS : MAX_KILL_DELAY_MS) + 1);
  const char *argv[] = { self->exe, "--child", self->dir, seed, NULL };
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GHashTable) found = NULL;
  g_autoptr(GError) error = NULL;
  GPid pid;
  int out = -1;
  int status = 0;

  self->problems = 0;

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                            G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_CLOEXEC_PIPES,
                            NULL, NULL, &pid, NULL, &out, NULL, &error);
  g_assert_no_error (error);

  if (!early && !read_reports (out, text, g_get_monotonic_time () + READY_TIMEOUT_MS * 1000,
                               "ready"))
    problem (self, "the writer never got ready");
  read_reports (out, text, g_get_monotonic_time () + delay_ms * 1000, NULL);
  if (!has_line (text, "ready"))
    self->early_kills++;

  g_assert_no_errno (kill (pid, SIGKILL));
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  /* The pipe is at its end as soon as the writer is gone; the deadline is for safety only. */
  read_reports (out, text, g_get_monotonic_time () + READY_TIMEOUT_MS * 1000, NULL);
  close (out);
  g_spawn_close_pid (pid);

  if (!WIFSIGNALED (status) || WTERMSIG (status) != SIGKILL)
    problem (self, "the writer ended before the kill (wait status 0x%x)", status);

  follow_reports (self, text->str);
  if (self->pending.op != PENDING_NONE)
    self->kills_in_write++;

  found = read_journal_raw (self);
  if (compare (self, "after the kill", found, &self->pending))
    self->landed_in_write++;
  pending_clear (&self->pending);

  /* The next writer must find the journal as it is now: a failure is counted once, not again
   * in every later iteration. */
  g_clear_pointer (&self->expected, g_hash_table_unref);
  self->expected = g_steal_pointer (&found);

  if (self->problems > 0)
    self->failures++;
}

static void
crash_clear (Crash *self)
{
  g_clear_pointer (&self->exe, g_free);
  g_clear_pointer (&self->dir, g_free);
  g_clear_pointer (&self->rand, g_rand_free);
  g_clear_pointer (&self->expected, g_hash_table_unref);
  pending_clear (&self->pending);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Crash, crash_clear)

static void
test_crash (void)
{
  const char *seed_env = g_getenv ("BOUNCE_CRASH_SEED");
  const char *iterations_env = g_getenv ("BOUNCE_CRASH_ITERATIONS");
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Crash) self = { 0, };
  guint32 seed;
  guint iterations;

  seed = seed_env != NULL ? (guint32) g_ascii_strtoull (seed_env, NULL, 10) : g_random_int ();
  iterations = iterations_env != NULL ? (guint) g_ascii_strtoull (iterations_env, NULL, 10)
                                      : DEFAULT_ITERATIONS;
  g_test_message ("Seed %u; BOUNCE_CRASH_SEED=%u replays the same writes and kill delays",
                  seed, seed);

  self.exe = g_file_read_link ("/proc/self/exe", &error);
  g_assert_no_error (error);
  self.dir = g_build_filename (tmp->path, "journal", NULL);
  self.rand = g_rand_new_with_seed (seed);
  self.expected = expected_table_new ();

  for (self.iteration = 1; self.iteration <= iterations; self.iteration++)
    run_iteration (&self);

  self.problems = 0;
  check_through_library (&self);
  if (self.problems > 0)
    self.failures++;

  g_test_message ("%u kills in %.1f s, %u failed checks; %u writes reported done, %.1f a writer",
                  iterations, g_timer_elapsed (timer, NULL), self.failures, self.committed,
                  (double) self.committed / MAX (iterations, 1));
  g_test_message ("Kills: %u while the writer opened the journal (0-%u ms after start), "
                  "%u inside a write call (0-%u ms after ready): %u of these writes were "
                  "found committed, %u not",
                  self.early_kills, MAX_EARLY_KILL_DELAY_MS, self.kills_in_write,
                  MAX_KILL_DELAY_MS, self.landed_in_write,
                  self.kills_in_write - self.landed_in_write);
  g_test_message ("%u writers read back the journal through the library; %u records at the end",
                  self.reopen_checks, g_hash_table_size (self.expected));

  g_assert_cmpuint (self.failures, ==, 0);
  /* A run in which the kills all came before the writes, or between them, would prove
   * nothing about durability. */
  g_assert_cmpuint (self.committed, >=, iterations);
  g_assert_cmpuint (self.kills_in_write, >=, iterations / 4);
}

int
main (int   argc,
      char *argv[])
{
  types = bounce_kinds_get (&n_types);

  /* The writer is this same program, started again: fork() in a GLib program is fragile. */
  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return run_writer (argv[2], (guint32) g_ascii_strtoull (argv[3], NULL, 10));

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/crash/kill-while-writing", test_crash);

  return g_test_run ();
}
