/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-store.c: the journal's SQLite file, and the only code that speaks SQL. */
#define G_LOG_DOMAIN "bounce-store"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "bounce-files.h"
#include "bounce-kinds.h"
#include "bounce-rating.h"
#include "bounce-store.h"

/* "BOUN", so that `file` and SQLite tools can tell a journal from other databases. */
#define APPLICATION_ID 0x424F554E

#define JOURNAL_FILE "journal.db"

/* Checkpoints are ours to run (see checkpoint()); this many WAL frames call for one. */
#define CHECKPOINT_FRAMES 1000

struct _BounceStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  GHashTable *statements;     /* SQL text -> sqlite3_stmt*, prepared once */
  GHashTable *kinds;          /* GType -> Kind: each kind's statements */
  GPtrArray  *notices;        /* what the person should be told about opening, NULL-ended */
  char       *private_copy;   /* a read-only journal is read from a private copy */
  gboolean    read_only;
  gboolean    check_later;    /* the file's own check runs after opening: bounce_store_check_async() */
  int         wal_frames;
};

G_DEFINE_FINAL_TYPE (BounceStore, bounce_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (bounce-store-error-quark, bounce_store_error)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close)

/* A cached statement on loan: the cleanup resets it instead of freeing it. */
typedef sqlite3_stmt BounceStatement;

static void
statement_return (BounceStatement *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BounceStatement, statement_return)

static void
statement_free (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

/* Each step takes the schema from the version before it to its own index + 1. */
static const char * const migrations[] = {
  /* 1: the lost goal, the grief journal, thanks for trying, and new paths. */
  "CREATE TABLE goals ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  created INTEGER NOT NULL,"
  "  updated INTEGER NOT NULL,"
  "  title TEXT NOT NULL DEFAULT '',"
  "  cost TEXT NOT NULL DEFAULT '');"
  "CREATE TABLE grief_entries ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  created INTEGER NOT NULL,"
  "  updated INTEGER NOT NULL,"
  "  body TEXT NOT NULL DEFAULT '');"
  "CREATE TABLE thanks ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  created INTEGER NOT NULL,"
  "  updated INTEGER NOT NULL,"
  "  tried TEXT NOT NULL DEFAULT '',"
  "  learned_subject TEXT NOT NULL DEFAULT '',"
  "  learned_self TEXT NOT NULL DEFAULT '',"
  "  treat TEXT NOT NULL DEFAULT '',"
  "  treat_given INTEGER NOT NULL DEFAULT 0 CHECK (treat_given IN (0, 1)));"
  "CREATE TABLE ideas ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  created INTEGER NOT NULL,"
  "  updated INTEGER NOT NULL,"
  "  title TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3),"
  "  next_step TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX goals_by_created ON goals (created);"
  "CREATE INDEX grief_entries_by_created ON grief_entries (created);"
  "CREATE INDEX thanks_by_created ON thanks (created);"
  "CREATE INDEX ideas_by_created ON ideas (created);",

  /* 2: the journal's own identity, and the stamp that ties a -wal to the file it
   * was written on top of (see stamp_wal()). */
  "CREATE TABLE journal ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  journal_id TEXT NOT NULL,"
  "  stamp TEXT NOT NULL,"
  "  prev_stamp TEXT NOT NULL DEFAULT '');"
  "INSERT INTO journal (id, journal_id, stamp)"
  "  VALUES (1, lower (hex (randomblob (16))), lower (hex (randomblob (16))));",

  /* 3: the gentle reminders that were sent and how each was answered, which the schedule
   * reads to rest a reminder and to come less often when they go unanswered. */
  "CREATE TABLE nudge_log ("
  "  id INTEGER PRIMARY KEY,"
  "  nudge TEXT NOT NULL,"
  "  sent INTEGER NOT NULL,"
  "  answer INTEGER NOT NULL DEFAULT 0 CHECK (answer BETWEEN 0 AND 3),"
  "  answered INTEGER NOT NULL DEFAULT 0);"
  "CREATE INDEX nudge_log_by_sent ON nudge_log (sent);",

  /* 4: the seven ideas, part 1. The lost goal gets its story and its dates, and one goal
   * is in focus (the latest, for a journal that had one); a page of the grief journal
   * keeps the prompt it was offered, which for older pages is the one they were shown
   * (then chosen from seven by the second they were made); and the new kinds: mood
   * check-ins, the coping log, lessons, definitions of success, talks with the people
   * in charge. An idea may be another go at a lost goal. */
  "ALTER TABLE goals ADD COLUMN description TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE goals ADD COLUMN began INTEGER;"
  "ALTER TABLE goals ADD COLUMN ended INTEGER;"
  "ALTER TABLE goals ADD COLUMN story TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE goals ADD COLUMN in_focus INTEGER NOT NULL DEFAULT 0"
  "  CHECK (in_focus IN (0, 1));"
  "UPDATE goals SET in_focus = 1"
  "  WHERE id = (SELECT id FROM goals ORDER BY created DESC, id DESC LIMIT 1);"
  "ALTER TABLE grief_entries ADD COLUMN prompt TEXT NOT NULL DEFAULT '';"
  "UPDATE grief_entries SET prompt = CASE (created / 1000000) % 7"
  "  WHEN 0 THEN 'meaning' WHEN 1 THEN 'planned-future' WHEN 2 THEN 'what-it-cost'"
  "  WHEN 3 THEN 'friend' WHEN 4 THEN 'weighs-most' WHEN 5 THEN 'helped-today'"
  "  ELSE 'proud' END;"
  "ALTER TABLE ideas ADD COLUMN goal TEXT;"
  "CREATE TABLE checkins ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  created INTEGER NOT NULL,"
  "  updated INTEGER NOT NULL,"
  "  score INTEGER NOT NULL DEFAULT 0 CHECK (score BETWEEN 0 AND 5),"
  "  feelings TEXT NOT NULL DEFAULT '',"
  "  note TEXT NOT NULL DEFAULT '');"
  "CREATE TABLE coping ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  created INTEGER NOT NULL,"
  "  updated INTEGER NOT NULL,"
  "  activity TEXT NOT NULL DEFAULT '',"
  "  minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes BETWEEN 0 AND 1440),"
  "  note TEXT NOT NULL DEFAULT '');"
  "CREATE TABLE lessons ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  created INTEGER NOT NULL,"
  "  updated INTEGER NOT NULL,"
  "  happened TEXT NOT NULL DEFAULT '',"
  "  taught TEXT NOT NULL DEFAULT '');"
  "CREATE TABLE definitions ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  created INTEGER NOT NULL,"
  "  updated INTEGER NOT NULL,"
  "  season TEXT NOT NULL DEFAULT '',"
  "  success TEXT NOT NULL DEFAULT '',"
  "  failure TEXT NOT NULL DEFAULT '');"
  "CREATE TABLE talks ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  created INTEGER NOT NULL,"
  "  updated INTEGER NOT NULL,"
  "  who TEXT NOT NULL DEFAULT '',"
  "  ask TEXT NOT NULL DEFAULT '',"
  "  heard TEXT NOT NULL DEFAULT '',"
  "  follow_up INTEGER);"
  "CREATE INDEX checkins_by_created ON checkins (created);"
  "CREATE INDEX coping_by_created ON coping (created);"
  "CREATE INDEX lessons_by_created ON lessons (created);"
  "CREATE INDEX definitions_by_created ON definitions (created);"
  "CREATE INDEX talks_by_created ON talks (created);",

  /* 5: search. Each kind's index of words is made from its class by update_search(),
   * which runs at the end of every migration; this step only asks for it. */
  "",

  /* 6: the seven ideas, part 2: new paths from what I really wanted. An idea's status
   * gains "done" before "let go", and SQLite cannot change a CHECK: the table is made
   * anew (SQLite's own recipe for any other change of a table), keeping every id, uuid
   * and time; "let go" moves from 3 to 4. An idea may be project A or B, or the
   * back-pocket project, each at most one idea (unique where set); it keeps the note
   * left when switching away from it, and when it was first tried, which for an idea
   * past dreaming is taken to be its last change. Dropping the table dropped its search
   * triggers: update_search() makes them anew, and the index with the new words. The
   * coping log may refer to the back-pocket project. The new kinds: what the lost goal
   * was hoped to give (aspects), how well an idea offers each (ratings), switches
   * between the two projects, and the small steps done. */
  "CREATE TABLE ideas_new ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  created INTEGER NOT NULL,"
  "  updated INTEGER NOT NULL,"
  "  title TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 4),"
  "  next_step TEXT NOT NULL DEFAULT '',"
  "  goal TEXT,"
  "  project INTEGER NOT NULL DEFAULT 0 CHECK (project BETWEEN 0 AND 2),"
  "  resume_note TEXT NOT NULL DEFAULT '',"
  "  back_pocket INTEGER NOT NULL DEFAULT 0 CHECK (back_pocket IN (0, 1)),"
  "  tried INTEGER);"
  "INSERT INTO ideas_new (id, uuid, created, updated, title, notes, status, next_step, goal,"
  "                       tried)"
  "  SELECT id, uuid, created, updated, title, notes,"
  "         CASE status WHEN 3 THEN 4 ELSE status END, next_step, goal,"
  "         CASE WHEN status > 0 THEN updated END"
  "  FROM ideas;"
  "DROP TABLE ideas;"
  "ALTER TABLE ideas_new RENAME TO ideas;"
  "CREATE INDEX ideas_by_created ON ideas (created);"
  "CREATE UNIQUE INDEX ideas_one_project ON ideas (project) WHERE project > 0;"
  "CREATE UNIQUE INDEX ideas_one_back_pocket ON ideas (back_pocket) WHERE back_pocket = 1;"
  "ALTER TABLE coping ADD COLUMN idea TEXT;"
  "CREATE TABLE aspects ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  created INTEGER NOT NULL,"
  "  updated INTEGER NOT NULL,"
  "  goal TEXT,"
  "  name TEXT NOT NULL DEFAULT '',"
  "  weight INTEGER NOT NULL DEFAULT 1 CHECK (weight BETWEEN 0 AND 2));"
  "CREATE TABLE ratings ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  created INTEGER NOT NULL,"
  "  updated INTEGER NOT NULL,"
  "  idea TEXT,"
  "  aspect TEXT,"
  "  offers INTEGER NOT NULL DEFAULT 0 CHECK (offers BETWEEN 0 AND 3));"
  "CREATE TABLE switches ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  created INTEGER NOT NULL,"
  "  updated INTEGER NOT NULL,"
  "  from_idea TEXT,"
  "  to_idea TEXT,"
  "  note TEXT NOT NULL DEFAULT '');"
  "CREATE TABLE steps ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  created INTEGER NOT NULL,"
  "  updated INTEGER NOT NULL,"
  "  idea TEXT,"
  "  text TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX aspects_by_created ON aspects (created);"
  "CREATE INDEX aspects_by_goal ON aspects (goal);"
  "CREATE INDEX ratings_by_created ON ratings (created);"
  "CREATE INDEX ratings_by_idea ON ratings (idea);"
  "CREATE INDEX ratings_by_aspect ON ratings (aspect);"
  "CREATE INDEX switches_by_created ON switches (created);"
  "CREATE INDEX steps_by_created ON steps (created);"
  "CREATE INDEX steps_by_idea ON steps (idea);",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == BOUNCE_STORE_SCHEMA_VERSION);

/* Busy and full are told in plain words, since the person can do something about them. */
static gboolean
set_db_error (sqlite3  *db,
              GError  **error)
{
  switch (sqlite3_errcode (db) & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error_literal (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_BUSY,
                           _("another program is using the journal right now"));
      break;

    case SQLITE_FULL:
      g_set_error_literal (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FULL,
                           _("the disk is full"));
      break;

    case SQLITE_READONLY:
      g_set_error_literal (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_READ_ONLY,
                           _("the journal is read-only"));
      break;

    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error_literal (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_DAMAGED,
                           _("the journal file is damaged"));
      break;

    default:
      g_set_error_literal (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_SQLITE,
                           sqlite3_errmsg (db));
    }

  return FALSE;
}

static gboolean
set_sqlite_error (BounceStore  *self,
                  GError      **error)
{
  return set_db_error (self->db, error);
}

static BounceStatement *
prepare (BounceStore  *self,
         const char   *sql,
         GError      **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt != NULL)
    return stmt;

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      set_sqlite_error (self, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/* For statements that return no rows, or whose rows do not matter. */
static gboolean
run (BounceStore  *self,
     const char   *sql,
     GError      **error)
{
  g_autoptr(BounceStatement) stmt = prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ;

  if (rc != SQLITE_DONE)
    return set_sqlite_error (self, error);

  return TRUE;
}

static gboolean
query_int (BounceStore  *self,
           const char   *sql,
           int          *out,
           GError      **error)
{
  g_autoptr(BounceStatement) stmt = prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  if (sqlite3_step (stmt) != SQLITE_ROW)
    return set_sqlite_error (self, error);

  *out = sqlite3_column_int (stmt, 0);
  return TRUE;
}

static gboolean
begin (BounceStore  *self,
       GError      **error)
{
  if (self->read_only)
    {
      g_set_error_literal (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_READ_ONLY,
                           _("the journal is read-only"));
      return FALSE;
    }

  return run (self, "BEGIN IMMEDIATE", error);
}

static gboolean
commit (BounceStore  *self,
        GError      **error)
{
  return run (self, "COMMIT", error);
}

/* Ends a failed transaction; the first error is the one worth telling. */
static gboolean
roll_back (BounceStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

static void     kind_free     (gpointer      data);
static gboolean update_search (BounceStore  *self,
                               GError      **error);

static gboolean
migrate (BounceStore  *self,
         int           from,
         GError      **error)
{
  for (int version = from + 1; version <= BOUNCE_STORE_SCHEMA_VERSION; version++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", version);
      g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d", APPLICATION_ID);

      g_debug ("Migrating %s to schema version %d", self->path, version);

      if (!run (self, "BEGIN IMMEDIATE", error))
        return FALSE;

      if (sqlite3_exec (self->db, migrations[version - 1], NULL, NULL, NULL) != SQLITE_OK ||
          sqlite3_exec (self->db, set_id, NULL, NULL, NULL) != SQLITE_OK ||
          sqlite3_exec (self->db, set_version, NULL, NULL, NULL) != SQLITE_OK)
        {
          set_sqlite_error (self, error);
          return roll_back (self);
        }

      /* With the tables as the last step leaves them, the search indexes follow the
       * kinds' words, in the same transaction. */
      if (version == BOUNCE_STORE_SCHEMA_VERSION && !update_search (self, error))
        return roll_back (self);

      if (!commit (self, error))
        return roll_back (self);
    }

  return TRUE;
}

static void
add_notice (BounceStore *self,
            char        *text)
{
  g_message ("%s", text);
  g_ptr_array_add (self->notices, text);
}

/*
 * A -wal is replayed into whatever database SQLite finds it beside, so before
 * a -wal is let near the journal it must be shown to belong there. With
 * automatic checkpoints off, every checkpoint we run is followed by a "stamp"
 * write: prev_stamp takes the stamp the file now holds, and stamp a new value.
 * A -wal written on top of this file therefore replays to a prev_stamp (or, if
 * a checkpoint copied that write into the file, a stamp) equal to the stamp
 * the file holds alone. Another journal's -wal, or one left over when an older
 * copy of the journal was put back by hand, does not.
 */
static void
stamp_wal (BounceStore *self)
{
  g_autoptr(GError) error = NULL;

  if (!begin (self, &error) ||
      !run (self, "UPDATE journal SET prev_stamp = stamp, "
                  "stamp = lower (hex (randomblob (16)))", &error) ||
      !commit (self, &error))
    {
      roll_back (self);
      g_debug ("Could not stamp the WAL of %s: %s", self->path, error->message);
    }
}

/* Moves what the -wal holds into the file and empties it, then stamps the new -wal. */
static gboolean
checkpoint (BounceStore *self)
{
  int rc;

  if (self->read_only)
    return TRUE;

  rc = sqlite3_wal_checkpoint_v2 (self->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      /* Someone else is reading or writing: the -wal stays as it was, stamp and all. */
      g_debug ("Could not checkpoint %s: %s", self->path, sqlite3_errmsg (self->db));
      return FALSE;
    }

  self->wal_frames = 0;
  stamp_wal (self);
  return TRUE;
}

static int
on_wal_commit_cb (gpointer    user_data,
                  sqlite3    *db,
                  const char *name,
                  int         n_frames)
{
  BounceStore *self = user_data;

  self->wal_frames = n_frames;
  return SQLITE_OK;
}

/* What a connection of its own sees in a database: enough to judge it. */
typedef struct
{
  int       application_id;
  int       user_version;
  int       n_objects;
  gboolean  healthy;
  char     *stamp;
  char     *prev_stamp;
} Peek;

static void
peek_clear (Peek *peek)
{
  g_clear_pointer (&peek->stamp, g_free);
  g_clear_pointer (&peek->prev_stamp, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Peek, peek_clear)

static gboolean
peek_int (sqlite3    *db,
          const char *sql,
          int        *out)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  ok = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
       sqlite3_step (stmt) == SQLITE_ROW;
  if (ok)
    *out = sqlite3_column_int (stmt, 0);

  sqlite3_finalize (stmt);
  return ok;
}

/* Opens @path for looking only. Read-only and "immutable", it takes no lock
 * and reads the file alone, never its -wal, so nothing beside it changes;
 * @writable is for private copies, where replaying a -wal is the point. */
static sqlite3 *
open_for_peek (const char *path,
               gboolean    writable)
{
  g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
  g_autofree char *uri = g_strconcat ("file:", escaped, writable ? "" : "?immutable=1", NULL);
  sqlite3 *db = NULL;
  int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE;

  flags |= writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
  if (sqlite3_open_v2 (uri, &db, flags, NULL) != SQLITE_OK)
    {
      g_debug ("Could not look into %s: %s", path, sqlite3_errmsg (db));
      g_clear_pointer (&db, sqlite3_close);
    }

  return db;
}

static gboolean
peek (const char *path,
      gboolean    writable,
      gboolean    check,
      Peek       *out)
{
  g_autoptr(sqlite3) db = open_for_peek (path, writable);
  sqlite3_stmt *stmt = NULL;

  memset (out, 0, sizeof *out);

  if (db == NULL ||
      !peek_int (db, "PRAGMA application_id", &out->application_id) ||
      !peek_int (db, "PRAGMA user_version", &out->user_version) ||
      !peek_int (db, "SELECT count(*) FROM sqlite_master", &out->n_objects))
    return FALSE;

  if (check && sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    out->healthy = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (sqlite3_prepare_v2 (db, "SELECT stamp, prev_stamp FROM journal", -1,
                          &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    {
      out->stamp = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      out->prev_stamp = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_finalize (stmt);

  return TRUE;
}

static gboolean
refuse_foreign (const char  *path,
                GError     **error)
{
  g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FOREIGN,
               _("“%s” is not a Bounce Back journal, so it was left as it is."), path);
  return FALSE;
}

static gboolean
refuse_in_use (const char  *path,
               GError     **error)
{
  g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_BUSY,
               _("Another program is using “%s”, and Bounce Back could not check it while it "
                 "does. Close the other program, then open Bounce Back again. Nothing was "
                 "changed."), path);
  return FALSE;
}

/* Judges the file by its header and, if need be, by an immutable look: nothing is written. */
static gboolean
check_identity (const char  *path,
                GError     **error)
{
  g_auto(Peek) alone = { 0 };
  BounceFileHeader header;

  if (!bounce_files_read_header (path, &header, error))
    return FALSE;

  /* An empty file is a journal not yet begun. */
  if (header.size == 0)
    return TRUE;

  if (!header.is_sqlite)
    return refuse_foreign (path, error);

  if (header.application_id != APPLICATION_ID)
    {
      /* An empty SQLite file (made by `sqlite3 journal.db`, say) may become a journal. */
      if (header.application_id != 0 || !peek (path, FALSE, FALSE, &alone) ||
          alone.n_objects > 0)
        return refuse_foreign (path, error);
    }

  if (header.user_version > BOUNCE_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_NEWER,
                   _("“%s” was written by a newer version of Bounce Back. "
                     "Update Bounce Back to open it; the file was left as it is."),
                   path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
refuse_damaged (const char  *path,
                GError     **error)
{
  g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_DAMAGED,
               _("Your journal “%s” is damaged, so Bounce Back did not write to it."), path);
  return FALSE;
}

/* A private copy goes, files, folder and name. */
static void
drop_copy (char *copy)
{
  bounce_files_remove_private (copy);
  g_free (copy);
}

/* A -wal beside a missing or empty file: another program's database, or the newest
 * part of a journal whose file is gone, which bounce_store_rescue() can read. */
static gboolean
refuse_orphan (const char  *path,
               GError     **error)
{
  g_autofree char *copy = bounce_files_copy_private (path, TRUE, NULL);
  g_auto(Peek) replayed = { 0 };

  if (copy != NULL && peek (copy, TRUE, FALSE, &replayed) && replayed.n_objects > 0 &&
      replayed.application_id != APPLICATION_ID)
    {
      bounce_files_remove_private (copy);
      return refuse_foreign (path, error);
    }
  bounce_files_remove_private (copy);

  g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_DAMAGED,
               _("The main file of your journal, “%s”, is missing or empty, but its latest "
                 "changes were found beside it. Bounce Back did not write to them."), path);
  return FALSE;
}

/* TRUE when a companion is there that no journal of ours leaves: a link, a hot
 * rollback journal (we only ever use WAL), anything but a plain file. A -wal that
 * is no write-ahead log at all is caught by vet(). */
static gboolean
has_strange_companion (const char *path)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *companion = g_strconcat (path, suffixes[i], NULL);
      GStatBuf st;

      if (g_lstat (companion, &st) != 0)
        continue;
      if (!S_ISREG (st.st_mode) || (g_str_equal (suffixes[i], "-journal") && st.st_size > 0))
        return TRUE;
    }

  return FALSE;
}

/* Moves aside what does not belong; a read-only journal's neighbours stay where they are. */
static gboolean
leave_companions (BounceStore  *self,
                  gboolean      may_move,
                  GError      **error)
{
  g_autofree char *moved = NULL;
  g_autofree char *name = NULL;

  if (!may_move)
    {
      add_notice (self, g_strdup (_("A leftover file beside your journal did not belong to it, "
                                    "so it was not applied. It was left as it is.")));
      return TRUE;
    }

  if (bounce_files_is_in_use (self->path))
    return refuse_in_use (self->path, error);

  if (!(moved = bounce_files_set_aside (self->path, "not-ours", FALSE, error)))
    return FALSE;

  name = g_path_get_basename (moved);
  add_notice (self, g_strdup_printf (_("A leftover file beside your journal did not belong to "
                                       "it, so it was not applied. It was moved aside as "
                                       "“%s”, and your journal was opened as it is."), name));
  return TRUE;
}

/*
 * Looks at the journal's files before SQLite opens it for writing, and leaves
 * out the companions that do not belong to it (moved aside when @may_move).
 * On success, @replayed_copy is a private copy with the journal's -wal replayed
 * when it had one that belongs, else %NULL.
 */
static gboolean
vet (BounceStore  *self,
     gboolean      may_move,
     char        **replayed_copy,
     GError      **error)
{
  g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
  g_autofree char *copy = NULL;
  g_autoptr(GError) copy_error = NULL;
  goffset db_size = bounce_files_size (self->path, NULL);
  goffset wal_size = bounce_files_size (wal, NULL);

  if (has_strange_companion (self->path) || (wal_size > 0 && !bounce_files_is_wal (wal)))
    {
      if (!leave_companions (self, may_move, error))
        return FALSE;
      wal_size = -1;
    }

  if (wal_size > 0)
    {
      g_auto(Peek) alone = { 0 };
      g_auto(Peek) replayed = { 0 };

      if (!(copy = bounce_files_copy_private (self->path, TRUE, &copy_error)))
        {
          g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FOLDER,
                       _("Bounce Back could not check your journal before opening it: %s"),
                       copy_error->message);
          return FALSE;
        }

      /* The file alone may fail while a checkpoint was cut short: the replay decides. */
      peek (self->path, FALSE, FALSE, &alone);
      if (peek (copy, TRUE, TRUE, &replayed) && replayed.healthy &&
          replayed.application_id == APPLICATION_ID &&
          replayed.user_version <= BOUNCE_STORE_SCHEMA_VERSION &&
          (alone.stamp == NULL ||
           g_strcmp0 (replayed.prev_stamp, alone.stamp) == 0 ||
           g_strcmp0 (replayed.stamp, alone.stamp) == 0))
        {
          *replayed_copy = g_steal_pointer (&copy);
          return TRUE;
        }

      g_clear_pointer (&copy, drop_copy);

      /* An empty file is judged with its -wal: together they may be another
       * program's database, which is refused whole. */
      if (alone.application_id != APPLICATION_ID && replayed.n_objects > 0 &&
          replayed.application_id != APPLICATION_ID)
        return refuse_foreign (self->path, error);

      if (!leave_companions (self, may_move, error))
        return FALSE;
    }

  if (db_size > 0)
    {
      g_auto(Peek) checked = { 0 };

      if (!peek (self->path, FALSE, !self->check_later, &checked) ||
          (!self->check_later && !checked.healthy))
        return refuse_damaged (self->path, error);
    }

  return TRUE;
}

static gboolean
configure (BounceStore  *self,
           GError      **error)
{
  g_autoptr(BounceStatement) stmt = NULL;

  sqlite3_busy_timeout (self->db, BOUNCE_STORE_BUSY_TIMEOUT_MS);

  if (!(stmt = prepare (self, "PRAGMA journal_mode = WAL", error)))
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return set_sqlite_error (self, error);
  if (g_ascii_strcasecmp ((const char *) sqlite3_column_text (stmt, 0), "wal") != 0)
    {
      g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_SQLITE,
                   _("The journal “%s” cannot be kept safely on this disk."),
                   self->path);
      return FALSE;
    }

  /* secure_delete: a deleted page's words are overwritten, not left in free pages. */
  return run (self, "PRAGMA synchronous = FULL", error) &&
         run (self, "PRAGMA foreign_keys = ON", error) &&
         run (self, "PRAGMA secure_delete = ON", error);
}

/* Writable, and meant to be: root may write anywhere, but a file or folder its owner
 * made read-only is treated as read-only all the same. */
static gboolean
is_writable (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 && (st.st_mode & S_IWUSR) != 0 && g_access (path, W_OK) == 0;
}

/*
 * The folder: one we make is 0700. An existing one is not changed until its
 * journal has been accepted (see keep_private()). It may be a link: people
 * keep data on another disk that way.
 */
static gboolean
prepare_folder (const char  *dir,
                gboolean    *writable,
                GError     **error)
{
  int saved_errno;

  if (!g_file_test (dir, G_FILE_TEST_EXISTS))
    {
      if (g_mkdir_with_parents (dir, 0700) == 0)
        g_chmod (dir, 0700);
    }

  if (g_file_test (dir, G_FILE_TEST_IS_DIR) && g_access (dir, R_OK | X_OK) == 0)
    {
      *writable = is_writable (dir);
      return TRUE;
    }

  saved_errno = g_file_test (dir, G_FILE_TEST_EXISTS) &&
                !g_file_test (dir, G_FILE_TEST_IS_DIR) ? ENOTDIR : errno;
  g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FOLDER,
               _("The folder “%s” cannot hold the journal: %s."),
               dir, g_strerror (saved_errno));
  return FALSE;
}

/* Creates the file itself, so that it starts 0600 whatever the umask. */
static gboolean
create_file (const char  *path,
             GError     **error)
{
  int fd;

  fd = g_open (path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FOLDER,
                   _("The journal “%s” cannot be created: %s."),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  fchmod (fd, 0600);
  close (fd);
  return TRUE;
}

/*
 * Once the journal is accepted: its files 0600 (SQLite gives -wal and -shm the
 * mode of the database, but an older copy may differ), and its folder closed to
 * group and others, keeping every other bit (setgid, sticky) as it was.
 */
static void
keep_private (BounceStore *self)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };
  g_autofree char *dir = g_path_get_dirname (self->path);
  GStatBuf st;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (self->path, suffixes[i], NULL);
      int fd = g_open (path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, 0);

      if (fd < 0)
        continue;
      if (fchmod (fd, 0600) != 0)
        g_warning ("Could not make %s private: %s", path, g_strerror (errno));
      close (fd);
    }

  if (g_stat (dir, &st) == 0 && (st.st_mode & 077) != 0 &&
      g_chmod (dir, st.st_mode & 07700) != 0)
    g_warning ("Could not make %s private: %s", dir, g_strerror (errno));
}

static gboolean
connect (BounceStore  *self,
         const char   *path,
         GError      **error)
{
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE |
              SQLITE_OPEN_NOFOLLOW;
  int version = 0;

  if (sqlite3_open_v2 (path, &self->db, flags, NULL) != SQLITE_OK)
    return set_sqlite_error (self, error);

  if (!configure (self, error))
    return FALSE;

  /* A hook of our own replaces SQLite's automatic checkpoints: ours stamp the -wal. */
  sqlite3_wal_hook (self->db, on_wal_commit_cb, self);

  /* Opening may wait a little for another program's lock; after that, never. */
  sqlite3_busy_timeout (self->db, 1000);
  if (!query_int (self, "PRAGMA user_version", &version, error) ||
      !migrate (self, version, error))
    return FALSE;
  sqlite3_busy_timeout (self->db, BOUNCE_STORE_BUSY_TIMEOUT_MS);

  return TRUE;
}

static void
bounce_store_finalize (GObject *object)
{
  BounceStore *self = BOUNCE_STORE (object);

  /* Statements must be finalized before the connection can close. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->kinds, g_hash_table_unref);
  if (self->db != NULL && sqlite3_close (self->db) != SQLITE_OK)
    g_warning ("Could not close %s: %s", self->path, sqlite3_errmsg (self->db));
  g_clear_pointer (&self->private_copy, drop_copy);
  g_clear_pointer (&self->notices, g_ptr_array_unref);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (bounce_store_parent_class)->finalize (object);
}

static void
bounce_store_class_init (BounceStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bounce_store_finalize;
}

static void
bounce_store_init (BounceStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            statement_free);
  self->notices = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->kinds = g_hash_table_new_full (NULL, NULL, NULL, kind_free);
}

/**
 * bounce_store_dup_default_dir:
 *
 * Returns: (transfer full): $BOUNCE_BACK_DATA_DIR when it is set, else
 *   $XDG_DATA_HOME/bounce-back
 */
char *
bounce_store_dup_default_dir (void)
{
  const char *dir = g_getenv ("BOUNCE_BACK_DATA_DIR");

  if (dir != NULL && *dir != '\0')
    return g_strdup (dir);

  return g_build_filename (g_get_user_data_dir (), "bounce-back", NULL);
}

/**
 * bounce_store_is_open_elsewhere:
 * @dir: the folder of a journal
 *
 * Looks without opening anything: a journal that another process (a Bounce Back
 * window, the sqlite3 shell) has open is left to it by a writer that could not keep
 * that process's picture of it in step.
 *
 * Returns: %TRUE when another process has the journal in @dir open
 */
gboolean
bounce_store_is_open_elsewhere (const char *dir)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (dir != NULL, FALSE);

  path = g_build_filename (dir, JOURNAL_FILE, NULL);
  return bounce_files_is_in_use (path);
}

/**
 * bounce_store_open:
 * @dir: the folder of the journal; made (0700) when missing
 *
 * Opens the journal in @dir, creating and migrating it as needed. Before
 * anything is written, the file and its companions are judged:
 *
 * - a link at the journal's path, a file that is not a Bounce Back journal,
 *   or one from a newer version, is refused and left untouched, companions
 *   and folder included (%BOUNCE_STORE_ERROR_FOREIGN, %BOUNCE_STORE_ERROR_NEWER);
 * - a damaged journal, or a -wal whose journal is missing, is refused and left
 *   untouched (%BOUNCE_STORE_ERROR_DAMAGED): bounce_store_rescue() reads what
 *   can still be read, bounce_store_start_over() sets it aside;
 * - a -wal (or -shm, or rollback journal) that does not belong to the journal
 *   is moved aside, never applied nor deleted, and bounce_store_get_notices()
 *   says so;
 * - a journal its owner made read-only is opened read-only.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
BounceStore *
bounce_store_open (const char  *dir,
                   GError     **error)
{
  return bounce_store_open_full (dir, BOUNCE_STORE_OPEN_DEFAULT, error);
}

/**
 * bounce_store_open_full:
 * @flags: %BOUNCE_STORE_OPEN_CHECK_LATER to leave the check of the whole file (a journal
 *   without a -wal to replay) to bounce_store_check_async(), once the window is on screen:
 *   it reads every page of the file, about half a second for 100,000 pages
 *
 * Opens the journal as bounce_store_open() does.
 */
BounceStore *
bounce_store_open_full (const char            *dir,
                        BounceStoreOpenFlags   flags,
                        GError               **error)
{
  g_autoptr(BounceStore) self = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *copy = NULL;
  gboolean dir_writable = FALSE;
  gboolean is_link = FALSE;
  GStatBuf st;

  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (BOUNCE_TYPE_STORE, NULL);
  self->path = g_build_filename (dir, JOURNAL_FILE, NULL);
  self->check_later = (flags & BOUNCE_STORE_OPEN_CHECK_LATER) != 0;
  wal = g_strconcat (self->path, "-wal", NULL);

  if (!prepare_folder (dir, &dir_writable, error))
    return NULL;

  if (g_lstat (self->path, &st) == 0)
    {
      if (S_ISLNK (st.st_mode))
        {
          g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FOREIGN,
                       _("“%s” is a link to another file. Bounce Back keeps its journal only "
                         "in a file of its own, so it left the link as it is."), self->path);
          return NULL;
        }
      if (!S_ISREG (st.st_mode))
        {
          g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FOLDER,
                       _("The journal “%s” cannot be created: %s."),
                       self->path, g_strerror (EISDIR));
          return NULL;
        }
      if (!check_identity (self->path, error))
        return NULL;

      self->read_only = !dir_writable || !is_writable (self->path);
    }
  else if (!dir_writable)
    {
      g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FOLDER,
                   _("The folder “%s” cannot hold the journal: %s."),
                   dir, g_strerror (EACCES));
      return NULL;
    }

  /* SQLite would delete a -wal beside a missing or empty file: it may hold every word. */
  if (bounce_files_size (self->path, NULL) <= 0 && bounce_files_size (wal, &is_link) > 0 &&
      !is_link)
    {
      refuse_orphan (self->path, error);
      return NULL;
    }

  if (!vet (self, !self->read_only, &copy, error))
    return NULL;

  if (!self->read_only)
    {
      /* What is left beside the file belongs to it: SQLite may now replay it. */
      g_clear_pointer (&copy, drop_copy);

      if (bounce_files_size (self->path, NULL) < 0 && !create_file (self->path, error))
        return NULL;

      /* Before SQLite opens the file, never after: closing any descriptor of a file
       * drops every POSIX lock this process holds on it, SQLite's included, and another
       * program would then take the -shm for unused and wipe it under our connection.
       * SQLite gives the -wal and -shm it makes the file's mode. */
      keep_private (self);

      if (!connect (self, self->path, error))
        return NULL;

      /* Twice: the first stamp reaches the file itself, so that a copy of the file
       * from before this session no longer matches this session's -wal. */
      if (checkpoint (self))
        checkpoint (self);
    }
  else
    {
      /* Nothing of a read-only journal is written: it is read from a private copy,
       * where its -wal (if it belongs) is replayed and its schema brought up to date. */
      if (copy == NULL && !(copy = bounce_files_copy_private (self->path, FALSE, error)))
        return NULL;

      self->private_copy = g_steal_pointer (&copy);
      if (!connect (self, self->private_copy, error) ||
          !run (self, "PRAGMA query_only = ON", error))
        return NULL;

      add_notice (self, g_strdup_printf (_("Your journal “%s” is read-only, so you can read it "
                                           "but nothing you write can be kept. To write in it "
                                           "again, give yourself permission to change the file, "
                                           "then open Bounce Back again."), self->path));
    }

  return g_steal_pointer (&self);
}

/* In a thread of its own: SQLite's check of every page, through a read-only connection
 * of its own (SQLite shares the file's locks between the connections of a process). */
static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  const char *path = ((char **) task_data)[0];
  const char *shown = ((char **) task_data)[1];
  g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
  g_autofree char *uri = g_strconcat ("file:", escaped, "?mode=ro", NULL);
  g_autoptr(sqlite3) db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean healthy = FALSE;

  if (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_URI | SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW,
                       NULL) != SQLITE_OK)
    {
      g_task_return_new_error (task, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_SQLITE,
                               _("Bounce Back could not check your journal: %s"),
                               sqlite3_errmsg (db));
      return;
    }

  sqlite3_busy_timeout (db, 1000);
  if (sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    healthy = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  else if ((sqlite3_errcode (db) & 0xff) != SQLITE_CORRUPT &&
           (sqlite3_errcode (db) & 0xff) != SQLITE_NOTADB)
    {
      g_task_return_new_error (task, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_SQLITE,
                               _("Bounce Back could not check your journal: %s"),
                               sqlite3_errmsg (db));
      sqlite3_finalize (stmt);
      return;
    }
  sqlite3_finalize (stmt);

  if (!healthy)
    {
      g_task_return_new_error (task, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_DAMAGED,
                               _("Your journal “%s” is damaged, so Bounce Back stopped "
                                 "writing to it."), shown);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

/**
 * bounce_store_check_async:
 *
 * Runs SQLite's check of the whole journal (`PRAGMA quick_check`) in a thread, while the
 * store goes on being used: for a store opened with %BOUNCE_STORE_OPEN_CHECK_LATER, once
 * the window is on screen.
 */
void
bounce_store_check_async (BounceStore         *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (BOUNCE_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, bounce_store_check_async);
  g_task_set_task_data (task,
                        g_strdupv ((char *[]) { self->private_copy != NULL ? self->private_copy
                                                                           : self->path,
                                                self->path, NULL }),
                        (GDestroyNotify) g_strfreev);
  g_task_run_in_thread (task, check_thread);
}

/**
 * bounce_store_check_finish:
 *
 * Returns: %TRUE when the journal is whole; %FALSE with %BOUNCE_STORE_ERROR_DAMAGED (the
 *   same error bounce_store_open() gives a damaged journal) when it is not, or with
 *   another @error when it could not be checked
 */
gboolean
bounce_store_check_finish (BounceStore   *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * bounce_store_get_notices:
 *
 * Returns: (transfer none) (array zero-terminated=1): what the person should be
 *   told about how the journal was opened (a companion set aside, read-only), in
 *   plain words; empty when there is nothing to tell
 */
const char * const *
bounce_store_get_notices (BounceStore *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (BOUNCE_IS_STORE (self), NULL);

  /* An empty null-terminated array may not have allocated its terminator yet. */
  if (self->notices->len == 0)
    return none;

  return (const char * const *) self->notices->pdata;
}

gboolean
bounce_store_is_read_only (BounceStore *self)
{
  g_return_val_if_fail (BOUNCE_IS_STORE (self), TRUE);

  return self->read_only;
}

/**
 * bounce_store_dup_pragma:
 * @name: one of the settings the store depends on: "journal_mode",
 *   "synchronous", "foreign_keys", "secure_delete", "busy_timeout",
 *   "wal_autocheckpoint" or "query_only"
 *
 * Reads a setting through the store's own connection, so that tests check what
 * is really in force.
 *
 * Returns: (transfer full) (nullable): its value as text
 */
char *
bounce_store_dup_pragma (BounceStore *self,
                         const char  *name)
{
  static const char * const allowed[] = {
    "PRAGMA journal_mode", "PRAGMA synchronous", "PRAGMA foreign_keys",
    "PRAGMA secure_delete", "PRAGMA busy_timeout", "PRAGMA wal_autocheckpoint",
    "PRAGMA query_only",
  };
  g_autofree char *sql = g_strconcat ("PRAGMA ", name, NULL);

  g_return_val_if_fail (BOUNCE_IS_STORE (self), NULL);

  /* Only names from the list: the SQL text is one of these constants. */
  for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
    if (g_str_equal (sql, allowed[i]))
      {
        g_autoptr(BounceStatement) stmt = prepare (self, allowed[i], NULL);

        if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
          return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
        return NULL;
      }

  g_return_val_if_reached (NULL);
}

const char *
bounce_store_get_path (BounceStore *self)
{
  g_return_val_if_fail (BOUNCE_IS_STORE (self), NULL);

  return self->path;
}

int
bounce_store_get_schema_version (BounceStore *self)
{
  int version = 0;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), 0);

  query_int (self, "PRAGMA user_version", &version, NULL);
  return version;
}

/* ", title, cost": the field columns of a record class, each followed by @each. */
static char *
column_list (BounceRecordClass *klass,
             const char        *each)
{
  g_autoptr(GString) sql = g_string_new (NULL);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_autofree char *column = g_strdelimit (g_strdup (klass->fields[i]->name), "-", '_');

      g_string_append_printf (sql, ", %s%s", column, each);
    }

  return g_string_free (g_steal_pointer (&sql), FALSE);
}

/* ", ?, ?" for @n values. */
static char *
placeholder_list (guint n)
{
  g_autoptr(GString) marks = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append (marks, ", ?");

  return g_string_free (g_steal_pointer (&marks), FALSE);
}

/* A value that no column could hold: a field of a type bounce_record_field_is_supported()
 * refuses, or a real that is not finite (SQLite would keep NaN as NULL). */
static gboolean
set_invalid (const char  *table,
             GParamSpec  *pspec,
             GError     **error)
{
  g_debug ("%s.%s: a %s value cannot be stored", table, pspec->name,
           g_type_name (pspec->value_type));
  g_set_error_literal (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_INVALID,
                       _("this entry holds a value the journal cannot keep"));
  return FALSE;
}

/* A value in the file that the field cannot take: written by hand, or by a bug. */
static gboolean
set_unreadable (const char  *table,
                GParamSpec  *pspec,
                GError     **error)
{
  g_debug ("%s.%s: the value in the file does not fit the field", table, pspec->name);
  g_set_error_literal (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_DAMAGED,
                       _("the journal file is damaged"));
  return FALSE;
}

/* An optional binds its value, or NULL for nothing; an empty reference binds NULL. */
static gboolean
bind_value (sqlite3_stmt  *stmt,
            int            index,
            const char    *table,
            GParamSpec    *pspec,
            const GValue  *value,
            GError       **error)
{
  GVariant *variant = NULL;
  g_autoptr(GVariant) child = NULL;
  const char *text;
  int rc;

  if (!bounce_record_field_is_supported (pspec))
    return set_invalid (table, pspec, error);

  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_STRING:
      text = g_value_get_string (value);
      if (bounce_record_field_get_reference_type (pspec) != G_TYPE_INVALID &&
          (text == NULL || *text == '\0'))
        rc = sqlite3_bind_null (stmt, index);
      else
        rc = sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
      break;
    case G_TYPE_BOOLEAN:
      rc = sqlite3_bind_int (stmt, index, g_value_get_boolean (value));
      break;
    case G_TYPE_INT:
      rc = sqlite3_bind_int (stmt, index, g_value_get_int (value));
      break;
    case G_TYPE_ENUM:
      rc = sqlite3_bind_int (stmt, index, g_value_get_enum (value));
      break;
    case G_TYPE_INT64:
      rc = sqlite3_bind_int64 (stmt, index, g_value_get_int64 (value));
      break;
    case G_TYPE_DOUBLE:
      if (!isfinite (g_value_get_double (value)))
        return set_invalid (table, pspec, error);
      rc = sqlite3_bind_double (stmt, index, g_value_get_double (value));
      break;
    case G_TYPE_VARIANT:
      variant = g_value_get_variant (value);
      if (variant == NULL || !g_variant_is_of_type (variant, G_VARIANT_TYPE_MAYBE) ||
          !(child = g_variant_get_maybe (variant)))
        rc = sqlite3_bind_null (stmt, index);
      else if (g_variant_is_of_type (child, G_VARIANT_TYPE_INT64))
        rc = sqlite3_bind_int64 (stmt, index, g_variant_get_int64 (child));
      else if (g_variant_is_of_type (child, G_VARIANT_TYPE_DOUBLE) &&
               isfinite (g_variant_get_double (child)))
        rc = sqlite3_bind_double (stmt, index, g_variant_get_double (child));
      else if (g_variant_is_of_type (child, G_VARIANT_TYPE_STRING))
        rc = sqlite3_bind_text (stmt, index, g_variant_get_string (child, NULL), -1,
                                SQLITE_TRANSIENT);
      else
        return set_invalid (table, pspec, error);
      break;
    default:
      return set_invalid (table, pspec, error);
    }

  if (rc != SQLITE_OK)
    return set_db_error (sqlite3_db_handle (stmt), error);
  return TRUE;
}

/* Reads a real from a REAL or INTEGER column; NULL, text and infinities are not one. */
static gboolean
column_double (sqlite3_stmt *stmt,
               int           index,
               double       *out)
{
  int type = sqlite3_column_type (stmt, index);

  if (type != SQLITE_FLOAT && type != SQLITE_INTEGER)
    return FALSE;

  *out = sqlite3_column_double (stmt, index);
  return isfinite (*out);
}

/* Reads @pspec's field from column @index, checked against the field as a setter would be. */
static gboolean
column_value (sqlite3_stmt  *stmt,
              int            index,
              const char    *table,
              GParamSpec    *pspec,
              GValue        *value,
              GError       **error)
{
  int type = sqlite3_column_type (stmt, index);
  double real;

  if (!bounce_record_field_is_supported (pspec))
    return set_invalid (table, pspec, error);

  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_STRING:
      /* A reference read as NULL is kept by the record as "". */
      g_value_set_string (value, (const char *) sqlite3_column_text (stmt, index));
      break;
    case G_TYPE_BOOLEAN:
      g_value_set_boolean (value, sqlite3_column_int (stmt, index) != 0);
      break;
    case G_TYPE_INT:
      g_value_set_int (value, sqlite3_column_int (stmt, index));
      break;
    case G_TYPE_ENUM:
      g_value_set_enum (value, sqlite3_column_int (stmt, index));
      break;
    case G_TYPE_INT64:
      g_value_set_int64 (value, sqlite3_column_int64 (stmt, index));
      break;
    case G_TYPE_DOUBLE:
      if (!column_double (stmt, index, &real))
        return set_unreadable (table, pspec, error);
      g_value_set_double (value, real);
      break;
    case G_TYPE_VARIANT:
      if (type == SQLITE_NULL)
        g_value_set_variant (value, NULL);
      else if (g_variant_type_equal (G_PARAM_SPEC_VARIANT (pspec)->type, G_VARIANT_TYPE ("mx")) &&
               type == SQLITE_INTEGER)
        g_value_set_variant (value, g_variant_new_maybe (NULL, g_variant_new_int64 (
                                      sqlite3_column_int64 (stmt, index))));
      else if (g_variant_type_equal (G_PARAM_SPEC_VARIANT (pspec)->type, G_VARIANT_TYPE ("md")) &&
               column_double (stmt, index, &real))
        g_value_set_variant (value, g_variant_new_maybe (NULL, g_variant_new_double (real)));
      else if (g_variant_type_equal (G_PARAM_SPEC_VARIANT (pspec)->type, G_VARIANT_TYPE ("ms")) &&
               type == SQLITE_TEXT &&
               g_utf8_validate ((const char *) sqlite3_column_text (stmt, index), -1, NULL))
        g_value_set_variant (value, g_variant_new_maybe (NULL, g_variant_new_string (
                                      (const char *) sqlite3_column_text (stmt, index))));
      else
        return set_unreadable (table, pspec, error);
      break;
    default:
      return set_invalid (table, pspec, error);
    }

  /* An enum or a real out of its spec's range would be refused by the setter. */
  if (g_param_value_validate (pspec, value))
    return set_unreadable (table, pspec, error);

  return TRUE;
}

/* Binds the record's fields from @first on, in class order. */
static gboolean
bind_fields (BounceStore   *self,
             sqlite3_stmt  *stmt,
             BounceRecord  *record,
             int            first,
             GError       **error)
{
  BounceRecordClass *klass = BOUNCE_RECORD_GET_CLASS (record);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, klass->fields[i]->value_type);
      g_object_get_property (G_OBJECT (record), klass->fields[i]->name, &value);
      if (!bind_value (stmt, first + i, klass->table, klass->fields[i], &value, error))
        return FALSE;
    }

  return TRUE;
}

/* Runs one write statement in its own transaction; it must touch exactly one row, or
 * with @one_row FALSE at least one. */
static gboolean
write_rows (BounceStore   *self,
            sqlite3_stmt  *stmt,
            gboolean       one_row,
            GError       **error)
{
  int changes;

  if (!begin (self, error))
    return FALSE;

  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      set_sqlite_error (self, error);
      return roll_back (self);
    }

  changes = sqlite3_changes (self->db);
  if (changes == 0 || (one_row && changes != 1))
    {
      g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_NOT_FOUND,
                   _("that entry is no longer in the journal"));
      return roll_back (self);
    }

  if (!commit (self, error))
    return roll_back (self);

  if (self->wal_frames >= CHECKPOINT_FRAMES)
    checkpoint (self);

  return TRUE;
}

static gboolean
write_one (BounceStore   *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  return write_rows (self, stmt, TRUE, error);
}

/* Builds one record of @klass from the row @stmt is on: uuid, created, updated, fields. */
static BounceRecord *
record_from_row (BounceRecordClass  *klass,
                 sqlite3_stmt       *stmt,
                 GError            **error)
{
  guint n_values = 3 + klass->n_fields;
  const char **names = g_newa (const char *, n_values);
  GValue *values = g_newa (GValue, n_values);
  BounceRecord *record = NULL;
  gboolean ok = TRUE;

  memset (values, 0, n_values * sizeof (GValue));
  names[0] = "uuid";
  names[1] = "created";
  names[2] = "updated";
  g_value_init (&values[0], G_TYPE_STRING);
  g_value_init (&values[1], G_TYPE_INT64);
  g_value_init (&values[2], G_TYPE_INT64);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      names[3 + i] = klass->fields[i]->name;
      g_value_init (&values[3 + i], klass->fields[i]->value_type);
    }

  g_value_set_string (&values[0], (const char *) sqlite3_column_text (stmt, 0));
  g_value_set_int64 (&values[1], sqlite3_column_int64 (stmt, 1));
  g_value_set_int64 (&values[2], sqlite3_column_int64 (stmt, 2));
  /* A time before the epoch is no time the record could have: a damaged row (a rescue
   * reads past damage), which the property would refuse with a warning. */
  if (sqlite3_column_int64 (stmt, 1) < 0 || sqlite3_column_int64 (stmt, 2) < 0)
    {
      g_debug ("%s: a row with a time before the epoch", klass->table);
      g_set_error_literal (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_DAMAGED,
                           _("the journal file is damaged"));
      ok = FALSE;
    }
  for (guint i = 0; ok && i < klass->n_fields; i++)
    ok = column_value (stmt, 3 + i, klass->table, klass->fields[i], &values[3 + i], error);

  if (ok)
    record = BOUNCE_RECORD (g_object_new_with_properties (G_TYPE_FROM_CLASS (klass), n_values,
                                                          names, values));

  for (guint i = 0; i < n_values; i++)
    g_value_unset (&values[i]);

  return record;
}

/* The statements of one kind of record. Their SQL is composed from the class once, the
 * first time the store meets the kind, and each is prepared once, when first used. */
typedef enum
{
  KIND_INSERT,
  KIND_UPDATE,
  KIND_DELETE,
  KIND_LOAD_ALL,
  KIND_LOAD_ONE,
  KIND_COUNT,
  KIND_POSITION,
  KIND_PAGE_NEWEST,
  KIND_PAGE_OLDEST,
  KIND_PAGE_OLDER,
  KIND_PAGE_NEWER,
  KIND_SEARCH,
  KIND_FORGET,
  KIND_LOAD_IN_ORDER,
  KIND_UPDATED,
  N_KIND_STATEMENTS
} KindStatement;

typedef struct
{
  BounceRecordClass *klass;                    /* a reference to the class */
  char              *select;                   /* the start of a query of its records */
  char              *search_table;             /* NULL for a kind without words */
  char              *sql[N_KIND_STATEMENTS];   /* NULL where the kind has no such statement */
  sqlite3_stmt      *stmt[N_KIND_STATEMENTS];
} Kind;

static void
kind_free (gpointer data)
{
  Kind *kind = data;

  for (guint i = 0; i < N_KIND_STATEMENTS; i++)
    {
      g_free (kind->sql[i]);
      sqlite3_finalize (kind->stmt[i]);
    }
  g_free (kind->search_table);
  g_free (kind->select);
  g_type_class_unref (kind->klass);
  g_free (kind);
}

/* ", body, note": the columns of @klass's words. */
static char *
words_list (BounceRecordClass *klass)
{
  g_autoptr(GString) sql = g_string_new (NULL);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_autofree char *column = NULL;

      if (!bounce_record_field_is_words (klass->fields[i]))
        continue;

      column = g_strdelimit (g_strdup (klass->fields[i]->name), "-", '_');
      g_string_append_printf (sql, ", %s", column);
    }

  return g_string_free (g_steal_pointer (&sql), FALSE);
}

static Kind *
kind_new (GType record_type)
{
  Kind *kind = g_new0 (Kind, 1);
  BounceRecordClass *klass = g_type_class_ref (record_type);
  const char *table = klass->table;
  g_autofree char *columns = column_list (klass, "");
  g_autofree char *assignments = column_list (klass, " = ?");
  g_autofree char *placeholders = placeholder_list (klass->n_fields);
  g_autofree char *select = g_strdup_printf ("SELECT uuid, created, updated%s, id FROM %s",
                                             columns, table);
  g_autofree char *words = words_list (klass);

  kind->klass = klass;
  kind->select = g_strdup (select);
  kind->sql[KIND_INSERT] = g_strdup_printf ("INSERT INTO %s (uuid, created, updated%s)"
                                            " VALUES (?, ?, ?%s)",
                                            table, columns, placeholders);
  kind->sql[KIND_UPDATE] = g_strdup_printf ("UPDATE %s SET updated = ?%s WHERE uuid = ?",
                                            table, assignments);
  kind->sql[KIND_DELETE] = g_strdup_printf ("DELETE FROM %s WHERE uuid = ?", table);
  kind->sql[KIND_LOAD_ALL] = g_strdup_printf ("%s ORDER BY created DESC, id DESC", select);
  kind->sql[KIND_LOAD_ONE] = g_strdup_printf ("%s WHERE uuid = ?1", select);
  kind->sql[KIND_COUNT] = g_strdup_printf ("SELECT COUNT(*) FROM %s", table);
  /* An export's order: oldest first, and by uuid where two were made in the same µs, so
   * that the same journal gives the same file whatever order its rows were written in. */
  kind->sql[KIND_LOAD_IN_ORDER] = g_strdup_printf ("%s ORDER BY created, uuid", select);
  kind->sql[KIND_UPDATED] = g_strdup_printf ("SELECT updated FROM %s WHERE uuid = ?1", table);
  /* A row gone from the file (its uuid finds no id) counts the rows made after it. */
  kind->sql[KIND_POSITION] = g_strdup_printf ("SELECT COUNT(*) FROM %1$s WHERE (created, id) >"
                                              " (?1, (SELECT id FROM %1$s WHERE uuid = ?2))",
                                              table);
  /* Keyset paging on the index on created (which holds the id too). */
  kind->sql[KIND_PAGE_NEWEST] = g_strdup_printf ("%s ORDER BY created DESC, id DESC"
                                                 " LIMIT ?1 OFFSET ?2", select);
  kind->sql[KIND_PAGE_OLDEST] = g_strdup_printf ("%s ORDER BY created, id LIMIT ?1 OFFSET ?2",
                                                 select);
  kind->sql[KIND_PAGE_OLDER] = g_strdup_printf ("%s WHERE (created, id) < (?2, ?3)"
                                                " ORDER BY created DESC, id DESC LIMIT ?1",
                                                select);
  kind->sql[KIND_PAGE_NEWER] = g_strdup_printf ("%s WHERE (created, id) > (?2, ?3)"
                                                " ORDER BY created, id LIMIT ?1", select);

  if (*words != '\0')
    {
      kind->search_table = g_strdup_printf ("%s_search", table);
      /* Newest stored first: FTS5 walks its rowids (the records' ids) backwards and stops
       * at the limit, where an order by rank would score every match. */
      kind->sql[KIND_SEARCH] =
        g_strdup_printf ("SELECT r.uuid, r.created, snippet(%1$s, -1, ?3, ?4, '…', 12)"
                         " FROM %1$s JOIN %2$s AS r ON r.id = %1$s.rowid"
                         " WHERE %1$s MATCH ?1 ORDER BY %1$s.rowid DESC LIMIT ?2",
                         kind->search_table, table);
      kind->sql[KIND_FORGET] = g_strdup_printf ("INSERT INTO %1$s (%1$s) VALUES ('optimize')",
                                                kind->search_table);
    }

  return kind;
}

static Kind *
kind_for (BounceStore *self,
          GType        record_type)
{
  Kind *kind = g_hash_table_lookup (self->kinds, GSIZE_TO_POINTER (record_type));

  if (kind == NULL)
    {
      kind = kind_new (record_type);
      g_hash_table_insert (self->kinds, GSIZE_TO_POINTER (record_type), kind);
    }

  return kind;
}

/* The statement, prepared on first use; on loan like prepare()'s. */
static BounceStatement *
kind_statement (BounceStore    *self,
                GType           record_type,
                KindStatement   which,
                GError        **error)
{
  Kind *kind = kind_for (self, record_type);

  g_return_val_if_fail (kind->sql[which] != NULL, NULL);

  if (kind->stmt[which] == NULL &&
      sqlite3_prepare_v3 (self->db, kind->sql[which], -1, SQLITE_PREPARE_PERSISTENT,
                          &kind->stmt[which], NULL) != SQLITE_OK)
    {
      set_sqlite_error (self, error);
      return NULL;
    }

  return kind->stmt[which];
}

/* The one tokenizer of every index: words split at what is not a letter, a number or a
 * mark (so that an Arabic word keeps its vowel marks inside it), folded to lower case,
 * and with the accents of Latin letters taken off: "prufung" finds "Prüfung". */
#define SEARCH_TOKENIZER "unicode61 remove_diacritics 2 categories 'L* N* Co Mn'"

/* Arabic is written with or without its short vowels, and alef with or without its
 * hamza: the index and the query both leave them out, so that either finds the other.
 * unicode61 folds neither. Each pair is what is replaced, and by what. */
static const char * const arabic_folds[][2] = {
  { "\u064B", "" }, { "\u064C", "" }, { "\u064D", "" }, { "\u064E", "" },
  { "\u064F", "" }, { "\u0650", "" }, { "\u0651", "" }, { "\u0652", "" },
  { "\u0670", "" }, { "\u0640", "" },   /* superscript alef, tatweel */
  { "\u0623", "\u0627" }, { "\u0625", "\u0627" }, { "\u0622", "\u0627" },
};

/* The SQL expression of @column folded as arabic_folds says, written with replace() so
 * that the triggers need no function of ours: another program writing the journal (the
 * sqlite3 shell, say) keeps the index in step too. */
static char *
fold_sql (const char *column)
{
  g_autoptr(GString) sql = g_string_new (column);

  for (guint i = 0; i < G_N_ELEMENTS (arabic_folds); i++)
    {
      g_string_prepend (sql, "replace(");
      g_string_append_printf (sql, ", '%s', '%s')", arabic_folds[i][0], arabic_folds[i][1]);
    }

  return g_string_free (g_steal_pointer (&sql), FALSE);
}

/* The query's side of arabic_folds. */
static char *
fold_text (const char *text)
{
  g_autoptr(GString) folded = g_string_new (text);

  for (guint i = 0; i < G_N_ELEMENTS (arabic_folds); i++)
    g_string_replace (folded, arabic_folds[i][0], arabic_folds[i][1], 0);

  return g_string_free (g_steal_pointer (&folded), FALSE);
}

/* ", fold(new.body), fold(new.note)" */
static char *
folded_words_list (BounceRecordClass *klass,
                   const char        *row)
{
  g_autoptr(GString) sql = g_string_new (NULL);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_autofree char *column = NULL;
      g_autofree char *folded = NULL;

      if (!bounce_record_field_is_words (klass->fields[i]))
        continue;

      column = g_strdelimit (g_strdup_printf ("%s%s", row, klass->fields[i]->name), "-", '_');
      folded = fold_sql (column);
      g_string_append_printf (sql, ", %s", folded);
    }

  return g_string_free (g_steal_pointer (&sql), FALSE);
}

/* Makes @record_type's index of words anew, from its class's fields of words: the FTS5
 * table (its content is the kind's own table, so no word is kept twice), the triggers
 * that keep it in step with every insert, change and delete, whoever makes them, and its
 * rows from what the table holds. Runs inside a migration's transaction. */
static gboolean
install_search (BounceStore  *self,
                GType         record_type,
                GError      **error)
{
  Kind *kind = kind_for (self, record_type);
  BounceRecordClass *klass = kind->klass;
  const char *table = klass->table;
  const char *search = kind->search_table;
  g_autofree char *columns = NULL;
  g_autofree char *old_words = NULL;
  g_autofree char *new_words = NULL;
  g_autofree char *row_words = NULL;
  g_autofree char *sql = NULL;

  if (search == NULL)
    return TRUE;

  columns = words_list (klass);
  old_words = folded_words_list (klass, "old.");
  new_words = folded_words_list (klass, "new.");
  row_words = folded_words_list (klass, "");
  sql = g_strdup_printf (
    "DROP TABLE IF EXISTS %2$s;"
    "CREATE VIRTUAL TABLE %2$s USING fts5 (%3$s, content = '%1$s', content_rowid = 'id',"
    "  tokenize = \"" SEARCH_TOKENIZER "\", prefix = '2 3', columnsize = 0);"
    "CREATE TRIGGER %2$s_insert AFTER INSERT ON %1$s BEGIN"
    "  INSERT INTO %2$s (rowid%4$s) VALUES (new.id%5$s);"
    "END;"
    "CREATE TRIGGER %2$s_delete AFTER DELETE ON %1$s BEGIN"
    "  INSERT INTO %2$s (%2$s, rowid%4$s) VALUES ('delete', old.id%6$s);"
    "END;"
    "CREATE TRIGGER %2$s_update AFTER UPDATE OF %3$s ON %1$s BEGIN"
    "  INSERT INTO %2$s (%2$s, rowid%4$s) VALUES ('delete', old.id%6$s);"
    "  INSERT INTO %2$s (rowid%4$s) VALUES (new.id%5$s);"
    "END;"
    "INSERT INTO %2$s (rowid%4$s) SELECT id%7$s FROM %1$s;",
    table, search, columns + 2, columns, new_words, old_words, row_words);

  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return set_sqlite_error (self, error);

  return TRUE;
}

/* Whether @record_type's index holds exactly the columns its class has words in. */
static gboolean
search_is_current (BounceStore *self,
                   GType        record_type)
{
  Kind *kind = kind_for (self, record_type);
  g_autofree char *pragma = NULL;
  g_autofree char *want = NULL;
  g_autoptr(GString) have = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int n_triggers;

  if (kind->search_table == NULL)
    return TRUE;

  want = words_list (kind->klass);
  pragma = g_strdup_printf ("PRAGMA table_info(%s)", kind->search_table);
  if (sqlite3_prepare_v2 (self->db, pragma, -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (have, ", %s", (const char *) sqlite3_column_text (stmt, 1));
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!g_str_equal (have->str, want))
    return FALSE;

  /* A table made anew (a step changing a CHECK, say) lost its triggers with the old one,
   * while the index, which only names its content table, stayed. */
  if (sqlite3_prepare_v2 (self->db,
                          "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                          " AND tbl_name = ?1 AND name IN (?2 || '_insert', ?2 || '_delete',"
                          " ?2 || '_update')",
                          -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  sqlite3_bind_text (stmt, 1, kind->klass->table, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, kind->search_table, -1, SQLITE_STATIC);
  n_triggers = sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int (stmt, 0) : 0;
  sqlite3_finalize (stmt);

  return n_triggers == 3;
}

/* Every kind whose index is missing or out of step with its class gets a new one: a
 * schema step that adds a kind, or words to a kind, needs nothing more. */
static gboolean
update_search (BounceStore  *self,
               GError      **error)
{
  guint n_kinds;
  const GType *kinds = bounce_kinds_get (&n_kinds);

  for (guint i = 0; i < n_kinds; i++)
    if (!search_is_current (self, kinds[i]) && !install_search (self, kinds[i], error))
      return FALSE;

  return TRUE;
}

/* Reads the rows @stmt steps through into records, and each row's place in @keys. */
static GPtrArray *
read_records (BounceStore        *self,
              BounceRecordClass  *klass,
              sqlite3_stmt       *stmt,
              GArray             *keys,
              GError            **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BounceRecord *record = record_from_row (klass, stmt, error);

      if (record == NULL)
        return NULL;
      g_ptr_array_add (records, record);

      if (keys != NULL)
        {
          BounceStoreKey key = {
            .created = sqlite3_column_int64 (stmt, 1),
            .id = sqlite3_column_int64 (stmt, 3 + klass->n_fields),
          };

          g_array_append_val (keys, key);
        }
    }

  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&records);
}

/**
 * bounce_store_load:
 * @record_type: a subclass of #BounceRecord
 *
 * Reads every record of a kind at once: for a rescue, a recovery or a test; the window's
 * lists read pages (bounce_store_load_page()).
 *
 * Returns: (transfer full) (element-type BounceRecord): every record of
 *   @record_type, newest first, or %NULL with @error set
 */
GPtrArray *
bounce_store_load (BounceStore  *self,
                   GType         record_type,
                   GError      **error)
{
  g_autoptr(BounceStatement) stmt = NULL;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (record_type, BOUNCE_TYPE_RECORD), NULL);

  if (!(stmt = kind_statement (self, record_type, KIND_LOAD_ALL, error)))
    return NULL;

  return read_records (self, kind_for (self, record_type)->klass, stmt, NULL, error);
}

/**
 * bounce_store_load_page:
 * @record_type: a subclass of #BounceRecord
 * @from: where the page starts
 * @key: (nullable): for %BOUNCE_STORE_PAGE_OLDER and %BOUNCE_STORE_PAGE_NEWER, the row the
 *   page is next to
 * @offset: for %BOUNCE_STORE_PAGE_NEWEST and %BOUNCE_STORE_PAGE_OLDEST, how many rows to
 *   pass over first
 * @limit: how many records at most
 * @keys: (out) (optional) (transfer full) (element-type BounceStoreKey): each record's place
 *
 * Reads a page of records, newest first whichever way it was read. Next to a row whose
 * place is known (keyset paging), the page is found in the index at once; by offset, the
 * index is walked up to it, from the nearer end.
 *
 * Returns: (transfer full) (element-type BounceRecord): the records, or %NULL with @error set
 */
GPtrArray *
bounce_store_load_page (BounceStore           *self,
                        GType                  record_type,
                        BounceStorePage        from,
                        const BounceStoreKey  *key,
                        guint                  offset,
                        guint                  limit,
                        GArray               **keys,
                        GError               **error)
{
  static const KindStatement statements[] = {
    [BOUNCE_STORE_PAGE_NEWEST] = KIND_PAGE_NEWEST,
    [BOUNCE_STORE_PAGE_OLDEST] = KIND_PAGE_OLDEST,
    [BOUNCE_STORE_PAGE_OLDER] = KIND_PAGE_OLDER,
    [BOUNCE_STORE_PAGE_NEWER] = KIND_PAGE_NEWER,
  };
  g_autoptr(BounceStatement) stmt = NULL;
  g_autoptr(GArray) page_keys = g_array_new (FALSE, FALSE, sizeof (BounceStoreKey));
  g_autoptr(GPtrArray) records = NULL;
  gboolean by_key = from == BOUNCE_STORE_PAGE_OLDER || from == BOUNCE_STORE_PAGE_NEWER;
  int rc;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (record_type, BOUNCE_TYPE_RECORD), NULL);
  g_return_val_if_fail (from <= BOUNCE_STORE_PAGE_NEWER, NULL);
  g_return_val_if_fail (!by_key || key != NULL, NULL);

  if (!(stmt = kind_statement (self, record_type, statements[from], error)))
    return NULL;

  rc = sqlite3_bind_int64 (stmt, 1, limit);
  if (by_key)
    {
      if (rc == SQLITE_OK)
        rc = sqlite3_bind_int64 (stmt, 2, key->created);
      if (rc == SQLITE_OK)
        rc = sqlite3_bind_int64 (stmt, 3, key->id);
    }
  else if (rc == SQLITE_OK)
    rc = sqlite3_bind_int64 (stmt, 2, offset);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self, error);
      return NULL;
    }

  if (!(records = read_records (self, kind_for (self, record_type)->klass, stmt, page_keys,
                                error)))
    return NULL;

  /* Read oldest first from the other end: turned round, as every page is given. */
  if ((from == BOUNCE_STORE_PAGE_OLDEST || from == BOUNCE_STORE_PAGE_NEWER) && records->len > 1)
    for (guint i = 0, j = records->len - 1; i < j; i++, j--)
      {
        BounceStoreKey key_i = g_array_index (page_keys, BounceStoreKey, i);
        gpointer record_i = records->pdata[i];

        g_array_index (page_keys, BounceStoreKey, i) = g_array_index (page_keys,
                                                                      BounceStoreKey, j);
        g_array_index (page_keys, BounceStoreKey, j) = key_i;
        records->pdata[i] = records->pdata[j];
        records->pdata[j] = record_i;
      }

  if (keys != NULL)
    *keys = g_steal_pointer (&page_keys);
  return g_steal_pointer (&records);
}

/**
 * bounce_store_load_one:
 * @record_type: a subclass of #BounceRecord
 * @uuid: the record's identity
 *
 * Returns: (transfer full): the record, or %NULL with @error set
 *   (%BOUNCE_STORE_ERROR_NOT_FOUND when there is no such record)
 */
BounceRecord *
bounce_store_load_one (BounceStore  *self,
                       GType         record_type,
                       const char   *uuid,
                       GError      **error)
{
  g_autoptr(BounceStatement) stmt = NULL;
  g_autoptr(GPtrArray) records = NULL;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  if (!(stmt = kind_statement (self, record_type, KIND_LOAD_ONE, error)))
    return NULL;

  if (sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC) != SQLITE_OK)
    {
      set_sqlite_error (self, error);
      return NULL;
    }

  if (!(records = read_records (self, kind_for (self, record_type)->klass, stmt, NULL, error)))
    return NULL;

  if (records->len == 0)
    {
      g_set_error_literal (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_NOT_FOUND,
                           _("that entry is no longer in the journal"));
      return NULL;
    }

  return g_object_ref (records->pdata[0]);
}

/* Runs a statement that gives one number. */
static gboolean
step_count (BounceStore   *self,
            sqlite3_stmt  *stmt,
            guint         *out,
            GError       **error)
{
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return set_sqlite_error (self, error);

  *out = (guint) MIN (sqlite3_column_int64 (stmt, 0), G_MAXUINT);
  return TRUE;
}

/**
 * bounce_store_count:
 * @n_records: (out): how many records of @record_type the journal holds
 */
gboolean
bounce_store_count (BounceStore  *self,
                    GType         record_type,
                    guint        *n_records,
                    GError      **error)
{
  g_autoptr(BounceStatement) stmt = NULL;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), FALSE);
  g_return_val_if_fail (n_records != NULL, FALSE);

  if (!(stmt = kind_statement (self, record_type, KIND_COUNT, error)))
    return FALSE;

  return step_count (self, stmt, n_records, error);
}

/**
 * bounce_store_position:
 * @position: (out): how many records of its kind are newer than @record: its place in a
 *   list of them, newest first. For a record whose row is not in the file, the place it
 *   would take.
 */
gboolean
bounce_store_position (BounceStore   *self,
                       BounceRecord  *record,
                       guint         *position,
                       GError       **error)
{
  g_autoptr(BounceStatement) stmt = NULL;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), FALSE);
  g_return_val_if_fail (BOUNCE_IS_RECORD (record), FALSE);
  g_return_val_if_fail (position != NULL, FALSE);

  if (!(stmt = kind_statement (self, G_OBJECT_TYPE (record), KIND_POSITION, error)))
    return FALSE;

  if (sqlite3_bind_int64 (stmt, 1, bounce_record_get_created (record)) != SQLITE_OK ||
      sqlite3_bind_text (stmt, 2, bounce_record_get_uuid (record), -1,
                         SQLITE_STATIC) != SQLITE_OK)
    return set_sqlite_error (self, error);

  return step_count (self, stmt, position, error);
}

/* The cached INSERT for @record, bound to it; the caller steps it (or resets it). */
static sqlite3_stmt *
bind_insert (BounceStore   *self,
             BounceRecord  *record,
             GError       **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = kind_statement (self, G_OBJECT_TYPE (record), KIND_INSERT, error)))
    return NULL;

  if (sqlite3_bind_text (stmt, 1, bounce_record_get_uuid (record), -1,
                         SQLITE_STATIC) != SQLITE_OK ||
      sqlite3_bind_int64 (stmt, 2, bounce_record_get_created (record)) != SQLITE_OK ||
      sqlite3_bind_int64 (stmt, 3, bounce_record_get_updated (record)) != SQLITE_OK ||
      !bind_fields (self, stmt, record, 4, error))
    {
      if (error != NULL && *error == NULL)
        set_sqlite_error (self, error);
      statement_return (stmt);
      return NULL;
    }

  return stmt;
}

/**
 * bounce_store_insert:
 *
 * Writes a new record, durably, before it returns %TRUE.
 */
gboolean
bounce_store_insert (BounceStore   *self,
                     BounceRecord  *record,
                     GError       **error)
{
  g_autoptr(BounceStatement) stmt = NULL;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), FALSE);
  g_return_val_if_fail (BOUNCE_IS_RECORD (record), FALSE);

  if (!(stmt = bind_insert (self, record, error)))
    return FALSE;

  return write_one (self, stmt, error);
}

/**
 * bounce_store_insert_all:
 * @records: (element-type BounceRecord): new records, of any kinds
 *
 * Writes every record of @records in one transaction: all of them, or, with @error
 * set, none. A record whose uuid is already in the journal fails it.
 */
gboolean
bounce_store_insert_all (BounceStore   *self,
                         GPtrArray     *records,
                         GError       **error)
{
  g_return_val_if_fail (BOUNCE_IS_STORE (self), FALSE);
  g_return_val_if_fail (records != NULL, FALSE);

  if (!begin (self, error))
    return FALSE;

  for (guint i = 0; i < records->len; i++)
    {
      g_autoptr(BounceStatement) stmt = bind_insert (self, records->pdata[i], error);

      if (stmt == NULL)
        return roll_back (self);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        {
          set_sqlite_error (self, error);
          return roll_back (self);
        }
    }

  if (!commit (self, error))
    return roll_back (self);

  checkpoint (self);
  return TRUE;
}

/**
 * bounce_store_foreach:
 * @record_type: a subclass of #BounceRecord
 * @func: called with each record, oldest first (by creation time, then uuid); returning
 *   %FALSE with its error set stops the walk
 *
 * Reads every record of a kind in the order an export keeps them, one at a time, so
 * that a journal of years is not held in memory whole.
 */
gboolean
bounce_store_foreach (BounceStore            *self,
                      GType                   record_type,
                      BounceStoreForeachFunc  func,
                      gpointer                user_data,
                      GError                **error)
{
  g_autoptr(BounceStatement) stmt = NULL;
  BounceRecordClass *klass;
  int rc;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_type_is_a (record_type, BOUNCE_TYPE_RECORD), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (!(stmt = kind_statement (self, record_type, KIND_LOAD_IN_ORDER, error)))
    return FALSE;

  klass = kind_for (self, record_type)->klass;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(BounceRecord) record = record_from_row (klass, stmt, error);

      if (record == NULL || !func (record, user_data, error))
        return FALSE;
    }

  if (rc != SQLITE_DONE)
    return set_sqlite_error (self, error);

  return TRUE;
}

/* How @record compares with its row: BOUNCE_STORE_MERGE_ADDED when there is none,
 * BOUNCE_STORE_MERGE_UPDATED when the row is older, else BOUNCE_STORE_MERGE_KEPT. */
static gboolean
merge_decision (BounceStore       *self,
                BounceRecord      *record,
                BounceStoreMerge  *decision,
                GError           **error)
{
  g_autoptr(BounceStatement) stmt = NULL;
  int rc;

  if (!(stmt = kind_statement (self, G_OBJECT_TYPE (record), KIND_UPDATED, error)))
    return FALSE;

  if (sqlite3_bind_text (stmt, 1, bounce_record_get_uuid (record), -1,
                         SQLITE_STATIC) != SQLITE_OK)
    return set_sqlite_error (self, error);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    *decision = BOUNCE_STORE_MERGE_ADDED;
  else if (rc == SQLITE_ROW)
    *decision = sqlite3_column_int64 (stmt, 0) < bounce_record_get_updated (record) ?
                BOUNCE_STORE_MERGE_UPDATED : BOUNCE_STORE_MERGE_KEPT;
  else
    return set_sqlite_error (self, error);

  return TRUE;
}

/* Writes @record's fields over its row with its own update time, not now's. */
static gboolean
overwrite (BounceStore   *self,
           BounceRecord  *record,
           GError       **error)
{
  BounceRecordClass *klass = BOUNCE_RECORD_GET_CLASS (record);
  g_autoptr(BounceStatement) stmt = NULL;

  if (!(stmt = kind_statement (self, G_OBJECT_TYPE (record), KIND_UPDATE, error)))
    return FALSE;

  if (sqlite3_bind_int64 (stmt, 1, bounce_record_get_updated (record)) != SQLITE_OK ||
      sqlite3_bind_text (stmt, 2 + klass->n_fields, bounce_record_get_uuid (record), -1,
                         SQLITE_STATIC) != SQLITE_OK)
    return set_sqlite_error (self, error);

  if (!bind_fields (self, stmt, record, 2, error))
    return FALSE;

  if (sqlite3_step (stmt) != SQLITE_DONE)
    return set_sqlite_error (self, error);

  return TRUE;
}

/* A mark one idea holds at a time (project A or B, the back-pocket project) goes with the
 * idea written last: a merged idea that holds one takes it from whichever idea held it
 * here, as marking it in the window would. */
static gboolean
release_marks (BounceStore   *self,
               BounceRecord  *record,
               GError       **error)
{
  static const char * const release[] = {
    "UPDATE ideas SET project = 0 WHERE project = ?1 AND uuid <> ?2",
    "UPDATE ideas SET back_pocket = 0 WHERE back_pocket = ?1 AND uuid <> ?2",
  };
  int marks[G_N_ELEMENTS (release)] = { 0, 0 };

  if (g_strcmp0 (BOUNCE_RECORD_GET_CLASS (record)->table, "ideas") != 0)
    return TRUE;

  g_object_get (record, "project", &marks[0], "back-pocket", &marks[1], NULL);
  for (guint i = 0; i < G_N_ELEMENTS (release); i++)
    {
      g_autoptr(BounceStatement) stmt = NULL;

      if (marks[i] == 0)
        continue;
      if (!(stmt = prepare (self, release[i], error)))
        return FALSE;
      if (sqlite3_bind_int (stmt, 1, marks[i]) != SQLITE_OK ||
          sqlite3_bind_text (stmt, 2, bounce_record_get_uuid (record), -1,
                             SQLITE_STATIC) != SQLITE_OK ||
          sqlite3_step (stmt) != SQLITE_DONE)
        return set_sqlite_error (self, error);
    }

  return TRUE;
}

/**
 * bounce_store_merge:
 * @records: (element-type BounceRecord): records of any kinds, from another copy of
 *   the journal
 * @decisions: (out) (optional) (transfer full) (element-type BounceStoreMerge): what
 *   was done with each record of @records, in their order
 *
 * Merges @records into the journal by uuid, in one transaction: a record the journal
 * lacks is added; one it holds is written over only when @records' copy was updated
 * later, and then with that copy's update time, so that merging the same records again
 * changes nothing. All of them, or, with @error set, none.
 */
gboolean
bounce_store_merge (BounceStore   *self,
                    GPtrArray     *records,
                    GArray       **decisions,
                    GError       **error)
{
  g_autoptr(GArray) done = NULL;
  guint n_written = 0;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), FALSE);
  g_return_val_if_fail (records != NULL, FALSE);

  done = g_array_sized_new (FALSE, FALSE, sizeof (BounceStoreMerge), records->len);
  if (!begin (self, error))
    return FALSE;

  for (guint i = 0; i < records->len; i++)
    {
      BounceRecord *record = records->pdata[i];
      BounceStoreMerge decision;

      if (!merge_decision (self, record, &decision, error))
        return roll_back (self);
      if (decision != BOUNCE_STORE_MERGE_KEPT && !release_marks (self, record, error))
        return roll_back (self);

      if (decision == BOUNCE_STORE_MERGE_ADDED)
        {
          g_autoptr(BounceStatement) stmt = bind_insert (self, record, error);

          if (stmt == NULL)
            return roll_back (self);
          if (sqlite3_step (stmt) != SQLITE_DONE)
            {
              set_sqlite_error (self, error);
              return roll_back (self);
            }
        }
      else if (decision == BOUNCE_STORE_MERGE_UPDATED && !overwrite (self, record, error))
        return roll_back (self);

      if (decision != BOUNCE_STORE_MERGE_KEPT)
        n_written++;
      g_array_append_val (done, decision);
    }

  if (!commit (self, error))
    return roll_back (self);

  if (n_written > 0)
    checkpoint (self);
  if (decisions != NULL)
    *decisions = g_steal_pointer (&done);
  return TRUE;
}

/* The cached UPDATE for @record, bound to it with @now as its time; the caller steps it. */
static sqlite3_stmt *
bind_update (BounceStore   *self,
             BounceRecord  *record,
             gint64         now,
             GError       **error)
{
  BounceRecordClass *klass = BOUNCE_RECORD_GET_CLASS (record);
  sqlite3_stmt *stmt;

  if (!(stmt = kind_statement (self, G_OBJECT_TYPE (record), KIND_UPDATE, error)))
    return NULL;

  if (sqlite3_bind_int64 (stmt, 1, now) != SQLITE_OK ||
      sqlite3_bind_text (stmt, 2 + klass->n_fields, bounce_record_get_uuid (record), -1,
                         SQLITE_STATIC) != SQLITE_OK ||
      !bind_fields (self, stmt, record, 2, error))
    {
      if (error != NULL && *error == NULL)
        set_sqlite_error (self, error);
      statement_return (stmt);
      return NULL;
    }

  return stmt;
}

/**
 * bounce_store_update:
 *
 * Writes the record's fields over its row and stamps it as updated now.
 */
gboolean
bounce_store_update (BounceStore   *self,
                     BounceRecord  *record,
                     GError       **error)
{
  g_autoptr(BounceStatement) stmt = NULL;
  gint64 now;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), FALSE);
  g_return_val_if_fail (BOUNCE_IS_RECORD (record), FALSE);

  /* Never backwards, even if the clock was set back since the last save. */
  now = MAX (g_get_real_time (), bounce_record_get_updated (record));

  if (!(stmt = bind_update (self, record, now, error)))
    return FALSE;

  if (!write_one (self, stmt, error))
    return FALSE;

  bounce_record_set_updated (record, now);
  return TRUE;
}

/* A deleted record's words leave its kind's search index only when the index's segments
 * are merged: this merges them all, at once. A failure leaves them for the next delete. */
static void
forget_deleted_words (BounceStore *self,
                      GType        record_type)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceStatement) stmt = NULL;

  if (kind_for (self, record_type)->search_table == NULL)
    return;

  if (!(stmt = kind_statement (self, record_type, KIND_FORGET, &error)) ||
      !begin (self, &error))
    {
      g_debug ("The search index keeps a deleted entry's words for now: %s", error->message);
      return;
    }

  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      set_sqlite_error (self, &error);
      g_debug ("The search index keeps a deleted entry's words for now: %s", error->message);
      roll_back (self);
      return;
    }

  if (!commit (self, &error))
    {
      g_debug ("The search index keeps a deleted entry's words for now: %s", error->message);
      roll_back (self);
    }
}

gboolean
bounce_store_delete (BounceStore   *self,
                     BounceRecord  *record,
                     GError       **error)
{
  g_autoptr(BounceStatement) stmt = NULL;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), FALSE);
  g_return_val_if_fail (BOUNCE_IS_RECORD (record), FALSE);

  if (!(stmt = kind_statement (self, G_OBJECT_TYPE (record), KIND_DELETE, error)))
    return FALSE;

  if (sqlite3_bind_text (stmt, 1, bounce_record_get_uuid (record), -1, SQLITE_STATIC) != SQLITE_OK)
    return set_sqlite_error (self, error);

  if (!write_one (self, stmt, error))
    return FALSE;

  /* With secure_delete the words are gone from the table and, once merged, from the
   * search index; the -wal still holds them until it is checkpointed and emptied. */
  forget_deleted_words (self, G_OBJECT_TYPE (record));
  checkpoint (self);
  return TRUE;
}

/**
 * bounce_store_write:
 * @writes: (array length=n_writes): what to write, in order
 *
 * Writes records of any kinds in one transaction: all of it, or, with @error set,
 * nothing. An update or a delete must find its row (else
 * %BOUNCE_STORE_ERROR_NOT_FOUND); an update stamps its record as updated now. For
 * what is one change to the person and several rows to the file: a switch between
 * projects (the note on the one left, and the switch), an aspect deleted with its
 * ratings, a step done (the step, and the idea's next step cleared).
 */
gboolean
bounce_store_write (BounceStore             *self,
                    const BounceStoreWrite  *writes,
                    guint                    n_writes,
                    GError                 **error)
{
  gint64 now = g_get_real_time ();
  gboolean deleted = FALSE;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), FALSE);
  g_return_val_if_fail (writes != NULL || n_writes == 0, FALSE);

  for (guint i = 0; i < n_writes; i++)
    if (writes[i].change == BOUNCE_STORE_UPDATE)
      now = MAX (now, bounce_record_get_updated (writes[i].record));

  if (!begin (self, error))
    return FALSE;

  for (guint i = 0; i < n_writes; i++)
    {
      BounceRecord *record = writes[i].record;
      g_autoptr(BounceStatement) stmt = NULL;

      switch (writes[i].change)
        {
        case BOUNCE_STORE_INSERT:
          stmt = bind_insert (self, record, error);
          break;
        case BOUNCE_STORE_UPDATE:
          stmt = bind_update (self, record, now, error);
          break;
        case BOUNCE_STORE_DELETE:
          if ((stmt = kind_statement (self, G_OBJECT_TYPE (record), KIND_DELETE, error)) &&
              sqlite3_bind_text (stmt, 1, bounce_record_get_uuid (record), -1,
                                 SQLITE_STATIC) != SQLITE_OK)
            {
              set_sqlite_error (self, error);
              return roll_back (self);
            }
          deleted = TRUE;
          break;
        default:
          g_return_val_if_reached (roll_back (self));
        }

      if (stmt == NULL)
        return roll_back (self);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        {
          set_sqlite_error (self, error);
          return roll_back (self);
        }
      if (sqlite3_changes (self->db) != 1)
        {
          g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_NOT_FOUND,
                       _("that entry is no longer in the journal"));
          return roll_back (self);
        }
    }

  if (!commit (self, error))
    return roll_back (self);

  for (guint i = 0; i < n_writes; i++)
    {
      if (writes[i].change == BOUNCE_STORE_UPDATE)
        bounce_record_set_updated (writes[i].record, now);
      else if (writes[i].change == BOUNCE_STORE_DELETE)
        forget_deleted_words (self, G_OBJECT_TYPE (writes[i].record));
    }

  if (deleted || self->wal_frames >= CHECKPOINT_FRAMES)
    checkpoint (self);
  return TRUE;
}

/**
 * bounce_store_load_by_reference:
 * @record_type: a kind of record
 * @field: the name of one of its reference fields
 * @uuid: the record referred to
 *
 * The parts of a record: the aspects of a goal, the ratings or the steps of an idea.
 *
 * Returns: (transfer full) (element-type BounceRecord): the records of @record_type whose
 *   @field refers to @uuid, oldest first, or %NULL with @error set
 */
GPtrArray *
bounce_store_load_by_reference (BounceStore  *self,
                                GType         record_type,
                                const char   *field,
                                const char   *uuid,
                                GError      **error)
{
  g_autoptr(BounceStatement) stmt = NULL;
  g_autofree char *column = NULL;
  g_autofree char *sql = NULL;
  GParamSpec *pspec;
  Kind *kind;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (record_type, BOUNCE_TYPE_RECORD), NULL);
  g_return_val_if_fail (field != NULL && uuid != NULL, NULL);

  kind = kind_for (self, record_type);
  pspec = g_object_class_find_property (G_OBJECT_CLASS (kind->klass), field);
  /* Only a field's name goes into the SQL: one of the class's references. */
  g_return_val_if_fail (pspec != NULL &&
                        bounce_record_field_get_reference_type (pspec) != G_TYPE_INVALID, NULL);

  column = g_strdelimit (g_strdup (pspec->name), "-", '_');
  sql = g_strdup_printf ("%s WHERE %s = ?1 ORDER BY created, id", kind->select, column);
  if (!(stmt = prepare (self, sql, error)))
    return NULL;

  if (sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC) != SQLITE_OK)
    {
      set_sqlite_error (self, error);
      return NULL;
    }

  return read_records (self, kind->klass, stmt, NULL, error);
}

/**
 * bounce_store_load_goal_ratings:
 * @goal_uuid: a goal
 *
 * Every rating of every idea against the aspects of one goal: what the ideas' scores are
 * made of. A rating whose aspect is gone is not among them.
 *
 * Returns: (transfer full) (element-type BounceRating): the ratings, oldest first, or
 *   %NULL with @error set
 */
GPtrArray *
bounce_store_load_goal_ratings (BounceStore  *self,
                                const char   *goal_uuid,
                                GError      **error)
{
  g_autoptr(BounceStatement) stmt = NULL;
  g_autofree char *sql = NULL;
  GType rating_type = BOUNCE_TYPE_RATING;
  Kind *kind;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), NULL);
  g_return_val_if_fail (goal_uuid != NULL, NULL);
  g_return_val_if_fail (rating_type != G_TYPE_INVALID, NULL);

  kind = kind_for (self, rating_type);
  sql = g_strdup_printf ("%s WHERE aspect IN (SELECT uuid FROM aspects WHERE goal = ?1)"
                         " ORDER BY created, id", kind->select);
  if (!(stmt = prepare (self, sql, error)))
    return NULL;

  if (sqlite3_bind_text (stmt, 1, goal_uuid, -1, SQLITE_STATIC) != SQLITE_OK)
    {
      set_sqlite_error (self, error);
      return NULL;
    }

  return read_records (self, kind->klass, stmt, NULL, error);
}

/* The uuid the one-row query @sql finds, given @value; NULL with no error for none. */
static char *
dup_uuid_where (BounceStore  *self,
                const char   *sql,
                int           value,
                GError      **error)
{
  g_autoptr(BounceStatement) stmt = NULL;
  int rc;

  if (!(stmt = prepare (self, sql, error)))
    return NULL;

  if (sqlite3_bind_int (stmt, 1, value) != SQLITE_OK)
    {
      set_sqlite_error (self, error);
      return NULL;
    }

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    set_sqlite_error (self, error);
  return NULL;
}

/**
 * bounce_store_dup_project_uuid:
 * @project: 1 for project A, 2 for project B (a #BounceIdeaProject)
 *
 * Returns: (transfer full) (nullable): the uuid of the idea that is @project; %NULL
 *   when none is, or with @error set
 */
char *
bounce_store_dup_project_uuid (BounceStore  *self,
                               int           project,
                               GError      **error)
{
  g_return_val_if_fail (BOUNCE_IS_STORE (self), NULL);
  g_return_val_if_fail (project > 0, NULL);

  return dup_uuid_where (self, "SELECT uuid FROM ideas WHERE project = ?1", project, error);
}

/**
 * bounce_store_dup_back_pocket_uuid:
 *
 * Returns: (transfer full) (nullable): the uuid of the back-pocket project; %NULL when
 *   there is none, or with @error set
 */
char *
bounce_store_dup_back_pocket_uuid (BounceStore  *self,
                                   GError      **error)
{
  g_return_val_if_fail (BOUNCE_IS_STORE (self), NULL);

  return dup_uuid_where (self, "SELECT uuid FROM ideas WHERE back_pocket = ?1", 1, error);
}

void
bounce_search_hit_free (BounceSearchHit *hit)
{
  if (hit == NULL)
    return;

  g_free (hit->uuid);
  g_free (hit->snippet);
  g_free (hit);
}

/* What the person typed, as an FTS5 query that cannot be malformed: each word quoted,
 * so that nothing in it is an operator, and found by its beginning too (but not from one
 * letter, which would walk a great part of the index). "" when nothing in it is a word. */
static char *
search_query (const char *text)
{
  g_autofree char *folded = fold_text (text);
  g_auto(GStrv) pieces = g_strsplit_set (folded, " \t\n\r", -1);
  g_autoptr(GString) query = g_string_new (NULL);

  for (guint i = 0; pieces[i] != NULL; i++)
    {
      g_autoptr(GString) quoted = g_string_new (pieces[i]);
      gboolean has_word = FALSE;

      for (const char *c = pieces[i]; *c != '\0'; c = g_utf8_next_char (c))
        has_word = has_word || g_unichar_isalnum (g_utf8_get_char (c));
      if (!has_word)
        continue;

      g_string_replace (quoted, "\"", "\"\"", 0);
      g_string_append_printf (query, "%s\"%s\"%s", query->len > 0 ? " " : "", quoted->str,
                              g_utf8_strlen (pieces[i], -1) > 1 ? "*" : "");
    }

  return g_string_free (g_steal_pointer (&query), FALSE);
}

static int
compare_hits_newest_first (gconstpointer a,
                           gconstpointer b)
{
  const BounceSearchHit *hit_a = *(BounceSearchHit * const *) a;
  const BounceSearchHit *hit_b = *(BounceSearchHit * const *) b;

  return (hit_a->created < hit_b->created) - (hit_a->created > hit_b->created);
}

/**
 * bounce_store_search:
 * @text: the words to look for, as the person typed them: every word must be in the record,
 *   in any of its fields of words, or a word beginning with it; case, the accents of Latin
 *   letters, and Arabic's short vowels and hamza on alef make no difference
 * @limit: how many records at most
 *
 * Looks for @text in every kind's index of words.
 *
 * Returns: (transfer full) (element-type BounceSearchHit): the records found, newest first
 *   (empty for a text with no word in it), or %NULL with @error set
 */
GPtrArray *
bounce_store_search (BounceStore  *self,
                     const char   *text,
                     guint         limit,
                     GError      **error)
{
  g_autoptr(GPtrArray) hits = NULL;
  g_autofree char *query = NULL;
  guint n_kinds;
  const GType *kinds = bounce_kinds_get (&n_kinds);

  g_return_val_if_fail (BOUNCE_IS_STORE (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  hits = g_ptr_array_new_with_free_func ((GDestroyNotify) bounce_search_hit_free);
  query = search_query (text);
  if (*query == '\0' || limit == 0)
    return g_steal_pointer (&hits);

  /* Each kind gives its newest matches; together, the newest of them all are kept. */
  for (guint i = 0; i < n_kinds; i++)
    {
      g_autoptr(BounceStatement) stmt = NULL;
      int rc;

      if (kind_for (self, kinds[i])->search_table == NULL)
        continue;

      if (!(stmt = kind_statement (self, kinds[i], KIND_SEARCH, error)))
        return NULL;

      if (sqlite3_bind_text (stmt, 1, query, -1, SQLITE_STATIC) != SQLITE_OK ||
          sqlite3_bind_int64 (stmt, 2, limit) != SQLITE_OK ||
          sqlite3_bind_text (stmt, 3, BOUNCE_SEARCH_MATCH_START, -1, SQLITE_STATIC) != SQLITE_OK ||
          sqlite3_bind_text (stmt, 4, BOUNCE_SEARCH_MATCH_END, -1, SQLITE_STATIC) != SQLITE_OK)
        {
          set_sqlite_error (self, error);
          return NULL;
        }

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          BounceSearchHit *hit = g_new0 (BounceSearchHit, 1);

          hit->kind = kinds[i];
          hit->uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          hit->created = sqlite3_column_int64 (stmt, 1);
          hit->snippet = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
          g_ptr_array_add (hits, hit);
        }

      if (rc != SQLITE_DONE)
        {
          set_sqlite_error (self, error);
          return NULL;
        }
    }

  g_ptr_array_sort (hits, compare_hits_newest_first);
  if (hits->len > limit)
    g_ptr_array_set_size (hits, limit);

  return g_steal_pointer (&hits);
}

/**
 * bounce_store_focus_goal:
 * @uuid: the goal to put in focus
 *
 * Puts one goal in focus and takes the focus from every other, in one statement, so that
 * the file never holds two goals in focus, nor none after a goal was focused. A focus is
 * a setting: the goals' "updated" stays as it was.
 *
 * Returns: %TRUE when @uuid is in focus; %FALSE with %BOUNCE_STORE_ERROR_NOT_FOUND,
 *   changing nothing, when there is no goal @uuid, or with another @error
 */
gboolean
bounce_store_focus_goal (BounceStore  *self,
                         const char   *uuid,
                         GError      **error)
{
  g_autoptr(BounceStatement) stmt = NULL;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);

  if (!(stmt = prepare (self,
                        "UPDATE goals SET in_focus = (uuid = ?1)"
                        " WHERE EXISTS (SELECT 1 FROM goals WHERE uuid = ?1)",
                        error)))
    return FALSE;

  if (sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC) != SQLITE_OK)
    return set_sqlite_error (self, error);

  return write_rows (self, stmt, FALSE, error);
}

/**
 * bounce_store_dup_focus_goal_uuid:
 *
 * Returns: (transfer full) (nullable): the uuid of the goal in focus; when none is (goals
 *   all added without), the newest goal's; %NULL when there is no goal, or with @error set
 */
char *
bounce_store_dup_focus_goal_uuid (BounceStore  *self,
                                  GError      **error)
{
  g_autoptr(BounceStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), NULL);

  if (!(stmt = prepare (self,
                        "SELECT uuid FROM goals ORDER BY in_focus DESC, created DESC, id DESC"
                        " LIMIT 1",
                        error)))
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    set_sqlite_error (self, error);
  return NULL;
}

/**
 * bounce_store_dup_journal_id:
 *
 * Returns: (transfer full): the journal's own random identity, made when it was created
 */
char *
bounce_store_dup_journal_id (BounceStore  *self,
                             GError      **error)
{
  g_autoptr(BounceStatement) stmt = NULL;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), NULL);

  if (!(stmt = prepare (self, "SELECT journal_id FROM journal WHERE id = 1", error)))
    return NULL;

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      set_sqlite_error (self, error);
      return NULL;
    }

  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

/**
 * bounce_store_log_nudge:
 * @nudge_id: the catalogue's id of the reminder
 * @sent: when it was shown, Unix time in seconds
 * @out_id: (out) (optional): the log entry, for bounce_store_answer_nudge()
 *
 * Keeps that a reminder was sent. The log holds no journal text, only the catalogue's id.
 */
gboolean
bounce_store_log_nudge (BounceStore  *self,
                        const char   *nudge_id,
                        gint64        sent,
                        gint64       *out_id,
                        GError      **error)
{
  g_autoptr(BounceStatement) stmt = NULL;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), FALSE);
  g_return_val_if_fail (nudge_id != NULL, FALSE);

  if (!(stmt = prepare (self, "INSERT INTO nudge_log (nudge, sent) VALUES (?, ?)", error)))
    return FALSE;

  if (sqlite3_bind_text (stmt, 1, nudge_id, -1, SQLITE_STATIC) != SQLITE_OK ||
      sqlite3_bind_int64 (stmt, 2, sent) != SQLITE_OK)
    return set_sqlite_error (self, error);

  if (!write_one (self, stmt, error))
    return FALSE;

  if (out_id != NULL)
    *out_id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

/**
 * bounce_store_answer_nudge:
 * @id: the entry from bounce_store_log_nudge()
 *
 * Keeps how the person answered a reminder. A later answer replaces an earlier one.
 */
gboolean
bounce_store_answer_nudge (BounceStore        *self,
                           gint64              id,
                           BounceNudgeAnswer   answer,
                           gint64              answered,
                           GError            **error)
{
  g_autoptr(BounceStatement) stmt = NULL;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), FALSE);
  g_return_val_if_fail (answer >= BOUNCE_NUDGE_UNANSWERED && answer <= BOUNCE_NUDGE_NOT_TODAY,
                        FALSE);

  if (!(stmt = prepare (self, "UPDATE nudge_log SET answer = ?, answered = ? WHERE id = ?",
                        error)))
    return FALSE;

  if (sqlite3_bind_int (stmt, 1, answer) != SQLITE_OK ||
      sqlite3_bind_int64 (stmt, 2, answered) != SQLITE_OK ||
      sqlite3_bind_int64 (stmt, 3, id) != SQLITE_OK)
    return set_sqlite_error (self, error);

  return write_one (self, stmt, error);
}

static void
nudge_sent_clear (gpointer data)
{
  BounceNudgeSent *sent = data;

  g_free ((char *) sent->nudge_id);
}

/**
 * bounce_store_load_nudges:
 * @max: how many of the newest entries to read
 *
 * Returns: (transfer full) (element-type BounceNudgeSent): the newest @max reminders sent,
 *   oldest first, as bounce_schedule_next() wants them; each owns its nudge_id
 */
GArray *
bounce_store_load_nudges (BounceStore  *self,
                          guint         max,
                          GError      **error)
{
  g_autoptr(BounceStatement) stmt = NULL;
  g_autoptr(GArray) log = NULL;
  int rc;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), NULL);

  if (!(stmt = prepare (self,
                        "SELECT nudge, sent, answer, answered FROM ("
                        "  SELECT id, nudge, sent, answer, answered FROM nudge_log"
                        "  ORDER BY sent DESC, id DESC LIMIT ?)"
                        " ORDER BY sent, id",
                        error)))
    return NULL;

  if (sqlite3_bind_int64 (stmt, 1, max) != SQLITE_OK)
    {
      set_sqlite_error (self, error);
      return NULL;
    }

  log = g_array_new (FALSE, TRUE, sizeof (BounceNudgeSent));
  g_array_set_clear_func (log, nudge_sent_clear);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BounceNudgeSent sent = {
        .nudge_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
        .sent = sqlite3_column_int64 (stmt, 1),
        .answer = CLAMP (sqlite3_column_int (stmt, 2), BOUNCE_NUDGE_UNANSWERED,
                         BOUNCE_NUDGE_NOT_TODAY),
        .answered = sqlite3_column_int64 (stmt, 3),
      };

      g_array_append_val (log, sent);
    }

  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&log);
}

/**
 * bounce_store_load_moods:
 * @since: the earliest time to read, in µs since the epoch; 0 for all
 *
 * The mood check-ins with a score, for the healing curve and the support card,
 * without making a record of each.
 *
 * Returns: (transfer full) (element-type BounceMoodPoint): the check-ins made at
 *   or after @since, oldest first
 */
GArray *
bounce_store_load_moods (BounceStore  *self,
                         gint64        since,
                         GError      **error)
{
  g_autoptr(BounceStatement) stmt = NULL;
  g_autoptr(GArray) points = NULL;
  int rc;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), NULL);

  if (!(stmt = prepare (self,
                        "SELECT created, score FROM checkins"
                        " WHERE created >= ? AND score BETWEEN 1 AND 5"
                        " ORDER BY created, id",
                        error)))
    return NULL;

  if (sqlite3_bind_int64 (stmt, 1, since) != SQLITE_OK)
    {
      set_sqlite_error (self, error);
      return NULL;
    }

  points = g_array_new (FALSE, TRUE, sizeof (BounceMoodPoint));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BounceMoodPoint point = {
        .created = sqlite3_column_int64 (stmt, 0),
        .score = sqlite3_column_int (stmt, 1),
      };

      g_array_append_val (points, point);
    }

  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&points);
}

/* One count of bounce_store_load_months() over [@start, @end): how many rows, how many of
 * them scored, and the sum of the scores. Each reads its kind's `created` index over that
 * month alone, so a journal of many years costs no more than the months asked for. */
static gboolean
count_between (BounceStore  *self,
               const char   *sql,
               gint64        start,
               gint64        end,
               guint        *count,
               guint        *scored,
               double       *total,
               GError      **error)
{
  g_autoptr(BounceStatement) stmt = NULL;

  if (!(stmt = prepare (self, sql, error)))
    return FALSE;

  if (sqlite3_bind_int64 (stmt, 1, start) != SQLITE_OK ||
      sqlite3_bind_int64 (stmt, 2, end) != SQLITE_OK)
    return set_sqlite_error (self, error);

  if (sqlite3_step (stmt) != SQLITE_ROW)
    return set_sqlite_error (self, error);

  *count = sqlite3_column_int (stmt, 0);
  if (scored != NULL)
    *scored = sqlite3_column_int (stmt, 1);
  if (total != NULL)
    *total = sqlite3_column_double (stmt, 2);
  return TRUE;
}

/* The start of month @index (months since January of year 0) in @tz, in µs; 0 for a
 * time GDateTime cannot hold. A midnight that the clocks skip is moved past the gap. */
static gint64
month_start (GTimeZone *tz,
             int        index)
{
  g_autoptr(GDateTime) start = g_date_time_new (tz, index / 12, index % 12 + 1, 1, 0, 0, 0);

  return start != NULL ? g_date_time_to_unix (start) * G_USEC_PER_SEC : 0;
}

/**
 * bounce_store_load_months:
 * @now: the present moment, in the time zone whose calendar the months follow (the
 *   person's own: g_date_time_new_now_local())
 * @n_months: how many months to read, the month of @now the last of them
 *
 * What the person did month by month, for "Then and Now": counts of each kind made in
 * each month, without making a record of any. A month in which nothing was written is
 * there too, all zeros. Records are counted by when they were made.
 *
 * Returns: (transfer full) (element-type BounceMonth): @n_months months, oldest first,
 *   or %NULL with @error set
 */
GArray *
bounce_store_load_months (BounceStore  *self,
                          GDateTime    *now,
                          guint         n_months,
                          GError      **error)
{
  g_autoptr(GArray) months = NULL;
  GTimeZone *tz;
  int last;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (n_months > 0 && n_months <= 1200, NULL);

  tz = g_date_time_get_timezone (now);
  last = g_date_time_get_year (now) * 12 + g_date_time_get_month (now) - 1;
  months = g_array_sized_new (FALSE, TRUE, sizeof (BounceMonth), n_months);

  for (int index = last - (int) n_months + 1; index <= last; index++)
    {
      BounceMonth month = {
        .year = index / 12,
        .month = index % 12 + 1,
        .start = month_start (tz, index),
        .end = month_start (tz, index + 1),
      };
      double mood_total = 0;

      /* What counts is what the journal keeps: a record left blank is dropped. */
      if (!count_between (self,
                          "SELECT count(*) FROM grief_entries"
                          " WHERE created >= ? AND created < ? AND body <> ''",
                          month.start, month.end, &month.pages, NULL, NULL, error) ||
          !count_between (self,
                          "SELECT count(*), count(nullif (score, 0)), total(score)"
                          " FROM checkins"
                          " WHERE created >= ? AND created < ?"
                          " AND (score > 0 OR feelings <> '' OR note <> '')",
                          month.start, month.end, &month.checkins, &month.moods, &mood_total,
                          error) ||
          !count_between (self,
                          "SELECT count(*) FROM thanks"
                          " WHERE created >= ? AND created < ?"
                          " AND (tried <> '' OR learned_subject <> '' OR learned_self <> ''"
                          " OR treat <> '' OR treat_given)",
                          month.start, month.end, &month.thanks, NULL, NULL, error) ||
          !count_between (self,
                          "SELECT count(*) FROM steps WHERE created >= ? AND created < ?",
                          month.start, month.end, &month.steps, NULL, NULL, error) ||
          /* An idea is tried after it is made: its `created` bounds the rows to read,
           * through the index, as `tried` has none. */
          !count_between (self,
                          "SELECT count(*) FROM ideas"
                          " WHERE created < ?2 AND tried >= ?1 AND tried < ?2",
                          month.start, month.end, &month.ideas_tried, NULL, NULL, error))
        return NULL;

      if (month.moods > 0)
        month.mood_average = mood_total / month.moods;
      g_array_append_val (months, month);
    }

  return g_steal_pointer (&months);
}

/**
 * bounce_store_count_statements:
 *
 * Returns: how many prepared statements the connection holds: each is made once, so
 *   the same work done again adds none (for the tests)
 */
int
bounce_store_count_statements (BounceStore *self)
{
  sqlite3_stmt *stmt = NULL;
  int n = 0;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), 0);

  while ((stmt = sqlite3_next_stmt (self->db, stmt)) != NULL)
    n++;
  return n;
}

/**
 * bounce_store_count_steps:
 * @full_scan_steps: (out) (optional): how many of them stepped through a scan of a whole
 *   table, which a query that uses an index never does
 *
 * How much work the connection's statements have done since each was prepared: a query
 * that reads an index over a range costs steps in proportion to the rows in the range,
 * whatever else the table holds (for the tests).
 *
 * Returns: the virtual machine steps of every statement prepared
 */
gint64
bounce_store_count_steps (BounceStore *self,
                          gint64      *full_scan_steps)
{
  sqlite3_stmt *stmt = NULL;
  gint64 steps = 0, full_scans = 0;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), 0);

  while ((stmt = sqlite3_next_stmt (self->db, stmt)) != NULL)
    {
      steps += sqlite3_stmt_status (stmt, SQLITE_STMTSTATUS_VM_STEP, FALSE);
      full_scans += sqlite3_stmt_status (stmt, SQLITE_STMTSTATUS_FULLSCAN_STEP, FALSE);
    }
  if (full_scan_steps != NULL)
    *full_scan_steps = full_scans;
  return steps;
}

/**
 * bounce_store_has_moods:
 * @any: (out): whether any check-in has a mood (a score)
 */
gboolean
bounce_store_has_moods (BounceStore  *self,
                        gboolean     *any,
                        GError      **error)
{
  int exists = 0;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), FALSE);
  g_return_val_if_fail (any != NULL, FALSE);

  if (!query_int (self, "SELECT EXISTS (SELECT 1 FROM checkins WHERE score > 0)", &exists,
                  error))
    return FALSE;

  *any = exists != 0;
  return TRUE;
}

static void
clear_coping_total (gpointer data)
{
  BounceCopingTotal *total = data;

  g_clear_pointer (&total->activity, g_free);
}

/**
 * bounce_store_sum_coping:
 * @since: the earliest time to count, in µs since the epoch; 0 for all
 *
 * The coping log summed up per activity, for its kind summary. An entry with
 * neither an activity nor minutes (one just started) is left out.
 *
 * Returns: (transfer full) (element-type BounceCopingTotal): one total per
 *   activity of the entries made at or after @since, the most minutes first
 *   (then the most entries, then by id)
 */
GArray *
bounce_store_sum_coping (BounceStore  *self,
                         gint64        since,
                         GError      **error)
{
  g_autoptr(BounceStatement) stmt = NULL;
  g_autoptr(GArray) totals = NULL;
  int rc;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), NULL);

  if (!(stmt = prepare (self,
                        "SELECT activity, sum(minutes) AS total, count(*) AS n FROM coping"
                        " WHERE created >= ? AND (activity <> '' OR minutes > 0)"
                        " GROUP BY activity"
                        " ORDER BY total DESC, n DESC, activity",
                        error)))
    return NULL;

  if (sqlite3_bind_int64 (stmt, 1, since) != SQLITE_OK)
    {
      set_sqlite_error (self, error);
      return NULL;
    }

  totals = g_array_new (FALSE, TRUE, sizeof (BounceCopingTotal));
  g_array_set_clear_func (totals, clear_coping_total);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BounceCopingTotal total = {
        .activity = g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
        .minutes = sqlite3_column_int64 (stmt, 1),
        .count = sqlite3_column_int (stmt, 2),
      };

      g_array_append_val (totals, total);
    }

  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&totals);
}

/* A column of a journal older than @before, read as a migration step would have made
 * it: a rescue reads such a file as it is, with no step run on it. */
typedef struct
{
  int         before;
  const char *table;
  const char *column;
  const char *expression;
} RescueRead;

static const RescueRead rescue_reads[] = {
  /* Step 6: "let go" moved from 3 to 4, for "done" to come before it; an idea past
   * dreaming was tried when it last changed. */
  { 6, "ideas", "status", "CASE status WHEN 3 THEN 4 ELSE status END" },
  { 6, "ideas", "tried", "CASE WHEN status > 0 THEN updated END" },
};

/* ", title, '' AS story": like column_list(), but a field whose column the table does
 * not have (a journal of an older version, rescued as it is) reads as its default, or
 * as the migration to this version would have made it. */
static char *
rescue_column_list (sqlite3           *db,
                    int                version,
                    BounceRecordClass *klass)
{
  g_autoptr(GString) sql = g_string_new (NULL);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      GParamSpec *pspec = klass->fields[i];
      g_autofree char *column = g_strdelimit (g_strdup (pspec->name), "-", '_');
      g_auto(GValue) fallback = G_VALUE_INIT;
      const RescueRead *read = NULL;

      for (guint r = 0; version > 0 && r < G_N_ELEMENTS (rescue_reads); r++)
        if (version < rescue_reads[r].before &&
            g_str_equal (rescue_reads[r].table, klass->table) &&
            g_str_equal (rescue_reads[r].column, column))
          read = &rescue_reads[r];
      if (read != NULL)
        {
          g_string_append_printf (sql, ", %s", read->expression);
          continue;
        }

      if (sqlite3_table_column_metadata (db, NULL, klass->table, column,
                                         NULL, NULL, NULL, NULL, NULL) == SQLITE_OK)
        {
          g_string_append_printf (sql, ", %s", column);
          continue;
        }

      g_value_init (&fallback, pspec->value_type);
      g_param_value_set_default (pspec, &fallback);
      switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
        {
        case G_TYPE_STRING:
          g_string_append (sql, bounce_record_field_get_reference_type (pspec) != G_TYPE_INVALID
                                ? ", NULL" : ", ''");
          break;
        case G_TYPE_BOOLEAN:
          g_string_append_printf (sql, ", %d", g_value_get_boolean (&fallback));
          break;
        case G_TYPE_INT:
          g_string_append_printf (sql, ", %d", g_value_get_int (&fallback));
          break;
        case G_TYPE_ENUM:
          g_string_append_printf (sql, ", %d", g_value_get_enum (&fallback));
          break;
        case G_TYPE_INT64:
          g_string_append_printf (sql, ", %" G_GINT64_FORMAT, g_value_get_int64 (&fallback));
          break;
        case G_TYPE_DOUBLE:
          {
            char number[G_ASCII_DTOSTR_BUF_SIZE];

            /* Not printf: a German locale would write a decimal comma. */
            g_string_append_printf (sql, ", %s",
                                    g_ascii_dtostr (number, sizeof number,
                                                    g_value_get_double (&fallback)));
          }
          break;
        default:
          g_string_append (sql, ", NULL");
        }
    }

  return g_string_free (g_steal_pointer (&sql), FALSE);
}

/* Reads rows of @klass in rowid order from the statement's first row on, into
 * @records, until the end, a row already read or a page that cannot be read.
 * Returns the step's last result (SQLITE_DONE at the end or at a row already
 * read), with *@last the rowid of the last row read. */
static int
rescue_rows (sqlite3_stmt      *stmt,
             BounceRecordClass *klass,
             GHashTable        *seen,
             GPtrArray         *records,
             gint64            *last)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GError) error = NULL;
      gint64 id = sqlite3_column_int64 (stmt, 3 + klass->n_fields);
      BounceRecord *record;

      if (!g_hash_table_add (seen, g_memdup2 (&id, sizeof id)))
        return SQLITE_DONE;
      *last = id;

      /* A row whose values no field can take is as lost as an unreadable one. */
      if ((record = record_from_row (klass, stmt, &error)) != NULL)
        g_ptr_array_add (records, record);
      else
        g_debug ("Cannot rescue a row of %s: %s", klass->table, error->message);
    }

  return rc;
}

/* Whether a read of rowids from @from on starts, at a row or at the end, rather
 * than on a page that cannot be read. */
static gboolean
rescue_can_seek (sqlite3_stmt *stmt,
                 gint64        from)
{
  int rc;

  sqlite3_reset (stmt);
  sqlite3_bind_int64 (stmt, 1, from);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

/* The first rowid past @after (where a read stopped on damage) from which a
 * read starts again: seeking further and further, then back by halves, as the
 * rowids of a table's pages follow each other. FALSE when nothing past it can
 * be read. */
static gboolean
rescue_skip_damage (sqlite3_stmt *stmt,
                    gint64        after,
                    gint64       *good)
{
  /* In unsigned arithmetic: the first seek may start from the lowest rowid there is. */
  guint64 lo = (guint64) after;
  guint64 hi;
  guint64 step = 1;

  for (;;)
    {
      if ((guint64) G_MAXINT64 - lo < step)
        return FALSE;
      hi = lo + step;
      if (rescue_can_seek (stmt, (gint64) hi))
        break;
      lo = hi;
      step *= 2;
    }

  while (hi - lo > 1)
    {
      guint64 mid = lo + (hi - lo) / 2;

      if (rescue_can_seek (stmt, (gint64) mid))
        hi = mid;
      else
        lo = mid;
    }

  *good = (gint64) hi;
  return TRUE;
}

/* Reads the rows of one kind that can still be read, around damaged pages:
 * forwards by rowid and, where a read fails, on from the first rowid past the
 * damage that can be read; then backwards from the end until it meets a row
 * already read, for damage no seek gets past. */
static void
rescue_kind (sqlite3   *db,
             int        version,
             GType      record_type,
             GPtrArray *records)
{
  g_autoptr(GTypeClass) type_class = g_type_class_ref (record_type);
  BounceRecordClass *klass = BOUNCE_RECORD_CLASS (type_class);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                      g_free, NULL);
  g_autofree char *columns = rescue_column_list (db, version, klass);
  g_autofree char *forwards = NULL;
  g_autofree char *backwards = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 from = G_MININT64;
  gint64 last;

  /* The rowid comes after the columns that record_from_row() reads. */
  forwards = g_strdup_printf ("SELECT uuid, created, updated%s, id FROM %s NOT INDEXED "
                              "WHERE id >= ?1 ORDER BY id ASC", columns, klass->table);
  backwards = g_strdup_printf ("SELECT uuid, created, updated%s, id FROM %s NOT INDEXED "
                               "ORDER BY id DESC", columns, klass->table);

  if (sqlite3_prepare_v2 (db, forwards, -1, &stmt, NULL) != SQLITE_OK)
    {
      g_debug ("Cannot rescue %s: %s", klass->table, sqlite3_errmsg (db));
      sqlite3_finalize (stmt);
      return;
    }
  for (;;)
    {
      /* With no row read, the read failed at @from itself. */
      last = from;
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, from);
      if (rescue_rows (stmt, klass, seen, records, &last) == SQLITE_DONE ||
          !rescue_skip_damage (stmt, last, &from))
        break;
      g_debug ("A damaged page of %s: read on from row %" G_GINT64_FORMAT,
               klass->table, from);
    }
  sqlite3_finalize (stmt);

  if (sqlite3_prepare_v2 (db, backwards, -1, &stmt, NULL) == SQLITE_OK)
    rescue_rows (stmt, klass, seen, records, &last);
  sqlite3_finalize (stmt);
}

/**
 * bounce_store_rescue:
 * @dir: the folder of a journal that bounce_store_open() refused as damaged
 *
 * Reads what can still be read of it (or of its -wal, when the file itself is
 * missing) from a private copy; nothing beside the journal is written.
 *
 * Returns: (transfer full) (element-type BounceRecord): the records found,
 *   every kind together, or %NULL with @error set
 */
GPtrArray *
bounce_store_rescue (const char  *dir,
                     GError     **error)
{
  g_autofree char *path = g_build_filename (dir, JOURNAL_FILE, NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *copy = NULL;
  g_autoptr(sqlite3) db = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_auto(Peek) found = { 0 };
  const GType *kinds;
  guint n_kinds;

  g_return_val_if_fail (dir != NULL, NULL);

  if (!(copy = bounce_files_copy_private (path, bounce_files_size (wal, NULL) > 0, error)))
    return NULL;

  /* A copy is ours to change: opening it read-write replays its -wal. */
  if (!peek (copy, TRUE, FALSE, &found) || found.application_id != APPLICATION_ID)
    {
      bounce_files_remove_private (copy);
      refuse_foreign (path, error);
      return NULL;
    }

  db = open_for_peek (copy, TRUE);
  records = g_ptr_array_new_with_free_func (g_object_unref);
  kinds = bounce_kinds_get (&n_kinds);
  for (guint i = 0; db != NULL && i < n_kinds; i++)
    rescue_kind (db, found.user_version, kinds[i], records);

  g_clear_pointer (&db, sqlite3_close);
  bounce_files_remove_private (copy);

  return g_steal_pointer (&records);
}

/**
 * bounce_store_start_over:
 * @dir: the folder of a journal that bounce_store_open() refused as damaged
 * @records: (element-type BounceRecord): what bounce_store_rescue() found
 * @set_aside_as: (out) (optional): the name the damaged journal now has
 *
 * Sets the damaged journal and its companions aside (renamed, never deleted),
 * starts a new journal in @dir and stores @records in it, all or none.
 *
 * Returns: (transfer full): the new store, or %NULL with @error set
 */
BounceStore *
bounce_store_start_over (const char  *dir,
                         GPtrArray   *records,
                         char       **set_aside_as,
                         GError     **error)
{
  g_autofree char *path = g_build_filename (dir, JOURNAL_FILE, NULL);
  g_autofree char *staging = g_build_filename (dir, ".start-over-XXXXXX", NULL);
  g_autofree char *staged = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *name = NULL;
  g_autoptr(BounceStore) self = NULL;
  gboolean filled;

  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (records != NULL, NULL);

  if (bounce_files_is_in_use (path))
    return (refuse_in_use (path, error), NULL);

  /* The new journal is made whole in a folder of its own beside the damaged one, so
   * that a failure (a full disk) leaves the damaged journal where and as it was. */
  if (g_mkdtemp_full (staging, 0700) == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FOLDER,
                   _("The folder “%s” cannot hold the journal: %s."),
                   dir, g_strerror (saved_errno));
      return NULL;
    }
  staged = g_build_filename (staging, JOURNAL_FILE, NULL);

  filled = (self = bounce_store_open (staging, error)) != NULL && begin (self, error);
  for (guint i = 0; filled && i < records->len; i++)
    {
      g_autoptr(BounceStatement) stmt = bind_insert (self, records->pdata[i], error);

      /* A damaged index may have let a uuid in twice: the first one read is kept. */
      filled = stmt != NULL &&
               (sqlite3_step (stmt) == SQLITE_DONE ||
                sqlite3_extended_errcode (self->db) == SQLITE_CONSTRAINT_UNIQUE ||
                set_sqlite_error (self, error));
    }
  filled = filled && commit (self, error);
  if (self != NULL && !filled)
    roll_back (self);

  /* Closing checkpoints the staged journal into its one file. */
  g_clear_object (&self);

  if (filled &&
      (moved = bounce_files_set_aside (path, "damaged", TRUE, error)) != NULL &&
      g_rename (staged, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FOLDER,
                   _("The journal “%s” cannot be created: %s."),
                   path, g_strerror (saved_errno));
      filled = FALSE;
    }

  bounce_files_remove_private (staged);
  if (!filled || moved == NULL)
    return NULL;

  if (!(self = bounce_store_open (dir, error)))
    return NULL;

  name = g_path_get_basename (moved);
  add_notice (self, g_strdup_printf (ngettext ("Your damaged journal was kept as “%2$s”. "
                                               "%1$u entry that could still be read is in your "
                                               "new journal.",
                                               "Your damaged journal was kept as “%2$s”. "
                                               "%1$u entries that could still be read are in "
                                               "your new journal.", records->len),
                                     records->len, name));
  if (set_aside_as != NULL)
    *set_aside_as = g_steal_pointer (&moved);

  return g_steal_pointer (&self);
}

/* Writes @path's data to the disk before it is given its name. */
static gboolean
sync_file (const char  *path,
           GError     **error)
{
  int fd = g_open (path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0);
  int saved_errno = 0;

  if (fd < 0 || fsync (fd) != 0)
    saved_errno = errno;
  if (fd >= 0)
    close (fd);

  if (saved_errno != 0)
    {
      g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FOLDER,
                   _("The backup “%s” could not be written: %s."),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/* Copies the journal read through @src into a new file at @temp, and checks the copy. */
static gboolean
backup_into (sqlite3     *src,
             const char  *temp,
             const char  *shown,
             GError     **error)
{
  g_autoptr(sqlite3) dst = NULL;
  sqlite3_backup *backup;
  sqlite3_stmt *stmt = NULL;
  gboolean healthy = FALSE;
  int rc;

  if (sqlite3_open_v2 (temp, &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL) !=
      SQLITE_OK)
    {
      g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_SQLITE,
                   _("The backup “%s” could not be written: %s."), temp, sqlite3_errmsg (dst));
      return FALSE;
    }

  /* All pages in one step: the copy is of one moment of the journal, never of two. */
  backup = sqlite3_backup_init (dst, "main", src, "main");
  rc = backup != NULL ? sqlite3_backup_step (backup, -1) : sqlite3_errcode (dst);
  if (backup != NULL && sqlite3_backup_finish (backup) != SQLITE_OK && rc == SQLITE_DONE)
    rc = sqlite3_errcode (dst);
  if (rc != SQLITE_DONE)
    {
      if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
        g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_DAMAGED,
                     _("Your journal “%s” is damaged, so no backup was made of it."), shown);
      else
        g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_SQLITE,
                     _("The backup “%s” could not be written: %s."), temp,
                     sqlite3_errstr (rc));
      return FALSE;
    }

  /* The copy is one file of its own: no -wal for a backup that is only read or copied. */
  sqlite3_exec (dst, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);

  /* The copy's pages are the journal's: a damaged journal gives a damaged copy. */
  if (sqlite3_prepare_v2 (dst, "PRAGMA integrity_check", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    healthy = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);

  if (!healthy)
    {
      g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_DAMAGED,
                   _("Your journal “%s” is damaged, so no backup was made of it."), shown);
      return FALSE;
    }

  return TRUE;
}

/**
 * bounce_store_backup:
 * @path: where the backup goes; a file already there is replaced
 *
 * Copies the journal as it is now, every committed change in its -wal included, through
 * SQLite's online backup and a read-only connection of its own, so that it may run in a
 * thread while the store goes on being used. The copy is written under a temporary name,
 * checked with `PRAGMA integrity_check`, written to the disk and only then given @path,
 * private (0600): a journal that fails the check leaves @path as it was, with
 * %BOUNCE_STORE_ERROR_DAMAGED.
 */
gboolean
bounce_store_backup (BounceStore  *self,
                     const char   *path,
                     GError      **error)
{
  g_autofree char *escaped = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *temp = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(sqlite3) src = NULL;
  gboolean ok;
  int fd;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  escaped = g_uri_escape_string (self->private_copy != NULL ? self->private_copy : self->path,
                                 "/", FALSE);
  uri = g_strconcat ("file:", escaped, "?mode=ro", NULL);
  if (sqlite3_open_v2 (uri, &src, SQLITE_OPEN_URI | SQLITE_OPEN_READONLY |
                       SQLITE_OPEN_NOFOLLOW, NULL) != SQLITE_OK)
    {
      g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_SQLITE,
                   _("Bounce Back could not read your journal: %s"), sqlite3_errmsg (src));
      return FALSE;
    }
  sqlite3_busy_timeout (src, 1000);

  temp = g_strconcat (path, ".partial-XXXXXX", NULL);
  if ((fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0600)) < 0)
    {
      int saved_errno = errno;

      g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FOLDER,
                   _("The backup “%s” could not be written: %s."),
                   path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  ok = backup_into (src, temp, self->path, error) && sync_file (temp, error);
  if (ok && g_rename (temp, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FOLDER,
                   _("The backup “%s” could not be written: %s."),
                   path, g_strerror (saved_errno));
      ok = FALSE;
    }

  if (!ok)
    {
      g_unlink (temp);
      return FALSE;
    }

  /* The new name reaches the disk too. */
  dir = g_path_get_dirname (path);
  sync_file (dir, NULL);
  return TRUE;
}

/**
 * bounce_store_count_file:
 * @path: a journal or a backup of one, only read
 * @counts: (array length=n_kinds): filled with how many records of each kind of
 *   bounce_kinds_get() it holds, in that order (0 for a kind it does not know)
 * @n_kinds: the length of @counts
 */
gboolean
bounce_store_count_file (const char  *path,
                         guint       *counts,
                         guint        n_kinds,
                         GError     **error)
{
  g_autoptr(sqlite3) db = open_for_peek (path, FALSE);
  const GType *kinds;
  guint n_known;
  int application_id = 0;

  g_return_val_if_fail (path != NULL, FALSE);

  if (db == NULL || !peek_int (db, "PRAGMA application_id", &application_id) ||
      application_id != APPLICATION_ID)
    return refuse_foreign (path, error);

  kinds = bounce_kinds_get (&n_known);
  for (guint i = 0; i < n_kinds; i++)
    {
      g_autofree char *sql = NULL;
      BounceRecordClass *klass;
      int n = 0;

      counts[i] = 0;
      if (i >= n_known)
        continue;

      klass = g_type_class_ref (kinds[i]);
      sql = g_strdup_printf ("SELECT count(*) FROM %s", klass->table);
      g_type_class_unref (klass);

      /* An older backup may not have a kind's table yet: none of them, then. */
      if (peek_int (db, sql, &n))
        counts[i] = (guint) MAX (n, 0);
    }

  return TRUE;
}
