/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-record.c: identity, timestamps and stored fields shared by every kind of record. */
#define G_LOG_DOMAIN "bounce-record"

#include <math.h>

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

/* Where a reference field keeps the kind of record it refers to. */
static GQuark
reference_type_quark (void)
{
  return g_quark_from_static_string ("bounce-record-reference-type");
}

/* Where a field is marked as a setting rather than content. */
static GQuark
catalogue_id_quark (void)
{
  return g_quark_from_static_string ("bounce-record-catalogue-id");
}

static GQuark
setting_quark (void)
{
  return g_quark_from_static_string ("bounce-record-setting");
}

/* A list row shows one line of a summary, cut to its width: a longer first line is cut
 * here, so that a page of a megabyte with no line break is not copied and laid out whole
 * at each key typed into it, and a list of long first lines is not shaped whole to be
 * measured (half the first frame's time, with 120 characters more in each row). Wider than
 * any row of the window (at most about 80 characters) in any language. */
#define SUMMARY_MAX_CHARS 120

/* The maybe types an optional field may have: a number (a date in µs, say), a real, a text. */
static const char * const optional_types[] = { "mx", "md", "ms" };

/* A Just holding a real that is not finite: GObject refuses NaN and infinities in a
 * double field, and an optional real is held to the same rule. */
static gboolean
variant_is_finite (GVariant *variant)
{
  g_autoptr(GVariant) child = NULL;

  if (variant == NULL || !g_variant_is_of_type (variant, G_VARIANT_TYPE ("md")) ||
      !(child = g_variant_get_maybe (variant)))
    return TRUE;

  return isfinite (g_variant_get_double (child));
}

/* Nothing is kept as NULL, so that a field has one way to be empty. */
static GVariant *
optional_or_null (GVariant *variant)
{
  if (variant != NULL && g_variant_is_of_type (variant, G_VARIANT_TYPE_MAYBE) &&
      g_variant_n_children (variant) == 0)
    return NULL;

  return variant;
}

/* Exact for reals (the double spec's own comparison lets values closer than its epsilon
 * pass for equal, which would drop a small change); NULL and Nothing are the same
 * optional, NULL and "" the same reference. */
static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  if (G_VALUE_HOLDS_DOUBLE (a))
    return g_value_get_double (a) == g_value_get_double (b);

  if (bounce_record_field_get_reference_type (pspec) != G_TYPE_INVALID)
    return g_strcmp0 (g_value_get_string (a) ? g_value_get_string (a) : "",
                      g_value_get_string (b) ? g_value_get_string (b) : "") == 0;

  if (G_VALUE_HOLDS_VARIANT (a))
    {
      GVariant *va = optional_or_null (g_value_get_variant (a));
      GVariant *vb = optional_or_null (g_value_get_variant (b));

      if (va == NULL || vb == NULL)
        return va == vb;
      return g_variant_equal (va, vb);
    }

  return g_param_values_cmp (pspec, a, b) == 0;
}

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

static GVariant *
dup_optional (BounceRecord       *self,
              const char         *field,
              const GVariantType *type)
{
  g_autoptr(GVariant) variant = NULL;
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), field);

  g_return_val_if_fail (pspec != NULL && G_IS_PARAM_SPEC_VARIANT (pspec), NULL);
  g_return_val_if_fail (g_variant_type_equal (G_PARAM_SPEC_VARIANT (pspec)->type, type), NULL);

  g_object_get (self, field, &variant, NULL);
  if (optional_or_null (variant) == NULL)
    return NULL;

  return g_variant_get_maybe (variant);
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
  GValue *field = &values[prop_id - 1];

  if (G_VALUE_HOLDS_VARIANT (value) && !variant_is_finite (g_value_get_variant (value)))
    {
      g_warning ("%s.%s: a real that is not finite was refused",
                 G_OBJECT_TYPE_NAME (object), pspec->name);
      return;
    }

  if (values_equal (pspec, field, value))
    return;

  if (G_VALUE_HOLDS_VARIANT (value))
    g_value_set_variant (field, optional_or_null (g_value_get_variant (value)));
  else if (bounce_record_field_get_reference_type (pspec) != G_TYPE_INVALID &&
           g_value_get_string (value) == NULL)
    g_value_set_string (field, "");
  else
    g_value_copy (value, field);
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

  /* The summary and the detail are derived, so they change whenever a field does. */
  for (guint i = 0; i < n_pspecs; i++)
    for (guint j = 0; j < klass->n_fields; j++)
      if (pspecs[i] == klass->fields[j])
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
 *   %G_PARAM_EXPLICIT_NOTIFY, a type bounce_record_field_is_supported() accepts,
 *   and a string field must default to ""
 *
 * Installs @fields on a subclass, as properties whose values the record keeps.
 * A field of a type the store cannot keep is a programming error, told with a
 * critical at class init; the store then refuses to write that record.
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
      if (!bounce_record_field_is_supported (fields[i]))
        g_critical ("%s.%s: a field of type %s cannot be stored",
                    G_OBJECT_CLASS_NAME (klass), fields[i]->name,
                    g_type_name (fields[i]->value_type));
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

/* Whether a line may be cut between @before and @after: beside a space, or beside a
 * character of a script written without spaces (Chinese, Japanese), where every
 * character is a word. */
static gboolean
is_word_break (gunichar before,
               gunichar after)
{
  return g_unichar_isspace (before) || g_unichar_isspace (after) ||
         g_unichar_break_type (before) == G_UNICODE_BREAK_IDEOGRAPHIC ||
         g_unichar_break_type (after) == G_UNICODE_BREAK_IDEOGRAPHIC;
}

/* What an ellipsis should not follow: a space, or a comma or a colon left hanging. */
static gboolean
is_trailing (gunichar c)
{
  return g_unichar_isspace (c) || c == ',' || c == ';' || c == ':' ||
         c == 0x060C /* Arabic comma */ || c == 0x061B /* Arabic semicolon */ ||
         c == 0x2013 || c == 0x2014 /* dashes */;
}

/* Where to cut a line that goes on after @cut: after the last whole word before it, so
 * that the list never shows a word's head as if it were a word ("Prüf…" for
 * "Prüfungsangst"). A line that is one long word is cut where it must, but never between
 * a letter and its accents (Arabic vowel marks, a combining diaeresis). */
static const char *
word_cut (const char *start,
          const char *cut)
{
  const char *end;

  for (const char *p = cut; p > start; p = g_utf8_prev_char (p))
    {
      const char *before = g_utf8_prev_char (p);

      if (is_word_break (g_utf8_get_char (before), g_utf8_get_char (p)))
        {
          for (end = p; end > start; end = before)
            {
              before = g_utf8_prev_char (end);
              if (!is_trailing (g_utf8_get_char (before)))
                break;
            }
          if (end > start)
            return end;
          break;
        }
    }

  for (end = cut; end > start && g_unichar_ismark (g_utf8_get_char (end));
       end = g_utf8_prev_char (end))
    ;
  return end > start ? end : cut;
}

/* The first line of @text that holds more than white space, stripped, and cut between
 * words before SUMMARY_MAX_CHARS characters, with an ellipsis; "" when there is none. */
static char *
first_line (const char *text)
{
  const char *p = text;

  while (*p != '\0')
    {
      const char *start, *cut, *end, *rest;
      guint n_chars = 0;
      g_autofree char *line = NULL;

      while (*p != '\n' && g_ascii_isspace (*p))
        p++;
      if (*p == '\n')
        {
          p++;
          continue;
        }
      if (*p == '\0')
        break;

      start = p;
      for (cut = start; *cut != '\0' && *cut != '\n' && n_chars < SUMMARY_MAX_CHARS; n_chars++)
        cut = g_utf8_next_char (cut);
      for (end = cut; end > start && g_ascii_isspace (end[-1]); end--)
        ;
      for (rest = cut; *rest != '\n' && g_ascii_isspace (*rest); rest++)
        ;

      if (*rest == '\0' || *rest == '\n')
        return g_strndup (start, end - start);

      end = word_cut (start, cut);
      line = g_strndup (start, end - start);
      return g_strconcat (line, "…", NULL);
    }

  return g_strdup ("");
}

/**
 * bounce_record_dup_summary:
 *
 * Returns: (transfer full): the first non-blank line of the record's summary
 *   property, stripped and cut between words with "…" within 120 characters, or an
 *   empty string when there is none
 */
char *
bounce_record_dup_summary (BounceRecord *self)
{
  BounceRecordClass *klass;

  g_return_val_if_fail (BOUNCE_IS_RECORD (self), NULL);

  klass = BOUNCE_RECORD_GET_CLASS (self);
  if (klass->dup_summary != NULL)
    return klass->dup_summary (self);
  if (klass->summary_property == NULL)
    return g_strdup ("");

  return bounce_record_dup_first_line (self, klass->summary_property);
}

/**
 * bounce_record_dup_first_line:
 * @field: the name of a string field
 *
 * What a summary is made of, for a @dup_summary that looks at more than one
 * field (a lesson: what it taught, else what happened).
 *
 * Returns: (transfer full): the first non-blank line of @field, stripped and cut
 *   between words with "…" within 120 characters, or an empty string when there is none
 */
char *
bounce_record_dup_first_line (BounceRecord *self,
                              const char   *field)
{
  BounceRecordClass *klass;
  g_autofree char *copy = NULL;
  const char *text = NULL;
  gboolean kept = FALSE;

  g_return_val_if_fail (BOUNCE_IS_RECORD (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  /* Read in place: a copy of a long text at each key typed is what made typing stall. */
  klass = BOUNCE_RECORD_GET_CLASS (self);
  for (guint i = 0; i < klass->n_fields && !kept; i++)
    if (g_str_equal (klass->fields[i]->name, field) &&
        G_TYPE_FUNDAMENTAL (klass->fields[i]->value_type) == G_TYPE_STRING)
      {
        text = g_value_get_string (&ensure_values (self)[i]);
        kept = TRUE;
      }

  if (!kept)
    {
      g_object_get (self, field, &copy, NULL);
      text = copy;
    }

  return text != NULL ? first_line (text) : g_strdup ("");
}

/**
 * bounce_record_dup_detail:
 *
 * Returns: (transfer full) (nullable): what a list says of the record besides its
 *   summary and its day, or %NULL
 */
char *
bounce_record_dup_detail (BounceRecord *self)
{
  BounceRecordClass *klass;

  g_return_val_if_fail (BOUNCE_IS_RECORD (self), NULL);

  klass = BOUNCE_RECORD_GET_CLASS (self);
  return klass->dup_detail != NULL ? klass->dup_detail (self) : NULL;
}

/* A string counts as untouched when it holds only white space, since that is what an
 * editor leaves behind when someone types and deletes; an empty reference is a string
 * too. A real is untouched only at exactly its default, and an optional when it holds
 * nothing. */
static gboolean
is_default (GParamSpec   *pspec,
            const GValue *value)
{
  if (G_VALUE_HOLDS_DOUBLE (value))
    {
      g_auto(GValue) fallback = G_VALUE_INIT;

      g_value_init (&fallback, G_TYPE_DOUBLE);
      g_param_value_set_default (pspec, &fallback);
      return values_equal (pspec, value, &fallback);
    }

  if (G_VALUE_HOLDS_VARIANT (value))
    return optional_or_null (g_value_get_variant (value)) == NULL;

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
 *   counting as default when they hold only white space), settings aside (see
 *   bounce_record_field_mark_setting()): a record the person has not touched,
 *   which may go without a word
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
    if (!bounce_record_field_is_setting (klass->fields[i]) &&
        !is_default (klass->fields[i], &values[i]))
      return FALSE;

  return TRUE;
}

/**
 * bounce_record_field_is_supported:
 *
 * The one list of what a field may be, which the store and the recovery file
 * follow: a string (TEXT; a reference is one), a boolean, an int, an enum, an
 * int64 (INTEGER), a double (REAL), or a #GVariant of one of the maybe types
 * "mx", "md", "ms" (the value, or SQL NULL for nothing).
 *
 * Returns: %TRUE when records can keep a field declared by @pspec
 */
gboolean
bounce_record_field_is_supported (GParamSpec *pspec)
{
  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), FALSE);

  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_STRING:
    case G_TYPE_BOOLEAN:
    case G_TYPE_INT:
    case G_TYPE_ENUM:
    case G_TYPE_INT64:
    case G_TYPE_DOUBLE:
      return TRUE;

    case G_TYPE_VARIANT:
      for (guint i = 0; i < G_N_ELEMENTS (optional_types); i++)
        if (G_IS_PARAM_SPEC_VARIANT (pspec) &&
            g_variant_type_equal (G_PARAM_SPEC_VARIANT (pspec)->type,
                                  G_VARIANT_TYPE (optional_types[i])))
          return TRUE;
      return FALSE;

    default:
      return FALSE;
    }
}

/**
 * bounce_record_param_spec_reference:
 * @target_type: the kind of record referred to, a subclass of #BounceRecord
 *
 * A field that refers to another record by its uuid; "" (or %NULL, kept as "")
 * refers to none. Nothing holds the other record to it: it may be deleted and
 * come back under the same uuid, so a reference may find nothing.
 *
 * Returns: (transfer floating): a string spec defaulting to ""
 */
GParamSpec *
bounce_record_param_spec_reference (const char  *name,
                                    GType        target_type,
                                    GParamFlags  flags)
{
  GParamSpec *pspec;

  g_return_val_if_fail (g_type_is_a (target_type, BOUNCE_TYPE_RECORD), NULL);

  pspec = g_param_spec_string (name, NULL, NULL, "", flags);
  g_param_spec_set_qdata (pspec, reference_type_quark (), GSIZE_TO_POINTER (target_type));
  return pspec;
}

/**
 * bounce_record_field_get_reference_type:
 *
 * Returns: the kind of record @pspec refers to, or %G_TYPE_INVALID when it is
 *   not a reference
 */
GType
bounce_record_field_get_reference_type (GParamSpec *pspec)
{
  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), G_TYPE_INVALID);

  return (GType) GPOINTER_TO_SIZE (g_param_spec_get_qdata (pspec, reference_type_quark ()));
}

/**
 * bounce_record_field_mark_setting:
 * @pspec: (transfer none): a field about to be installed
 *
 * Marks a field as a setting of the record rather than something the person
 * wrote or chose about their life: the prompt a page was offered, the goal in
 * focus. A record whose only changes are settings is still blank, and goes
 * without a word when left.
 *
 * Returns: (transfer none): @pspec, to mark it inside the array of fields
 */
GParamSpec *
bounce_record_field_mark_setting (GParamSpec *pspec)
{
  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), NULL);

  g_param_spec_set_qdata (pspec, setting_quark (), GINT_TO_POINTER (TRUE));
  return pspec;
}

gboolean
bounce_record_field_is_setting (GParamSpec *pspec)
{
  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), FALSE);

  return g_param_spec_get_qdata (pspec, setting_quark ()) != NULL;
}

/**
 * bounce_record_field_mark_catalogue_id:
 * @pspec: (transfer none): a string field about to be installed
 *
 * Marks a string field as holding ids from a catalogue (a coping activity, a
 * check-in's feelings) rather than words the person wrote, so that search leaves
 * it out: an id reads the same in every language and means nothing to a reader.
 *
 * Returns: (transfer none): @pspec, to mark it inside the array of fields
 */
GParamSpec *
bounce_record_field_mark_catalogue_id (GParamSpec *pspec)
{
  g_return_val_if_fail (G_IS_PARAM_SPEC_STRING (pspec), NULL);

  g_param_spec_set_qdata (pspec, catalogue_id_quark (), GINT_TO_POINTER (TRUE));
  return pspec;
}

/**
 * bounce_record_field_is_words:
 *
 * Returns: whether @pspec holds words the person wrote: a string field that is
 *   not a setting, a reference or a catalogue's ids. Search reads these.
 */
gboolean
bounce_record_field_is_words (GParamSpec *pspec)
{
  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), FALSE);

  return pspec->value_type == G_TYPE_STRING &&
         !bounce_record_field_is_setting (pspec) &&
         bounce_record_field_get_reference_type (pspec) == G_TYPE_INVALID &&
         g_param_spec_get_qdata (pspec, catalogue_id_quark ()) == NULL;
}

/**
 * bounce_record_get_optional_int64:
 * @field: the name of an "mx" field
 * @out: (out) (optional): where the value goes, when there is one
 *
 * Returns: %TRUE when @field holds a value
 */
gboolean
bounce_record_get_optional_int64 (BounceRecord *self,
                                  const char   *field,
                                  gint64       *out)
{
  g_autoptr(GVariant) child = NULL;

  g_return_val_if_fail (BOUNCE_IS_RECORD (self), FALSE);

  if (!(child = dup_optional (self, field, G_VARIANT_TYPE ("mx"))))
    return FALSE;

  if (out != NULL)
    *out = g_variant_get_int64 (child);
  return TRUE;
}

/**
 * bounce_record_set_optional_int64:
 * @field: the name of an "mx" field
 * @has_value: %FALSE to leave @field empty; @value is then ignored
 */
void
bounce_record_set_optional_int64 (BounceRecord *self,
                                  const char   *field,
                                  gboolean      has_value,
                                  gint64        value)
{
  g_return_if_fail (BOUNCE_IS_RECORD (self));

  g_object_set (self, field,
                g_variant_new_maybe (G_VARIANT_TYPE_INT64,
                                     has_value ? g_variant_new_int64 (value) : NULL),
                NULL);
}

/**
 * bounce_record_get_optional_double:
 * @field: the name of an "md" field
 * @out: (out) (optional): where the value goes, when there is one
 *
 * Returns: %TRUE when @field holds a value
 */
gboolean
bounce_record_get_optional_double (BounceRecord *self,
                                   const char   *field,
                                   double       *out)
{
  g_autoptr(GVariant) child = NULL;

  g_return_val_if_fail (BOUNCE_IS_RECORD (self), FALSE);

  if (!(child = dup_optional (self, field, G_VARIANT_TYPE ("md"))))
    return FALSE;

  if (out != NULL)
    *out = g_variant_get_double (child);
  return TRUE;
}

/**
 * bounce_record_set_optional_double:
 * @field: the name of an "md" field
 * @has_value: %FALSE to leave @field empty; @value is then ignored
 * @value: a finite real
 */
void
bounce_record_set_optional_double (BounceRecord *self,
                                   const char   *field,
                                   gboolean      has_value,
                                   double        value)
{
  g_return_if_fail (BOUNCE_IS_RECORD (self));
  g_return_if_fail (!has_value || isfinite (value));

  g_object_set (self, field,
                g_variant_new_maybe (G_VARIANT_TYPE_DOUBLE,
                                     has_value ? g_variant_new_double (value) : NULL),
                NULL);
}
