/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-part-list.c: the records that are parts of one record, as a list model. */
#define G_LOG_DOMAIN "bounce-part-list"

#include "bounce-part-list.h"

/* The parts of a record are few (the aspects of a goal, the steps of an idea): they are
 * read whole, and read again whenever their kind's list changes. */
struct _BouncePartList
{
  GObject        parent_instance;

  BounceJournal *journal;
  GType          record_type;
  char          *field;
  char          *owner;
  GPtrArray     *records;   /* BounceRecord, oldest first */
};

static void bounce_part_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BouncePartList, bounce_part_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      bounce_part_list_model_init))

static gboolean
same_records (GPtrArray *a,
              GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (a->pdata[i] != b->pdata[i])
      return FALSE;
  return TRUE;
}

/* Tells only a real change: a part saved in place (a name typed) keeps its row, and the
 * widget it is typed into. */
static void
reload (BouncePartList *self)
{
  g_autoptr(GPtrArray) records = bounce_journal_dup_parts (self->journal, self->record_type,
                                                           self->field, self->owner);
  guint removed;

  if (same_records (self->records, records))
    return;

  removed = self->records->len;
  g_ptr_array_unref (self->records);
  self->records = g_steal_pointer (&records);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->records->len);
}

static void
on_kind_changed_cb (BouncePartList *self)
{
  reload (self);
}

static GType
bounce_part_list_get_item_type (GListModel *model)
{
  return BOUNCE_PART_LIST (model)->record_type;
}

static guint
bounce_part_list_get_n_items (GListModel *model)
{
  return BOUNCE_PART_LIST (model)->records->len;
}

static gpointer
bounce_part_list_get_item (GListModel *model,
                           guint       position)
{
  BouncePartList *self = BOUNCE_PART_LIST (model);

  if (position >= self->records->len)
    return NULL;

  return g_object_ref (self->records->pdata[position]);
}

static void
bounce_part_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = bounce_part_list_get_item_type;
  iface->get_n_items = bounce_part_list_get_n_items;
  iface->get_item = bounce_part_list_get_item;
}

static void
bounce_part_list_dispose (GObject *object)
{
  BouncePartList *self = BOUNCE_PART_LIST (object);

  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_object (&self->journal);

  G_OBJECT_CLASS (bounce_part_list_parent_class)->dispose (object);
}

static void
bounce_part_list_finalize (GObject *object)
{
  BouncePartList *self = BOUNCE_PART_LIST (object);

  g_free (self->field);
  g_free (self->owner);

  G_OBJECT_CLASS (bounce_part_list_parent_class)->finalize (object);
}

static void
bounce_part_list_class_init (BouncePartListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bounce_part_list_dispose;
  object_class->finalize = bounce_part_list_finalize;
}

static void
bounce_part_list_init (BouncePartList *self)
{
  self->records = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * bounce_part_list_new:
 * @record_type: a kind of record that is a part of another
 * @field: the reference field that names what it is a part of
 * @uuid: the record it is a part of
 *
 * Returns: (transfer full): the records of @record_type whose @field refers to @uuid,
 *   oldest first, following the journal's changes
 */
BouncePartList *
bounce_part_list_new (BounceJournal *journal,
                      GType          record_type,
                      const char    *field,
                      const char    *uuid)
{
  BouncePartList *self;

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (field != NULL && uuid != NULL, NULL);

  self = g_object_new (BOUNCE_TYPE_PART_LIST, NULL);
  self->journal = g_object_ref (journal);
  self->record_type = record_type;
  self->field = g_strdup (field);
  self->owner = g_strdup (uuid);
  g_signal_connect_object (bounce_journal_get_records (journal, record_type), "items-changed",
                           G_CALLBACK (on_kind_changed_cb), self, G_CONNECT_SWAPPED);
  g_ptr_array_unref (self->records);
  self->records = bounce_journal_dup_parts (journal, record_type, field, uuid);
  return self;
}

/**
 * bounce_part_list_get_owner:
 *
 * Returns: the uuid of the record the parts belong to
 */
const char *
bounce_part_list_get_owner (BouncePartList *self)
{
  g_return_val_if_fail (BOUNCE_IS_PART_LIST (self), NULL);

  return self->owner;
}
