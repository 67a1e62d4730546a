/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-import.c: the importer fed whatever libFuzzer makes up, and what it accepts merged.
 *
 * Built with clang -fsanitize=fuzzer,address,undefined by `build-aux/dev fuzz`, and with the
 * usual compiler into run-corpus, which gives it each file of the seed corpus as a test. */
#include <stdint.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "bounce-core.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static BounceJournal *journal;

static void
remove_dir (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;

  if (journal == NULL)
    return;

  dir = g_path_get_dirname (bounce_store_get_path (bounce_journal_get_store (journal)));
  g_clear_object (&journal);
  if ((listing = g_dir_open (dir, 0, NULL)) != NULL)
    while ((name = g_dir_read_name (listing)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        g_remove (path);
      }
  g_rmdir (dir);
}

/* One journal for the whole run: what the importer accepts must be stored without a word
 * from SQLite, and read back. */
static BounceJournal *
ensure_journal (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceStore) store = NULL;
  g_autofree char *dir = NULL;

  if (journal != NULL)
    return journal;

  dir = g_dir_make_tmp ("bounce-fuzz-XXXXXX", &error);
  g_assert_no_error (error);
  store = bounce_store_open (dir, &error);
  g_assert_no_error (error);
  journal = bounce_journal_new (store, &error);
  g_assert_no_error (error);
  atexit (remove_dir);
  return journal;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GArray) decisions = NULL;

  records = bounce_import_parse ((const char *) data, size, &error);
  if (records == NULL)
    {
      /* Every refusal is one of the importer's, and says what is wrong. */
      g_assert_true (error->domain == BOUNCE_IMPORT_ERROR);
      g_assert_true (error->message != NULL && *error->message != '\0');
      return 0;
    }

  g_assert_no_error (error);
  if (!bounce_journal_merge (ensure_journal (), records, &decisions, &error))
    g_error ("A record the importer accepted was refused by the journal: %s", error->message);
  g_assert_cmpuint (decisions->len, ==, records->len);

  for (guint i = 0; i < records->len; i++)
    {
      g_autoptr(BounceRecord) stored = NULL;

      stored = bounce_store_load_one (bounce_journal_get_store (journal),
                                      G_OBJECT_TYPE (records->pdata[i]),
                                      bounce_record_get_uuid (records->pdata[i]), &error);
      if (stored == NULL)
        g_error ("A merged record could not be read back: %s", error->message);
    }

  return 0;
}
