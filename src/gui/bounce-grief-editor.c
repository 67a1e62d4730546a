/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-grief-editor.c: writing one page of the grief journal, with a gentle prompt. */
#define G_LOG_DOMAIN "bounce-grief-editor"

#include <glib/gi18n.h>

#include "bounce-grief-editor.h"

struct _BounceGriefEditor
{
  BounceEditor  parent_instance;

  GtkLabel     *day_label;
  GtkLabel     *prompt_label;
  GtkTextView  *body_view;
};

G_DEFINE_FINAL_TYPE (BounceGriefEditor, bounce_grief_editor, BOUNCE_TYPE_EDITOR)

/* Translators: gentle questions shown above an empty page of the grief
 * journal. They invite, never push; keep them soft and open. */
static const char * const prompts[] = {
  N_("What did this goal mean to you?"),
  N_("What do you miss most about the future you had planned?"),
  N_("What did it cost you, in time, money and hope?"),
  N_("What would you say to a friend who lost this goal?"),
  N_("Which part of the loss weighs most today?"),
  N_("What helped you a little today?"),
  N_("What are you proud of, even though it did not work out?"),
};

static void
bounce_grief_editor_bind (BounceEditor *editor,
                          BounceRecord *record)
{
  BounceGriefEditor *self = BOUNCE_GRIEF_EDITOR (editor);
  gint64 created = bounce_record_get_created (record);
  g_autofree char *day = bounce_format_day (created, NULL);

  /* The same entry keeps the same question each time it is opened. */
  gtk_label_set_text (self->prompt_label,
                      _(prompts[(created / G_USEC_PER_SEC) % G_N_ELEMENTS (prompts)]));
  gtk_label_set_text (self->day_label, day);
  bounce_editor_bind (editor, "body", gtk_text_view_get_buffer (self->body_view), "text");
}

static void
bounce_grief_editor_focus_first (BounceEditor *editor)
{
  gtk_widget_grab_focus (GTK_WIDGET (BOUNCE_GRIEF_EDITOR (editor)->body_view));
}

static const BounceEditorSection section = {
  /* Translators: the first section of the Grieve page: the pages of the grief journal. */
  N_("Pages"),
  "bounce-grieve-symbolic",
  N_("Grieve What You Lost"),
  N_("Losing a goal that mattered hurts. Writing about it is a healthy way to mourn "
     "it. Take the time it takes."),
  N_("_Write the First Page"),
  N_("An empty page"),
};

static void
bounce_grief_editor_class_init (BounceGriefEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BounceEditorClass *editor_class = BOUNCE_EDITOR_CLASS (klass);

  editor_class->bind = bounce_grief_editor_bind;
  editor_class->focus_first = bounce_grief_editor_focus_first;
  bounce_editor_class_set_kind (editor_class, BOUNCE_TYPE_GRIEF_ENTRY, &section);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-grief-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceGriefEditor, day_label);
  gtk_widget_class_bind_template_child (widget_class, BounceGriefEditor, prompt_label);
  gtk_widget_class_bind_template_child (widget_class, BounceGriefEditor, body_view);
}

static void
bounce_grief_editor_init (BounceGriefEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
