/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-definition-editor.c: what success and failure mean to me in this season of my life. */
#define G_LOG_DOMAIN "bounce-definition-editor"

#include <adwaita.h>

#include <glib/gi18n.h>

#include "bounce-definition-editor.h"

struct _BounceDefinitionEditor
{
  BounceEditor  parent_instance;

  GtkLabel     *day_label;
  AdwEntryRow  *season_row;
  GtkTextView  *success_view;
  GtkTextView  *failure_view;
};

G_DEFINE_FINAL_TYPE (BounceDefinitionEditor, bounce_definition_editor, BOUNCE_TYPE_EDITOR)

static void
bounce_definition_editor_bind (BounceEditor *editor,
                               BounceRecord *record)
{
  BounceDefinitionEditor *self = BOUNCE_DEFINITION_EDITOR (editor);
  g_autofree char *day = bounce_format_day (bounce_record_get_created (record), NULL);
  g_autofree char *written = NULL;

  /* A definition belongs to the day it was written: later ones do not replace it.
   * Translators: above a definition of success and failure; %s is a day, e.g.
   * "Tuesday, 3 November", "Today" or "Yesterday". */
  written = g_strdup_printf (_("Written: %s"), day);
  gtk_label_set_text (self->day_label, written);

  bounce_editor_bind (editor, "season", self->season_row, "text");
  bounce_editor_bind (editor, "success", gtk_text_view_get_buffer (self->success_view), "text");
  bounce_editor_bind (editor, "failure", gtk_text_view_get_buffer (self->failure_view), "text");
}

static void
bounce_definition_editor_focus_first (BounceEditor *editor)
{
  gtk_widget_grab_focus (GTK_WIDGET (BOUNCE_DEFINITION_EDITOR (editor)->season_row));
}

static const BounceEditorSection section = {
  /* Translators: a section of the Thank Yourself page: my own definitions of success
   * and failure, one for each season of my life. */
  N_("Definitions"),
  "bounce-definition-symbolic",
  N_("What Success Means to Me"),
  N_("Only you can say what success and failure mean, and the answer may change with "
     "each season of your life. Write down what they mean to you now: earlier "
     "definitions stay here to look back on."),
  N_("_Define Success"),
  N_("A definition, not yet written"),
  /* Translators: a toast after the person removed a definition of success and failure, with Undo.
   * Use a gentle word that does not sound final ("removed", "set aside"), never
   * "deleted" or "destroyed": this may be a painful page. */
  N_("Definition removed"),
};

static void
bounce_definition_editor_class_init (BounceDefinitionEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BounceEditorClass *editor_class = BOUNCE_EDITOR_CLASS (klass);

  editor_class->bind = bounce_definition_editor_bind;
  editor_class->focus_first = bounce_definition_editor_focus_first;
  bounce_editor_class_set_kind (editor_class, BOUNCE_TYPE_DEFINITION, &section);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-definition-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceDefinitionEditor, day_label);
  gtk_widget_class_bind_template_child (widget_class, BounceDefinitionEditor, season_row);
  gtk_widget_class_bind_template_child (widget_class, BounceDefinitionEditor, success_view);
  gtk_widget_class_bind_template_child (widget_class, BounceDefinitionEditor, failure_view);
}

static void
bounce_definition_editor_init (BounceDefinitionEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
