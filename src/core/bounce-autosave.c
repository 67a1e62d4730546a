/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-autosave.c: stores what is typed shortly after the typing pauses. */
#define G_LOG_DOMAIN "bounce-autosave"

#include "bounce-autosave.h"

struct _BounceAutosave
{
  GObject        parent_instance;

  BounceJournal *journal;
  BounceRecord  *record;
  gulong         notify_id;
  guint          timeout_id;
  guint          delay_ms;
  gboolean       pending;
};

enum {
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (BounceAutosave, bounce_autosave, G_TYPE_OBJECT)

/* Saves now; a failure is told through ::failed and the edit stays pending. */
static void
save_now (BounceAutosave *self)
{
  g_autoptr(GError) error = NULL;

  if (!bounce_autosave_flush (self, &error))
    {
      g_warning ("Could not save %s: %s", bounce_record_get_uuid (self->record), error->message);
      g_signal_emit (self, signals[FAILED], 0, error);
    }
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  BounceAutosave *self = user_data;

  self->timeout_id = 0;
  save_now (self);

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

  self->pending = TRUE;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add (self->delay_ms, on_timeout_cb, self);
}

static void
bounce_autosave_dispose (GObject *object)
{
  BounceAutosave *self = BOUNCE_AUTOSAVE (object);

  bounce_autosave_watch (self, NULL);
  g_clear_object (&self->journal);

  G_OBJECT_CLASS (bounce_autosave_parent_class)->dispose (object);
}

static void
bounce_autosave_class_init (BounceAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bounce_autosave_dispose;

  /**
   * BounceAutosave::failed:
   * @error: what went wrong
   *
   * A timed save failed. The record keeps its edits and is saved again at the
   * next edit or flush.
   */
  signals[FAILED] =
    g_signal_new ("failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
bounce_autosave_init (BounceAutosave *self)
{
}

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
 * Saves what is pending for the record watched until now, then watches @record.
 */
void
bounce_autosave_watch (BounceAutosave *self,
                       BounceRecord   *record)
{
  g_return_if_fail (BOUNCE_IS_AUTOSAVE (self));
  g_return_if_fail (record == NULL || BOUNCE_IS_RECORD (record));

  if (self->record == record)
    return;

  if (self->record != NULL)
    {
      save_now (self);
      g_clear_signal_handler (&self->notify_id, self->record);
      g_clear_object (&self->record);
    }

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->pending = FALSE;

  if (record != NULL)
    {
      self->record = g_object_ref (record);
      self->notify_id = g_signal_connect_object (record, "notify",
                                                 G_CALLBACK (on_record_notify_cb), self,
                                                 G_CONNECT_SWAPPED);
    }
}

BounceRecord *
bounce_autosave_get_record (BounceAutosave *self)
{
  g_return_val_if_fail (BOUNCE_IS_AUTOSAVE (self), NULL);

  return self->record;
}

gboolean
bounce_autosave_is_pending (BounceAutosave *self)
{
  g_return_val_if_fail (BOUNCE_IS_AUTOSAVE (self), FALSE);

  return self->pending;
}

/**
 * bounce_autosave_flush:
 *
 * Saves the watched record now if it has unsaved edits.
 */
gboolean
bounce_autosave_flush (BounceAutosave  *self,
                       GError         **error)
{
  g_return_val_if_fail (BOUNCE_IS_AUTOSAVE (self), FALSE);

  g_clear_handle_id (&self->timeout_id, g_source_remove);

  if (!self->pending)
    return TRUE;

  if (!bounce_journal_save (self->journal, self->record, error))
    return FALSE;

  self->pending = FALSE;
  return TRUE;
}
