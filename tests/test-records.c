/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-records.c: what the core tests share: a store that must open, records compared. */
#include "test-records.h"

struct _TestSample
{
  BounceRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (TestSample, test_sample, BOUNCE_TYPE_RECORD)

static void
test_sample_class_init (TestSampleClass *klass)
{
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamSpec *fields[] = {
    g_param_spec_string ("label", NULL, NULL, "", flags),
    g_param_spec_double ("score", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0, flags),
    g_param_spec_variant ("ended", NULL, NULL, G_VARIANT_TYPE ("mx"), NULL, flags),
    g_param_spec_variant ("weight", NULL, NULL, G_VARIANT_TYPE ("md"), NULL, flags),
    g_param_spec_variant ("note", NULL, NULL, G_VARIANT_TYPE ("ms"), NULL, flags),
    bounce_record_param_spec_reference ("goal", BOUNCE_TYPE_GOAL, flags),
  };

  bounce_record_class_install_fields (BOUNCE_RECORD_CLASS (klass), "test_samples", "label",
                                      fields, G_N_ELEMENTS (fields));
}

static void
test_sample_init (TestSample *self)
{
}

BounceStore *
test_open_store (const char *dir)
{
  g_autoptr(GError) error = NULL;
  BounceStore *store = bounce_store_open (dir, &error);

  g_assert_no_error (error);
  g_assert_true (BOUNCE_IS_STORE (store));
  return store;
}

BounceRecord *
test_find_by_uuid (GPtrArray  *records,
                   const char *uuid)
{
  for (guint i = 0; i < records->len; i++)
    if (g_strcmp0 (bounce_record_get_uuid (records->pdata[i]), uuid) == 0)
      return records->pdata[i];

  return NULL;
}

/* Every readable property, the identity and the times included, holds the same value;
 * "updated" only @with_updated, since storing a record again may move it on. */
void
test_assert_same_record (BounceRecord *expected,
                         BounceRecord *actual,
                         gboolean      with_updated)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_assert_nonnull (actual);
  g_assert_cmpstr (G_OBJECT_TYPE_NAME (actual), ==, G_OBJECT_TYPE_NAME (expected));

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (expected), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) want = G_VALUE_INIT;
      g_auto(GValue) got = G_VALUE_INIT;
      g_autofree char *want_text = NULL;
      g_autofree char *got_text = NULL;
      g_autofree char *want_contents = NULL;
      g_autofree char *got_contents = NULL;

      if (!(pspecs[i]->flags & G_PARAM_READABLE) ||
          (!with_updated && g_str_equal (pspecs[i]->name, "updated")))
        continue;

      g_value_init (&want, pspecs[i]->value_type);
      g_value_init (&got, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (expected), pspecs[i]->name, &want);
      g_object_get_property (G_OBJECT (actual), pspecs[i]->name, &got);

      want_contents = g_strdup_value_contents (&want);
      got_contents = g_strdup_value_contents (&got);
      want_text = g_strdup_printf ("%s = %s", pspecs[i]->name, want_contents);
      got_text = g_strdup_printf ("%s = %s", pspecs[i]->name, got_contents);
      g_assert_cmpstr (got_text, ==, want_text);
      g_assert_cmpint (g_param_values_cmp (pspecs[i], &got, &want), ==, 0);

      /* The double spec compares within an epsilon, and its text shows six places. */
      if (G_VALUE_HOLDS_DOUBLE (&want))
        g_assert_cmpfloat (g_value_get_double (&got), ==, g_value_get_double (&want));
    }
}

/* A value for @pspec unlike its default (but see the booleans), the same for the same
 * @seed: a text naming the field, a number at the top of its range, an enum's last value
 * (or the one before, for an odd seed), a day. */
static void
fill_field (BounceRecord *record,
            GParamSpec   *pspec,
            const char   *reference,
            guint         seed)
{
  GEnumClass *enum_class;

  if (bounce_record_field_get_reference_type (pspec) != G_TYPE_INVALID)
    g_object_set (record, pspec->name, reference != NULL ? reference : "", NULL);
  else if (pspec->value_type == G_TYPE_STRING)
    {
      g_autofree char *text = g_strdup_printf ("%s %u: “quoted”, 🌱 e\u0301, שלום\n"
                                               "# not a heading\n- nor a list\n1. nor this\n"
                                               "'); DROP TABLE goals; --",
                                               pspec->name, seed);

      g_object_set (record, pspec->name, text, NULL);
    }
  else if (pspec->value_type == G_TYPE_BOOLEAN)
    /* A setting such as the back-pocket project marks one record at a time: only an even
     * seed's record holds it, so that two records of a kind can live in one journal. */
    g_object_set (record, pspec->name,
                  bounce_record_field_is_setting (pspec) && seed % 2 == 1 ?
                  G_PARAM_SPEC_BOOLEAN (pspec)->default_value :
                  !G_PARAM_SPEC_BOOLEAN (pspec)->default_value, NULL);
  else if (G_IS_PARAM_SPEC_INT (pspec))
    g_object_set (record, pspec->name,
                  G_PARAM_SPEC_INT (pspec)->maximum - (int) (seed % 2), NULL);
  else if (G_IS_PARAM_SPEC_INT64 (pspec))
    g_object_set (record, pspec->name,
                  G_PARAM_SPEC_INT64 (pspec)->maximum - (gint64) (seed % 2), NULL);
  else if (G_IS_PARAM_SPEC_DOUBLE (pspec))
    g_object_set (record, pspec->name, MIN (G_PARAM_SPEC_DOUBLE (pspec)->maximum, 0.1 + seed),
                  NULL);
  else if (G_IS_PARAM_SPEC_ENUM (pspec))
    {
      enum_class = G_PARAM_SPEC_ENUM (pspec)->enum_class;
      g_object_set (record, pspec->name,
                    enum_class->values[enum_class->n_values - 1 - seed % 2].value, NULL);
    }
  else if (G_IS_PARAM_SPEC_VARIANT (pspec))
    {
      const GVariantType *type = G_PARAM_SPEC_VARIANT (pspec)->type;

      if (g_variant_type_equal (type, G_VARIANT_TYPE ("mx")))
        bounce_record_set_optional_int64 (record, pspec->name, TRUE,
                                          G_GINT64_CONSTANT (1700000000000000) + seed);
      else if (g_variant_type_equal (type, G_VARIANT_TYPE ("md")))
        bounce_record_set_optional_double (record, pspec->name, TRUE, 0.1 * (seed + 1));
      else
        g_object_set (record, pspec->name,
                      g_variant_new_maybe (NULL, g_variant_new_string (pspec->name)), NULL);
    }
  else
    g_assert_not_reached ();
}

/* A record of @kind made at @created, every field set (see fill_field()); a reference
 * field refers to @reference. */
BounceRecord *
test_new_filled_record (GType       kind,
                        gint64      created,
                        const char *reference,
                        guint       seed)
{
  BounceRecord *record = g_object_new (kind, "created", created, "updated", created + 1, NULL);
  BounceRecordClass *klass = BOUNCE_RECORD_GET_CLASS (record);

  for (guint i = 0; i < klass->n_fields; i++)
    fill_field (record, klass->fields[i], reference, seed);

  return record;
}
