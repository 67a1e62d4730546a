/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-records.h: what the core tests share: a store that must open, records compared. */
#pragma once

#include "bounce-core.h"

G_BEGIN_DECLS

/* A kind for the tests only, one field of each type the store carries beyond text:
 * "label" (text), "score" (real), "ended" (optional int64), "weight" (optional real),
 * "note" (optional text) and "goal" (a reference to a BounceGoal). Its table,
 * "test_samples", is not in the journal's schema: TEST_SAMPLES_SQL makes it. */
#define TEST_TYPE_SAMPLE (test_sample_get_type ())
G_DECLARE_FINAL_TYPE (TestSample, test_sample, TEST, SAMPLE, BounceRecord)

#define TEST_SAMPLES_SQL \
  "CREATE TABLE test_samples (" \
  "  id INTEGER PRIMARY KEY," \
  "  uuid TEXT NOT NULL UNIQUE," \
  "  created INTEGER NOT NULL," \
  "  updated INTEGER NOT NULL," \
  "  label TEXT NOT NULL DEFAULT ''," \
  "  score REAL NOT NULL DEFAULT 0," \
  "  ended INTEGER," \
  "  weight REAL," \
  "  note TEXT," \
  "  goal TEXT)"

BounceStore  *test_open_store         (const char   *dir);
BounceRecord *test_find_by_uuid       (GPtrArray    *records,
                                       const char   *uuid);
void          test_assert_same_record (BounceRecord *expected,
                                       BounceRecord *actual,
                                       gboolean      with_updated);
BounceRecord *test_new_filled_record  (GType         kind,
                                       gint64        created,
                                       const char   *reference,
                                       guint         seed);

G_END_DECLS
