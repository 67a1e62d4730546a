/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-records.h: what the core tests share: a store that must open, records compared. */
#pragma once

#include "bounce-core.h"

G_BEGIN_DECLS

BounceStore  *test_open_store         (const char   *dir);
BounceRecord *test_find_by_uuid       (GPtrArray    *records,
                                       const char   *uuid);
void          test_assert_same_record (BounceRecord *expected,
                                       BounceRecord *actual,
                                       gboolean      with_updated);

G_END_DECLS
