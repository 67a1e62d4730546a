/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-grief-editor.c: writing one page of the grief journal, with a gentle prompt. */
#define G_LOG_DOMAIN "bounce-grief-editor"

#include <glib/gi18n.h>

#include "bounce-editor.h"
#include "bounce-grief-editor.h"

struct _BounceGriefEditor
{
  BounceEditor  parent_instance;

  GtkLabel     *day_label;
  GtkWidget    *prompt_box;
  GtkLabel     *idea_label;
  GtkLabel     *prompt_label;
  GtkButton    *another_button;
  GtkButton    *without_button;
  GtkButton    *show_prompt_button;
  GtkTextView  *body_view;

  char         *put_aside;   /* the prompt the person chose to write without, to give back */
};

G_DEFINE_FINAL_TYPE (BounceGriefEditor, bounce_grief_editor, BOUNCE_TYPE_EDITOR)

/* The prompt is chosen with the buttons, never typed: the widgets only show it. */
static gboolean
refuse_to_field (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  return FALSE;
}

/* A page keeps the id of its prompt: "" for none, and an id from a newer version shows
 * none either. */
static gboolean
prompt_to_text (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  const BouncePrompt *prompt = bounce_prompts_lookup (g_value_get_string (from));

  g_value_set_string (to, prompt != NULL ? _(prompt->text) : "");
  return TRUE;
}

static gboolean
prompt_to_idea (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  const BouncePrompt *prompt = bounce_prompts_lookup (g_value_get_string (from));

  g_value_set_string (to, prompt != NULL ? _(bounce_prompts_idea_title (prompt->idea)) : "");
  return TRUE;
}

static gboolean
prompt_to_shown (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  g_value_set_boolean (to, bounce_prompts_lookup (g_value_get_string (from)) != NULL);
  return TRUE;
}

static gboolean
prompt_to_hidden (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_value_set_boolean (to, bounce_prompts_lookup (g_value_get_string (from)) == NULL);
  return TRUE;
}

static char *
dup_prompt (BounceGriefEditor *self)
{
  BounceRecord *record = bounce_editor_get_record (BOUNCE_EDITOR (self));
  char *prompt = NULL;

  if (record != NULL)
    g_object_get (record, "prompt", &prompt, NULL);

  return prompt;
}

static void
set_prompt (BounceGriefEditor *self,
            const char        *prompt)
{
  BounceRecord *record = bounce_editor_get_record (BOUNCE_EDITOR (self));

  if (record != NULL)
    g_object_set (record, "prompt", prompt, NULL);
}

static void
on_another_clicked_cb (BounceGriefEditor *self)
{
  g_autofree char *current = dup_prompt (self);

  set_prompt (self, bounce_prompts_another (current)->id);
}

static void
on_without_clicked_cb (BounceGriefEditor *self)
{
  g_free (self->put_aside);
  self->put_aside = dup_prompt (self);
  set_prompt (self, "");

  /* The buttons are gone with the prompt: writing is what comes next. */
  gtk_widget_grab_focus (GTK_WIDGET (self->body_view));
}

/* The prompt put aside comes back; a page that never had one is offered one. */
static void
on_show_prompt_clicked_cb (BounceGriefEditor *self)
{
  const BouncePrompt *prompt = bounce_prompts_lookup (self->put_aside);

  if (prompt == NULL)
    prompt = bounce_prompts_pick (NULL, g_random_int ());

  set_prompt (self, prompt->id);
  gtk_widget_grab_focus (GTK_WIDGET (self->another_button));
}

static void
bounce_grief_editor_bind (BounceEditor *editor,
                          BounceRecord *record)
{
  BounceGriefEditor *self = BOUNCE_GRIEF_EDITOR (editor);
  g_autofree char *day = bounce_format_day (bounce_record_get_created (record), NULL);

  g_clear_pointer (&self->put_aside, g_free);
  gtk_label_set_text (self->day_label, day);

  /* Each page shows the prompt it was offered when it was made, or the one chosen since. */
  bounce_editor_bind_full (editor, "prompt", self->prompt_label, "label",
                           prompt_to_text, refuse_to_field);
  bounce_editor_bind_full (editor, "prompt", self->idea_label, "label",
                           prompt_to_idea, refuse_to_field);
  bounce_editor_bind_full (editor, "prompt", self->prompt_box, "visible",
                           prompt_to_shown, refuse_to_field);
  bounce_editor_bind_full (editor, "prompt", self->show_prompt_button, "visible",
                           prompt_to_hidden, refuse_to_field);
  bounce_editor_bind (editor, "body", gtk_text_view_get_buffer (self->body_view), "text");
}

static void
bounce_grief_editor_focus_first (BounceEditor *editor)
{
  gtk_widget_grab_focus (GTK_WIDGET (BOUNCE_GRIEF_EDITOR (editor)->body_view));
}

static void
bounce_grief_editor_finalize (GObject *object)
{
  BounceGriefEditor *self = BOUNCE_GRIEF_EDITOR (object);

  g_clear_pointer (&self->put_aside, g_free);

  G_OBJECT_CLASS (bounce_grief_editor_parent_class)->finalize (object);
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
  /* Translators: a toast after the person removed a page of the grief journal, with Undo.
   * Use a gentle word that does not sound final ("removed", "set aside"), never
   * "deleted" or "destroyed": this may be a painful page. */
  N_("Page removed"),
};

static void
bounce_grief_editor_class_init (BounceGriefEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BounceEditorClass *editor_class = BOUNCE_EDITOR_CLASS (klass);

  object_class->finalize = bounce_grief_editor_finalize;
  editor_class->bind = bounce_grief_editor_bind;
  editor_class->focus_first = bounce_grief_editor_focus_first;
  bounce_editor_class_set_kind (editor_class, BOUNCE_TYPE_GRIEF_ENTRY, &section);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-grief-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceGriefEditor, day_label);
  gtk_widget_class_bind_template_child (widget_class, BounceGriefEditor, prompt_box);
  gtk_widget_class_bind_template_child (widget_class, BounceGriefEditor, idea_label);
  gtk_widget_class_bind_template_child (widget_class, BounceGriefEditor, prompt_label);
  gtk_widget_class_bind_template_child (widget_class, BounceGriefEditor, another_button);
  gtk_widget_class_bind_template_child (widget_class, BounceGriefEditor, without_button);
  gtk_widget_class_bind_template_child (widget_class, BounceGriefEditor, show_prompt_button);
  gtk_widget_class_bind_template_child (widget_class, BounceGriefEditor, body_view);
  gtk_widget_class_bind_template_callback (widget_class, on_another_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_without_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_show_prompt_clicked_cb);
}

static void
bounce_grief_editor_init (BounceGriefEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  bounce_name_mnemonics (GTK_WIDGET (self));
}
