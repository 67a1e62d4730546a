/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-editor.h: the base of the widgets that edit one record's fields. */
#pragma once

#include <gtk/gtk.h>

#include "bounce-core.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_EDITOR (bounce_editor_get_type ())
G_DECLARE_DERIVABLE_TYPE (BounceEditor, bounce_editor, BOUNCE, EDITOR, GtkWidget)

/**
 * BounceEditorClass:
 * @bind: connects the editor's widgets to @record's fields with bounce_editor_bind()
 * @focus_first: puts the keyboard focus where writing starts
 */
struct _BounceEditorClass
{
  GtkWidgetClass parent_class;

  void (*bind)        (BounceEditor *self,
                       BounceRecord *record);
  void (*focus_first) (BounceEditor *self);

  gpointer padding[8];
};

BounceRecord *bounce_editor_get_record   (BounceEditor  *self);
void          bounce_editor_set_record   (BounceEditor  *self,
                                          BounceRecord  *record);
void          bounce_editor_focus_first  (BounceEditor  *self);
void          bounce_editor_bind         (BounceEditor  *self,
                                          const char    *field,
                                          gpointer       target,
                                          const char    *target_property);
void          bounce_editor_bind_full    (BounceEditor          *self,
                                          const char            *field,
                                          gpointer               target,
                                          const char            *target_property,
                                          GBindingTransformFunc  to_target,
                                          GBindingTransformFunc  to_field);

G_END_DECLS
