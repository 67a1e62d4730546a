/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-record-list.c: the records of one kind as a list model read from the store by pages.
 *
 * A journal kept for years holds tens of thousands of pages; a list shows a screenful. This
 * model knows only how many records there are, and reads the ones asked for a page at a
 * time, keeping the few pages read last. Every record it hands out is the one live object of
 * its uuid for as long as anyone holds it (the editors and the autosave compare records by
 * pointer, and an edit not yet saved must not be read over by the file's older words). The
 * journal makes every change through the store and then tells the list where. */
#define G_LOG_DOMAIN "bounce-record-list"

#include "bounce-record-list.h"

/* Pages kept: what a list scrolled to and fro needs, a few hundred small objects. */
#define PAGES_KEPT 8

typedef struct
{
  GPtrArray *records;   /* BounceRecord, newest first */
  GArray    *keys;      /* BounceStoreKey of each */
  guint64    used;      /* when it was last asked for, in reads of the list */
} Page;

struct _BounceRecordList
{
  GObject      parent_instance;

  BounceStore *store;
  GType        record_type;
  guint        n_items;
  GHashTable  *pages;       /* page index -> Page */
  guint64      clock;       /* counts get_item calls, for the least recently used page */
  GHashTable  *live;        /* uuid -> BounceRecord, not owned (weak) */
  GHashTable  *live_uuids;  /* BounceRecord -> its uuid, owned: the key of @live */
  guint        n_pages_read;
};

static void bounce_record_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BounceRecordList, bounce_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      bounce_record_list_model_init))

static void
page_free (gpointer data)
{
  Page *page = data;

  g_ptr_array_unref (page->records);
  g_array_unref (page->keys);
  g_free (page);
}

static void
on_live_record_gone_cb (gpointer  user_data,
                        GObject  *where_it_was)
{
  BounceRecordList *self = user_data;
  const char *uuid = g_hash_table_lookup (self->live_uuids, where_it_was);

  if (uuid != NULL && g_hash_table_lookup (self->live, uuid) == (gpointer) where_it_was)
    g_hash_table_remove (self->live, uuid);
  g_hash_table_remove (self->live_uuids, where_it_was);
}

/* The page at @index, read through its neighbour's key when the neighbour is kept (no
 * index walk), else by its offset from the nearer end. */
static Page *
read_page (BounceRecordList *self,
           guint             index)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) keys = NULL;
  GPtrArray *records;
  Page *before = index > 0 ? g_hash_table_lookup (self->pages, GUINT_TO_POINTER (index - 1))
                           : NULL;
  Page *after = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (index + 1));
  guint start = index * BOUNCE_RECORD_LIST_PAGE_SIZE;
  guint end = MIN (start + BOUNCE_RECORD_LIST_PAGE_SIZE, self->n_items);
  Page *page;

  if (before != NULL && before->keys->len == BOUNCE_RECORD_LIST_PAGE_SIZE)
    records = bounce_store_load_page (self->store, self->record_type, BOUNCE_STORE_PAGE_OLDER,
                                      &g_array_index (before->keys, BounceStoreKey,
                                                      before->keys->len - 1),
                                      0, end - start, &keys, &error);
  else if (after != NULL && after->keys->len > 0)
    records = bounce_store_load_page (self->store, self->record_type, BOUNCE_STORE_PAGE_NEWER,
                                      &g_array_index (after->keys, BounceStoreKey, 0),
                                      0, end - start, &keys, &error);
  else if (start <= self->n_items - end)
    records = bounce_store_load_page (self->store, self->record_type, BOUNCE_STORE_PAGE_NEWEST,
                                      NULL, start, end - start, &keys, &error);
  else
    records = bounce_store_load_page (self->store, self->record_type, BOUNCE_STORE_PAGE_OLDEST,
                                      NULL, self->n_items - end, end - start, &keys, &error);

  if (records == NULL)
    {
      /* A list cannot say so: the rows stay empty, and the next look tries again. */
      g_message ("Could not read entries %u to %u: %s", start, end, error->message);
      return NULL;
    }

  self->n_pages_read++;

  /* A record someone holds is given as it is held, edits not yet saved and all. */
  for (guint i = 0; i < records->len; i++)
    {
      BounceRecord *live = bounce_record_list_adopt (self, records->pdata[i]);

      if (live != records->pdata[i])
        {
          g_object_unref (records->pdata[i]);
          records->pdata[i] = g_object_ref (live);
        }
    }

  /* The least recently used page makes room. */
  if (g_hash_table_size (self->pages) >= PAGES_KEPT)
    {
      GHashTableIter iter;
      gpointer key, value, oldest = NULL;
      guint64 oldest_used = G_MAXUINT64;

      g_hash_table_iter_init (&iter, self->pages);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (((Page *) value)->used < oldest_used)
          {
            oldest_used = ((Page *) value)->used;
            oldest = key;
          }
      g_hash_table_remove (self->pages, oldest);
    }

  page = g_new0 (Page, 1);
  page->records = records;
  page->keys = g_steal_pointer (&keys);
  g_hash_table_insert (self->pages, GUINT_TO_POINTER (index), page);
  return page;
}

static GType
bounce_record_list_get_item_type (GListModel *model)
{
  return BOUNCE_RECORD_LIST (model)->record_type;
}

static guint
bounce_record_list_get_n_items (GListModel *model)
{
  return BOUNCE_RECORD_LIST (model)->n_items;
}

static gpointer
bounce_record_list_get_item (GListModel *model,
                             guint       position)
{
  BounceRecordList *self = BOUNCE_RECORD_LIST (model);
  guint index = position / BOUNCE_RECORD_LIST_PAGE_SIZE;
  guint offset = position % BOUNCE_RECORD_LIST_PAGE_SIZE;
  Page *page;

  if (position >= self->n_items)
    return NULL;

  page = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (index));
  if (page == NULL && (page = read_page (self, index)) == NULL)
    return NULL;

  page->used = ++self->clock;
  /* Another program took rows away under us: fewer than counted. */
  if (offset >= page->records->len)
    return NULL;

  return g_object_ref (page->records->pdata[offset]);
}

static void
bounce_record_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = bounce_record_list_get_item_type;
  iface->get_n_items = bounce_record_list_get_n_items;
  iface->get_item = bounce_record_list_get_item;
}

static void
bounce_record_list_dispose (GObject *object)
{
  BounceRecordList *self = BOUNCE_RECORD_LIST (object);

  if (self->live_uuids != NULL)
    {
      GHashTableIter iter;
      gpointer record;

      g_hash_table_iter_init (&iter, self->live_uuids);
      while (g_hash_table_iter_next (&iter, &record, NULL))
        g_object_weak_unref (record, on_live_record_gone_cb, self);
    }

  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_pointer (&self->live, g_hash_table_unref);
  g_clear_pointer (&self->live_uuids, g_hash_table_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (bounce_record_list_parent_class)->dispose (object);
}

static void
bounce_record_list_class_init (BounceRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bounce_record_list_dispose;
}

static void
bounce_record_list_init (BounceRecordList *self)
{
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, page_free);
  self->live = g_hash_table_new (g_str_hash, g_str_equal);
  self->live_uuids = g_hash_table_new_full (NULL, NULL, NULL, g_free);
}

/**
 * bounce_record_list_new:
 * @record_type: a kind of bounce_kinds_get()
 *
 * Counts the records of @record_type; it reads none of them yet.
 *
 * Returns: (transfer full): the list, or %NULL with @error set
 */
BounceRecordList *
bounce_record_list_new (BounceStore  *store,
                        GType         record_type,
                        GError      **error)
{
  g_autoptr(BounceRecordList) self = NULL;

  g_return_val_if_fail (BOUNCE_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (record_type, BOUNCE_TYPE_RECORD), NULL);

  self = g_object_new (BOUNCE_TYPE_RECORD_LIST, NULL);
  self->store = g_object_ref (store);
  self->record_type = record_type;
  if (!bounce_store_count (store, record_type, &self->n_items, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * bounce_record_list_find_live:
 *
 * Returns: (transfer none) (nullable): the record of @uuid that someone holds, if any
 */
BounceRecord *
bounce_record_list_find_live (BounceRecordList *self,
                              const char       *uuid)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD_LIST (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  return g_hash_table_lookup (self->live, uuid);
}

/**
 * bounce_record_list_holds:
 *
 * Returns: whether @record is the live record of its uuid in this list: one the list
 *   handed out, or that the journal stored, and that was not removed since
 */
gboolean
bounce_record_list_holds (BounceRecordList *self,
                          BounceRecord     *record)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD_LIST (self), FALSE);
  g_return_val_if_fail (BOUNCE_IS_RECORD (record), FALSE);

  return g_hash_table_lookup (self->live, bounce_record_get_uuid (record)) == record;
}

/**
 * bounce_record_list_adopt:
 * @record: a record of the list's kind, just read or stored
 *
 * Makes @record the live record of its uuid, unless one already is.
 *
 * Returns: (transfer none): the live record of @record's uuid
 */
BounceRecord *
bounce_record_list_adopt (BounceRecordList *self,
                          BounceRecord     *record)
{
  BounceRecord *live;
  char *uuid;

  g_return_val_if_fail (BOUNCE_IS_RECORD_LIST (self), NULL);
  g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (record, self->record_type), NULL);

  live = g_hash_table_lookup (self->live, bounce_record_get_uuid (record));
  if (live != NULL)
    return live;

  uuid = g_strdup (bounce_record_get_uuid (record));
  g_hash_table_insert (self->live_uuids, record, uuid);
  g_hash_table_insert (self->live, uuid, record);
  g_object_weak_ref (G_OBJECT (record), on_live_record_gone_cb, self);
  return record;
}

/**
 * bounce_record_list_get_live:
 *
 * Returns: (transfer none) (element-type utf8 BounceRecord): the records someone holds,
 *   by uuid: to change them all in place, without reading the others
 */
GHashTable *
bounce_record_list_get_live (BounceRecordList *self)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD_LIST (self), NULL);

  return self->live;
}

/**
 * bounce_record_list_forget:
 *
 * @record is no longer in the journal: the list does not hold it any more (an undo may
 * store and adopt it again).
 */
void
bounce_record_list_forget (BounceRecordList *self,
                           BounceRecord     *record)
{
  g_return_if_fail (BOUNCE_IS_RECORD_LIST (self));

  if (!bounce_record_list_holds (self, record))
    return;

  g_object_weak_unref (G_OBJECT (record), on_live_record_gone_cb, self);
  g_hash_table_remove (self->live, bounce_record_get_uuid (record));
  g_hash_table_remove (self->live_uuids, record);
}

/* Every place after a change has moved: the pages are read again as they are shown. */
static void
drop_pages (BounceRecordList *self)
{
  g_hash_table_remove_all (self->pages);
}

void
bounce_record_list_inserted (BounceRecordList *self,
                             guint             position)
{
  g_return_if_fail (BOUNCE_IS_RECORD_LIST (self));

  drop_pages (self);
  self->n_items++;
  g_list_model_items_changed (G_LIST_MODEL (self), MIN (position, self->n_items - 1), 0, 1);
}

void
bounce_record_list_removed (BounceRecordList *self,
                            guint             position)
{
  g_return_if_fail (BOUNCE_IS_RECORD_LIST (self));
  g_return_if_fail (position < self->n_items);

  drop_pages (self);
  self->n_items--;
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
}

/**
 * bounce_record_list_reload:
 *
 * Many records came into the file at once (an import): the list counts them again, and
 * says that every row may have changed. The records someone holds stay the live ones.
 */
gboolean
bounce_record_list_reload (BounceRecordList  *self,
                           GError           **error)
{
  guint old_n_items, n_items;

  g_return_val_if_fail (BOUNCE_IS_RECORD_LIST (self), FALSE);

  if (!bounce_store_count (self->store, self->record_type, &n_items, error))
    return FALSE;

  drop_pages (self);
  old_n_items = self->n_items;
  self->n_items = n_items;
  if (old_n_items > 0 || n_items > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n_items, n_items);
  return TRUE;
}

/* A record changed in place: it keeps its place, and its page holds the same object. */
void
bounce_record_list_changed (BounceRecordList *self,
                            guint             position)
{
  g_return_if_fail (BOUNCE_IS_RECORD_LIST (self));

  if (position < self->n_items)
    g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
}

/**
 * bounce_record_list_get_n_pages_read:
 *
 * Returns: how many pages the list has read from the store so far: what opening a list
 *   costs, for the tests and the benchmark
 */
guint
bounce_record_list_get_n_pages_read (BounceRecordList *self)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD_LIST (self), 0);

  return self->n_pages_read;
}
