/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-idea-editor.c: one new path: where it stands and its next small step. */
#define G_LOG_DOMAIN "bounce-idea-editor"

#include <adwaita.h>

#include <glib/gi18n.h>

#include "bounce-idea-editor.h"

struct _BounceIdeaEditor
{
  BounceEditor  parent_instance;

  AdwEntryRow  *title_row;
  AdwComboRow  *status_row;
  AdwEntryRow  *next_step_row;
  GtkTextView  *notes_view;
};

G_DEFINE_FINAL_TYPE (BounceIdeaEditor, bounce_idea_editor, BOUNCE_TYPE_EDITOR)

/* The combo row lists the statuses in the order of BounceIdeaStatus. */
static gboolean
status_to_selected (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  g_value_set_uint (to, g_value_get_enum (from));
  return TRUE;
}

static gboolean
selected_to_status (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  guint selected = g_value_get_uint (from);

  if (selected > BOUNCE_IDEA_STATUS_LET_GO)
    return FALSE;

  g_value_set_enum (to, selected);
  return TRUE;
}

static void
bounce_idea_editor_bind (BounceEditor *editor,
                         BounceRecord *record)
{
  BounceIdeaEditor *self = BOUNCE_IDEA_EDITOR (editor);

  bounce_editor_bind (editor, "title", self->title_row, "text");
  bounce_editor_bind_full (editor, "status", self->status_row, "selected",
                           status_to_selected, selected_to_status);
  bounce_editor_bind (editor, "next-step", self->next_step_row, "text");
  bounce_editor_bind (editor, "notes", gtk_text_view_get_buffer (self->notes_view), "text");
}

static void
bounce_idea_editor_focus_first (BounceEditor *editor)
{
  gtk_widget_grab_focus (GTK_WIDGET (BOUNCE_IDEA_EDITOR (editor)->title_row));
}

static const BounceEditorSection section = {
  /* Translators: the section of the New Paths page that lists ideas for new paths. */
  N_("Ideas"),
  "bounce-paths-symbolic",
  N_("Find a New Path"),
  N_("Brainstorm new paths and projects. Nothing has to be decided today: a next small "
     "step is enough."),
  N_("_Add an Idea"),
  N_("An idea without a name yet"),
};

static void
bounce_idea_editor_class_init (BounceIdeaEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BounceEditorClass *editor_class = BOUNCE_EDITOR_CLASS (klass);

  editor_class->bind = bounce_idea_editor_bind;
  editor_class->focus_first = bounce_idea_editor_focus_first;
  bounce_editor_class_set_kind (editor_class, BOUNCE_TYPE_IDEA, &section);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-idea-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceIdeaEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, BounceIdeaEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, BounceIdeaEditor, next_step_row);
  gtk_widget_class_bind_template_child (widget_class, BounceIdeaEditor, notes_view);
}

static void
bounce_idea_editor_init (BounceIdeaEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
