/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-editor.h: the base of the widgets that edit one record's fields. */
#pragma once

#include <adwaita.h>

#include "bounce-core.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_EDITOR (bounce_editor_get_type ())
G_DECLARE_DERIVABLE_TYPE (BounceEditor, bounce_editor, BOUNCE, EDITOR, GtkWidget)

/**
 * BounceEditorSection:
 * @title: the section's name in its page's switcher ("Pages", "Check-ins")
 * @icon_name: the section's icon, in the switcher and above its empty list
 * @empty_title: the title over the section while it holds nothing
 * @empty_description: what the section is for, under @empty_title
 * @add_label: the button that adds the first record, with a mnemonic
 * @blank_text: what a list row says of a record with nothing written yet
 * @removed: the toast after one is removed, with Undo ("Page removed"): a gentle,
 *   non-final word, not "deleted"
 *
 * How the window shows one kind of record: a section of the page the kind is
 * kept on (bounce_kinds_get_page()). Every text is the untranslated message,
 * marked for translation but left untranslated (the no-op gettext mark); the page
 * translates it.
 */
typedef struct
{
  const char *title;
  const char *icon_name;
  const char *empty_title;
  const char *empty_description;
  const char *add_label;
  const char *blank_text;
  const char *removed;
} BounceEditorSection;

/**
 * BounceEditorClass:
 * @bind: connects the editor's widgets to @record's fields with bounce_editor_bind()
 * @focus_first: puts the keyboard focus where writing starts
 * @kind: the kind of record the editor edits, set by bounce_editor_class_set_kind()
 * @section: how the window shows that kind
 */
struct _BounceEditorClass
{
  GtkWidgetClass parent_class;

  void (*bind)        (BounceEditor *self,
                       BounceRecord *record);
  void (*focus_first) (BounceEditor *self);

  GType                      kind;
  const BounceEditorSection *section;

  gpointer padding[6];
};

void          bounce_editor_class_set_kind (BounceEditorClass         *klass,
                                            GType                      kind,
                                            const BounceEditorSection *section);
GType         bounce_editor_type_for_kind  (GType                      kind);

BounceRecord *bounce_editor_get_record   (BounceEditor  *self);
void          bounce_editor_set_record   (BounceEditor  *self,
                                          BounceRecord  *record);
BounceJournal *bounce_editor_get_journal (BounceEditor  *self);
void          bounce_editor_set_journal  (BounceEditor  *self,
                                          BounceJournal *journal);
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
void          bounce_editor_show_toast   (BounceEditor  *self,
                                          AdwToast      *toast);
void          bounce_editor_tell_failure (BounceEditor  *self,
                                          const char    *format,
                                          ...) G_GNUC_PRINTF (2, 3);
AdwToast     *bounce_editor_get_last_toast (BounceEditor *self);

/* Names every button below @root that has a mnemonic by the text it shows. */
void bounce_name_mnemonics (GtkWidget *root);

void bounce_toast_add     (AdwToastOverlay *overlay,
                           AdwToast        *toast);
void bounce_toast_dismiss (AdwToast        *toast);

G_END_DECLS
