/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-journal.c: list models of the journal that write through to the store. */
#define G_LOG_DOMAIN "bounce-journal"

#include <glib/gi18n.h>

#include "bounce-goal.h"
#include "bounce-journal.h"
#include "bounce-kinds.h"
#include "bounce-record-list.h"

struct _BounceJournal
{
  GObject      parent_instance;

  BounceStore *store;
  GHashTable  *lists;   /* GType -> BounceRecordList of its records, newest first */
};

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  RECORD_READDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (BounceJournal, bounce_journal, G_TYPE_OBJECT)

static BounceRecordList *
list_for (BounceJournal *self,
          GType          record_type)
{
  BounceRecordList *list = g_hash_table_lookup (self->lists, GSIZE_TO_POINTER (record_type));

  g_return_val_if_fail (list != NULL, NULL);

  return list;
}

static BounceRecordList *
list_for_record (BounceJournal *self,
                 BounceRecord  *record)
{
  return list_for (self, G_OBJECT_TYPE (record));
}

/* The list that holds @record, and where: a query, not a walk. %NULL with @error set when
 * the journal holds it not (it was removed). */
static BounceRecordList *
find_record (BounceJournal  *self,
             BounceRecord   *record,
             guint          *position,
             GError        **error)
{
  BounceRecordList *list = list_for_record (self, record);

  if (!bounce_record_list_holds (list, record))
    {
      /* A reason, as the store's are: a toast puts it after "…: ". */
      g_set_error_literal (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_NOT_FOUND,
                           _("that entry is no longer in the journal"));
      return NULL;
    }

  if (!bounce_store_position (self->store, record, position, error))
    return NULL;

  return list;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  gint64 created_a = bounce_record_get_created (*(BounceRecord * const *) a);
  gint64 created_b = bounce_record_get_created (*(BounceRecord * const *) b);

  return (created_a < created_b) - (created_a > created_b);
}

static void
bounce_journal_dispose (GObject *object)
{
  BounceJournal *self = BOUNCE_JOURNAL (object);

  g_clear_pointer (&self->lists, g_hash_table_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (bounce_journal_parent_class)->dispose (object);
}

static void
bounce_journal_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BounceJournal *self = BOUNCE_JOURNAL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_journal_class_init (BounceJournalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bounce_journal_dispose;
  object_class->get_property = bounce_journal_get_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         BOUNCE_TYPE_STORE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BounceJournal::record-readded:
   * @record: the record that was stored again
   *
   * A record being saved had lost its row, to another program or a damaged file:
   * it was stored again, with its identity and its words, so that nothing typed is lost.
   */
  signals[RECORD_READDED] =
    g_signal_new ("record-readded",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, BOUNCE_TYPE_RECORD);
}

static void
bounce_journal_init (BounceJournal *self)
{
  self->lists = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
}

/**
 * bounce_journal_new:
 *
 * Counts the records of every kind in @store; the lists read them by pages as they
 * are shown.
 *
 * Returns: (transfer full): the journal, or %NULL with @error set
 */
BounceJournal *
bounce_journal_new (BounceStore  *store,
                    GError      **error)
{
  g_autoptr(BounceJournal) self = NULL;
  guint n_types;
  const GType *types = bounce_kinds_get (&n_types);

  g_return_val_if_fail (BOUNCE_IS_STORE (store), NULL);

  self = g_object_new (BOUNCE_TYPE_JOURNAL, NULL);
  self->store = g_object_ref (store);

  for (guint i = 0; i < n_types; i++)
    {
      BounceRecordList *list = bounce_record_list_new (store, types[i], error);

      if (list == NULL)
        return NULL;

      g_hash_table_insert (self->lists, GSIZE_TO_POINTER (types[i]), list);
    }

  return g_steal_pointer (&self);
}

BounceStore *
bounce_journal_get_store (BounceJournal *self)
{
  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), NULL);

  return self->store;
}

/**
 * bounce_journal_get_records:
 * @record_type: one of bounce_kinds_get()
 *
 * Returns: (transfer none): the records of @record_type, newest first, read from the
 *   file by pages as they are asked for (a #BounceRecordList)
 */
GListModel *
bounce_journal_get_records (BounceJournal *self,
                            GType          record_type)
{
  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), NULL);

  return G_LIST_MODEL (list_for (self, record_type));
}

/**
 * bounce_journal_add:
 *
 * Creates an empty record of @record_type, lets its class set it up
 * (#BounceRecordClass.prepare_new), stores it, and puts it first in its list.
 *
 * Returns: (transfer full): the new record, or %NULL with @error set
 */
BounceRecord *
bounce_journal_add (BounceJournal  *self,
                    GType           record_type,
                    GError        **error)
{
  g_autoptr(BounceRecord) record = NULL;
  BounceRecordClass *klass;

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), NULL);

  record = g_object_new (record_type, NULL);
  klass = BOUNCE_RECORD_GET_CLASS (record);
  if (klass->prepare_new != NULL)
    klass->prepare_new (record, G_LIST_MODEL (list_for (self, record_type)));
  if (!bounce_journal_restore (self, record, error))
    return NULL;

  return g_steal_pointer (&record);
}

/**
 * bounce_journal_dup_record:
 * @uuid: the record's identity
 *
 * Returns: (transfer full) (nullable): the record of @record_type with @uuid: the one
 *   live object of it, read from the file if no one holds it; %NULL when the journal has
 *   no such record (or it cannot be read)
 */
BounceRecord *
bounce_journal_dup_record (BounceJournal *self,
                           GType          record_type,
                           const char    *uuid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceRecord) record = NULL;
  BounceRecordList *list;
  BounceRecord *live;

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  list = list_for (self, record_type);
  if ((live = bounce_record_list_find_live (list, uuid)) != NULL)
    return g_object_ref (live);

  if (!(record = bounce_store_load_one (self->store, record_type, uuid, &error)))
    {
      if (!g_error_matches (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_NOT_FOUND))
        g_message ("Could not read an entry: %s", error->message);
      return NULL;
    }

  return g_object_ref (bounce_record_list_adopt (list, record));
}

/**
 * bounce_journal_find:
 * @position: (out) (optional): where @record is in its list
 *
 * Returns: whether the journal holds @record (this very object: the one its list
 *   gives), and so where it is; a query, not a walk
 */
gboolean
bounce_journal_find (BounceJournal *self,
                     BounceRecord  *record,
                     guint         *position)
{
  g_autoptr(GError) error = NULL;
  guint where;

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (BOUNCE_IS_RECORD (record), FALSE);

  if (!find_record (self, record, &where, &error))
    {
      if (!g_error_matches (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_NOT_FOUND))
        g_message ("Could not find an entry in its list: %s", error->message);
      return FALSE;
    }

  if (position != NULL)
    *position = where;
  return TRUE;
}

/**
 * bounce_journal_save:
 *
 * Writes @record's fields to the store, then tells its list that the row
 * changed. A record of the journal whose row has gone from the file is stored
 * again, with its identity and creation time, and ::record-readded says so: the
 * words typed into it are worth more than the deletion nobody here asked for.
 * A record that is not in the journal (it was removed) fails with
 * %BOUNCE_STORE_ERROR_NOT_FOUND.
 */
gboolean
bounce_journal_save (BounceJournal  *self,
                     BounceRecord   *record,
                     GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean readded = FALSE;
  BounceRecordList *list;
  guint position;

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (BOUNCE_IS_RECORD (record), FALSE);

  if (!(list = find_record (self, record, &position, error)))
    return FALSE;

  if (!bounce_store_update (self->store, record, &local_error))
    {
      if (!g_error_matches (local_error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      g_debug ("%s lost its row; storing it again", bounce_record_get_uuid (record));
      bounce_record_set_updated (record, MAX (g_get_real_time (),
                                              bounce_record_get_updated (record)));
      if (!bounce_store_insert (self->store, record, error))
        return FALSE;
      readded = TRUE;
    }

  bounce_record_list_changed (list, position);

  if (readded)
    g_signal_emit (self, signals[RECORD_READDED], 0, record);

  return TRUE;
}

/**
 * bounce_journal_remove:
 *
 * Deletes @record from the store and its list. Keep a reference to offer undo
 * through bounce_journal_restore().
 */
gboolean
bounce_journal_remove (BounceJournal  *self,
                       BounceRecord   *record,
                       GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  BounceRecordList *list;
  guint position;

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (BOUNCE_IS_RECORD (record), FALSE);

  if (!(list = find_record (self, record, &position, error)))
    return FALSE;

  /* A row already gone from the file is what was asked for. */
  if (!bounce_store_delete (self->store, record, &local_error) &&
      !g_error_matches (local_error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  bounce_record_list_forget (list, record);
  bounce_record_list_removed (list, position);
  return TRUE;
}

/**
 * bounce_journal_restore:
 *
 * Stores @record again, with its identity and times, and puts it back in its
 * place in its list.
 */
gboolean
bounce_journal_restore (BounceJournal  *self,
                        BounceRecord   *record,
                        GError        **error)
{
  BounceRecordList *list;
  guint position;

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (BOUNCE_IS_RECORD (record), FALSE);

  /* A record still in the journal (Undo pressed twice) is refused by the store. */
  list = list_for_record (self, record);
  if (!bounce_store_insert (self->store, record, error))
    return FALSE;

  bounce_record_list_adopt (list, record);
  /* Stored, it is in the list; if its place cannot be read, the list is told at the top,
   * and reads its pages again anyway. */
  if (!bounce_store_position (self->store, record, &position, NULL))
    position = 0;
  bounce_record_list_inserted (list, position);
  return TRUE;
}

/**
 * bounce_journal_drop_if_blank:
 * @dropped: (out) (optional): whether @record was removed
 *
 * Removes @record when the person left every field of it as it was made (see
 * bounce_record_is_blank()), as when Ctrl+N was pressed by mistake. A record
 * that is not in the journal, or holds anything, is left alone.
 *
 * Returns: %FALSE with @error set when a blank record could not be removed
 */
gboolean
bounce_journal_drop_if_blank (BounceJournal  *self,
                              BounceRecord   *record,
                              gboolean       *dropped,
                              GError        **error)
{
  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (BOUNCE_IS_RECORD (record), FALSE);

  if (dropped != NULL)
    *dropped = FALSE;

  if (!bounce_record_is_blank (record) ||
      !bounce_record_list_holds (list_for_record (self, record), record))
    return TRUE;

  if (!bounce_journal_remove (self, record, error))
    return FALSE;

  if (dropped != NULL)
    *dropped = TRUE;
  return TRUE;
}

/**
 * bounce_journal_focus_goal:
 * @goal: a goal of the journal
 *
 * Puts @goal in focus and takes the focus from every other goal, on disk in one
 * statement and then in the goals' "in-focus", each goal whose focus changed
 * telling its list. The Grieve page is about the goal in focus.
 */
gboolean
bounce_journal_focus_goal (BounceJournal  *self,
                           BounceGoal     *goal,
                           GError        **error)
{
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_object_unref);
  BounceRecordList *list;
  GHashTableIter iter;
  gpointer live;
  guint position;

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (BOUNCE_IS_GOAL (goal), FALSE);

  if (!(list = find_record (self, BOUNCE_RECORD (goal), &position, error)))
    return FALSE;

  if (!bounce_store_focus_goal (self->store, bounce_record_get_uuid (BOUNCE_RECORD (goal)),
                                error))
    return FALSE;

  /* The goals no one holds are read from the file, as it now says, when next shown. */
  g_hash_table_iter_init (&iter, bounce_record_list_get_live (list));
  while (g_hash_table_iter_next (&iter, NULL, &live))
    {
      gboolean in_focus;

      g_object_get (live, "in-focus", &in_focus, NULL);
      if (in_focus != (live == (gpointer) goal))
        g_ptr_array_add (changed, g_object_ref (live));
    }

  /* Told in the order of the list. */
  g_ptr_array_sort_with_data (changed, compare_newest_first, NULL);
  for (guint i = 0; i < changed->len; i++)
    {
      BounceRecord *other = changed->pdata[i];

      g_object_set (other, "in-focus", other == BOUNCE_RECORD (goal), NULL);
      if (bounce_store_position (self->store, other, &position, NULL))
        bounce_record_list_changed (list, position);
    }

  return TRUE;
}

/* The live object of a record written over by a merge takes the merged words, so that a
 * list row or an editor shows them, and an autosave does not write the older ones back. */
static void
take_merged (BounceRecord *live,
             BounceRecord *merged)
{
  BounceRecordClass *klass = BOUNCE_RECORD_GET_CLASS (merged);

  g_object_freeze_notify (G_OBJECT (live));
  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, klass->fields[i]->value_type);
      g_object_get_property (G_OBJECT (merged), klass->fields[i]->name, &value);
      g_object_set_property (G_OBJECT (live), klass->fields[i]->name, &value);
    }
  bounce_record_set_updated (live, bounce_record_get_updated (merged));
  g_object_thaw_notify (G_OBJECT (live));
}

/**
 * bounce_journal_merge:
 * @records: (element-type BounceRecord): records of the journal's kinds, from another
 *   copy of it (an import)
 * @decisions: (out) (optional) (transfer full) (element-type BounceStoreMerge): what
 *   was done with each of @records
 *
 * Merges @records into the journal by uuid and update time (bounce_store_merge()), in
 * one transaction, then tells the lists of the kinds that changed. A record someone
 * holds takes the merged fields when its copy was older. Edits not yet saved should be
 * saved first: they would otherwise be saved over the merged words.
 */
gboolean
bounce_journal_merge (BounceJournal  *self,
                      GPtrArray      *records,
                      GArray        **decisions,
                      GError        **error)
{
  g_autoptr(GArray) done = NULL;
  g_autoptr(GHashTable) changed = g_hash_table_new (NULL, NULL);
  guint n_types;
  const GType *types = bounce_kinds_get (&n_types);

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (records != NULL, FALSE);

  for (guint i = 0; i < records->len; i++)
    g_return_val_if_fail (g_hash_table_contains (self->lists,
                                                 GSIZE_TO_POINTER (G_OBJECT_TYPE (records->pdata[i]))),
                          FALSE);

  if (!bounce_store_merge (self->store, records, &done, error))
    return FALSE;

  for (guint i = 0; i < records->len; i++)
    {
      BounceRecord *record = records->pdata[i];
      BounceStoreMerge decision = g_array_index (done, BounceStoreMerge, i);
      BounceRecord *live;

      if (decision == BOUNCE_STORE_MERGE_KEPT)
        continue;

      g_hash_table_add (changed, GSIZE_TO_POINTER (G_OBJECT_TYPE (record)));
      live = bounce_record_list_find_live (list_for_record (self, record),
                                           bounce_record_get_uuid (record));
      if (live != NULL && live != record)
        take_merged (live, record);
    }

  /* In the order of the kinds, so that the window hears of them as it shows them. */
  for (guint i = 0; i < n_types; i++)
    if (g_hash_table_contains (changed, GSIZE_TO_POINTER (types[i])) &&
        !bounce_record_list_reload (list_for (self, types[i]), error))
      return FALSE;

  if (decisions != NULL)
    *decisions = g_steal_pointer (&done);
  return TRUE;
}

/**
 * bounce_journal_dup_focus_goal:
 *
 * Returns: (transfer full) (nullable): the goal in focus; when none is (a journal
 *   whose goals were all added without), the newest goal; %NULL when there is none
 */
BounceGoal *
bounce_journal_dup_focus_goal (BounceJournal *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), NULL);

  if (!(uuid = bounce_store_dup_focus_goal_uuid (self->store, &error)))
    {
      if (error != NULL)
        g_message ("Could not read the goal in focus: %s", error->message);
      return NULL;
    }

  return BOUNCE_GOAL (bounce_journal_dup_record (self, BOUNCE_TYPE_GOAL, uuid));
}
