/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-editor.c: keeps an editor's widgets bound to the record on show. */
#define G_LOG_DOMAIN "bounce-editor"

#include "bounce-editor.h"

typedef struct
{
  BounceRecord *record;
  GPtrArray    *bindings;
} BounceEditorPrivate;

enum {
  PROP_0,
  PROP_RECORD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (BounceEditor, bounce_editor, GTK_TYPE_WIDGET)

static void
bounce_editor_dispose (GObject *object)
{
  BounceEditor *self = BOUNCE_EDITOR (object);
  BounceEditorPrivate *priv = bounce_editor_get_instance_private (self);
  GtkWidget *child;

  bounce_editor_set_record (self, NULL);
  g_clear_pointer (&priv->bindings, g_ptr_array_unref);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (bounce_editor_parent_class)->dispose (object);
}

static void
bounce_editor_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BounceEditor *self = BOUNCE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      g_value_set_object (value, bounce_editor_get_record (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_editor_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BounceEditor *self = BOUNCE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      bounce_editor_set_record (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_editor_real_focus_first (BounceEditor *self)
{
  gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

static void
bounce_editor_class_init (BounceEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bounce_editor_dispose;
  object_class->get_property = bounce_editor_get_property;
  object_class->set_property = bounce_editor_set_property;

  klass->focus_first = bounce_editor_real_focus_first;

  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL,
                         BOUNCE_TYPE_RECORD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bounce_editor_init (BounceEditor *self)
{
  BounceEditorPrivate *priv = bounce_editor_get_instance_private (self);

  priv->bindings = g_ptr_array_new_with_free_func (g_object_unref);
}

BounceRecord *
bounce_editor_get_record (BounceEditor *self)
{
  BounceEditorPrivate *priv = bounce_editor_get_instance_private (self);

  g_return_val_if_fail (BOUNCE_IS_EDITOR (self), NULL);

  return priv->record;
}

/**
 * bounce_editor_set_record:
 * @record: (nullable): the record to show and edit
 */
void
bounce_editor_set_record (BounceEditor *self,
                          BounceRecord *record)
{
  BounceEditorPrivate *priv = bounce_editor_get_instance_private (self);

  g_return_if_fail (BOUNCE_IS_EDITOR (self));
  g_return_if_fail (record == NULL || BOUNCE_IS_RECORD (record));

  if (priv->record == record)
    return;

  for (guint i = 0; i < priv->bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (priv->bindings, i));
  g_ptr_array_set_size (priv->bindings, 0);

  g_set_object (&priv->record, record);

  if (record != NULL && BOUNCE_EDITOR_GET_CLASS (self)->bind != NULL)
    BOUNCE_EDITOR_GET_CLASS (self)->bind (self, record);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
}

void
bounce_editor_focus_first (BounceEditor *self)
{
  g_return_if_fail (BOUNCE_IS_EDITOR (self));

  BOUNCE_EDITOR_GET_CLASS (self)->focus_first (self);
}

/**
 * bounce_editor_bind:
 * @field: a field of the current record
 * @target: the widget (or buffer) that shows it
 *
 * Binds @field both ways, until the editor shows another record.
 */
void
bounce_editor_bind (BounceEditor *self,
                    const char   *field,
                    gpointer      target,
                    const char   *target_property)
{
  bounce_editor_bind_full (self, field, target, target_property, NULL, NULL);
}

void
bounce_editor_bind_full (BounceEditor          *self,
                         const char            *field,
                         gpointer               target,
                         const char            *target_property,
                         GBindingTransformFunc  to_target,
                         GBindingTransformFunc  to_field)
{
  BounceEditorPrivate *priv = bounce_editor_get_instance_private (self);
  GBinding *binding;

  g_return_if_fail (BOUNCE_IS_EDITOR (self));
  g_return_if_fail (priv->record != NULL);

  binding = g_object_bind_property_full (priv->record, field, target, target_property,
                                         G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                         to_target, to_field, NULL, NULL);
  /* Our own reference, so that unbinding later is safe whichever side goes first. */
  g_ptr_array_add (priv->bindings, g_object_ref (binding));
}
