/* SPDX-License-Identifier: GPL-3.0-or-later */
/* run-corpus.c: each file of the fuzzing corpus given to the fuzz target, as a test. */
#include <stdint.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
test_one_file (gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (data, &contents, &length, &error);
  g_assert_no_error (error);
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *corpus = g_getenv ("FUZZ_CORPUS");
  const char *name;

  g_test_init (&argc, &argv, NULL);

  g_assert_nonnull (corpus);
  dir = g_dir_open (corpus, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_assert_cmpuint (names->len, >, 0);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *test_path = g_strconcat ("/fuzz/corpus/", (char *) names->pdata[i], NULL);

      g_test_add_data_func_full (test_path, g_build_filename (corpus, names->pdata[i], NULL),
                                 test_one_file, g_free);
    }

  return g_test_run ();
}
