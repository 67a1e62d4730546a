/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-store.c: the journal's SQLite file, and the only code that speaks SQL. */
#define G_LOG_DOMAIN "bounce-store"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "bounce-store.h"

/* "BOUN", so that `file` and SQLite tools can tell a journal from other databases. */
#define APPLICATION_ID 0x424F554E

#define JOURNAL_FILE "journal.db"

struct _BounceStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  GHashTable *statements;   /* SQL text -> sqlite3_stmt*, prepared once */
};

G_DEFINE_FINAL_TYPE (BounceStore, bounce_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (bounce-store-error-quark, bounce_store_error)

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
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == BOUNCE_STORE_SCHEMA_VERSION);

/* Busy and full are told in plain words, since the person can do something about them. */
static gboolean
set_sqlite_error (BounceStore  *self,
                  GError      **error)
{
  switch (sqlite3_errcode (self->db) & 0xff)
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
                           sqlite3_errmsg (self->db));
    }

  return FALSE;
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

      if (!begin (self, error))
        return FALSE;

      if (sqlite3_exec (self->db, migrations[version - 1], NULL, NULL, NULL) != SQLITE_OK ||
          sqlite3_exec (self->db, set_id, NULL, NULL, NULL) != SQLITE_OK ||
          sqlite3_exec (self->db, set_version, NULL, NULL, NULL) != SQLITE_OK)
        {
          set_sqlite_error (self, error);
          return roll_back (self);
        }

      if (!commit (self, error))
        return roll_back (self);
    }

  return TRUE;
}

static gboolean
refuse_foreign (BounceStore  *self,
                GError      **error)
{
  g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FOREIGN,
               _("“%s” is not a Bounce Back journal, so it was left as it is."),
               self->path);
  return FALSE;
}

/* Reads only: nothing may be written before we know the file is ours. */
static gboolean
check_identity (BounceStore  *self,
                int          *version,
                GError      **error)
{
  int application_id = 0;
  int n_objects = 0;

  if (!query_int (self, "PRAGMA application_id", &application_id, NULL) ||
      !query_int (self, "PRAGMA user_version", version, NULL) ||
      !query_int (self, "SELECT count(*) FROM sqlite_master", &n_objects, NULL))
    return refuse_foreign (self, error);

  if (application_id != APPLICATION_ID && (application_id != 0 || n_objects > 0))
    return refuse_foreign (self, error);

  if (*version > BOUNCE_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_NEWER,
                   _("“%s” was written by a newer version of Bounce Back. "
                     "Update Bounce Back to open it; the file was left as it is."),
                   self->path);
      return FALSE;
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

  return run (self, "PRAGMA synchronous = FULL", error) &&
         run (self, "PRAGMA foreign_keys = ON", error);
}

static gboolean
make_private_folder (const char  *dir,
                     GError     **error)
{
  gboolean existed = g_file_test (dir, G_FILE_TEST_EXISTS);
  GStatBuf st;
  int saved_errno;

  /* Others lose access; but a folder its owner made read-only is refused, not reopened. */
  if (g_mkdir_with_parents (dir, 0700) == 0 && g_stat (dir, &st) == 0 &&
      g_chmod (dir, existed ? (st.st_mode & 0700) : 0700) == 0 &&
      g_access (dir, W_OK | X_OK) == 0)
    return TRUE;

  saved_errno = errno;
  g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FOLDER,
               _("The folder “%s” cannot hold the journal: %s."),
               dir, g_strerror (saved_errno));
  return FALSE;
}

/* Creates the file itself, so that it starts 0600 whatever the umask. */
static gboolean
ensure_file (const char  *path,
             GError     **error)
{
  int saved_errno;
  int fd;

  fd = g_open (path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd >= 0)
    {
      fchmod (fd, 0600);
      close (fd);
      return TRUE;
    }

  if (errno == EEXIST && g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return TRUE;

  saved_errno = errno == EEXIST ? EISDIR : errno;
  g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FOLDER,
               _("The journal “%s” cannot be created: %s."),
               path, g_strerror (saved_errno));
  return FALSE;
}

/* SQLite gives -wal and -shm the mode of the database, but an older copy may differ. */
static void
make_files_private (BounceStore *self)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (self->path, suffixes[i], NULL);

      if (g_chmod (path, 0600) != 0 && errno != ENOENT)
        g_warning ("Could not make %s private: %s", path, g_strerror (errno));
    }
}

static void
bounce_store_finalize (GObject *object)
{
  BounceStore *self = BOUNCE_STORE (object);

  /* Statements must be finalized before the connection can close. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL && sqlite3_close (self->db) != SQLITE_OK)
    g_warning ("Could not close %s: %s", self->path, sqlite3_errmsg (self->db));
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
 * bounce_store_open:
 * @dir: the folder of the journal; made (0700) when missing
 *
 * Opens the journal in @dir, creating and migrating it as needed. A file that
 * is not a Bounce Back journal, or is one from a newer version, is refused and
 * left untouched.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
BounceStore *
bounce_store_open (const char  *dir,
                   GError     **error)
{
  g_autoptr(BounceStore) self = NULL;
  int version = 0;

  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (BOUNCE_TYPE_STORE, NULL);
  self->path = g_build_filename (dir, JOURNAL_FILE, NULL);

  if (!make_private_folder (dir, error) || !ensure_file (self->path, error))
    return NULL;

  if (sqlite3_open_v2 (self->path, &self->db,
                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE,
                       NULL) != SQLITE_OK)
    {
      set_sqlite_error (self, error);
      return NULL;
    }

  if (!check_identity (self, &version, error) ||
      !configure (self, error) ||
      !migrate (self, version, error))
    return NULL;

  make_files_private (self);

  return g_steal_pointer (&self);
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

static int
bind_value (sqlite3_stmt *stmt,
            int           index,
            const GValue *value)
{
  switch (G_TYPE_FUNDAMENTAL (G_VALUE_TYPE (value)))
    {
    case G_TYPE_STRING:
      return sqlite3_bind_text (stmt, index, g_value_get_string (value), -1, SQLITE_TRANSIENT);
    case G_TYPE_BOOLEAN:
      return sqlite3_bind_int (stmt, index, g_value_get_boolean (value));
    case G_TYPE_INT:
      return sqlite3_bind_int (stmt, index, g_value_get_int (value));
    case G_TYPE_ENUM:
      return sqlite3_bind_int (stmt, index, g_value_get_enum (value));
    case G_TYPE_INT64:
      return sqlite3_bind_int64 (stmt, index, g_value_get_int64 (value));
    default:
      g_assert_not_reached ();
    }
}

static void
column_value (sqlite3_stmt *stmt,
              int           index,
              GValue       *value)
{
  switch (G_TYPE_FUNDAMENTAL (G_VALUE_TYPE (value)))
    {
    case G_TYPE_STRING:
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
    default:
      g_assert_not_reached ();
    }
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
      if (bind_value (stmt, first + i, &value) != SQLITE_OK)
        return set_sqlite_error (self, error);
    }

  return TRUE;
}

/* Runs one write statement in its own transaction; it must touch exactly one row. */
static gboolean
write_one (BounceStore   *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  if (!begin (self, error))
    return FALSE;

  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      set_sqlite_error (self, error);
      return roll_back (self);
    }

  if (sqlite3_changes (self->db) != 1)
    {
      g_set_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_NOT_FOUND,
                   _("That entry is no longer in the journal."));
      return roll_back (self);
    }

  if (!commit (self, error))
    return roll_back (self);

  return TRUE;
}

/**
 * bounce_store_load:
 * @record_type: a subclass of #BounceRecord
 *
 * Returns: (transfer full) (element-type BounceRecord): every record of
 *   @record_type, newest first, or %NULL with @error set
 */
GPtrArray *
bounce_store_load (BounceStore  *self,
                   GType         record_type,
                   GError      **error)
{
  g_autoptr(GTypeClass) type_class = NULL;
  BounceRecordClass *klass;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(BounceStatement) stmt = NULL;
  g_autofree char *columns = NULL;
  g_autofree char *sql = NULL;
  const char **names;
  GValue *values;
  guint n_values;
  int rc;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (record_type, BOUNCE_TYPE_RECORD), NULL);

  type_class = g_type_class_ref (record_type);
  klass = BOUNCE_RECORD_CLASS (type_class);
  columns = column_list (klass, "");
  sql = g_strdup_printf ("SELECT uuid, created, updated%s FROM %s ORDER BY created DESC, id DESC",
                         columns, klass->table);

  if (!(stmt = prepare (self, sql, error)))
    return NULL;

  n_values = 3 + klass->n_fields;
  names = g_newa (const char *, n_values);
  values = g_newa (GValue, n_values);
  names[0] = "uuid";
  names[1] = "created";
  names[2] = "updated";
  for (guint i = 0; i < klass->n_fields; i++)
    names[3 + i] = klass->fields[i]->name;

  records = g_ptr_array_new_with_free_func (g_object_unref);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      memset (values, 0, n_values * sizeof (GValue));
      g_value_init (&values[0], G_TYPE_STRING);
      g_value_init (&values[1], G_TYPE_INT64);
      g_value_init (&values[2], G_TYPE_INT64);
      for (guint i = 0; i < klass->n_fields; i++)
        g_value_init (&values[3 + i], klass->fields[i]->value_type);

      for (guint i = 0; i < n_values; i++)
        column_value (stmt, i, &values[i]);

      g_ptr_array_add (records, g_object_new_with_properties (record_type, n_values,
                                                              names, values));

      for (guint i = 0; i < n_values; i++)
        g_value_unset (&values[i]);
    }

  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&records);
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
  BounceRecordClass *klass;
  g_autoptr(BounceStatement) stmt = NULL;
  g_autofree char *columns = NULL;
  g_autofree char *placeholders = NULL;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), FALSE);
  g_return_val_if_fail (BOUNCE_IS_RECORD (record), FALSE);

  klass = BOUNCE_RECORD_GET_CLASS (record);
  columns = column_list (klass, "");
  placeholders = placeholder_list (klass->n_fields);
  sql = g_strdup_printf ("INSERT INTO %s (uuid, created, updated%s) VALUES (?, ?, ?%s)",
                         klass->table, columns, placeholders);

  if (!(stmt = prepare (self, sql, error)))
    return FALSE;

  if (sqlite3_bind_text (stmt, 1, bounce_record_get_uuid (record), -1,
                         SQLITE_STATIC) != SQLITE_OK ||
      sqlite3_bind_int64 (stmt, 2, bounce_record_get_created (record)) != SQLITE_OK ||
      sqlite3_bind_int64 (stmt, 3, bounce_record_get_updated (record)) != SQLITE_OK)
    return set_sqlite_error (self, error);

  return bind_fields (self, stmt, record, 4, error) && write_one (self, stmt, error);
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
  BounceRecordClass *klass;
  g_autoptr(BounceStatement) stmt = NULL;
  g_autofree char *assignments = NULL;
  g_autofree char *sql = NULL;
  gint64 now;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), FALSE);
  g_return_val_if_fail (BOUNCE_IS_RECORD (record), FALSE);

  /* Never backwards, even if the clock was set back since the last save. */
  now = MAX (g_get_real_time (), bounce_record_get_updated (record));

  klass = BOUNCE_RECORD_GET_CLASS (record);
  assignments = column_list (klass, " = ?");
  sql = g_strdup_printf ("UPDATE %s SET updated = ?%s WHERE uuid = ?",
                         klass->table, assignments);

  if (!(stmt = prepare (self, sql, error)))
    return FALSE;

  if (sqlite3_bind_int64 (stmt, 1, now) != SQLITE_OK ||
      sqlite3_bind_text (stmt, 2 + klass->n_fields, bounce_record_get_uuid (record), -1,
                         SQLITE_STATIC) != SQLITE_OK)
    return set_sqlite_error (self, error);

  if (!bind_fields (self, stmt, record, 2, error))
    return FALSE;

  if (!write_one (self, stmt, error))
    return FALSE;

  bounce_record_set_updated (record, now);
  return TRUE;
}

gboolean
bounce_store_delete (BounceStore   *self,
                     BounceRecord  *record,
                     GError       **error)
{
  g_autoptr(BounceStatement) stmt = NULL;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (BOUNCE_IS_STORE (self), FALSE);
  g_return_val_if_fail (BOUNCE_IS_RECORD (record), FALSE);

  sql = g_strdup_printf ("DELETE FROM %s WHERE uuid = ?", BOUNCE_RECORD_GET_CLASS (record)->table);

  if (!(stmt = prepare (self, sql, error)))
    return FALSE;

  if (sqlite3_bind_text (stmt, 1, bounce_record_get_uuid (record), -1, SQLITE_STATIC) != SQLITE_OK)
    return set_sqlite_error (self, error);

  return write_one (self, stmt, error);
}
