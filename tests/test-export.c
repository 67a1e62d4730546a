/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-export.c: the journal written out as JSON (every kind, every field, the same bytes for
 * the same journal) and as Markdown (pages, kinds, dates, the person's text), in private files. */
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "bounce-core.h"
#include "test-records.h"
#include "test-util.h"

#define BASE_TIME G_GINT64_CONSTANT (1717400000000000)   /* 3 June 2024 */

static const GType *types;
static guint n_types;

/* One record of every kind, each field set, stored; the ideas refer to the goal. */
static GPtrArray *
fill_journal (BounceStore *store,
              guint        seed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(BounceRecord) goal = test_new_filled_record (BOUNCE_TYPE_GOAL, BASE_TIME, NULL,
                                                         seed);

  for (guint i = 0; i < n_types; i++)
    g_ptr_array_add (records,
                     types[i] == BOUNCE_TYPE_GOAL ?
                     g_object_ref (goal) :
                     test_new_filled_record (types[i], BASE_TIME + i, bounce_record_get_uuid (goal),
                                             seed));

  bounce_store_insert_all (store, records, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&records);
}

static char *
export_json (BounceStore *store,
             guint       *n_records)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = bounce_export_json (store, n_records, &error);
  gsize length;
  const char *data;

  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &length);
  g_assert_true (g_utf8_validate (data, length, NULL));
  return g_strndup (data, length);
}

static JsonObject *
parse_object (JsonParser *parser,
              const char *json)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_node_get_object (json_parser_get_root (parser));
}

/* Checks one field of the JSON against the record's value, as the export writes it. */
static void
assert_field (BounceRecord *record,
              GParamSpec   *pspec,
              JsonNode     *node)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GVariant) child = NULL;
  GEnumValue *enum_value;

  g_assert_nonnull (node);
  g_value_init (&value, pspec->value_type);
  g_object_get_property (G_OBJECT (record), pspec->name, &value);

  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_STRING:
      g_assert_cmpstr (json_node_get_string (node), ==, g_value_get_string (&value));
      break;
    case G_TYPE_BOOLEAN:
      g_assert_cmpint (json_node_get_boolean (node), ==, g_value_get_boolean (&value));
      break;
    case G_TYPE_INT:
      g_assert_cmpint (json_node_get_int (node), ==, g_value_get_int (&value));
      break;
    case G_TYPE_ENUM:
      /* By its nick, which outlives the numbers. */
      enum_value = g_enum_get_value (G_PARAM_SPEC_ENUM (pspec)->enum_class,
                                     g_value_get_enum (&value));
      g_assert_cmpstr (json_node_get_string (node), ==, enum_value->value_nick);
      break;
    case G_TYPE_INT64:
      g_assert_cmpint (json_node_get_int (node), ==, g_value_get_int64 (&value));
      break;
    case G_TYPE_DOUBLE:
      g_assert_cmpfloat (json_node_get_double (node), ==, g_value_get_double (&value));
      break;
    case G_TYPE_VARIANT:
      child = g_variant_get_maybe (g_value_get_variant (&value));
      if (g_variant_is_of_type (child, G_VARIANT_TYPE_INT64))
        g_assert_cmpint (json_node_get_int (node), ==, g_variant_get_int64 (child));
      else if (g_variant_is_of_type (child, G_VARIANT_TYPE_DOUBLE))
        g_assert_cmpfloat (json_node_get_double (node), ==, g_variant_get_double (child));
      else
        g_assert_cmpstr (json_node_get_string (node), ==, g_variant_get_string (child, NULL));
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Every kind of the list is in the export, in the list's order, with every field of its
 * records in class order: a kind added later and forgotten by the export fails here. */
static void
test_json_every_kind (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (dir->path);
  g_autoptr(GPtrArray) records = fill_journal (store, 1);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *json = NULL;
  g_autoptr(GList) members = NULL;
  JsonObject *root, *kinds;
  guint n_records = 0;
  guint i = 0;

  json = export_json (store, &n_records);
  g_assert_cmpuint (n_records, ==, n_types);

  root = parse_object (parser, json);
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "bounce-back-journal");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==,
                   BOUNCE_EXPORT_FORMAT_VERSION);
  g_assert_cmpint (json_object_get_int_member (root, "schema"), ==,
                   BOUNCE_STORE_SCHEMA_VERSION);

  kinds = json_object_get_object_member (root, "kinds");
  members = json_object_get_members (kinds);
  g_assert_cmpuint (g_list_length (members), ==, n_types);
  for (GList *l = members; l != NULL; l = l->next, i++)
    {
      BounceRecord *record = records->pdata[i];
      BounceRecordClass *klass = BOUNCE_RECORD_GET_CLASS (record);
      JsonArray *array = json_object_get_array_member (kinds, l->data);
      JsonObject *object, *fields;
      g_autoptr(GList) field_names = NULL;
      guint j = 0;

      g_assert_cmpstr (l->data, ==, klass->table);
      g_assert_cmpuint (json_array_get_length (array), ==, 1);
      object = json_array_get_object_element (array, 0);
      g_assert_cmpstr (json_object_get_string_member (object, "uuid"), ==,
                       bounce_record_get_uuid (record));
      g_assert_cmpint (json_object_get_int_member (object, "created"), ==,
                       bounce_record_get_created (record));
      g_assert_cmpint (json_object_get_int_member (object, "updated"), ==,
                       bounce_record_get_updated (record));

      fields = json_object_get_object_member (object, "fields");
      field_names = json_object_get_members (fields);
      g_assert_cmpuint (g_list_length (field_names), ==, klass->n_fields);
      for (GList *f = field_names; f != NULL; f = f->next, j++)
        {
          g_assert_cmpstr (f->data, ==, klass->fields[j]->name);
          assert_field (record, klass->fields[j], json_object_get_member (fields, f->data));
        }
    }
}

/* Nothing in a kind is an empty list, not a kind left out; no reference is null. */
static void
test_json_empty_and_null (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (dir->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceRecord) idea = g_object_new (BOUNCE_TYPE_IDEA, NULL);
  g_autoptr(BounceRecord) talk = g_object_new (BOUNCE_TYPE_TALK, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *json = NULL;
  JsonObject *kinds;
  JsonObject *fields;

  bounce_store_insert (store, idea, &error);
  g_assert_no_error (error);
  bounce_store_insert (store, talk, &error);
  g_assert_no_error (error);

  json = export_json (store, NULL);
  kinds = json_object_get_object_member (parse_object (parser, json), "kinds");
  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (types[i]);

      g_assert_true (json_object_has_member (kinds, BOUNCE_RECORD_CLASS (klass)->table));
    }
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (kinds,
                                                                          "grief_entries")),
                    ==, 0);

  fields = json_object_get_object_member (
    json_array_get_object_element (json_object_get_array_member (kinds, "ideas"), 0),
    "fields");
  g_assert_true (json_object_get_null_member (fields, "goal"));
  g_assert_cmpstr (json_object_get_string_member (fields, "status"), ==, "dreaming");
  fields = json_object_get_object_member (
    json_array_get_object_element (json_object_get_array_member (kinds, "talks"), 0),
    "fields");
  g_assert_true (json_object_get_null_member (fields, "follow-up"));
}

/* The same journal gives the same bytes, whatever order its rows were written in: oldest
 * first, and by uuid for records made in the same µs. */
static void
test_json_deterministic (void)
{
  g_autoptr(TestDir) dir_a = test_dir_new ();
  g_autoptr(TestDir) dir_b = test_dir_new ();
  g_autoptr(BounceStore) store_a = test_open_store (dir_a->path);
  g_autoptr(BounceStore) store_b = test_open_store (dir_b->path);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) reversed = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *json_a = NULL;
  g_autofree char *json_b = NULL;
  g_autofree char *again = NULL;
  JsonArray *entries;

  for (guint i = 0; i < 6; i++)
    /* Pairs made in the same µs, the later-made first. */
    g_ptr_array_add (records, test_new_filled_record (BOUNCE_TYPE_GRIEF_ENTRY,
                                                      BASE_TIME + 1000 - (i / 2) * 10, NULL, i));
  for (guint i = records->len; i > 0; i--)
    g_ptr_array_add (reversed, records->pdata[i - 1]);

  bounce_store_insert_all (store_a, records, &error);
  g_assert_no_error (error);
  bounce_store_insert_all (store_b, reversed, &error);
  g_assert_no_error (error);

  json_a = export_json (store_a, NULL);
  json_b = export_json (store_b, NULL);
  again = export_json (store_a, NULL);
  g_assert_cmpstr (json_a, ==, json_b);
  g_assert_cmpstr (json_a, ==, again);

  entries = json_object_get_array_member (
    json_object_get_object_member (parse_object (parser, json_a), "kinds"), "grief_entries");
  g_assert_cmpuint (json_array_get_length (entries), ==, 6);
  for (guint i = 1; i < 6; i++)
    {
      JsonObject *before = json_array_get_object_element (entries, i - 1);
      JsonObject *after = json_array_get_object_element (entries, i);
      gint64 created_before = json_object_get_int_member (before, "created");
      gint64 created_after = json_object_get_int_member (after, "created");

      g_assert_cmpint (created_before, <=, created_after);
      if (created_before == created_after)
        g_assert_cmpstr (json_object_get_string_member (before, "uuid"), <,
                         json_object_get_string_member (after, "uuid"));
    }
}

/* 0600 whatever the umask, over a file that was readable by all, with no temporary file
 * left beside it. */
static void
test_files_private (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autoptr(TestDir) out = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (dir->path);
  g_autoptr(GPtrArray) records = fill_journal (store, 2);
  g_autoptr(GError) error = NULL;
  g_autofree char *json_path = g_build_filename (out->path, "journal.json", NULL);
  g_autofree char *md_path = g_build_filename (out->path, "journal.md", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *expected = export_json (store, NULL);
  g_autoptr(GDir) listing = NULL;
  GStatBuf st;
  mode_t old_umask;
  guint n_files = 0;
  guint n_records = 0;

  g_file_set_contents (json_path, "old", -1, &error);
  g_assert_no_error (error);
  g_chmod (json_path, 0644);

  old_umask = umask (0);
  bounce_export_json_file (store, json_path, &n_records, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_records, ==, n_types);
  bounce_export_markdown_file (store, md_path, NULL, NULL, &n_records, &error);
  g_assert_no_error (error);
  umask (old_umask);

  g_assert_cmpint (g_stat (json_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (md_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_file_get_contents (json_path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, expected);

  listing = g_dir_open (out->path, 0, &error);
  g_assert_no_error (error);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 2);

  /* A folder that is not there: an error in words, no crash. */
  {
    g_autofree char *nowhere = g_build_filename (out->path, "gone", "journal.json", NULL);

    g_assert_false (bounce_export_json_file (store, nowhere, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
    g_assert_nonnull (strstr (error->message, "journal.json"));
  }
}

static char *
title_for_kind (GType    kind,
                gpointer user_data)
{
  g_assert_cmpstr (user_data, ==, "data");
  return g_strdup_printf ("Kind %s", g_type_name (kind));
}

static char *
export_markdown (BounceStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  bytes = bounce_export_markdown (store, title_for_kind, (gpointer) "data", NULL, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &length);
  return g_strndup (data, length);
}

/* A page's heading, then each of its kinds' titles, in the order of the kinds. */
static void
test_markdown_sections (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (dir->path);
  g_autofree char *markdown = export_markdown (store);
  const char *at = markdown;
  const char *last_page = NULL;

  g_assert_true (g_str_has_prefix (markdown, "# "));
  for (guint i = 0; i < n_types; i++)
    {
      const char *page = bounce_kinds_get_home (types[i]);
      g_autofree char *heading = g_strdup_printf ("\n### Kind %s\n", g_type_name (types[i]));

      if (g_strcmp0 (page, last_page) != 0)
        {
          const char *title = g_str_equal (page, "grieve") ? "\n## Grieve\n" :
                              g_str_equal (page, "thanks") ? "\n## Thank Yourself\n" :
                              "\n## New Paths\n";

          g_assert_nonnull ((at = strstr (at, title)));
          last_page = page;
        }

      g_assert_nonnull ((at = strstr (at, heading)));
      /* Empty: it says so, before the next section. */
      g_assert_true (g_str_has_prefix (at + strlen (heading), "\n_Nothing written here yet._"));
    }
}

/* Each record under its date as the locale writes it, its words as written, with what
 * Markdown would read as markup at the start of a line escaped, and its lines kept. */
static void
test_markdown_records (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (dir->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceRecord) goal = NULL;
  g_autoptr(BounceRecord) entry = NULL;
  g_autoptr(BounceRecord) idea = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (BASE_TIME / G_USEC_PER_SEC);
  g_autofree char *date = g_date_time_format (when, "%x %X");
  g_autofree char *day = g_date_time_format (when, "%x");
  g_autofree char *markdown = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *began = NULL;

  goal = g_object_new (BOUNCE_TYPE_GOAL, "created", BASE_TIME, "title", "The bar exam", NULL);
  bounce_record_set_optional_int64 (goal, "began", TRUE, BASE_TIME);
  entry = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "created", BASE_TIME,
                        "body", "# Not a heading\n"
                                "- not a list\n"
                                "12. not a number\n"
                                "> not a quote\n"
                                "plain *stars* inside\n"
                                "\n"
                                "second paragraph",
                        "prompt", "a-setting-not-shown", NULL);
  idea = g_object_new (BOUNCE_TYPE_IDEA, "created", BASE_TIME, "title", "Teach",
                       "status", BOUNCE_IDEA_STATUS_LET_GO,
                       "goal", bounce_record_get_uuid (goal), NULL);
  bounce_store_insert (store, goal, &error);
  g_assert_no_error (error);
  bounce_store_insert (store, entry, &error);
  g_assert_no_error (error);
  bounce_store_insert (store, idea, &error);
  g_assert_no_error (error);

  markdown = export_markdown (store);
  heading = g_strdup_printf ("\n#### %s\n", date);
  g_assert_nonnull (strstr (markdown, heading));

  g_assert_nonnull (strstr (markdown, "**Body**\n\n"
                                      "\\# Not a heading  \n"
                                      "\\- not a list  \n"
                                      "12\\. not a number  \n"
                                      "\\> not a quote  \n"
                                      "plain *stars* inside\n"
                                      "\n"
                                      "second paragraph\n"));
  /* A setting is not the person's words. */
  g_assert_null (strstr (markdown, "a-setting-not-shown"));

  began = g_strdup_printf ("**Began:** %s\n", day);
  g_assert_nonnull (strstr (markdown, began));
  /* An enum by its name, a reference by what the record it refers to is called. */
  g_assert_nonnull (strstr (markdown, "**Status:** let go\n"));
  g_assert_nonnull (strstr (markdown, "**Goal:** The bar exam\n"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  types = bounce_kinds_get (&n_types);

  g_test_add_func ("/export/json/every-kind", test_json_every_kind);
  g_test_add_func ("/export/json/empty-and-null", test_json_empty_and_null);
  g_test_add_func ("/export/json/deterministic", test_json_deterministic);
  g_test_add_func ("/export/files-private", test_files_private);
  g_test_add_func ("/export/markdown/sections", test_markdown_sections);
  g_test_add_func ("/export/markdown/records", test_markdown_records);

  return g_test_run ();
}
