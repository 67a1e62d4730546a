/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-part-list.h: the records that are parts of one record, as a list model. */
#pragma once

#include <gio/gio.h>

#include "bounce-journal.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_PART_LIST (bounce_part_list_get_type ())
G_DECLARE_FINAL_TYPE (BouncePartList, bounce_part_list, BOUNCE, PART_LIST, GObject)

BouncePartList *bounce_part_list_new         (BounceJournal  *journal,
                                              GType           record_type,
                                              const char     *field,
                                              const char     *uuid);
const char     *bounce_part_list_get_owner   (BouncePartList *self);

G_END_DECLS
