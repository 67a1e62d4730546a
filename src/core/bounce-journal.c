/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-journal.c: list models of the journal that write through to the store. */
#define G_LOG_DOMAIN "bounce-journal"

#include <glib/gi18n.h>

#include "bounce-goal.h"
#include "bounce-journal.h"
#include "bounce-kinds.h"
#include "bounce-part-list.h"
#include "bounce-record-list.h"
#include "bounce-switch.h"

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

/* An idea deleted while project A, then brought back after another idea became A, comes
 * back without the mark: the other keeps it, as the person chose last. */
static void
release_taken_marks (BounceJournal *self,
                     BounceIdea    *idea)
{
  const char *uuid = bounce_record_get_uuid (BOUNCE_RECORD (idea));
  BounceIdeaProject project;
  gboolean back_pocket;

  g_object_get (idea, "project", &project, "back-pocket", &back_pocket, NULL);
  if (project != BOUNCE_IDEA_PROJECT_NONE)
    {
      g_autofree char *holder = bounce_store_dup_project_uuid (self->store, project, NULL);

      if (holder != NULL && !g_str_equal (holder, uuid))
        g_object_set (idea, "project", BOUNCE_IDEA_PROJECT_NONE, NULL);
    }
  if (back_pocket)
    {
      g_autofree char *holder = bounce_store_dup_back_pocket_uuid (self->store, NULL);

      if (holder != NULL && !g_str_equal (holder, uuid))
        g_object_set (idea, "back-pocket", FALSE, NULL);
    }
}

typedef struct
{
  BounceRecordList *list;
  guint             position;
} Place;

static int
compare_places (gconstpointer a,
                gconstpointer b)
{
  guint pa = ((const Place *) a)->position, pb = ((const Place *) b)->position;

  return (pa > pb) - (pa < pb);
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
  if (BOUNCE_IS_IDEA (record))
    release_taken_marks (self, BOUNCE_IDEA (record));
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

static void
take_marks (BounceJournal *self,
            BounceIdea    *live)
{
  g_autoptr(BounceRecord) stored = NULL;
  g_autoptr(GError) error = NULL;
  int project, stored_project;
  gboolean back_pocket, stored_back_pocket;

  stored = bounce_store_load_one (self->store, BOUNCE_TYPE_IDEA,
                                  bounce_record_get_uuid (BOUNCE_RECORD (live)), &error);
  if (stored == NULL)
    return;

  g_object_get (live, "project", &project, "back-pocket", &back_pocket, NULL);
  g_object_get (stored, "project", &stored_project, "back-pocket", &stored_back_pocket, NULL);
  if (project != stored_project)
    g_object_set (live, "project", stored_project, NULL);
  if (back_pocket != stored_back_pocket)
    g_object_set (live, "back-pocket", stored_back_pocket, NULL);
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
  g_autoptr(GPtrArray) holders = NULL;
  BounceIdea *holder;
  guint n_types;
  const GType *types = bounce_kinds_get (&n_types);

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (records != NULL, FALSE);

  for (guint i = 0; i < records->len; i++)
    g_return_val_if_fail (g_hash_table_contains (self->lists,
                                                 GSIZE_TO_POINTER (G_OBJECT_TYPE (records->pdata[i]))),
                          FALSE);

  /* The ideas that hold a mark now, which a merged idea may take (release_marks()). */
  holders = g_ptr_array_new_with_free_func (g_object_unref);
  for (BounceIdeaProject p = BOUNCE_IDEA_PROJECT_A; p <= BOUNCE_IDEA_PROJECT_B; p++)
    if ((holder = bounce_journal_dup_project (self, p)) != NULL)
      g_ptr_array_add (holders, holder);
  if ((holder = bounce_journal_dup_back_pocket (self)) != NULL)
    g_ptr_array_add (holders, holder);

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
      if (live != NULL && BOUNCE_IS_IDEA (live))
        g_ptr_array_add (holders, g_object_ref (live));
    }

  /* Each live idea that held a mark, or was merged, holds what the store now says. */
  for (guint i = 0; i < holders->len; i++)
    take_marks (self, holders->pdata[i]);

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

/**
 * bounce_journal_write:
 * @writes: (array length=n_writes): what to write, in order; an update or a delete of a
 *   record the journal holds (the object its list gives), an insert of a new one
 *
 * Writes records of any kinds in one transaction (bounce_store_write()), then tells
 * their lists: what is one change to the person stays one change on disk.
 */
gboolean
bounce_journal_write (BounceJournal           *self,
                      const BounceStoreWrite  *writes,
                      guint                    n_writes,
                      GError                 **error)
{
  g_autoptr(GArray) removed = g_array_new (FALSE, FALSE, sizeof (Place));
  g_autoptr(GArray) inserted = g_array_new (FALSE, FALSE, sizeof (Place));

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), FALSE);

  for (guint i = 0; i < n_writes; i++)
    {
      Place place;

      if (writes[i].change == BOUNCE_STORE_INSERT)
        continue;
      if (!(place.list = find_record (self, writes[i].record, &place.position, error)))
        return FALSE;
      if (writes[i].change == BOUNCE_STORE_DELETE)
        g_array_append_val (removed, place);
    }

  if (!bounce_store_write (self->store, writes, n_writes, error))
    return FALSE;

  /* From the last place up, so that each place told is still where it was. */
  g_array_sort (removed, compare_places);
  for (guint i = removed->len; i > 0; i--)
    {
      Place *place = &g_array_index (removed, Place, i - 1);

      bounce_record_list_removed (place->list, place->position);
    }
  for (guint i = 0; i < n_writes; i++)
    if (writes[i].change == BOUNCE_STORE_DELETE)
      bounce_record_list_forget (list_for_record (self, writes[i].record), writes[i].record);

  /* The places they now have, from the first down. */
  for (guint i = 0; i < n_writes; i++)
    if (writes[i].change == BOUNCE_STORE_INSERT)
      {
        Place place = { list_for_record (self, writes[i].record), 0 };

        bounce_record_list_adopt (place.list, writes[i].record);
        if (!bounce_store_position (self->store, writes[i].record, &place.position, NULL))
          place.position = 0;
        g_array_append_val (inserted, place);
      }
  g_array_sort (inserted, compare_places);
  for (guint i = 0; i < inserted->len; i++)
    {
      Place *place = &g_array_index (inserted, Place, i);

      bounce_record_list_inserted (place->list, place->position);
    }

  for (guint i = 0; i < n_writes; i++)
    if (writes[i].change == BOUNCE_STORE_UPDATE)
      {
        guint position;

        if (bounce_store_position (self->store, writes[i].record, &position, NULL))
          bounce_record_list_changed (list_for_record (self, writes[i].record), position);
      }

  return TRUE;
}

/**
 * bounce_journal_dup_parts:
 * @record_type: a kind that is a part of another (an aspect, a rating, a step)
 * @field: its reference to what it is a part of
 * @uuid: what it is a part of
 *
 * Returns: (transfer full) (element-type BounceRecord): the parts, oldest first, each the
 *   one live object of its record; empty when they cannot be read
 */
GPtrArray *
bounce_journal_dup_parts (BounceJournal *self,
                          GType          record_type,
                          const char    *field,
                          const char    *uuid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  BounceRecordList *list;

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), NULL);

  list = list_for (self, record_type);
  records = bounce_store_load_by_reference (self->store, record_type, field, uuid, &error);
  if (records == NULL)
    {
      g_message ("Could not read the parts of an entry: %s", error->message);
      return g_ptr_array_new_with_free_func (g_object_unref);
    }

  for (guint i = 0; i < records->len; i++)
    {
      BounceRecord *live = bounce_record_list_adopt (list, records->pdata[i]);

      if (live != records->pdata[i])
        {
          g_object_unref (records->pdata[i]);
          records->pdata[i] = g_object_ref (live);
        }
    }

  return g_steal_pointer (&records);
}

/**
 * bounce_journal_get_parts:
 *
 * As bounce_journal_dup_parts(), as a list model that follows the journal's changes.
 *
 * Returns: (transfer full): a #BouncePartList
 */
GListModel *
bounce_journal_get_parts (BounceJournal *self,
                          GType          record_type,
                          const char    *field,
                          const char    *uuid)
{
  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), NULL);

  return G_LIST_MODEL (bounce_part_list_new (self, record_type, field, uuid));
}

/* The idea the store names, as its live object. */
static BounceIdea *
dup_idea (BounceJournal *self,
          char          *uuid)
{
  g_autofree char *owned = uuid;

  if (owned == NULL)
    return NULL;
  return BOUNCE_IDEA (bounce_journal_dup_record (self, BOUNCE_TYPE_IDEA, owned));
}

/**
 * bounce_journal_dup_project:
 * @project: %BOUNCE_IDEA_PROJECT_A or %BOUNCE_IDEA_PROJECT_B
 *
 * Returns: (transfer full) (nullable): the idea that is @project, or %NULL
 */
BounceIdea *
bounce_journal_dup_project (BounceJournal     *self,
                            BounceIdeaProject  project)
{
  g_autoptr(GError) error = NULL;
  char *uuid;

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (project != BOUNCE_IDEA_PROJECT_NONE, NULL);

  uuid = bounce_store_dup_project_uuid (self->store, project, &error);
  if (error != NULL)
    g_message ("Could not read the projects: %s", error->message);
  return dup_idea (self, uuid);
}

/**
 * bounce_journal_dup_back_pocket:
 *
 * Returns: (transfer full) (nullable): the back-pocket project, or %NULL
 */
BounceIdea *
bounce_journal_dup_back_pocket (BounceJournal *self)
{
  g_autoptr(GError) error = NULL;
  char *uuid;

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), NULL);

  uuid = bounce_store_dup_back_pocket_uuid (self->store, &error);
  if (error != NULL)
    g_message ("Could not read the back-pocket project: %s", error->message);
  return dup_idea (self, uuid);
}

/* Marks @idea with @field = @value and takes the mark from @holder (when another idea),
 * in one transaction; on failure both are as they were. */
static gboolean
move_mark (BounceJournal  *self,
           BounceIdea     *idea,
           BounceIdea     *holder,
           const char     *field,
           int             value,
           int             none,
           GError        **error)
{
  BounceStoreWrite writes[2];
  guint n_writes = 0;
  int old;

  g_object_get (idea, field, &old, NULL);
  if (holder == idea)
    holder = NULL;

  /* The holder first: the file never holds the mark twice, even inside the transaction. */
  if (holder != NULL)
    {
      g_object_set (holder, field, none, NULL);
      writes[n_writes++] = (BounceStoreWrite) { BOUNCE_STORE_UPDATE, BOUNCE_RECORD (holder) };
    }
  g_object_set (idea, field, value, NULL);
  writes[n_writes++] = (BounceStoreWrite) { BOUNCE_STORE_UPDATE, BOUNCE_RECORD (idea) };

  if (!bounce_journal_write (self, writes, n_writes, error))
    {
      g_object_set (idea, field, old, NULL);
      if (holder != NULL)
        g_object_set (holder, field, value, NULL);
      return FALSE;
    }

  return TRUE;
}

/**
 * bounce_journal_set_project:
 * @idea: an idea of the journal
 * @project: which project it is to be, or %BOUNCE_IDEA_PROJECT_NONE
 *
 * Marks @idea as project A or B, taking the mark from the idea that had it, in one
 * transaction: the journal never has two of either.
 */
gboolean
bounce_journal_set_project (BounceJournal      *self,
                            BounceIdea         *idea,
                            BounceIdeaProject   project,
                            GError            **error)
{
  g_autoptr(BounceIdea) holder = NULL;

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (BOUNCE_IS_IDEA (idea), FALSE);

  if (project != BOUNCE_IDEA_PROJECT_NONE)
    holder = bounce_journal_dup_project (self, project);

  return move_mark (self, idea, holder, "project", project, BOUNCE_IDEA_PROJECT_NONE, error);
}

/**
 * bounce_journal_set_back_pocket:
 *
 * Marks @idea as the back-pocket project, or not; the idea that was it no longer is,
 * in the same transaction.
 */
gboolean
bounce_journal_set_back_pocket (BounceJournal  *self,
                                BounceIdea     *idea,
                                gboolean        back_pocket,
                                GError        **error)
{
  g_autoptr(BounceIdea) holder = NULL;

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (BOUNCE_IS_IDEA (idea), FALSE);

  if (back_pocket)
    holder = bounce_journal_dup_back_pocket (self);

  return move_mark (self, idea, holder, "back-pocket", !!back_pocket, FALSE, error);
}

/**
 * bounce_journal_dup_current_project:
 *
 * The project in play is the one last switched to; with no switch yet (or when the
 * one switched to is no longer a project), project A, else project B.
 *
 * Returns: (transfer full) (nullable): the idea of the project in play, or %NULL when
 *   no idea is a project
 */
BounceIdea *
bounce_journal_dup_current_project (BounceJournal *self)
{
  g_autoptr(BounceIdea) a = NULL;
  g_autoptr(BounceIdea) b = NULL;
  g_autoptr(BounceRecord) last = NULL;

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), NULL);

  a = bounce_journal_dup_project (self, BOUNCE_IDEA_PROJECT_A);
  b = bounce_journal_dup_project (self, BOUNCE_IDEA_PROJECT_B);
  last = g_list_model_get_item (bounce_journal_get_records (self, BOUNCE_TYPE_SWITCH), 0);
  if (last != NULL)
    {
      g_autofree char *to = NULL;

      g_object_get (last, "to-idea", &to, NULL);
      if (b != NULL && g_str_equal (to, bounce_record_get_uuid (BOUNCE_RECORD (b))))
        return g_steal_pointer (&b);
    }

  return a != NULL ? g_steal_pointer (&a) : g_steal_pointer (&b);
}

/**
 * bounce_journal_switch_project:
 * @note: the resume note for the project being left: where I stopped, what next
 *
 * Switches from the project in play to the other, in one transaction: @note is kept on
 * the one left, and the switch in the history of switches.
 *
 * Returns: (transfer full): the project switched to, whose own note says where it was
 *   left; %NULL with @error set when there are not two projects
 */
BounceIdea *
bounce_journal_switch_project (BounceJournal  *self,
                               const char     *note,
                               GError        **error)
{
  g_autoptr(BounceIdea) from = NULL;
  g_autoptr(BounceIdea) to = NULL;
  g_autoptr(BounceRecord) record = NULL;
  g_autofree char *old_note = NULL;
  BounceIdeaProject project;
  BounceStoreWrite writes[2];

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (note != NULL, NULL);

  from = bounce_journal_dup_current_project (self);
  if (from != NULL)
    {
      g_object_get (from, "project", &project, "resume-note", &old_note, NULL);
      to = bounce_journal_dup_project (self, project == BOUNCE_IDEA_PROJECT_A
                                             ? BOUNCE_IDEA_PROJECT_B : BOUNCE_IDEA_PROJECT_A);
    }
  if (to == NULL)
    {
      g_set_error_literal (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_NOT_FOUND,
                           _("there is no other project to switch to"));
      return NULL;
    }

  record = g_object_new (BOUNCE_TYPE_SWITCH,
                         "from-idea", bounce_record_get_uuid (BOUNCE_RECORD (from)),
                         "to-idea", bounce_record_get_uuid (BOUNCE_RECORD (to)),
                         "note", note, NULL);
  g_object_set (from, "resume-note", note, NULL);
  writes[0] = (BounceStoreWrite) { BOUNCE_STORE_UPDATE, BOUNCE_RECORD (from) };
  writes[1] = (BounceStoreWrite) { BOUNCE_STORE_INSERT, record };
  if (!bounce_journal_write (self, writes, G_N_ELEMENTS (writes), error))
    {
      g_object_set (from, "resume-note", old_note, NULL);
      return NULL;
    }

  return g_steal_pointer (&to);
}

/**
 * bounce_journal_step_done:
 * @idea: an idea whose next step holds words
 *
 * Keeps the idea's next step as a step done, and clears it for the next one, in one
 * transaction.
 *
 * Returns: (transfer full): the step done, or %NULL with @error set
 */
BounceStep *
bounce_journal_step_done (BounceJournal  *self,
                          BounceIdea     *idea,
                          GError        **error)
{
  g_autoptr(BounceStep) step = NULL;
  g_autofree char *text = NULL;
  g_autofree char *old = NULL;
  BounceStoreWrite writes[2];

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (BOUNCE_IS_IDEA (idea), NULL);

  g_object_get (idea, "next-step", &text, NULL);
  g_strstrip (text);
  if (*text == '\0')
    {
      g_set_error_literal (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_INVALID,
                           _("there is no next step to mark as done"));
      return NULL;
    }

  g_object_get (idea, "next-step", &old, NULL);
  step = g_object_new (BOUNCE_TYPE_STEP, "idea", bounce_record_get_uuid (BOUNCE_RECORD (idea)),
                       "text", text, NULL);
  g_object_set (idea, "next-step", "", NULL);
  writes[0] = (BounceStoreWrite) { BOUNCE_STORE_INSERT, BOUNCE_RECORD (step) };
  writes[1] = (BounceStoreWrite) { BOUNCE_STORE_UPDATE, BOUNCE_RECORD (idea) };
  if (!bounce_journal_write (self, writes, G_N_ELEMENTS (writes), error))
    {
      g_object_set (idea, "next-step", old, NULL);
      return NULL;
    }

  return g_steal_pointer (&step);
}

/**
 * bounce_journal_dup_rating:
 *
 * Returns: (transfer full) (nullable): how @idea was rated for @aspect, or %NULL when
 *   it was not
 */
BounceRating *
bounce_journal_dup_rating (BounceJournal *self,
                           BounceIdea    *idea,
                           BounceAspect  *aspect)
{
  g_autoptr(GPtrArray) ratings = NULL;
  const char *aspect_uuid;

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (BOUNCE_IS_IDEA (idea), NULL);
  g_return_val_if_fail (BOUNCE_IS_ASPECT (aspect), NULL);

  aspect_uuid = bounce_record_get_uuid (BOUNCE_RECORD (aspect));
  ratings = bounce_journal_dup_parts (self, BOUNCE_TYPE_RATING, "idea",
                                      bounce_record_get_uuid (BOUNCE_RECORD (idea)));
  for (guint i = 0; i < ratings->len; i++)
    {
      g_autofree char *rated = NULL;

      g_object_get (ratings->pdata[i], "aspect", &rated, NULL);
      if (g_str_equal (rated, aspect_uuid))
        return g_object_ref (ratings->pdata[i]);
    }

  return NULL;
}

/**
 * bounce_journal_rate:
 * @offers: how well @idea offers @aspect (a #BounceOffers), or -1 for not rated
 *
 * Keeps how well an idea offers one aspect of what the lost goal was hoped to give:
 * one rating per idea and aspect, none for "not rated".
 */
gboolean
bounce_journal_rate (BounceJournal  *self,
                     BounceIdea     *idea,
                     BounceAspect   *aspect,
                     int             offers,
                     GError        **error)
{
  g_autoptr(BounceRating) rating = NULL;
  BounceStoreWrite write;
  int old;

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (offers >= -1 && offers <= BOUNCE_OFFERS_FULLY, FALSE);

  rating = bounce_journal_dup_rating (self, idea, aspect);
  if (rating == NULL && offers < 0)
    return TRUE;

  if (rating == NULL)
    {
      rating = g_object_new (BOUNCE_TYPE_RATING,
                             "idea", bounce_record_get_uuid (BOUNCE_RECORD (idea)),
                             "aspect", bounce_record_get_uuid (BOUNCE_RECORD (aspect)),
                             "offers", offers, NULL);
      write = (BounceStoreWrite) { BOUNCE_STORE_INSERT, BOUNCE_RECORD (rating) };
      return bounce_journal_write (self, &write, 1, error);
    }

  if (offers < 0)
    {
      write = (BounceStoreWrite) { BOUNCE_STORE_DELETE, BOUNCE_RECORD (rating) };
      return bounce_journal_write (self, &write, 1, error);
    }

  g_object_get (rating, "offers", &old, NULL);
  g_object_set (rating, "offers", offers, NULL);
  if (!bounce_journal_save (self, BOUNCE_RECORD (rating), error))
    {
      g_object_set (rating, "offers", old, NULL);
      return FALSE;
    }
  return TRUE;
}

/**
 * bounce_journal_remove_aspect:
 *
 * Deletes an aspect and every rating of an idea against it, in one transaction: a
 * score no longer counts it.
 *
 * Returns: (transfer full) (element-type BounceRecord): what was deleted, the aspect
 *   first, for bounce_journal_restore_all() to undo; %NULL with @error set
 */
GPtrArray *
bounce_journal_remove_aspect (BounceJournal  *self,
                              BounceAspect   *aspect,
                              GError        **error)
{
  g_autoptr(GPtrArray) removed = NULL;
  g_autoptr(GArray) writes = g_array_new (FALSE, FALSE, sizeof (BounceStoreWrite));

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (BOUNCE_IS_ASPECT (aspect), NULL);

  removed = bounce_journal_dup_parts (self, BOUNCE_TYPE_RATING, "aspect",
                                      bounce_record_get_uuid (BOUNCE_RECORD (aspect)));
  g_ptr_array_insert (removed, 0, g_object_ref (aspect));
  for (guint i = 0; i < removed->len; i++)
    {
      BounceStoreWrite write = { BOUNCE_STORE_DELETE, removed->pdata[i] };

      g_array_append_val (writes, write);
    }

  if (!bounce_journal_write (self, (BounceStoreWrite *) (gpointer) writes->data, writes->len,
                             error))
    return NULL;

  return g_steal_pointer (&removed);
}

/**
 * bounce_journal_restore_all:
 * @records: (element-type BounceRecord): records removed, as
 *   bounce_journal_remove_aspect() gives them
 *
 * Stores them all again, with their identities and times, in one transaction: Undo.
 */
gboolean
bounce_journal_restore_all (BounceJournal  *self,
                            GPtrArray      *records,
                            GError        **error)
{
  g_autoptr(GArray) writes = g_array_new (FALSE, FALSE, sizeof (BounceStoreWrite));

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (records != NULL, FALSE);

  for (guint i = 0; i < records->len; i++)
    {
      BounceStoreWrite write = { BOUNCE_STORE_INSERT, records->pdata[i] };

      if (BOUNCE_IS_IDEA (records->pdata[i]))
        release_taken_marks (self, records->pdata[i]);
      g_array_append_val (writes, write);
    }

  return bounce_journal_write (self, (BounceStoreWrite *) (gpointer) writes->data, writes->len,
                               error);
}

/* The aspects of the goal in focus, as the score reads them; @aspects keeps the records
 * that the entries point into. */
static GArray *
focus_aspects (BounceJournal  *self,
               GPtrArray     **aspects)
{
  g_autoptr(BounceGoal) goal = bounce_journal_dup_focus_goal (self);
  GArray *weights = g_array_new (FALSE, FALSE, sizeof (BounceScoreAspect));

  *aspects = goal != NULL
             ? bounce_journal_dup_parts (self, BOUNCE_TYPE_ASPECT, "goal",
                                         bounce_record_get_uuid (BOUNCE_RECORD (goal)))
             : g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < (*aspects)->len; i++)
    {
      BounceScoreAspect entry = { bounce_record_get_uuid ((*aspects)->pdata[i]), 0 };

      g_object_get ((*aspects)->pdata[i], "weight", &entry.weight, NULL);
      g_array_append_val (weights, entry);
    }

  return weights;
}

/* The score of @idea_uuid from @ratings, every rating of every idea. */
static void
score_from (GArray      *weights,
            GPtrArray   *ratings,
            const char  *idea_uuid,
            BounceScore *score)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (BounceScoreRating));
  g_autoptr(GPtrArray) aspect_uuids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < ratings->len; i++)
    {
      g_autofree char *idea = NULL;
      char *aspect = NULL;
      BounceScoreRating entry;

      g_object_get (ratings->pdata[i], "idea", &idea, "aspect", &aspect, "offers", &entry.offers,
                    NULL);
      g_ptr_array_add (aspect_uuids, aspect);
      if (!g_str_equal (idea, idea_uuid))
        continue;
      entry.aspect = aspect;
      g_array_append_val (entries, entry);
    }

  bounce_score_compute ((BounceScoreAspect *) (gpointer) weights->data, weights->len,
                        (BounceScoreRating *) (gpointer) entries->data, entries->len, score);
}

/**
 * bounce_journal_score_idea:
 * @score: (out caller-allocates): the score
 *
 * How much of what mattered in the goal in focus @idea offers (bounce_score_compute()).
 */
void
bounce_journal_score_idea (BounceJournal *self,
                           BounceIdea    *idea,
                           BounceScore   *score)
{
  g_autoptr(GPtrArray) aspects = NULL;
  g_autoptr(GArray) weights = NULL;
  g_autoptr(GPtrArray) ratings = NULL;

  g_return_if_fail (BOUNCE_IS_JOURNAL (self));
  g_return_if_fail (BOUNCE_IS_IDEA (idea));

  weights = focus_aspects (self, &aspects);
  ratings = bounce_journal_dup_parts (self, BOUNCE_TYPE_RATING, "idea",
                                      bounce_record_get_uuid (BOUNCE_RECORD (idea)));
  score_from (weights, ratings, bounce_record_get_uuid (BOUNCE_RECORD (idea)), score);
}

/**
 * bounce_journal_dup_scores:
 *
 * The scores of every idea at once, for a list sorted by them: three queries in all.
 *
 * Returns: (transfer full) (element-type utf8 BounceScore): each idea's uuid to its score
 */
GHashTable *
bounce_journal_dup_scores (BounceJournal *self)
{
  g_autoptr(GHashTable) scores = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(BounceGoal) goal = NULL;
  g_autoptr(GPtrArray) aspects = NULL;
  g_autoptr(GArray) weights = NULL;
  g_autoptr(GPtrArray) ratings = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *ideas;

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (self), NULL);

  weights = focus_aspects (self, &aspects);
  goal = bounce_journal_dup_focus_goal (self);
  if (goal != NULL &&
      !(ratings = bounce_store_load_goal_ratings (self->store,
                                                  bounce_record_get_uuid (BOUNCE_RECORD (goal)),
                                                  &error)))
    g_message ("Could not read the ideas' ratings: %s", error->message);
  if (ratings == NULL)
    ratings = g_ptr_array_new_with_free_func (g_object_unref);

  ideas = bounce_journal_get_records (self, BOUNCE_TYPE_IDEA);
  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(BounceRecord) idea = g_list_model_get_item (ideas, i);
      BounceScore *score = g_new0 (BounceScore, 1);

      if (idea == NULL)
        continue;
      score_from (weights, ratings, bounce_record_get_uuid (idea), score);
      g_hash_table_insert (scores, g_strdup (bounce_record_get_uuid (idea)), score);
    }

  return g_steal_pointer (&scores);
}
