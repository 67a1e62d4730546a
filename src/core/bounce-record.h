/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-record.h: the base type of everything the journal keeps. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BOUNCE_TYPE_RECORD (bounce_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (BounceRecord, bounce_record, BOUNCE, RECORD, GObject)

/**
 * BounceRecordClass:
 * @table: the SQLite table that stores this kind of record
 * @fields: the properties stored in @table, each in the column of its name
 *   (with '-' written as '_'), in the order of bounce_record_class_install_fields();
 *   bounce_record_field_is_supported() says which types a field may have
 * @n_fields: how many @fields there are
 * @summary_property: the property whose text sums up a record in a list
 * @dup_summary: the line that sums up a record in a list, when the first line of
 *   @summary_property is not enough (a mood check-in with no words, say)
 * @dup_detail: what a list shows under the summary besides the day (a treat given,
 *   a mood of 4 of 5), or %NULL for nothing
 * @prepare_new: sets up a record that bounce_journal_add() is about to store, given
 *   @kept, the records of its kind already in the journal, newest first: the prompt a
 *   new page of the grief journal is offered, say. Called before the record is stored,
 *   so what it sets is stored with it; it should only set settings
 *   (bounce_record_field_mark_setting()), so that the record stays blank.
 *
 * A subclass only declares its fields: the record keeps their values, and
 * notifies when one really changes. A change of any field notifies
 * #BounceRecord:summary too, since the summary and the detail are read from them.
 */
struct _BounceRecordClass
{
  GObjectClass parent_class;

  const char  *table;
  GParamSpec **fields;
  guint        n_fields;
  const char  *summary_property;

  char       *(*dup_summary) (BounceRecord *self);
  char       *(*dup_detail)  (BounceRecord *self);
  void        (*prepare_new) (BounceRecord *self,
                              GListModel   *kept);

  gpointer padding[5];
};

void        bounce_record_class_install_fields (BounceRecordClass  *klass,
                                                const char         *table,
                                                const char         *summary_property,
                                                GParamSpec        **fields,
                                                guint               n_fields);

const char *bounce_record_get_uuid    (BounceRecord *self);
gint64      bounce_record_get_created (BounceRecord *self);
gint64      bounce_record_get_updated (BounceRecord *self);
void        bounce_record_set_updated (BounceRecord *self,
                                       gint64        updated);
char       *bounce_record_dup_summary (BounceRecord *self);
char       *bounce_record_dup_detail  (BounceRecord *self);
char       *bounce_record_dup_first_line (BounceRecord *self,
                                          const char   *field);
gboolean    bounce_record_is_blank    (BounceRecord *self);

gboolean    bounce_record_field_is_supported       (GParamSpec   *pspec);
GParamSpec *bounce_record_param_spec_reference     (const char   *name,
                                                    GType         target_type,
                                                    GParamFlags   flags);
GType       bounce_record_field_get_reference_type (GParamSpec   *pspec);
GParamSpec *bounce_record_field_mark_setting       (GParamSpec   *pspec);
gboolean    bounce_record_field_is_setting         (GParamSpec   *pspec);
GParamSpec *bounce_record_field_mark_catalogue_id  (GParamSpec   *pspec);
gboolean    bounce_record_field_is_words           (GParamSpec   *pspec);

gboolean    bounce_record_get_optional_int64  (BounceRecord *self,
                                               const char   *field,
                                               gint64       *out);
void        bounce_record_set_optional_int64  (BounceRecord *self,
                                               const char   *field,
                                               gboolean      has_value,
                                               gint64        value);
gboolean    bounce_record_get_optional_double (BounceRecord *self,
                                               const char   *field,
                                               double       *out);
void        bounce_record_set_optional_double (BounceRecord *self,
                                               const char   *field,
                                               gboolean      has_value,
                                               double        value);

G_END_DECLS
