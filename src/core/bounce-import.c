/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-import.c: a JSON export read back and merged into the journal, checked first.
 *
 * A file to import may come from anywhere: another computer's export, a hand edit, a damaged
 * copy, or someone who means harm. Every record is read and checked against its kind's
 * fields before anything is written, and then all are merged in one transaction, so that a
 * file that is wrong anywhere changes nothing. What is wrong is said with its line and
 * column: json-glib's own for JSON that does not parse, and for a value that parses but does
 * not fit, the place json-glib was at when it read it (found by parsing once more, only
 * then, with the parser's signals). */
#define G_LOG_DOMAIN "bounce-import"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "bounce-export.h"
#include "bounce-import.h"
#include "bounce-kinds.h"

G_DEFINE_QUARK (bounce-import-error-quark, bounce_import_error)

typedef struct
{
  guint line;
  guint column;
} Where;

/* What went wrong while checking the tree, and at which node. */
typedef struct
{
  JsonNode          *node;
  BounceImportError  code;
  char              *problem;
} Failure;

/* Where each node of a second parse was read, for the message. */
typedef struct
{
  JsonParser *parser;
  GHashTable *values;       /* JsonNode -> Where*, at the end of the value */
  GHashTable *containers;   /* JsonObject / JsonArray -> Where*, at its opening bracket */
  GArray     *starts;       /* Where, of the containers being read */
} Positions;

static Where *
where_new (JsonParser *parser)
{
  Where *where = g_new (Where, 1);

  where->line = json_parser_get_current_line (parser);
  where->column = json_parser_get_current_pos (parser);
  return where;
}

static void
on_container_start_cb (JsonParser *parser,
                       Positions  *positions)
{
  Where where = { json_parser_get_current_line (parser), json_parser_get_current_pos (parser) };

  g_array_append_val (positions->starts, where);
}

static void
on_container_end_cb (JsonParser *parser,
                     gpointer    container,
                     Positions  *positions)
{
  Where *where;

  if (positions->starts->len == 0)
    return;

  where = g_new (Where, 1);
  *where = g_array_index (positions->starts, Where, positions->starts->len - 1);
  g_array_set_size (positions->starts, positions->starts->len - 1);
  g_hash_table_insert (positions->containers, container, where);
}

static void
on_object_member_cb (JsonParser *parser,
                     JsonObject *object,
                     const char *member_name,
                     Positions  *positions)
{
  g_hash_table_insert (positions->values, json_object_get_member (object, member_name),
                       where_new (parser));
}

static void
on_array_element_cb (JsonParser *parser,
                     JsonArray  *array,
                     int         index,
                     Positions  *positions)
{
  g_hash_table_insert (positions->values, json_array_get_element (array, index),
                       where_new (parser));
}

/* The node of @root found by the same path as @node from its own root. */
static JsonNode *
follow_path (JsonNode *node,
             JsonNode *root)
{
  JsonNode *parent = json_node_get_parent (node);
  JsonNode *there;

  if (parent == NULL)
    return root;

  if (!(there = follow_path (parent, root)))
    return NULL;

  if (JSON_NODE_HOLDS_OBJECT (parent) && JSON_NODE_HOLDS_OBJECT (there))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (parent));
      while (json_object_iter_next (&iter, &name, &member))
        if (member == node)
          return json_object_get_member (json_node_get_object (there), name);
    }
  else if (JSON_NODE_HOLDS_ARRAY (parent) && JSON_NODE_HOLDS_ARRAY (there))
    {
      JsonArray *array = json_node_get_array (parent);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (json_array_get_element (array, i) == node)
          return i < json_array_get_length (json_node_get_array (there)) ?
                 json_array_get_element (json_node_get_array (there), i) : NULL;
    }

  return NULL;
}

/* Where @node of a tree parsed from @data was read: @data is parsed again, this time
 * noting the place of each node, which costs only when there is something to say. */
static Where
locate (const char *data,
        gsize       length,
        JsonNode   *node)
{
  Positions positions = {
    .parser = json_parser_new (),
    .values = g_hash_table_new_full (NULL, NULL, NULL, g_free),
    .containers = g_hash_table_new_full (NULL, NULL, NULL, g_free),
    .starts = g_array_new (FALSE, FALSE, sizeof (Where)),
  };
  Where where = { 1, 1 };
  JsonNode *there;
  Where *found = NULL;

  g_signal_connect (positions.parser, "object-start", G_CALLBACK (on_container_start_cb),
                    &positions);
  g_signal_connect (positions.parser, "array-start", G_CALLBACK (on_container_start_cb),
                    &positions);
  g_signal_connect (positions.parser, "object-end", G_CALLBACK (on_container_end_cb),
                    &positions);
  g_signal_connect (positions.parser, "array-end", G_CALLBACK (on_container_end_cb),
                    &positions);
  g_signal_connect (positions.parser, "object-member", G_CALLBACK (on_object_member_cb),
                    &positions);
  g_signal_connect (positions.parser, "array-element", G_CALLBACK (on_array_element_cb),
                    &positions);

  if (json_parser_load_from_data (positions.parser, data, length, NULL) &&
      (there = follow_path (node, json_parser_get_root (positions.parser))) != NULL)
    {
      if (JSON_NODE_HOLDS_OBJECT (there))
        found = g_hash_table_lookup (positions.containers, json_node_get_object (there));
      else if (JSON_NODE_HOLDS_ARRAY (there))
        found = g_hash_table_lookup (positions.containers, json_node_get_array (there));
      if (found == NULL)
        found = g_hash_table_lookup (positions.values, there);
    }

  if (found != NULL)
    where = *found;

  g_object_unref (positions.parser);
  g_hash_table_unref (positions.values);
  g_hash_table_unref (positions.containers);
  g_array_unref (positions.starts);
  return where;
}

static void
set_error_at (GError            **error,
              BounceImportError   code,
              Where               where,
              const char         *problem)
{
  /* Translators: where a file to import is wrong, then what is wrong there. */
  g_set_error (error, BOUNCE_IMPORT_ERROR, code, _("line %u, column %u: %s"),
               where.line, where.column, problem);
}

static gboolean G_GNUC_PRINTF (4, 5)
fail (Failure           *failure,
      JsonNode          *node,
      BounceImportError  code,
      const char        *format,
      ...)
{
  va_list args;

  failure->node = node;
  failure->code = code;
  va_start (args, format);
  failure->problem = g_strdup_vprintf (format, args);
  va_end (args);
  return FALSE;
}

/* Before json-glib sees it: text that is not UTF-8, nesting deeper than an export has
 * (json-glib's parser recurses and would overflow its stack), and whole numbers beyond
 * 64 bits (json-glib wraps them round without a word). */
static gboolean
prescan (const char  *data,
         gsize        length,
         GError     **error)
{
  const char *valid_end = NULL;
  Where where = { 1, 1 };
  gboolean in_string = FALSE;
  gboolean escaped = FALSE;
  guint depth = 0;

  g_utf8_validate (data, length, &valid_end);

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (data + i == valid_end)
        {
          set_error_at (error, BOUNCE_IMPORT_ERROR_SYNTAX, where,
                        _("the file holds something that is not text (UTF-8)"));
          return FALSE;
        }

      if (in_string)
        {
          if (escaped)
            escaped = FALSE;
          else if (c == '\\')
            escaped = TRUE;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '{' || c == '[')
        {
          if (++depth > BOUNCE_IMPORT_MAX_DEPTH)
            {
              set_error_at (error, BOUNCE_IMPORT_ERROR_SYNTAX, where,
                            _("the file is nested too deeply to be a journal"));
              return FALSE;
            }
        }
      else if (c == '}' || c == ']')
        depth = depth > 0 ? depth - 1 : 0;
      else if (c == '-' || g_ascii_isdigit (c))
        {
          gsize end = i + 1;
          gboolean whole = TRUE;

          while (end < length && data[end] != '\0' &&
                 (g_ascii_isdigit (data[end]) || strchr ("+-.eE", data[end])))
            {
              if (strchr (".eE", data[end]))
                whole = FALSE;
              end++;
            }

          if (whole)
            {
              g_autofree char *token = g_strndup (data + i, end - i);
              g_autoptr(GError) number_error = NULL;

              if (!g_ascii_string_to_signed (token, 10, G_MININT64, G_MAXINT64, NULL,
                                             &number_error) &&
                  g_error_matches (number_error, G_NUMBER_PARSER_ERROR,
                                   G_NUMBER_PARSER_ERROR_OUT_OF_BOUNDS))
                {
                  g_autofree char *problem = NULL;

                  /* Translators: %s is a number as the file writes it. */
                  problem = g_strdup_printf (_("the number %s is too large"), token);
                  set_error_at (error, BOUNCE_IMPORT_ERROR_INVALID, where, problem);
                  return FALSE;
                }
            }

          where.column += end - i - 1;
          i = end - 1;
        }

      if (c == '\n')
        {
          where.line++;
          where.column = 1;
        }
      else if (((guchar) c & 0xC0) != 0x80)
        where.column++;
    }

  if (valid_end != data + length)
    {
      set_error_at (error, BOUNCE_IMPORT_ERROR_SYNTAX, where,
                    _("the file holds something that is not text (UTF-8)"));
      return FALSE;
    }

  return TRUE;
}

/* json-glib says "<data>:3:14: Parse error: …": said again in our words. */
static void
set_syntax_error (GError     **error,
                  const GError *parse_error)
{
  const char *message = parse_error->message;
  Where where = { 0, 0 };
  int consumed = 0;

  if (g_str_has_prefix (message, "<data>:") &&
      sscanf (message + strlen ("<data>:"), "%u:%u: %n", &where.line, &where.column,
              &consumed) == 2 && consumed > 0)
    {
      set_error_at (error, BOUNCE_IMPORT_ERROR_SYNTAX, where,
                    message + strlen ("<data>:") + consumed);
      return;
    }

  g_set_error_literal (error, BOUNCE_IMPORT_ERROR, BOUNCE_IMPORT_ERROR_SYNTAX, message);
}

/* A member's node, or NULL when the object has none. */
static JsonNode *
member (JsonObject *object,
        const char *name)
{
  return json_object_get_member (object, name);
}

static gboolean
holds_type (JsonNode *node,
            GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

/* A uuid as the journal keeps them: lower case. FALSE when @text is none. */
static char *
dup_uuid (const char *text)
{
  if (text == NULL || !g_uuid_string_is_valid (text))
    return NULL;

  return g_ascii_strdown (text, -1);
}

static gboolean
read_time (JsonNode  *node,
           const char *name,
           gint64     *out,
           Failure    *failure)
{
  if (!holds_type (node, G_TYPE_INT64))
    /* Translators: %s is "created" or "updated", as the file names them. */
    return fail (failure, node, BOUNCE_IMPORT_ERROR_INVALID,
                 _("“%s” should be a whole number of microseconds since 1970"), name);

  *out = json_node_get_int (node);
  /* 0 is no time: a record made with it would take the time of the import. */
  if (*out <= 0 || *out > BOUNCE_IMPORT_MAX_TIME)
    /* Translators: %s is "created" or "updated", as the file names them. */
    return fail (failure, node, BOUNCE_IMPORT_ERROR_INVALID,
                 _("“%s” is not a time between 1970 and the year 9999"), name);

  return TRUE;
}

/* The enum's nicks, for a message: "dreaming, trying, resting, let-go". */
static char *
dup_nicks (GEnumClass *enum_class)
{
  g_autoptr(GString) nicks = g_string_new (NULL);

  for (guint i = 0; i < enum_class->n_values; i++)
    g_string_append_printf (nicks, "%s%s", i > 0 ? ", " : "",
                            enum_class->values[i].value_nick);

  return g_string_free (g_steal_pointer (&nicks), FALSE);
}

static gboolean
read_optional (GParamSpec *pspec,
               JsonNode   *node,
               GValue     *value,
               Failure    *failure)
{
  const GVariantType *type = G_PARAM_SPEC_VARIANT (pspec)->type;
  double real;

  if (JSON_NODE_HOLDS_NULL (node))
    {
      g_value_set_variant (value, NULL);
      return TRUE;
    }

  if (g_variant_type_equal (type, G_VARIANT_TYPE ("mx")))
    {
      if (!holds_type (node, G_TYPE_INT64))
        return fail (failure, node, BOUNCE_IMPORT_ERROR_INVALID,
                     _("“%s” should be a whole number or null"), pspec->name);
      g_value_set_variant (value, g_variant_new_maybe (NULL, g_variant_new_int64 (
                                                         json_node_get_int (node))));
      return TRUE;
    }

  if (g_variant_type_equal (type, G_VARIANT_TYPE ("md")))
    {
      if (!holds_type (node, G_TYPE_INT64) && !holds_type (node, G_TYPE_DOUBLE))
        return fail (failure, node, BOUNCE_IMPORT_ERROR_INVALID,
                     _("“%s” should be a number or null"), pspec->name);
      real = json_node_get_double (node);
      if (!isfinite (real))
        return fail (failure, node, BOUNCE_IMPORT_ERROR_INVALID,
                     _("“%s” is too large"), pspec->name);
      g_value_set_variant (value, g_variant_new_maybe (NULL, g_variant_new_double (real)));
      return TRUE;
    }

  if (!holds_type (node, G_TYPE_STRING))
    return fail (failure, node, BOUNCE_IMPORT_ERROR_INVALID,
                 _("“%s” should be text or null"), pspec->name);
  g_value_set_variant (value, g_variant_new_maybe (NULL, g_variant_new_string (
                                                     json_node_get_string (node))));
  return TRUE;
}

/* Reads one field into @value (initialized to the field's type), checked as its spec
 * would check it, so that the record's setter never has to refuse it. */
static gboolean
read_field (GParamSpec *pspec,
            JsonNode   *node,
            GValue     *value,
            Failure    *failure)
{
  GType target = bounce_record_field_get_reference_type (pspec);
  GEnumValue *enum_value;
  gint64 number;
  double real;

  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_STRING:
      if (target != G_TYPE_INVALID)
        {
          g_autofree char *uuid = NULL;
          g_autoptr(GTypeClass) klass = g_type_class_ref (target);

          /* No record referred to: null, as the export writes it, or "". */
          if (JSON_NODE_HOLDS_NULL (node) ||
              (holds_type (node, G_TYPE_STRING) && *json_node_get_string (node) == '\0'))
            {
              g_value_set_string (value, "");
              return TRUE;
            }
          if (!holds_type (node, G_TYPE_STRING) ||
              !(uuid = dup_uuid (json_node_get_string (node))))
            /* Translators: the first %s is a field, the second a kind of entry
             * ("goals"). */
            return fail (failure, node, BOUNCE_IMPORT_ERROR_INVALID,
                         _("“%s” should be the UUID of an entry of “%s”, or null"),
                         pspec->name, BOUNCE_RECORD_CLASS (klass)->table);
          g_value_take_string (value, g_steal_pointer (&uuid));
          return TRUE;
        }

      if (!holds_type (node, G_TYPE_STRING))
        return fail (failure, node, BOUNCE_IMPORT_ERROR_INVALID,
                     _("“%s” should be text"), pspec->name);
      g_value_set_string (value, json_node_get_string (node));
      return TRUE;

    case G_TYPE_BOOLEAN:
      if (!holds_type (node, G_TYPE_BOOLEAN))
        return fail (failure, node, BOUNCE_IMPORT_ERROR_INVALID,
                     _("“%s” should be true or false"), pspec->name);
      g_value_set_boolean (value, json_node_get_boolean (node));
      return TRUE;

    case G_TYPE_INT:
      if (!holds_type (node, G_TYPE_INT64))
        return fail (failure, node, BOUNCE_IMPORT_ERROR_INVALID,
                     _("“%s” should be a whole number"), pspec->name);
      number = json_node_get_int (node);
      if (number < G_PARAM_SPEC_INT (pspec)->minimum ||
          number > G_PARAM_SPEC_INT (pspec)->maximum)
        /* Translators: %s is a field; the numbers are its least and greatest values. */
        return fail (failure, node, BOUNCE_IMPORT_ERROR_INVALID,
                     _("“%s” should be between %d and %d"), pspec->name,
                     G_PARAM_SPEC_INT (pspec)->minimum, G_PARAM_SPEC_INT (pspec)->maximum);
      g_value_set_int (value, (int) number);
      return TRUE;

    case G_TYPE_ENUM:
      enum_value = holds_type (node, G_TYPE_STRING) ?
                   g_enum_get_value_by_nick (G_PARAM_SPEC_ENUM (pspec)->enum_class,
                                             json_node_get_string (node)) : NULL;
      if (enum_value == NULL)
        {
          g_autofree char *nicks = dup_nicks (G_PARAM_SPEC_ENUM (pspec)->enum_class);

          /* Translators: %s is a field, then the words it may hold ("dreaming, trying"). */
          return fail (failure, node, BOUNCE_IMPORT_ERROR_INVALID,
                       _("“%s” should be one of: %s"), pspec->name, nicks);
        }
      g_value_set_enum (value, enum_value->value);
      return TRUE;

    case G_TYPE_INT64:
      if (!holds_type (node, G_TYPE_INT64))
        return fail (failure, node, BOUNCE_IMPORT_ERROR_INVALID,
                     _("“%s” should be a whole number"), pspec->name);
      number = json_node_get_int (node);
      if (number < G_PARAM_SPEC_INT64 (pspec)->minimum ||
          number > G_PARAM_SPEC_INT64 (pspec)->maximum)
        return fail (failure, node, BOUNCE_IMPORT_ERROR_INVALID,
                     _("“%s” is out of range"), pspec->name);
      g_value_set_int64 (value, number);
      return TRUE;

    case G_TYPE_DOUBLE:
      if (!holds_type (node, G_TYPE_INT64) && !holds_type (node, G_TYPE_DOUBLE))
        return fail (failure, node, BOUNCE_IMPORT_ERROR_INVALID,
                     _("“%s” should be a number"), pspec->name);
      real = json_node_get_double (node);
      if (!isfinite (real) || real < G_PARAM_SPEC_DOUBLE (pspec)->minimum ||
          real > G_PARAM_SPEC_DOUBLE (pspec)->maximum)
        return fail (failure, node, BOUNCE_IMPORT_ERROR_INVALID,
                     _("“%s” is out of range"), pspec->name);
      g_value_set_double (value, real);
      return TRUE;

    case G_TYPE_VARIANT:
      return read_optional (pspec, node, value, failure);

    default:
      return fail (failure, node, BOUNCE_IMPORT_ERROR_INVALID,
                   "%s: a field of type %s cannot be imported", pspec->name,
                   g_type_name (pspec->value_type));
    }
}

static GParamSpec *
find_field (BounceRecordClass *klass,
            const char        *name)
{
  for (guint i = 0; i < klass->n_fields; i++)
    if (g_str_equal (klass->fields[i]->name, name))
      return klass->fields[i];

  return NULL;
}

/* One record of @klass from its object in the file; every field the file leaves out
 * keeps its default, as in a new record (an export of an older version lacks some). */
static BounceRecord *
read_record (BounceRecordClass *klass,
             JsonNode          *node,
             GHashTable        *uuids,
             Failure           *failure)
{
  static const char * const members[] = { "uuid", "created", "updated", "fields", NULL };
  guint n_values = 3 + klass->n_fields;
  const char **names = g_newa (const char *, n_values);
  GValue *values = g_newa (GValue, n_values);
  BounceRecord *record = NULL;
  JsonObject *object, *fields;
  JsonObjectIter iter;
  const char *name;
  JsonNode *child;
  g_autofree char *uuid = NULL;
  gint64 created = 0, updated = 0;
  guint n_set = 3;
  gboolean ok = TRUE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (failure, node, BOUNCE_IMPORT_ERROR_INVALID,
                 _("an entry should be an object, in braces")), NULL;

  object = json_node_get_object (node);
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &child))
    if (!g_strv_contains (members, name))
      /* Translators: %s is a name the file gives inside an entry. */
      return fail (failure, child, BOUNCE_IMPORT_ERROR_INVALID,
                   _("“%s” is not part of an entry"), name), NULL;

  for (guint i = 0; members[i] != NULL; i++)
    if (member (object, members[i]) == NULL)
      /* Translators: %s is "uuid", "created", "updated" or "fields". */
      return fail (failure, node, BOUNCE_IMPORT_ERROR_INVALID,
                   _("this entry has no “%s”"), members[i]), NULL;

  child = member (object, "uuid");
  if (!(uuid = dup_uuid (holds_type (child, G_TYPE_STRING) ? json_node_get_string (child)
                                                           : NULL)))
    return fail (failure, child, BOUNCE_IMPORT_ERROR_INVALID,
                 _("“uuid” should be a UUID, such as "
                   "“0f8fad5b-d9cb-469f-a165-70867728950e”")), NULL;
  if (g_hash_table_contains (uuids, uuid))
    /* Translators: %s is a UUID. */
    return fail (failure, child, BOUNCE_IMPORT_ERROR_INVALID,
                 _("another entry of this kind has the same UUID, %s"), uuid), NULL;

  if (!read_time (member (object, "created"), "created", &created, failure) ||
      !read_time (member (object, "updated"), "updated", &updated, failure))
    return NULL;

  child = member (object, "fields");
  if (!JSON_NODE_HOLDS_OBJECT (child))
    return fail (failure, child, BOUNCE_IMPORT_ERROR_INVALID,
                 _("“fields” should be an object, in braces")), NULL;
  fields = json_node_get_object (child);

  memset (values, 0, n_values * sizeof (GValue));
  names[0] = "uuid";
  names[1] = "created";
  names[2] = "updated";
  g_value_set_string (g_value_init (&values[0], G_TYPE_STRING), uuid);
  g_value_set_int64 (g_value_init (&values[1], G_TYPE_INT64), created);
  g_value_set_int64 (g_value_init (&values[2], G_TYPE_INT64), updated);

  json_object_iter_init (&iter, fields);
  while (ok && json_object_iter_next (&iter, &name, &child))
    {
      GParamSpec *pspec = find_field (klass, name);

      if (pspec == NULL)
        {
          /* Translators: %s is a field's name, then a kind of entry ("ideas"). */
          ok = fail (failure, child, BOUNCE_IMPORT_ERROR_INVALID,
                     _("“%s” is not a field of “%s”"), name, klass->table);
          break;
        }

      /* A name given twice in one object is kept once by json-glib, the last given. */
      names[n_set] = pspec->name;
      g_value_init (&values[n_set], pspec->value_type);
      ok = read_field (pspec, child, &values[n_set], failure);
      n_set++;
    }

  if (ok)
    {
      record = BOUNCE_RECORD (g_object_new_with_properties (G_TYPE_FROM_CLASS (klass), n_set,
                                                            names, values));
      g_hash_table_add (uuids, g_steal_pointer (&uuid));
    }

  for (guint i = 0; i < n_set; i++)
    g_value_unset (&values[i]);

  return record;
}

static GType
kind_for_table (const char *table)
{
  guint n_types;
  const GType *types = bounce_kinds_get (&n_types);

  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (types[i]);

      if (g_strcmp0 (BOUNCE_RECORD_CLASS (klass)->table, table) == 0)
        return types[i];
    }

  return G_TYPE_INVALID;
}

static gboolean
read_header (JsonNode *root,
             Failure  *failure)
{
  static const char * const known[] = { "format", "version", "schema", "kinds", NULL };
  JsonObject *object;
  JsonObjectIter iter;
  const char *name;
  JsonNode *child;
  gint64 version;

  if (!JSON_NODE_HOLDS_OBJECT (root) ||
      !(child = member (json_node_get_object (root), "format")) ||
      !holds_type (child, G_TYPE_STRING) ||
      g_strcmp0 (json_node_get_string (child), BOUNCE_EXPORT_FORMAT) != 0)
    return fail (failure, root, BOUNCE_IMPORT_ERROR_FOREIGN,
                 _("this is not a journal exported by Bounce Back"));

  object = json_node_get_object (root);
  child = member (object, "version");
  if (child == NULL || !holds_type (child, G_TYPE_INT64) || json_node_get_int (child) < 1)
    return fail (failure, child != NULL ? child : root, BOUNCE_IMPORT_ERROR_INVALID,
                 _("“version” should be the format's version, a whole number"));

  version = json_node_get_int (child);
  if (version > BOUNCE_EXPORT_FORMAT_VERSION)
    /* Translators: the numbers are versions of the file's format, the file's and ours. */
    return fail (failure, child, BOUNCE_IMPORT_ERROR_NEWER,
                 _("this file was written by a newer Bounce Back (format %d); this one reads "
                   "format %d: update Bounce Back to import it"),
                 (int) MIN (version, G_MAXINT), BOUNCE_EXPORT_FORMAT_VERSION);

  child = member (object, "schema");
  if (child != NULL && !holds_type (child, G_TYPE_INT64))
    return fail (failure, child, BOUNCE_IMPORT_ERROR_INVALID,
                 _("“schema” should be the journal's version, a whole number"));
  if (child != NULL && json_node_get_int (child) > BOUNCE_STORE_SCHEMA_VERSION)
    /* Translators: the numbers are versions of the journal, the file's and ours. */
    return fail (failure, child, BOUNCE_IMPORT_ERROR_NEWER,
                 _("this file comes from a journal of a newer Bounce Back (version %d); this "
                   "one keeps version %d: update Bounce Back to import it"),
                 (int) MIN (json_node_get_int (child), G_MAXINT), BOUNCE_STORE_SCHEMA_VERSION);

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &child))
    if (!g_strv_contains (known, name))
      /* Translators: %s is a name the file gives at its top. */
      return fail (failure, child, BOUNCE_IMPORT_ERROR_INVALID,
                   _("“%s” is not part of a journal export"), name);

  child = member (object, "kinds");
  if (child == NULL || !JSON_NODE_HOLDS_OBJECT (child))
    return fail (failure, child != NULL ? child : root, BOUNCE_IMPORT_ERROR_INVALID,
                 _("“kinds” should be an object holding the entries of each kind"));

  return TRUE;
}

static GPtrArray *
read_records (JsonNode *root,
              Failure  *failure)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  JsonObjectIter iter;
  const char *table;
  JsonNode *kind_node;

  if (!read_header (root, failure))
    return NULL;

  json_object_iter_init (&iter, json_object_get_object_member (json_node_get_object (root),
                                                               "kinds"));
  while (json_object_iter_next (&iter, &table, &kind_node))
    {
      GType kind = kind_for_table (table);
      g_autoptr(GTypeClass) klass = NULL;
      g_autoptr(GHashTable) uuids = NULL;
      JsonArray *array;

      if (kind == G_TYPE_INVALID)
        /* Translators: %s is the name the file gives a kind of entry. */
        return fail (failure, kind_node, BOUNCE_IMPORT_ERROR_INVALID,
                     _("“%s” is not a kind of entry this Bounce Back knows"), table), NULL;

      if (!JSON_NODE_HOLDS_ARRAY (kind_node))
        /* Translators: %s is a kind of entry ("ideas"). */
        return fail (failure, kind_node, BOUNCE_IMPORT_ERROR_INVALID,
                     _("the entries of “%s” should be a list, in brackets"), table), NULL;

      klass = g_type_class_ref (kind);
      uuids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      array = json_node_get_array (kind_node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          BounceRecord *record = read_record (BOUNCE_RECORD_CLASS (klass),
                                              json_array_get_element (array, i), uuids,
                                              failure);

          if (record == NULL)
            return NULL;
          g_ptr_array_add (records, record);
        }
    }

  return g_steal_pointer (&records);
}

/**
 * bounce_import_parse:
 * @data: (array length=length): a JSON export (bounce_export_json())
 *
 * Reads and checks every record of an export, writing nothing. Whatever @data holds,
 * it returns records that the journal can keep, or an error that says where (line and
 * column) and what is wrong.
 *
 * Returns: (transfer full) (element-type BounceRecord): the records, kind by kind in
 *   the file's order, or %NULL with @error set in %BOUNCE_IMPORT_ERROR
 */
GPtrArray *
bounce_import_parse (const char  *data,
                     gsize        length,
                     GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  Failure failure = { NULL, 0, NULL };

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length > G_MAXSSIZE)
    {
      g_set_error_literal (error, BOUNCE_IMPORT_ERROR, BOUNCE_IMPORT_ERROR_SYNTAX,
                           _("the file is too large"));
      return NULL;
    }

  if (!prescan (data, length, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      set_syntax_error (error, parse_error);
      return NULL;
    }

  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error_literal (error, BOUNCE_IMPORT_ERROR, BOUNCE_IMPORT_ERROR_FOREIGN,
                           _("the file is empty"));
      return NULL;
    }

  if (!(records = read_records (json_parser_get_root (parser), &failure)))
    {
      set_error_at (error, failure.code, locate (data, length, failure.node), failure.problem);
      g_free (failure.problem);
      return NULL;
    }

  return g_steal_pointer (&records);
}

/**
 * bounce_import_data:
 * @data: (array length=length): a JSON export (bounce_export_json())
 * @counts: (out) (optional): what the import did
 *
 * Merges an export into @journal by uuid and update time (bounce_journal_merge()): all
 * of it in one transaction, or, when anything in @data is wrong, nothing.
 */
gboolean
bounce_import_data (BounceJournal       *journal,
                    const char          *data,
                    gsize                length,
                    BounceImportCounts  *counts,
                    GError             **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GArray) decisions = NULL;
  BounceImportCounts done = { 0, 0, 0 };

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (journal), FALSE);

  if (!(records = bounce_import_parse (data, length, error)) ||
      !bounce_journal_merge (journal, records, &decisions, error))
    return FALSE;

  for (guint i = 0; i < decisions->len; i++)
    switch (g_array_index (decisions, BounceStoreMerge, i))
      {
      case BOUNCE_STORE_MERGE_ADDED:
        done.added++;
        break;
      case BOUNCE_STORE_MERGE_UPDATED:
        done.updated++;
        break;
      case BOUNCE_STORE_MERGE_KEPT:
      default:
        done.kept++;
        break;
      }

  if (counts != NULL)
    *counts = done;
  return TRUE;
}

/**
 * bounce_import_file:
 * @counts: (out) (optional): what the import did
 *
 * bounce_import_data() on the file at @path.
 */
gboolean
bounce_import_file (BounceJournal       *journal,
                    const char          *path,
                    BounceImportCounts  *counts,
                    GError             **error)
{
  g_autoptr(GError) read_error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_file_get_contents (path, &contents, &length, &read_error))
    {
      g_set_error_literal (error, G_IO_ERROR,
                           g_error_matches (read_error, G_FILE_ERROR, G_FILE_ERROR_NOENT) ?
                           G_IO_ERROR_NOT_FOUND : G_IO_ERROR_FAILED,
                           read_error->message);
      return FALSE;
    }

  return bounce_import_data (journal, contents, length, counts, error);
}

/* Records merged in one transaction, between two turns of the main loop: about 20 ms. */
#define MERGE_CHUNK 500

/* An import under way: the records read in the thread, merged a chunk at a time. */
typedef struct
{
  char               *path;
  GPtrArray          *records;
  guint               next;
  BounceImportCounts  counts;
} Import;

static void
import_free (gpointer data)
{
  Import *import = data;

  g_free (import->path);
  g_clear_pointer (&import->records, g_ptr_array_unref);
  g_free (import);
}

static void
add_decisions (BounceImportCounts *counts,
               GArray             *decisions)
{
  for (guint i = 0; i < decisions->len; i++)
    switch (g_array_index (decisions, BounceStoreMerge, i))
      {
      case BOUNCE_STORE_MERGE_ADDED:
        counts->added++;
        break;
      case BOUNCE_STORE_MERGE_UPDATED:
        counts->updated++;
        break;
      case BOUNCE_STORE_MERGE_KEPT:
      default:
        counts->kept++;
        break;
      }
}

/* In a thread: the file read, parsed and checked whole, so that a wrong file changes
 * nothing; no journal is touched here. */
static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Import *import = task_data;
  g_autoptr(GError) read_error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  GPtrArray *records;
  GError *error = NULL;

  if (!g_file_get_contents (import->path, &contents, &length, &read_error))
    {
      g_task_return_new_error (task, G_IO_ERROR,
                               g_error_matches (read_error, G_FILE_ERROR, G_FILE_ERROR_NOENT) ?
                               G_IO_ERROR_NOT_FOUND : G_IO_ERROR_FAILED,
                               "%s", read_error->message);
      return;
    }

  if (!(records = bounce_import_parse (contents, length, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, records, (GDestroyNotify) g_ptr_array_unref);
}

/* On the main thread: one chunk, then the loop turns (the window draws, the person types). */
static gboolean
merge_chunk_cb (gpointer user_data)
{
  GTask *task = user_data;
  Import *import = g_task_get_task_data (task);
  BounceJournal *journal = g_task_get_source_object (task);
  g_autoptr(GPtrArray) chunk = g_ptr_array_new ();
  g_autoptr(GArray) decisions = NULL;
  GError *error = NULL;
  guint end = MIN (import->next + MERGE_CHUNK, import->records->len);

  for (guint i = import->next; i < end; i++)
    g_ptr_array_add (chunk, import->records->pdata[i]);

  if (chunk->len > 0 && !bounce_journal_merge (journal, chunk, &decisions, &error))
    {
      g_task_return_error (task, error);
      return G_SOURCE_REMOVE;
    }

  if (decisions != NULL)
    add_decisions (&import->counts, decisions);
  import->next = end;
  if (import->next < import->records->len)
    return G_SOURCE_CONTINUE;

  g_task_return_boolean (task, TRUE);
  return G_SOURCE_REMOVE;
}

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Import *import = g_task_get_task_data (task);
  GError *error = NULL;

  if (!(import->records = g_task_propagate_pointer (G_TASK (result), &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, merge_chunk_cb, g_steal_pointer (&task),
                   g_object_unref);
}

/**
 * bounce_import_file_async:
 * @path: a JSON export (bounce_export_json())
 *
 * bounce_import_file() without stopping the window: the file is read, parsed and
 * checked in a thread (a wrong file changes nothing), then merged on the main thread
 * 500 records at a time, one transaction each, the main loop turning between them. A
 * failure while merging (a full disk) keeps the chunks merged before it.
 */
void
bounce_import_file_async (BounceJournal       *journal,
                          const char          *path,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) reading = NULL;
  GTask *task;
  Import *import;

  g_return_if_fail (BOUNCE_IS_JOURNAL (journal));
  g_return_if_fail (path != NULL);

  import = g_new0 (Import, 1);
  import->path = g_strdup (path);

  task = g_task_new (journal, cancellable, callback, user_data);
  g_task_set_source_tag (task, bounce_import_file_async);
  g_task_set_task_data (task, import, import_free);

  reading = g_task_new (NULL, cancellable, on_read_cb, task);
  g_task_set_task_data (reading, import, NULL);
  g_task_run_in_thread (reading, read_thread);
}

/**
 * bounce_import_file_finish:
 * @counts: (out) (optional): what the import did
 */
gboolean
bounce_import_file_finish (BounceJournal       *journal,
                           GAsyncResult        *result,
                           BounceImportCounts  *counts,
                           GError             **error)
{
  Import *import;

  g_return_val_if_fail (g_task_is_valid (result, journal), FALSE);

  import = g_task_get_task_data (G_TASK (result));
  if (counts != NULL)
    *counts = import->counts;
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * bounce_import_counts_dup_summary:
 *
 * Returns: (transfer full): what an import did, to tell the person: "Imported 12 new
 *   records, updated 3, 40 already here"
 */
char *
bounce_import_counts_dup_summary (const BounceImportCounts *counts)
{
  g_autofree char *added = NULL;
  g_autofree char *updated = NULL;
  g_autofree char *kept = NULL;

  g_return_val_if_fail (counts != NULL, NULL);

  /* Translators: the first part of "Imported 12 new records, updated 3, 40 already
   * here"; %\'u is a number with the locale's thousands separator. */
  added = g_strdup_printf (ngettext ("Imported %\'u new record", "Imported %\'u new records",
                                     counts->added), counts->added);
  /* Translators: the second part of "Imported 12 new records, updated 3, 40 already
   * here": how many records the journal had in an older version. */
  updated = g_strdup_printf (ngettext ("updated %\'u", "updated %\'u", counts->updated),
                             counts->updated);
  /* Translators: the last part of "Imported 12 new records, updated 3, 40 already
   * here": how many the journal already had as they are. */
  kept = g_strdup_printf (ngettext ("%\'u already here", "%\'u already here", counts->kept),
                          counts->kept);

  /* Translators: the three parts above, in the order your language needs. */
  return g_strdup_printf (_("%1$s, %2$s, %3$s"), added, updated, kept);
}
