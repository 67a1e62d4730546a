/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-recovery.c: words that could not reach the journal, kept in a file beside it. */
#define G_LOG_DOMAIN "bounce-recovery"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "bounce-kinds.h"
#include "bounce-recovery.h"

#define RECOVERY_FILE "journal-recovery.json"
#define FORMAT_NAME "bounce-back-recovery"
#define FORMAT_VERSION 1

/* Looks for the kind named @kind among @parent and the types derived from it. */
static GType
find_kind (GType       parent,
           const char *kind)
{
  g_autofree GType *children = NULL;
  guint n_children;

  if (!G_TYPE_IS_ABSTRACT (parent))
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (parent);

      if (g_strcmp0 (BOUNCE_RECORD_CLASS (klass)->table, kind) == 0)
        return parent;
    }

  children = g_type_children (parent, &n_children);
  for (guint i = 0; i < n_children; i++)
    {
      GType found = find_kind (children[i], kind);

      if (found != G_TYPE_INVALID)
        return found;
    }

  return G_TYPE_INVALID;
}

/* A kind of record is named by its table, which outlives the C names. Every kind
 * registered counts, so that one the tests declare is read back as the app's are. */
static GType
type_for_kind (const char *kind)
{
  guint n_types;

  /* The app's kinds are registered before any is looked for. */
  bounce_kinds_get (&n_types);
  return find_kind (BOUNCE_TYPE_RECORD, kind);
}

static gboolean
set_damaged (const char  *path,
             GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);

  /* Translators: %s is a file name. */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("the recovery file “%s” is damaged"), name);
  return FALSE;
}

/* Adds one field to @builder: an optional holding nothing is null, a real a number. */
static gboolean
field_to_json (JsonBuilder   *builder,
               GParamSpec    *pspec,
               const GValue  *value,
               GError       **error)
{
  g_autoptr(GVariant) child = NULL;
  GVariant *variant;

  if (!bounce_record_field_is_supported (pspec))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   "%s cannot be kept: a field of type %s", pspec->name,
                   g_type_name (pspec->value_type));
      return FALSE;
    }

  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_STRING:
      json_builder_add_string_value (builder, g_value_get_string (value));
      break;
    case G_TYPE_BOOLEAN:
      json_builder_add_boolean_value (builder, g_value_get_boolean (value));
      break;
    case G_TYPE_INT:
      json_builder_add_int_value (builder, g_value_get_int (value));
      break;
    case G_TYPE_ENUM:
      json_builder_add_int_value (builder, g_value_get_enum (value));
      break;
    case G_TYPE_INT64:
      json_builder_add_int_value (builder, g_value_get_int64 (value));
      break;
    case G_TYPE_DOUBLE:
      json_builder_add_double_value (builder, g_value_get_double (value));
      break;
    case G_TYPE_VARIANT:
      variant = g_value_get_variant (value);
      if (variant == NULL || !(child = g_variant_get_maybe (variant)))
        json_builder_add_null_value (builder);
      else if (g_variant_is_of_type (child, G_VARIANT_TYPE_INT64))
        json_builder_add_int_value (builder, g_variant_get_int64 (child));
      else if (g_variant_is_of_type (child, G_VARIANT_TYPE_DOUBLE))
        json_builder_add_double_value (builder, g_variant_get_double (child));
      else
        json_builder_add_string_value (builder, g_variant_get_string (child, NULL));
      break;
    default:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   "%s cannot be kept: a field of type %s", pspec->name,
                   g_type_name (pspec->value_type));
      return FALSE;
    }

  return TRUE;
}

static JsonNode *
record_to_json (BounceRecord  *record,
                GError       **error)
{
  BounceRecordClass *klass = BOUNCE_RECORD_GET_CLASS (record);
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, klass->table);
  json_builder_set_member_name (builder, "uuid");
  json_builder_add_string_value (builder, bounce_record_get_uuid (record));
  json_builder_set_member_name (builder, "created");
  json_builder_add_int_value (builder, bounce_record_get_created (record));
  json_builder_set_member_name (builder, "updated");
  json_builder_add_int_value (builder, bounce_record_get_updated (record));

  json_builder_set_member_name (builder, "fields");
  json_builder_begin_object (builder);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      GParamSpec *pspec = klass->fields[i];
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (G_OBJECT (record), pspec->name, &value);
      json_builder_set_member_name (builder, pspec->name);
      if (!field_to_json (builder, pspec, &value, error))
        return NULL;
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* A JSON number as a real: a whole number may have been written without a point. */
static gboolean
json_get_real (JsonNode *node,
               double   *out)
{
  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_DOUBLE &&
       json_node_get_value_type (node) != G_TYPE_INT64))
    return FALSE;

  *out = json_node_get_double (node);
  return isfinite (*out);
}

/* Reads one optional from JSON: null is nothing. */
static gboolean
optional_from_json (GParamSpec *pspec,
                    JsonNode   *node,
                    GValue     *value)
{
  const GVariantType *type = G_PARAM_SPEC_VARIANT (pspec)->type;
  double real;

  if (JSON_NODE_HOLDS_NULL (node))
    g_value_set_variant (value, NULL);
  else if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  else if (g_variant_type_equal (type, G_VARIANT_TYPE ("mx")) &&
           json_node_get_value_type (node) == G_TYPE_INT64)
    g_value_set_variant (value,
                         g_variant_new_maybe (NULL,
                                              g_variant_new_int64 (json_node_get_int (node))));
  else if (g_variant_type_equal (type, G_VARIANT_TYPE ("md")) && json_get_real (node, &real))
    g_value_set_variant (value, g_variant_new_maybe (NULL, g_variant_new_double (real)));
  else if (g_variant_type_equal (type, G_VARIANT_TYPE ("ms")) &&
           json_node_get_value_type (node) == G_TYPE_STRING)
    g_value_set_variant (value,
                         g_variant_new_maybe (NULL,
                                              g_variant_new_string (json_node_get_string (node))));
  else
    return FALSE;

  return TRUE;
}

/* Reads one field from JSON; FALSE when the JSON holds the wrong kind of value. */
static gboolean
field_from_json (GParamSpec *pspec,
                 JsonNode   *node,
                 GValue     *value)
{
  double real;

  g_value_init (value, pspec->value_type);

  if (!bounce_record_field_is_supported (pspec))
    return FALSE;

  if (G_TYPE_FUNDAMENTAL (pspec->value_type) == G_TYPE_VARIANT)
    return optional_from_json (pspec, node, value) && !g_param_value_validate (pspec, value);

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_STRING:
      if (json_node_get_value_type (node) != G_TYPE_STRING)
        return FALSE;
      g_value_set_string (value, json_node_get_string (node));
      break;
    case G_TYPE_BOOLEAN:
      if (json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        return FALSE;
      g_value_set_boolean (value, json_node_get_boolean (node));
      break;
    case G_TYPE_INT:
      if (json_node_get_value_type (node) != G_TYPE_INT64)
        return FALSE;
      g_value_set_int (value, (int) json_node_get_int (node));
      break;
    case G_TYPE_ENUM:
      if (json_node_get_value_type (node) != G_TYPE_INT64)
        return FALSE;
      g_value_set_enum (value, (int) json_node_get_int (node));
      break;
    case G_TYPE_INT64:
      if (json_node_get_value_type (node) != G_TYPE_INT64)
        return FALSE;
      g_value_set_int64 (value, json_node_get_int (node));
      break;
    case G_TYPE_DOUBLE:
      if (!json_get_real (node, &real))
        return FALSE;
      g_value_set_double (value, real);
      break;
    default:
      return FALSE;
    }

  /* An enum out of range, say, is not what we wrote. */
  return !g_param_value_validate (pspec, value);
}

static gboolean
add_record (JsonBuilder   *builder,
            BounceRecord  *record,
            GError       **error)
{
  JsonNode *node = record_to_json (record, error);

  if (node == NULL)
    return FALSE;

  json_builder_add_value (builder, node);
  return TRUE;
}

static BounceRecord *
record_from_json (JsonNode *node)
{
  g_autoptr(GTypeClass) type_class = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GArray) values = NULL;
  BounceRecordClass *klass;
  JsonObject *object;
  JsonObject *fields;
  const char *uuid;
  GType type;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  object = json_node_get_object (node);
  type = type_for_kind (json_object_get_string_member_with_default (object, "kind", ""));
  uuid = json_object_get_string_member_with_default (object, "uuid", NULL);
  if (type == G_TYPE_INVALID || uuid == NULL || !g_uuid_string_is_valid (uuid) ||
      !json_object_has_member (object, "fields") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, "fields")))
    return NULL;

  type_class = g_type_class_ref (type);
  klass = BOUNCE_RECORD_CLASS (type_class);
  fields = json_object_get_object_member (object, "fields");

  names = g_ptr_array_new ();
  values = g_array_new (FALSE, TRUE, sizeof (GValue));
  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);

  g_array_set_size (values, 3);
  g_ptr_array_add (names, (gpointer) "uuid");
  g_value_set_string (g_value_init (&g_array_index (values, GValue, 0), G_TYPE_STRING), uuid);
  g_ptr_array_add (names, (gpointer) "created");
  g_value_set_int64 (g_value_init (&g_array_index (values, GValue, 1), G_TYPE_INT64),
                     MAX (0, json_object_get_int_member_with_default (object, "created", 0)));
  g_ptr_array_add (names, (gpointer) "updated");
  g_value_set_int64 (g_value_init (&g_array_index (values, GValue, 2), G_TYPE_INT64),
                     MAX (0, json_object_get_int_member_with_default (object, "updated", 0)));

  for (guint i = 0; i < klass->n_fields; i++)
    {
      GParamSpec *pspec = klass->fields[i];
      JsonNode *field = json_object_get_member (fields, pspec->name);

      /* A field the file does not have keeps its default, as in a new record. */
      if (field == NULL)
        continue;

      g_array_set_size (values, values->len + 1);
      g_ptr_array_add (names, (gpointer) pspec->name);
      if (!field_from_json (pspec, field, &g_array_index (values, GValue, values->len - 1)))
        return NULL;
    }

  return BOUNCE_RECORD (g_object_new_with_properties (type, names->len,
                                                      (const char **) names->pdata,
                                                      (const GValue *) values->data));
}

/* The file is written whole under another name, then renamed over the old one, so
 * that a crash leaves either the old file or the new one, never half of one. */
static gboolean
write_private_file (const char  *path,
                    const char  *contents,
                    gsize        length,
                    GError     **error)
{
  g_autofree char *tmp_path = g_strconcat (path, ".XXXXXX", NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *name = g_filename_display_name (path);
  int saved_errno = 0;
  int fd;

  fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      saved_errno = errno;
      goto failed;
    }

  /* The words are private whatever the umask says. */
  if (fchmod (fd, 0600) != 0)
    saved_errno = errno;

  while (saved_errno == 0 && length > 0)
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

  if (saved_errno == 0 && fsync (fd) != 0)
    saved_errno = errno;
  if (close (fd) != 0 && saved_errno == 0)
    saved_errno = errno;
  if (saved_errno == 0 && g_rename (tmp_path, path) != 0)
    saved_errno = errno;

  if (saved_errno != 0)
    {
      g_unlink (tmp_path);
      goto failed;
    }

  /* The rename itself is only durable once the folder is on disk. */
  fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }

  return TRUE;

failed:
  /* Translators: %s is a file name, the second %s the system's reason. */
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("the recovery file “%s” could not be written: %s"),
               name, g_strerror (saved_errno));
  return FALSE;
}

/**
 * bounce_recovery_dup_path:
 *
 * Returns: (transfer full): where the recovery file of @store's journal is kept:
 *   in the journal's folder, so that it is as private and as easy to find
 */
char *
bounce_recovery_dup_path (BounceStore *store)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (BOUNCE_IS_STORE (store), NULL);

  dir = g_path_get_dirname (bounce_store_get_path (store));
  return g_build_filename (dir, RECOVERY_FILE, NULL);
}

/**
 * bounce_recovery_read:
 *
 * Returns: (transfer full) (element-type BounceRecord): the records kept in the
 *   recovery file at @path, or %NULL with @error set (%G_IO_ERROR_NOT_FOUND when
 *   there is none)
 */
GPtrArray *
bounce_recovery_read (const char  *path,
                      GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  JsonObject *root;
  JsonArray *array;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error_literal (error, G_IO_ERROR,
                           g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT) ?
                           G_IO_ERROR_NOT_FOUND : G_IO_ERROR_FAILED,
                           local_error->message);
      return NULL;
    }

  if (!json_parser_load_from_data (parser, contents, length, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      set_damaged (path, error);
      return NULL;
    }

  root = json_node_get_object (json_parser_get_root (parser));
  if (g_strcmp0 (json_object_get_string_member_with_default (root, "format", ""),
                 FORMAT_NAME) != 0 ||
      json_object_get_int_member_with_default (root, "version", 0) != FORMAT_VERSION ||
      !json_object_has_member (root, "records") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "records")))
    {
      set_damaged (path, error);
      return NULL;
    }

  array = json_object_get_array_member (root, "records");
  records = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      BounceRecord *record = record_from_json (json_array_get_element (array, i));

      if (record == NULL)
        {
          set_damaged (path, error);
          return NULL;
        }
      g_ptr_array_add (records, record);
    }

  return g_steal_pointer (&records);
}

/**
 * bounce_recovery_write:
 * @records: (element-type BounceRecord): records whose words did not reach the journal
 *
 * Keeps @records in the recovery file at @path, mode 0600, durably, along with
 * what the file held already; a record kept before is replaced by its newer
 * copy in @records.
 */
gboolean
bounce_recovery_write (const char  *path,
                       GPtrArray   *records,
                       GError     **error)
{
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GError) read_error = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (records != NULL, FALSE);

  kept = bounce_recovery_read (path, &read_error);
  if (kept == NULL && !g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_autofree char *aside = g_strdup_printf ("%s.%" G_GINT64_FORMAT ".damaged", path,
                                                g_get_real_time ());

      /* Never written over: whatever it holds may still be read by a person. */
      g_warning ("%s; keeping it as %s", read_error->message, aside);
      if (g_rename (path, aside) != 0)
        {
          g_propagate_error (error, g_steal_pointer (&read_error));
          return FALSE;
        }
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, FORMAT_NAME);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, FORMAT_VERSION);
  json_builder_set_member_name (builder, "records");
  json_builder_begin_array (builder);

  for (guint i = 0; kept != NULL && i < kept->len; i++)
    {
      gboolean newer = FALSE;

      for (guint j = 0; j < records->len && !newer; j++)
        newer = g_strcmp0 (bounce_record_get_uuid (kept->pdata[i]),
                           bounce_record_get_uuid (records->pdata[j])) == 0;
      if (!newer && !add_record (builder, kept->pdata[i], error))
        return FALSE;
    }
  for (guint i = 0; i < records->len; i++)
    if (!add_record (builder, records->pdata[i], error))
      return FALSE;

  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  contents = json_generator_to_data (generator, &length);

  return write_private_file (path, contents, length, error);
}

/* Writes @record into the journal: over the record of the same identity, or as new. */
static gboolean
bring_back_one (BounceJournal  *journal,
                BounceRecord   *record,
                GError        **error)
{
  BounceRecordClass *klass = BOUNCE_RECORD_GET_CLASS (record);
  g_autoptr(BounceRecord) existing = NULL;

  existing = bounce_journal_dup_record (journal, G_OBJECT_TYPE (record),
                                        bounce_record_get_uuid (record));
  if (existing == NULL)
    return bounce_journal_restore (journal, record, error);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, klass->fields[i]->value_type);
      g_object_get_property (G_OBJECT (record), klass->fields[i]->name, &value);
      g_object_set_property (G_OBJECT (existing), klass->fields[i]->name, &value);
    }

  return bounce_journal_save (journal, existing, error);
}

/**
 * bounce_recovery_bring_back:
 * @n_records: (out) (optional): how many records were brought back
 *
 * Writes every record of the recovery file at @path into @journal, then, and
 * only once all of them are stored, removes the file.
 */
gboolean
bounce_recovery_bring_back (const char     *path,
                            BounceJournal  *journal,
                            guint          *n_records,
                            GError        **error)
{
  g_autoptr(GPtrArray) records = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (BOUNCE_IS_JOURNAL (journal), FALSE);

  if (!(records = bounce_recovery_read (path, error)))
    return FALSE;

  for (guint i = 0; i < records->len; i++)
    if (!bring_back_one (journal, records->pdata[i], error))
      return FALSE;

  if (g_unlink (path) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;
      g_autofree char *name = g_filename_display_name (path);

      /* Translators: %s is a file name, the second %s the system's reason. */
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("the recovery file “%s” could not be removed: %s"),
                   name, g_strerror (saved_errno));
      return FALSE;
    }

  if (n_records != NULL)
    *n_records = records->len;
  return TRUE;
}
