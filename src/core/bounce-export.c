/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-export.c: the journal written out whole, as JSON to carry it and as Markdown to read.
 *
 * Both walk the one list of kinds and each kind's fields as its class declares them, so that
 * a kind added later is written out with no new code here. The JSON is lossless and
 * deterministic: the same journal gives the same bytes (kinds in the list's order, records
 * oldest first then by uuid, fields in class order, one record a line), so that two exports
 * can be compared and a synced folder only changes when the journal did. */
#define G_LOG_DOMAIN "bounce-export"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "bounce-export.h"
#include "bounce-files.h"
#include "bounce-kinds.h"

typedef struct
{
  GString       *out;
  JsonGenerator *generator;
  guint          n_records;   /* in the whole file */
  guint          n_in_kind;   /* in the kind being written */
} JsonExport;

typedef struct
{
  BounceStore *store;
  GString     *out;
  guint        n_records;
  guint        n_in_kind;
} MarkdownExport;

/* Adds @node to @out as JSON, escaped by json-glib. Takes @node. */
static void
append_node (JsonGenerator *generator,
             GString       *out,
             JsonNode      *node)
{
  json_generator_set_root (generator, node);
  json_generator_to_gstring (generator, out);
  json_node_unref (node);
}

/* One field's value as JSON: enums by nick, an empty reference or optional as null. */
static JsonNode *
field_to_node (GParamSpec   *pspec,
               const GValue *value)
{
  JsonNode *node = json_node_alloc ();
  g_autoptr(GVariant) child = NULL;
  GVariant *variant;
  GEnumValue *enum_value;
  const char *text;

  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_STRING:
      text = g_value_get_string (value);
      if (bounce_record_field_get_reference_type (pspec) != G_TYPE_INVALID &&
          (text == NULL || *text == '\0'))
        return json_node_init_null (node);
      return json_node_init_string (node, text != NULL ? text : "");

    case G_TYPE_BOOLEAN:
      return json_node_init_boolean (node, g_value_get_boolean (value));

    case G_TYPE_INT:
      return json_node_init_int (node, g_value_get_int (value));

    case G_TYPE_ENUM:
      enum_value = g_enum_get_value (G_PARAM_SPEC_ENUM (pspec)->enum_class,
                                     g_value_get_enum (value));
      /* A value the enum does not name cannot be in a record: its setter refuses it. */
      if (enum_value == NULL)
        return json_node_init_int (node, g_value_get_enum (value));
      return json_node_init_string (node, enum_value->value_nick);

    case G_TYPE_INT64:
      return json_node_init_int (node, g_value_get_int64 (value));

    case G_TYPE_DOUBLE:
      return json_node_init_double (node, g_value_get_double (value));

    case G_TYPE_VARIANT:
      variant = g_value_get_variant (value);
      if (variant == NULL || !g_variant_is_of_type (variant, G_VARIANT_TYPE_MAYBE) ||
          !(child = g_variant_get_maybe (variant)))
        return json_node_init_null (node);
      if (g_variant_is_of_type (child, G_VARIANT_TYPE_INT64))
        return json_node_init_int (node, g_variant_get_int64 (child));
      if (g_variant_is_of_type (child, G_VARIANT_TYPE_DOUBLE))
        return json_node_init_double (node, g_variant_get_double (child));
      if (g_variant_is_of_type (child, G_VARIANT_TYPE_STRING))
        return json_node_init_string (node, g_variant_get_string (child, NULL));
      break;

    default:
      break;
    }

  json_node_unref (node);
  return NULL;
}

static JsonNode *
record_to_node (BounceRecord  *record,
                GError       **error)
{
  BounceRecordClass *klass = BOUNCE_RECORD_GET_CLASS (record);
  g_autoptr(JsonObject) object = json_object_new ();
  g_autoptr(JsonObject) fields = json_object_new ();
  JsonNode *node;

  /* json-glib keeps members in the order they were set. */
  json_object_set_string_member (object, "uuid", bounce_record_get_uuid (record));
  json_object_set_int_member (object, "created", bounce_record_get_created (record));
  json_object_set_int_member (object, "updated", bounce_record_get_updated (record));

  for (guint i = 0; i < klass->n_fields; i++)
    {
      GParamSpec *pspec = klass->fields[i];
      g_auto(GValue) value = G_VALUE_INIT;
      JsonNode *field;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (G_OBJECT (record), pspec->name, &value);
      if (!(field = field_to_node (pspec, &value)))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       "%s.%s: a field of type %s cannot be exported", klass->table,
                       pspec->name, g_type_name (pspec->value_type));
          return NULL;
        }
      json_object_set_member (fields, pspec->name, field);
    }

  json_object_set_object_member (object, "fields", g_steal_pointer (&fields));

  node = json_node_alloc ();
  return json_node_init_object (node, object);
}

static gboolean
append_json_record_cb (BounceRecord  *record,
                       gpointer       user_data,
                       GError       **error)
{
  JsonExport *export = user_data;
  JsonNode *node = record_to_node (record, error);

  if (node == NULL)
    return FALSE;

  g_string_append (export->out, export->n_in_kind == 0 ? "\n      " : ",\n      ");
  append_node (export->generator, export->out, node);
  export->n_in_kind++;
  export->n_records++;
  return TRUE;
}

/**
 * bounce_export_json:
 * @n_records: (out) (optional): how many records the export holds
 *
 * Writes every record of every kind as JSON: the format's name and version, the
 * schema's version, then for each kind (by its table's name, in the order of
 * bounce_kinds_get(), every kind present even when it holds nothing) its records,
 * oldest first, each with its uuid, its creation and update times in µs, and each of
 * its fields in class order, by name.
 *
 * Returns: (transfer full): the file's contents (UTF-8), or %NULL with @error set
 */
GBytes *
bounce_export_json (BounceStore  *store,
                    guint        *n_records,
                    GError      **error)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GString) out = g_string_new (NULL);
  JsonExport export = { out, generator, 0, 0 };
  guint n_types;
  const GType *types = bounce_kinds_get (&n_types);

  g_return_val_if_fail (BOUNCE_IS_STORE (store), NULL);

  g_string_append (out, "{\n  \"format\": ");
  append_node (generator, out, json_node_init_string (json_node_alloc (),
                                                      BOUNCE_EXPORT_FORMAT));
  g_string_append_printf (out, ",\n  \"version\": %d,\n  \"schema\": %d,\n  \"kinds\": {",
                          BOUNCE_EXPORT_FORMAT_VERSION,
                          bounce_store_get_schema_version (store));

  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (types[i]);

      g_string_append (out, i == 0 ? "\n    " : ",\n    ");
      append_node (generator, out,
                   json_node_init_string (json_node_alloc (),
                                          BOUNCE_RECORD_CLASS (klass)->table));
      g_string_append (out, ": [");

      export.n_in_kind = 0;
      if (!bounce_store_foreach (store, types[i], append_json_record_cb, &export, error))
        return NULL;

      g_string_append (out, export.n_in_kind > 0 ? "\n    ]" : "]");
    }

  g_string_append (out, "\n  }\n}\n");

  if (n_records != NULL)
    *n_records = export.n_records;
  return g_string_free_to_bytes (g_steal_pointer (&out));
}

/* The name of a window's page, as its header says it. */
static const char *
page_title (const char *page)
{
  if (g_strcmp0 (page, "grieve") == 0)
    /* Translators: the title of the Grieve page in a Markdown export of the journal. */
    return C_("page", "Grieve");
  if (g_strcmp0 (page, "thanks") == 0)
    /* Translators: the title of the Thank Yourself page in a Markdown export. */
    return C_("page", "Thank Yourself");
  if (g_strcmp0 (page, "paths") == 0)
    /* Translators: the title of the New Paths page in a Markdown export. */
    return C_("page", "New Paths");
  return page;
}

/* "learned-self" for a field declared without a nick: "Learned self". */
static char *
dup_field_label (GParamSpec *pspec)
{
  const char *nick = g_param_spec_get_nick (pspec);
  char *label;

  if (g_strcmp0 (nick, pspec->name) != 0)
    return g_strdup (g_dgettext (GETTEXT_PACKAGE, nick));

  label = g_strdelimit (g_strdup (pspec->name), "-_", ' ');
  label[0] = g_ascii_toupper (label[0]);
  return label;
}

/* @usec as the person's locale writes a date (and a time), or the number if it is none. */
static char *
format_time (gint64   usec,
             gboolean with_time)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (usec / G_USEC_PER_SEC);

  if (when == NULL)
    return g_strdup_printf ("%" G_GINT64_FORMAT, usec);

  /* %x and %X: the locale's own ways of writing a date and a time. */
  return g_date_time_format (when, with_time ? "%x %X" : "%x");
}

/* Could Markdown read @line, from its start, as anything but text? */
static gsize
markup_start (const char *line)
{
  const char *p = line;
  guint spaces = 0;

  while (*p == ' ' && spaces < 4)
    {
      p++;
      spaces++;
    }
  if (spaces == 4)
    return G_MAXSIZE;

  switch (*p)
    {
    case '#': case '>': case '-': case '+': case '*': case '=': case '_':
    case '`': case '~': case '|': case '<': case '[':
      return p - line;

    default:
      break;
    }

  if (g_ascii_isdigit (*p))
    {
      const char *q = p;

      while (g_ascii_isdigit (*q))
        q++;
      if (*q == '.' || *q == ')')
        return q - line;
    }

  return G_MAXSIZE;
}

static gboolean
is_blank (const char *text)
{
  while (g_ascii_isspace (*text))
    text++;
  return *text == '\0';
}

/* The person's words, each line as written: a character that Markdown would take for
 * markup at the start of a line (a heading's #, a list's -, "1.") gets a backslash, and
 * lines that follow one another stay apart (a hard break: two spaces at the end). */
static void
append_words (GString    *out,
              const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  gboolean after_text = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = lines[i];
      gsize len = strlen (line);
      gsize at;

      if (len > 0 && line[len - 1] == '\r')
        line[--len] = '\0';

      if (is_blank (line))
        {
          /* The line before ends, and an empty line parts the paragraphs. */
          if (after_text)
            g_string_append (out, "\n\n");
          after_text = FALSE;
          continue;
        }

      if (after_text)
        g_string_append (out, "  \n");

      at = markup_start (line);
      if (at != G_MAXSIZE)
        {
          g_string_append_len (out, line, at);
          g_string_append_c (out, '\\');
          g_string_append (out, line + at);
        }
      else
        g_string_append (out, line);
      after_text = TRUE;
    }

  if (after_text)
    g_string_append (out, "\n");
}

/* One field of a record as Markdown, or nothing when it holds nothing worth reading. */
static void
append_field (MarkdownExport *export,
              GParamSpec     *pspec,
              const GValue   *value)
{
  g_autofree char *label = NULL;
  g_autofree char *shown = NULL;
  g_autoptr(GVariant) child = NULL;
  GType target = bounce_record_field_get_reference_type (pspec);
  GVariant *variant;
  GEnumValue *enum_value;
  const char *text;

  if (bounce_record_field_is_setting (pspec) || g_param_value_defaults (pspec, (GValue *) value))
    return;

  label = dup_field_label (pspec);

  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_STRING:
      text = g_value_get_string (value);
      if (text == NULL || *text == '\0')
        return;

      if (target != G_TYPE_INVALID)
        {
          g_autoptr(BounceRecord) other = bounce_store_load_one (export->store, target, text,
                                                                NULL);

          /* A record referred to that is gone (deleted) is left out. */
          if (other == NULL)
            return;
          shown = bounce_record_dup_summary (other);
          break;
        }

      if (bounce_record_field_is_words (pspec))
        {
          if (is_blank (text))
            return;
          g_string_append_printf (export->out, "**%s**\n\n", label);
          append_words (export->out, text);
          g_string_append (export->out, "\n");
          return;
        }

      shown = g_strdup (text);
      break;

    case G_TYPE_BOOLEAN:
      /* Translators: a yes-or-no field's value in a Markdown export ("Treat given: yes"). */
      shown = g_strdup (g_value_get_boolean (value) ? _("yes") : _("no"));
      break;

    case G_TYPE_INT:
      shown = g_strdup_printf ("%d", g_value_get_int (value));
      break;

    case G_TYPE_ENUM:
      enum_value = g_enum_get_value (G_PARAM_SPEC_ENUM (pspec)->enum_class,
                                     g_value_get_enum (value));
      shown = enum_value != NULL ? g_strdelimit (g_strdup (enum_value->value_nick), "-", ' ')
                                 : g_strdup_printf ("%d", g_value_get_enum (value));
      break;

    case G_TYPE_INT64:
      shown = g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (value));
      break;

    case G_TYPE_DOUBLE:
      shown = g_strdup_printf ("%g", g_value_get_double (value));
      break;

    case G_TYPE_VARIANT:
      variant = g_value_get_variant (value);
      if (variant == NULL || !(child = g_variant_get_maybe (variant)))
        return;
      /* Every optional whole number a kind keeps is a day, in µs (a goal's start). */
      if (g_variant_is_of_type (child, G_VARIANT_TYPE_INT64))
        shown = format_time (g_variant_get_int64 (child), FALSE);
      else if (g_variant_is_of_type (child, G_VARIANT_TYPE_DOUBLE))
        shown = g_strdup_printf ("%g", g_variant_get_double (child));
      else
        {
          g_string_append_printf (export->out, "**%s**\n\n", label);
          append_words (export->out, g_variant_get_string (child, NULL));
          g_string_append (export->out, "\n");
          return;
        }
      break;

    default:
      return;
    }

  g_string_append_printf (export->out, "**%s:** ", label);
  append_words (export->out, shown);
  g_string_append (export->out, "\n");
}

static gboolean
append_markdown_record_cb (BounceRecord  *record,
                           gpointer       user_data,
                           GError       **error)
{
  MarkdownExport *export = user_data;
  BounceRecordClass *klass = BOUNCE_RECORD_GET_CLASS (record);
  g_autofree char *when = format_time (bounce_record_get_created (record), TRUE);

  g_string_append_printf (export->out, "#### %s\n\n", when);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, klass->fields[i]->value_type);
      g_object_get_property (G_OBJECT (record), klass->fields[i]->name, &value);
      append_field (export, klass->fields[i], &value);
    }

  export->n_in_kind++;
  export->n_records++;
  return TRUE;
}

/**
 * bounce_export_markdown:
 * @title_func: (nullable) (scope call): names each kind as the window does
 * @n_records: (out) (optional): how many records the export holds
 *
 * Writes the journal to be read: a section for each page of the window, in it a section
 * for each of its kinds, and in that each record, oldest first, under its date and time
 * as the person's locale writes them, with what was written in it. The person's text
 * is kept as written; only what Markdown would take for markup at the start of a line
 * is escaped.
 *
 * Returns: (transfer full): the file's contents (UTF-8), or %NULL with @error set
 */
GBytes *
bounce_export_markdown (BounceStore            *store,
                        BounceExportTitleFunc   title_func,
                        gpointer                user_data,
                        guint                  *n_records,
                        GError                **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  MarkdownExport export = { store, out, 0, 0 };
  const char *last_page = NULL;
  guint n_types;
  const GType *types = bounce_kinds_get (&n_types);

  g_return_val_if_fail (BOUNCE_IS_STORE (store), NULL);

  /* Translators: the title of the journal exported as Markdown. */
  g_string_append_printf (out, "# %s\n", _("Bounce Back Journal"));

  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (types[i]);
      const char *page = bounce_kinds_get_home (types[i]);
      g_autofree char *title = title_func != NULL ? title_func (types[i], user_data) : NULL;

      if (g_strcmp0 (page, last_page) != 0)
        g_string_append_printf (out, "\n## %s\n", page_title (page));
      last_page = page;

      g_string_append_printf (out, "\n### %s\n\n",
                              title != NULL ? title : BOUNCE_RECORD_CLASS (klass)->table);

      export.n_in_kind = 0;
      if (!bounce_store_foreach (store, types[i], append_markdown_record_cb, &export, error))
        return NULL;

      if (export.n_in_kind == 0)
        /* Translators: under a section of a Markdown export that holds no entries. */
        g_string_append_printf (out, "_%s_\n", _("Nothing written here yet."));
    }

  if (n_records != NULL)
    *n_records = export.n_records;
  return g_string_free_to_bytes (g_steal_pointer (&out));
}

/**
 * bounce_export_json_file:
 *
 * Writes bounce_export_json() to @path, 0600, under a temporary name first.
 */
gboolean
bounce_export_json_file (BounceStore  *store,
                         const char   *path,
                         guint        *n_records,
                         GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!(bytes = bounce_export_json (store, n_records, error)))
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  return bounce_files_write_private (path, data, length, error);
}

/**
 * bounce_export_markdown_file:
 *
 * Writes bounce_export_markdown() to @path, 0600, under a temporary name first.
 */
gboolean
bounce_export_markdown_file (BounceStore            *store,
                             const char             *path,
                             BounceExportTitleFunc   title_func,
                             gpointer                user_data,
                             guint                  *n_records,
                             GError                **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!(bytes = bounce_export_markdown (store, title_func, user_data, n_records, error)))
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  return bounce_files_write_private (path, data, length, error);
}

/**
 * bounce_export_dup_summary:
 * @n_records: how many records were exported
 * @path: where to
 *
 * Returns: (transfer full): what to tell the person: "Exported 1,204 records to
 *   journal.json"
 */
char *
bounce_export_dup_summary (guint       n_records,
                           const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_filename_display_name (base);

  /* Translators: %\'u is how many records (with the locale's thousands separator), %s a
   * file name. */
  return g_strdup_printf (ngettext ("Exported %\'u record to %s", "Exported %\'u records to %s",
                                    n_records),
                          n_records, name);
}
