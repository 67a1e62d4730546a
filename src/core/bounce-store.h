/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-store.h: the journal's SQLite file, and the only code that speaks SQL. */
#pragma once

#include <gio/gio.h>

#include "bounce-record.h"
#include "bounce-schedule.h"

G_BEGIN_DECLS

#define BOUNCE_STORE_ERROR (bounce_store_error_quark ())

typedef enum
{
  BOUNCE_STORE_ERROR_FOLDER,     /* the data folder cannot be made or used */
  BOUNCE_STORE_ERROR_FOREIGN,    /* the file is not a Bounce Back journal */
  BOUNCE_STORE_ERROR_NEWER,      /* written by a newer Bounce Back */
  BOUNCE_STORE_ERROR_NOT_FOUND,  /* no such record */
  BOUNCE_STORE_ERROR_SQLITE,     /* SQLite said no; the message is SQLite's */
  BOUNCE_STORE_ERROR_BUSY,       /* another program holds the journal; try again later */
  BOUNCE_STORE_ERROR_FULL,       /* the disk is full; try again once there is room */
  BOUNCE_STORE_ERROR_READ_ONLY,  /* the journal can be read but not written */
  BOUNCE_STORE_ERROR_DAMAGED,    /* fails SQLite's checks, or holds a value no field takes */
  BOUNCE_STORE_ERROR_INVALID,    /* a record holds a value the store cannot keep: a bug */
} BounceStoreError;

/* How long a write waits for another program's lock before it gives up with
 * BOUNCE_STORE_ERROR_BUSY: less than a frame, so that the window never freezes. */
#define BOUNCE_STORE_BUSY_TIMEOUT_MS 10

/* The newest schema this build reads and writes. */
#define BOUNCE_STORE_SCHEMA_VERSION 6

/**
 * BounceMoodPoint:
 * @created: when the check-in was made, in µs since the epoch
 * @score: how the day felt, 1 (very low) to 5 (very good)
 *
 * One mood check-in, as the healing curve and the support card read them.
 */
typedef struct
{
  gint64 created;
  int    score;
} BounceMoodPoint;

/**
 * BounceCopingTotal:
 * @activity: the activity's id as the journal keeps it (bounce_coping_lookup_activity()
 *   finds it in the catalogue), "" for none chosen
 * @minutes: the minutes logged for it, all entries together
 * @count: how many entries there are of it
 *
 * What the coping log holds of one activity over a time, as its summary reads it.
 */
typedef struct
{
  char   *activity;
  gint64  minutes;
  guint   count;
} BounceCopingTotal;

/**
 * BounceMonth:
 * @year: the year, in the person's calendar
 * @month: the month, 1 (January) to 12
 * @start: local midnight at the start of its first day, in µs since the epoch
 * @end: the start of the next month, in µs since the epoch
 * @pages: pages of the grief journal written in it (a page with no words is none)
 * @checkins: check-ins made in it (a check-in left blank is none)
 * @moods: how many of those gave a mood (a score)
 * @mood_average: the mean of those scores, 1 to 5; 0 when there were none
 * @thanks: thank-yous written in it (one left blank is none)
 * @steps: next small steps of ideas done in it
 * @ideas_tried: ideas first tried in it (that left "dreaming" then)
 *
 * What the person did in one month of their own calendar, as "Then and Now" compares it
 * only with their own other months.
 */
typedef struct
{
  int    year;
  int    month;
  gint64 start;
  gint64 end;
  guint  pages;
  guint  checkins;
  guint  moods;
  double mood_average;
  guint  thanks;
  guint  steps;
  guint  ideas_tried;
} BounceMonth;

/**
 * BounceStoreKey:
 * @created: the record's creation time
 * @id: its row's id, for records made in the same microsecond
 *
 * Where a record's row stands in the newest-first order of its kind.
 */
typedef struct
{
  gint64 created;
  gint64 id;
} BounceStoreKey;

/**
 * BounceStorePage:
 * @BOUNCE_STORE_PAGE_NEWEST: a page of records counted from the newest
 * @BOUNCE_STORE_PAGE_OLDEST: a page of records counted from the oldest
 * @BOUNCE_STORE_PAGE_OLDER: the records just older than a known row
 * @BOUNCE_STORE_PAGE_NEWER: the records just newer than a known row
 *
 * Where bounce_store_load_page() reads from.
 */
typedef enum
{
  BOUNCE_STORE_PAGE_NEWEST,
  BOUNCE_STORE_PAGE_OLDEST,
  BOUNCE_STORE_PAGE_OLDER,
  BOUNCE_STORE_PAGE_NEWER,
} BounceStorePage;

/* Around each match in a BounceSearchHit's snippet: control characters that no text a
 * person writes holds, so that the interface can escape the rest and mark the matches. */
#define BOUNCE_SEARCH_MATCH_START "\x02"
#define BOUNCE_SEARCH_MATCH_END   "\x03"

/**
 * BounceSearchHit:
 * @kind: the record's type, one of bounce_kinds_get()
 * @uuid: the record's identity (bounce_journal_dup_record() finds it)
 * @created: when the record was made, in µs since the epoch
 * @snippet: a few words of the record around the match, each match between
 *   %BOUNCE_SEARCH_MATCH_START and %BOUNCE_SEARCH_MATCH_END, "…" where text was left out
 *
 * One record that bounce_store_search() found.
 */
typedef struct
{
  GType   kind;
  char   *uuid;
  gint64  created;
  char   *snippet;
} BounceSearchHit;

void bounce_search_hit_free (BounceSearchHit *hit);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BounceSearchHit, bounce_search_hit_free)

/**
 * BounceStoreMerge:
 * @BOUNCE_STORE_MERGE_ADDED: the journal did not hold the record: it was added
 * @BOUNCE_STORE_MERGE_UPDATED: the journal held an older copy: it was written over
 * @BOUNCE_STORE_MERGE_KEPT: the journal's copy is as new or newer: it was kept
 *
 * What bounce_store_merge() did with one record.
 */
typedef enum
{
  BOUNCE_STORE_MERGE_ADDED,
  BOUNCE_STORE_MERGE_UPDATED,
  BOUNCE_STORE_MERGE_KEPT,
} BounceStoreMerge;

/* Called by bounce_store_foreach() with each record; FALSE with @error set stops it. */
typedef gboolean (*BounceStoreForeachFunc) (BounceRecord  *record,
                                            gpointer       user_data,
                                            GError       **error);

/**
 * BounceStoreOpenFlags:
 * @BOUNCE_STORE_OPEN_DEFAULT: check the whole file before opening it
 * @BOUNCE_STORE_OPEN_CHECK_LATER: leave that check to bounce_store_check_async()
 */
typedef enum
{
  BOUNCE_STORE_OPEN_DEFAULT = 0,
  BOUNCE_STORE_OPEN_CHECK_LATER = 1 << 0,
} BounceStoreOpenFlags;

/**
 * BounceStoreChange:
 * @BOUNCE_STORE_INSERT: store a new record
 * @BOUNCE_STORE_UPDATE: write a record's fields over its row
 * @BOUNCE_STORE_DELETE: delete a record's row
 */
typedef enum
{
  BOUNCE_STORE_INSERT,
  BOUNCE_STORE_UPDATE,
  BOUNCE_STORE_DELETE,
} BounceStoreChange;

/**
 * BounceStoreWrite:
 * @change: what to do
 * @record: to which record
 *
 * One write of bounce_store_write().
 */
typedef struct
{
  BounceStoreChange  change;
  BounceRecord      *record;
} BounceStoreWrite;

#define BOUNCE_TYPE_STORE (bounce_store_get_type ())
G_DECLARE_FINAL_TYPE (BounceStore, bounce_store, BOUNCE, STORE, GObject)

GQuark       bounce_store_error_quark         (void);
char        *bounce_store_dup_default_dir     (void);
gboolean     bounce_store_is_open_elsewhere   (const char    *dir);
BounceStore *bounce_store_open                (const char    *dir,
                                               GError       **error);
BounceStore *bounce_store_open_full           (const char    *dir,
                                               BounceStoreOpenFlags flags,
                                               GError       **error);
void         bounce_store_check_async         (BounceStore   *self,
                                               GCancellable  *cancellable,
                                               GAsyncReadyCallback callback,
                                               gpointer       user_data);
gboolean     bounce_store_check_finish        (BounceStore   *self,
                                               GAsyncResult  *result,
                                               GError       **error);
BounceStore *bounce_store_start_over          (const char    *dir,
                                               GPtrArray     *records,
                                               char         **set_aside_as,
                                               GError       **error);
GPtrArray   *bounce_store_rescue              (const char    *dir,
                                               GError       **error);
gboolean     bounce_store_backup              (BounceStore   *self,
                                               const char    *path,
                                               GError       **error);
gboolean     bounce_store_count_file          (const char    *path,
                                               guint         *counts,
                                               guint          n_kinds,
                                               GError       **error);
const char * const *
             bounce_store_get_notices         (BounceStore   *self);
gboolean     bounce_store_is_read_only        (BounceStore   *self);
char        *bounce_store_dup_pragma          (BounceStore   *self,
                                               const char    *name);
const char  *bounce_store_get_path            (BounceStore   *self);
int          bounce_store_get_schema_version  (BounceStore   *self);
GPtrArray   *bounce_store_load                (BounceStore   *self,
                                               GType          record_type,
                                               GError       **error);
GPtrArray   *bounce_store_load_page           (BounceStore   *self,
                                               GType          record_type,
                                               BounceStorePage from,
                                               const BounceStoreKey *key,
                                               guint          offset,
                                               guint          limit,
                                               GArray       **keys,
                                               GError       **error);
BounceRecord *bounce_store_load_one           (BounceStore   *self,
                                               GType          record_type,
                                               const char    *uuid,
                                               GError       **error);
gboolean     bounce_store_count               (BounceStore   *self,
                                               GType          record_type,
                                               guint         *n_records,
                                               GError       **error);
gboolean     bounce_store_position            (BounceStore   *self,
                                               BounceRecord  *record,
                                               guint         *position,
                                               GError       **error);
gboolean     bounce_store_insert              (BounceStore   *self,
                                               BounceRecord  *record,
                                               GError       **error);
gboolean     bounce_store_update              (BounceStore   *self,
                                               BounceRecord  *record,
                                               GError       **error);
gboolean     bounce_store_delete              (BounceStore   *self,
                                               BounceRecord  *record,
                                               GError       **error);
char        *bounce_store_dup_journal_id      (BounceStore   *self,
                                               GError       **error);
gboolean     bounce_store_log_nudge           (BounceStore   *self,
                                               const char    *nudge_id,
                                               gint64         sent,
                                               gint64        *out_id,
                                               GError       **error);
gboolean     bounce_store_answer_nudge        (BounceStore   *self,
                                               gint64         id,
                                               BounceNudgeAnswer answer,
                                               gint64         answered,
                                               GError       **error);
GArray      *bounce_store_load_nudges         (BounceStore   *self,
                                               guint          max,
                                               GError       **error);
GArray      *bounce_store_load_moods          (BounceStore   *self,
                                               gint64         since,
                                               GError       **error);
GArray      *bounce_store_load_months         (BounceStore   *self,
                                               GDateTime     *now,
                                               guint          n_months,
                                               GError       **error);
int          bounce_store_count_statements    (BounceStore   *self);
gint64       bounce_store_count_steps         (BounceStore   *self,
                                               gint64        *full_scan_steps);
gboolean     bounce_store_has_moods           (BounceStore   *self,
                                               gboolean      *any,
                                               GError       **error);
GArray      *bounce_store_sum_coping          (BounceStore   *self,
                                               gint64         since,
                                               GError       **error);
gboolean     bounce_store_insert_all          (BounceStore   *self,
                                               GPtrArray     *records,
                                               GError       **error);
gboolean     bounce_store_merge               (BounceStore   *self,
                                               GPtrArray     *records,
                                               GArray       **decisions,
                                               GError       **error);
gboolean     bounce_store_foreach             (BounceStore   *self,
                                               GType          record_type,
                                               BounceStoreForeachFunc func,
                                               gpointer       user_data,
                                               GError       **error);
GPtrArray   *bounce_store_search              (BounceStore   *self,
                                               const char    *text,
                                               guint          limit,
                                               GError       **error);
gboolean     bounce_store_focus_goal          (BounceStore   *self,
                                               const char    *uuid,
                                               GError       **error);
char        *bounce_store_dup_focus_goal_uuid (BounceStore   *self,
                                               GError       **error);
gboolean     bounce_store_write               (BounceStore   *self,
                                               const BounceStoreWrite *writes,
                                               guint          n_writes,
                                               GError       **error);
GPtrArray   *bounce_store_load_by_reference   (BounceStore   *self,
                                               GType          record_type,
                                               const char    *field,
                                               const char    *uuid,
                                               GError       **error);
GPtrArray   *bounce_store_load_goal_ratings   (BounceStore   *self,
                                               const char    *goal_uuid,
                                               GError       **error);
char        *bounce_store_dup_project_uuid    (BounceStore   *self,
                                               int            project,
                                               GError       **error);
char        *bounce_store_dup_back_pocket_uuid (BounceStore  *self,
                                                GError      **error);

G_END_DECLS
