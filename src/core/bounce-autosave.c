/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-autosave.c: stores what is typed soon after it is typed, and keeps trying. */
#define G_LOG_DOMAIN "bounce-autosave"

#include "bounce-autosave.h"

struct _BounceAutosave
{
  GObject        parent_instance;

  BounceJournal *journal;
  BounceRecord  *record;     /* the one being edited */
  BounceRecord  *unstored;   /* @record, while it is not in the journal yet */
  gulong         notify_id;
  GPtrArray     *unsaved;    /* records whose edits are not on disk, oldest edit first */

  guint          delay_ms;
  guint          pause_id;
  guint          deadline_id;
  guint          retry_id;
  guint          retry_ms;
  gboolean       failing;
};

enum {
  FAILED,
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (BounceAutosave, bounce_autosave, G_TYPE_OBJECT)

static gboolean on_retry_cb (gpointer user_data);

static void
clear_timers (BounceAutosave *self)
{
  g_clear_handle_id (&self->pause_id, g_source_remove);
  g_clear_handle_id (&self->deadline_id, g_source_remove);
}

static gboolean
save_one (BounceAutosave  *self,
          BounceRecord    *record,
          GError         **error)
{
  if (record != self->unstored)
    return bounce_journal_save (self->journal, record, error);

  /* A record nobody wrote in yet is not worth a row. */
  if (bounce_record_is_blank (record))
    return TRUE;

  if (!bounce_journal_restore (self->journal, record, error))
    return FALSE;

  self->unstored = NULL;
  return TRUE;
}

/* Tries every unsaved record, so that one that cannot be stored holds back no other. */
static gboolean
save_all (BounceAutosave  *self,
          GError         **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) first_error = NULL;

  /* A save may change the list (a record re-added, or dropped), so walk a copy. */
  for (guint i = 0; i < self->unsaved->len; i++)
    g_ptr_array_add (records, g_object_ref (self->unsaved->pdata[i]));

  for (guint i = 0; i < records->len; i++)
    {
      BounceRecord *record = records->pdata[i];
      g_autoptr(GError) local_error = NULL;

      if (!save_one (self, record, &local_error) &&
          /* Removed from the journal by the person: nothing left to store. */
          !g_error_matches (local_error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_NOT_FOUND))
        {
          if (first_error == NULL)
            first_error = g_steal_pointer (&local_error);
          continue;
        }

      g_ptr_array_remove (self->unsaved, record);
    }

  if (first_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&first_error));
      return FALSE;
    }

  return TRUE;
}

static void
schedule_retry (BounceAutosave *self)
{
  if (self->retry_id != 0)
    return;

  self->retry_id = g_timeout_add (self->retry_ms, on_retry_cb, self);
  self->retry_ms = MIN (self->retry_ms * 2, BOUNCE_AUTOSAVE_RETRY_MAX_MS);
}

static void
saved (BounceAutosave *self)
{
  g_clear_handle_id (&self->retry_id, g_source_remove);
  self->retry_ms = BOUNCE_AUTOSAVE_RETRY_FIRST_MS;

  if (self->failing)
    {
      self->failing = FALSE;
      g_signal_emit (self, signals[SAVED], 0);
    }
}

/* Saves what is pending; a failure is told through ::failed and tried again later. */
static void
save_pending (BounceAutosave *self)
{
  g_autoptr(GError) error = NULL;

  clear_timers (self);

  if (save_all (self, &error))
    {
      saved (self);
      return;
    }

  /* A message, not a warning: the journal being locked or the disk full is no bug. */
  if (!self->failing)
    g_message ("Could not save %u record(s): %s; trying again", self->unsaved->len,
               error->message);
  else
    g_debug ("Still could not save: %s", error->message);

  self->failing = TRUE;
  schedule_retry (self);
  g_signal_emit (self, signals[FAILED], 0, error);
}

static gboolean
on_pause_cb (gpointer user_data)
{
  BounceAutosave *self = user_data;

  self->pause_id = 0;
  save_pending (self);

  return G_SOURCE_REMOVE;
}

static gboolean
on_deadline_cb (gpointer user_data)
{
  BounceAutosave *self = user_data;

  self->deadline_id = 0;
  save_pending (self);

  return G_SOURCE_REMOVE;
}

static gboolean
on_retry_cb (gpointer user_data)
{
  BounceAutosave *self = user_data;

  self->retry_id = 0;
  save_pending (self);

  return G_SOURCE_REMOVE;
}

static void
on_record_notify_cb (BounceAutosave *self,
                     GParamSpec     *pspec,
                     BounceRecord   *record)
{
  /* Only the record's own fields are typed; saving moves "updated" and "summary". */
  if (pspec->owner_type == BOUNCE_TYPE_RECORD)
    return;

  if (!g_ptr_array_find (self->unsaved, record, NULL))
    g_ptr_array_add (self->unsaved, g_object_ref (record));

  /* Saved when the typing pauses, and at the latest a little after the first unsaved
   * change, so that someone who never pauses still loses nothing to a crash. */
  g_clear_handle_id (&self->pause_id, g_source_remove);
  self->pause_id = g_timeout_add (self->delay_ms, on_pause_cb, self);
  if (self->deadline_id == 0)
    self->deadline_id = g_timeout_add (BOUNCE_AUTOSAVE_MAX_WAIT_MS, on_deadline_cb, self);
}

static void
bounce_autosave_dispose (GObject *object)
{
  BounceAutosave *self = BOUNCE_AUTOSAVE (object);

  if (self->journal != NULL)
    bounce_autosave_watch (self, NULL);
  clear_timers (self);
  g_clear_handle_id (&self->retry_id, g_source_remove);
  g_clear_object (&self->journal);

  G_OBJECT_CLASS (bounce_autosave_parent_class)->dispose (object);
}

static void
bounce_autosave_finalize (GObject *object)
{
  BounceAutosave *self = BOUNCE_AUTOSAVE (object);

  g_clear_pointer (&self->unsaved, g_ptr_array_unref);

  G_OBJECT_CLASS (bounce_autosave_parent_class)->finalize (object);
}

static void
bounce_autosave_class_init (BounceAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bounce_autosave_dispose;
  object_class->finalize = bounce_autosave_finalize;

  /**
   * BounceAutosave::failed:
   * @error: what went wrong
   *
   * A timed save failed. The records keep their edits, and the save is tried
   * again by itself, less often each time, until it works.
   */
  signals[FAILED] =
    g_signal_new ("failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);

  /**
   * BounceAutosave::saved:
   *
   * After failures, everything that was pending reached the disk.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
bounce_autosave_init (BounceAutosave *self)
{
  self->unsaved = g_ptr_array_new_with_free_func (g_object_unref);
  self->retry_ms = BOUNCE_AUTOSAVE_RETRY_FIRST_MS;
}

/**
 * bounce_autosave_new:
 * @delay_ms: how long a pause in the typing is
 */
BounceAutosave *
bounce_autosave_new (BounceJournal *journal,
                     guint          delay_ms)
{
  BounceAutosave *self;

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (journal), NULL);

  self = g_object_new (BOUNCE_TYPE_AUTOSAVE, NULL);
  self->journal = g_object_ref (journal);
  self->delay_ms = delay_ms;

  return self;
}

/**
 * bounce_autosave_watch:
 * @record: (nullable): the record being edited, in the journal
 *
 * Tries to save what is pending, then watches @record. Edits that could not be
 * saved stay pending, and are tried again, whichever record is watched.
 */
void
bounce_autosave_watch (BounceAutosave *self,
                       BounceRecord   *record)
{
  g_return_if_fail (BOUNCE_IS_AUTOSAVE (self));
  g_return_if_fail (record == NULL || BOUNCE_IS_RECORD (record));

  if (self->record == record)
    return;

  if (self->unsaved->len > 0)
    save_pending (self);

  if (self->record != NULL)
    {
      g_clear_signal_handler (&self->notify_id, self->record);
      g_clear_object (&self->record);
    }
  self->unstored = NULL;

  if (record != NULL)
    {
      self->record = g_object_ref (record);
      self->notify_id = g_signal_connect_object (record, "notify",
                                                 G_CALLBACK (on_record_notify_cb), self,
                                                 G_CONNECT_SWAPPED);
    }
}

/**
 * bounce_autosave_watch_new:
 * @record: a record that is not in the journal yet
 *
 * Watches @record like bounce_autosave_watch(), but adds it to the journal
 * the first time it is saved with something written in it.
 */
void
bounce_autosave_watch_new (BounceAutosave *self,
                           BounceRecord   *record)
{
  g_return_if_fail (BOUNCE_IS_AUTOSAVE (self));
  g_return_if_fail (BOUNCE_IS_RECORD (record));

  bounce_autosave_watch (self, record);
  self->unstored = record;
}

BounceRecord *
bounce_autosave_get_record (BounceAutosave *self)
{
  g_return_val_if_fail (BOUNCE_IS_AUTOSAVE (self), NULL);

  return self->record;
}

/* TRUE while any edit has not reached the disk. */
gboolean
bounce_autosave_is_pending (BounceAutosave *self)
{
  g_return_val_if_fail (BOUNCE_IS_AUTOSAVE (self), FALSE);

  return self->unsaved->len > 0;
}

/**
 * bounce_autosave_dup_unsaved:
 *
 * Returns: (transfer container) (element-type BounceRecord): the records whose
 *   edits have not reached the disk, and that hold something worth keeping
 */
GPtrArray *
bounce_autosave_dup_unsaved (BounceAutosave *self)
{
  GPtrArray *records;

  g_return_val_if_fail (BOUNCE_IS_AUTOSAVE (self), NULL);

  records = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->unsaved->len; i++)
    {
      BounceRecord *record = self->unsaved->pdata[i];

      if (record != self->unstored || !bounce_record_is_blank (record))
        g_ptr_array_add (records, g_object_ref (record));
    }

  return records;
}

/**
 * bounce_autosave_flush:
 *
 * Saves now every record with unsaved edits. When that fails, the edits stay
 * pending and are tried again by themselves.
 */
gboolean
bounce_autosave_flush (BounceAutosave  *self,
                       GError         **error)
{
  g_return_val_if_fail (BOUNCE_IS_AUTOSAVE (self), FALSE);

  clear_timers (self);

  if (self->unsaved->len == 0)
    return TRUE;

  if (!save_all (self, error))
    {
      self->failing = TRUE;
      schedule_retry (self);
      return FALSE;
    }

  saved (self);
  return TRUE;
}
