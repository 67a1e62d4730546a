/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-record.c: identity, timestamps and stored fields shared by every kind of record. */
#define G_LOG_DOMAIN "bounce-record"

#include "bounce-record.h"

typedef struct
{
  char   *uuid;
  gint64  created;
  gint64  updated;
  GValue *values;   /* one per field of the instance's class */
} BounceRecordPrivate;

enum {
  PROP_0,
  PROP_UUID,
  PROP_CREATED,
  PROP_UPDATED,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (BounceRecord, bounce_record, G_TYPE_OBJECT)

/* The class is only complete once the instance is, so values come lazily. */
static GValue *
ensure_values (BounceRecord *self)
{
  BounceRecordPrivate *priv = bounce_record_get_instance_private (self);
  BounceRecordClass *klass = BOUNCE_RECORD_GET_CLASS (self);

  if (priv->values == NULL && klass->n_fields > 0)
    {
      priv->values = g_new0 (GValue, klass->n_fields);
      for (guint i = 0; i < klass->n_fields; i++)
        {
          g_value_init (&priv->values[i], klass->fields[i]->value_type);
          g_param_value_set_default (klass->fields[i], &priv->values[i]);
        }
    }

  return priv->values;
}

static void
get_field (GObject    *object,
           guint       prop_id,
           GValue     *value,
           GParamSpec *pspec)
{
  GValue *values = ensure_values (BOUNCE_RECORD (object));

  g_value_copy (&values[prop_id - 1], value);
}

static void
set_field (GObject      *object,
           guint         prop_id,
           const GValue *value,
           GParamSpec   *pspec)
{
  GValue *values = ensure_values (BOUNCE_RECORD (object));

  if (g_param_values_cmp (pspec, &values[prop_id - 1], value) == 0)
    return;

  g_value_copy (value, &values[prop_id - 1]);
  g_object_notify_by_pspec (object, pspec);
}

static void
bounce_record_dispatch_properties_changed (GObject     *object,
                                           guint        n_pspecs,
                                           GParamSpec **pspecs)
{
  BounceRecordClass *klass = BOUNCE_RECORD_GET_CLASS (object);
  gboolean summary_changed = FALSE;

  G_OBJECT_CLASS (bounce_record_parent_class)->dispatch_properties_changed (object,
                                                                             n_pspecs,
                                                                             pspecs);

  /* The summary is derived, so it changes whenever its source does. */
  for (guint i = 0; i < n_pspecs; i++)
    if (klass->summary_property != NULL &&
        g_strcmp0 (pspecs[i]->name, klass->summary_property) == 0)
      summary_changed = TRUE;

  if (summary_changed)
    g_object_notify_by_pspec (object, properties[PROP_SUMMARY]);
}

static void
bounce_record_constructed (GObject *object)
{
  BounceRecord *self = BOUNCE_RECORD (object);
  BounceRecordPrivate *priv = bounce_record_get_instance_private (self);

  G_OBJECT_CLASS (bounce_record_parent_class)->constructed (object);

  if (priv->uuid == NULL)
    priv->uuid = g_uuid_string_random ();
  if (priv->created == 0)
    priv->created = g_get_real_time ();
  if (priv->updated == 0)
    priv->updated = priv->created;
}

static void
bounce_record_finalize (GObject *object)
{
  BounceRecord *self = BOUNCE_RECORD (object);
  BounceRecordPrivate *priv = bounce_record_get_instance_private (self);

  g_clear_pointer (&priv->uuid, g_free);
  if (priv->values != NULL)
    {
      for (guint i = 0; i < BOUNCE_RECORD_GET_CLASS (self)->n_fields; i++)
        g_value_unset (&priv->values[i]);
      g_clear_pointer (&priv->values, g_free);
    }

  G_OBJECT_CLASS (bounce_record_parent_class)->finalize (object);
}

static void
bounce_record_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BounceRecord *self = BOUNCE_RECORD (object);
  BounceRecordPrivate *priv = bounce_record_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, priv->uuid);
      break;

    case PROP_CREATED:
      g_value_set_int64 (value, priv->created);
      break;

    case PROP_UPDATED:
      g_value_set_int64 (value, priv->updated);
      break;

    case PROP_SUMMARY:
      g_value_take_string (value, bounce_record_dup_summary (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_record_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BounceRecord *self = BOUNCE_RECORD (object);
  BounceRecordPrivate *priv = bounce_record_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_UUID:
      priv->uuid = g_value_dup_string (value);
      break;

    case PROP_CREATED:
      priv->created = g_value_get_int64 (value);
      break;

    case PROP_UPDATED:
      bounce_record_set_updated (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_record_class_init (BounceRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = bounce_record_constructed;
  object_class->finalize = bounce_record_finalize;
  object_class->get_property = bounce_record_get_property;
  object_class->set_property = bounce_record_set_property;
  object_class->dispatch_properties_changed = bounce_record_dispatch_properties_changed;

  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_UPDATED] =
    g_param_spec_int64 ("updated", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bounce_record_init (BounceRecord *self)
{
}

/**
 * bounce_record_class_install_fields:
 * @fields: (array length=n_fields): the stored properties; each needs
 *   %G_PARAM_EXPLICIT_NOTIFY, and a string field must default to ""
 *
 * Installs @fields on a subclass, as properties whose values the record keeps.
 */
void
bounce_record_class_install_fields (BounceRecordClass  *klass,
                                    const char         *table,
                                    const char         *summary_property,
                                    GParamSpec        **fields,
                                    guint               n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = get_field;
  object_class->set_property = set_field;

  klass->table = table;
  klass->summary_property = summary_property;
  klass->fields = g_new (GParamSpec *, n_fields);
  klass->n_fields = n_fields;

  for (guint i = 0; i < n_fields; i++)
    {
      g_assert (fields[i]->flags & G_PARAM_EXPLICIT_NOTIFY);
      klass->fields[i] = g_param_spec_ref_sink (fields[i]);
      g_object_class_install_property (object_class, i + 1, fields[i]);
    }
}

const char *
bounce_record_get_uuid (BounceRecord *self)
{
  BounceRecordPrivate *priv = bounce_record_get_instance_private (self);

  g_return_val_if_fail (BOUNCE_IS_RECORD (self), NULL);

  return priv->uuid;
}

/* Microseconds since the Unix epoch, as g_get_real_time() counts them. */
gint64
bounce_record_get_created (BounceRecord *self)
{
  BounceRecordPrivate *priv = bounce_record_get_instance_private (self);

  g_return_val_if_fail (BOUNCE_IS_RECORD (self), 0);

  return priv->created;
}

gint64
bounce_record_get_updated (BounceRecord *self)
{
  BounceRecordPrivate *priv = bounce_record_get_instance_private (self);

  g_return_val_if_fail (BOUNCE_IS_RECORD (self), 0);

  return priv->updated;
}

void
bounce_record_set_updated (BounceRecord *self,
                           gint64        updated)
{
  BounceRecordPrivate *priv = bounce_record_get_instance_private (self);

  g_return_if_fail (BOUNCE_IS_RECORD (self));

  if (priv->updated == updated)
    return;

  priv->updated = updated;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
}

/**
 * bounce_record_dup_summary:
 *
 * Returns: (transfer full): the first non-blank line of the record's summary
 *   property, stripped, or an empty string when there is none
 */
char *
bounce_record_dup_summary (BounceRecord *self)
{
  BounceRecordClass *klass;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  g_return_val_if_fail (BOUNCE_IS_RECORD (self), NULL);

  klass = BOUNCE_RECORD_GET_CLASS (self);
  if (klass->summary_property == NULL)
    return g_strdup ("");

  g_object_get (self, klass->summary_property, &text, NULL);
  if (text == NULL)
    return g_strdup ("");

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0')
        return g_strdup (lines[i]);
    }

  return g_strdup ("");
}

/* A string counts as untouched when it holds only white space, since that is what an
 * editor leaves behind when someone types and deletes. */
static gboolean
is_default (GParamSpec   *pspec,
            const GValue *value)
{
  if (G_VALUE_HOLDS_STRING (value))
    {
      const char *text = g_value_get_string (value);

      while (text != NULL && g_ascii_isspace (*text))
        text++;
      return text == NULL || *text == '\0';
    }

  return g_param_value_defaults (pspec, value);
}

/**
 * bounce_record_is_blank:
 *
 * Returns: %TRUE when every field of the record still holds its default (strings
 *   counting as default when they hold only white space): a record the person has
 *   not touched, which may go without a word
 */
gboolean
bounce_record_is_blank (BounceRecord *self)
{
  BounceRecordClass *klass;
  GValue *values;

  g_return_val_if_fail (BOUNCE_IS_RECORD (self), TRUE);

  klass = BOUNCE_RECORD_GET_CLASS (self);
  values = ensure_values (self);
  for (guint i = 0; i < klass->n_fields; i++)
    if (!is_default (klass->fields[i], &values[i]))
      return FALSE;

  return TRUE;
}
