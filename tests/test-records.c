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
