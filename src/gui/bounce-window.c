/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-window.c: the main window: three pages over one journal, a section per kind. */
#define G_LOG_DOMAIN "bounce-window"

#include <glib/gi18n.h>

#include "bounce-checkin-bar.h"
#include "bounce-coping-card.h"
#include "bounce-editor.h"
#include "bounce-editors.h"
#include "bounce-goal-card.h"
#include "bounce-idea-order.h"
#include "bounce-mood-chart.h"
#include "bounce-projects-card.h"
#include "bounce-record-page.h"
#include "bounce-search-view.h"
#include "bounce-support-card.h"
#include "bounce-support-window.h"
#include "bounce-then-now.h"
#include "bounce-welcome.h"
#include "bounce-window-private.h"

struct _BounceWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  GtkBox               *grieve_header;
  GtkBox               *thanks_header;
  GtkBox               *paths_header;
  AdwSqueezer          *grieve_switchers;
  AdwSqueezer          *thanks_switchers;
  AdwSqueezer          *paths_switchers;
  AdwViewStack         *grieve_sections;
  AdwViewStack         *thanks_sections;
  AdwViewStack         *paths_sections;
  GtkStack             *content_stack;   /* the pages, or a search's results */
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  BounceSearchView     *search_view;
  GtkWidget            *focus_before_search; /* the latest focus on the pages */
  GPtrArray            *slots;           /* every section's place in its page, kinds' order */
  GPtrArray            *pages;           /* the BounceRecordPages made so far */
  BounceGoalCard       *goal_card;
  BounceCheckinBar     *checkin_bar;
  BounceMoodChart      *mood_chart;
  BounceSupportCard    *support_card;
  BounceThenNow        *then_now;        /* the person's months, on New Paths */
  GtkWidget            *projects_card;   /* above the ideas, once New Paths was shown */
  GtkWindow            *support_window;  /* the Support page while it is open */
  AdwStatusPage        *error_page;
  GtkMenuButton        *menu_button;
  GtkMenuButton        *error_menu_button;
  GMenuModel           *primary_menu;
  AdwBin               *welcome_slot;
  BounceWelcome        *welcome;         /* a first start's page, made for one */

  GSettings            *settings;
  BounceJournal        *journal;

  /* The last deletion, for Undo. */
  BounceRecord         *removed;
  BounceRecordPage     *removed_from;
  AdwToast             *undo_toast;

  AdwToast             *last_toast;      /* the latest toast shown, for the tests */
  AdwToast             *save_toast;      /* "Not saved yet", while saves fail */
  AdwToast             *message_toast;   /* the message up or waiting, until dismissed */
  char                 *save_problem;    /* why the latest save failed */
  AdwMessageDialog     *dialog;          /* the question on show, if any */
  char                 *recovery_path;   /* words kept from last time, to offer back */
  GtkButton            *start_over_button;
  GtkLabel             *read_only_bar;
  char                 *rescue_dir;      /* a damaged journal's folder, while it is offered */
  GPtrArray            *rescued;         /* what could still be read of it */
  gboolean              notices_shown;   /* what the store had to tell was told */

  gboolean              unattended;      /* closing with nobody to ask */
  gboolean              may_close;       /* the person chose to close anyway */
  gboolean              recovery_failed; /* not even the recovery file could be written */
};

enum {
  JOURNAL_STARTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (BounceWindow, bounce_window, ADW_TYPE_APPLICATION_WINDOW)

/* The sections of the window's page @name ("grieve", "thanks", "paths"). */
static AdwViewStack *
sections_of (BounceWindow *self,
             const char   *name)
{
  if (g_strcmp0 (name, "grieve") == 0)
    return self->grieve_sections;
  if (g_strcmp0 (name, "thanks") == 0)
    return self->thanks_sections;
  if (g_strcmp0 (name, "paths") == 0)
    return self->paths_sections;
  return NULL;
}

static BounceRecordPage *make_page (BounceWindow *self,
                                    AdwBin       *slot);
static void show_projects (BounceWindow *self);

/* A section's page is made when it is first shown or asked for: until then its place in
 * the page's stack is an empty AdwBin, which costs the first frame nothing. */
static GType
kind_of_slot (GtkWidget *slot)
{
  return GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (slot), "bounce-kind"));
}

static BounceRecordPage *
page_in_slot (BounceWindow *self,
              GtkWidget    *slot,
              gboolean      make)
{
  GtkWidget *child;

  if (!ADW_IS_BIN (slot) || kind_of_slot (slot) == G_TYPE_INVALID)
    return NULL;

  child = adw_bin_get_child (ADW_BIN (slot));
  if (child == NULL && make)
    return make_page (self, ADW_BIN (slot));

  return child != NULL ? BOUNCE_RECORD_PAGE (child) : NULL;
}

/* The section on show; one not made yet is not on screen, and holds nothing to act on. */
static BounceRecordPage *
current_page (BounceWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);
  AdwViewStack *sections = sections_of (self, name);
  GtkWidget *child = sections != NULL ? adw_view_stack_get_visible_child (sections) : NULL;

  return child != NULL ? page_in_slot (self, child, FALSE) : NULL;
}

static GtkWidget *
slot_of_kind (BounceWindow *self,
              GType         kind)
{
  for (guint i = 0; self->slots != NULL && i < self->slots->len; i++)
    if (kind_of_slot (self->slots->pdata[i]) == kind)
      return self->slots->pdata[i];

  return NULL;
}

/* The section's page, made now if it was not yet. */
static BounceRecordPage *
page_of_kind (BounceWindow *self,
              GType         kind)
{
  GtkWidget *slot = slot_of_kind (self, kind);

  return slot != NULL ? page_in_slot (self, slot, TRUE) : NULL;
}

/* The section's page if it was made, without making it. */
static BounceRecordPage *
made_page_of_kind (BounceWindow *self,
                   GType         kind)
{
  GtkWidget *slot = slot_of_kind (self, kind);

  return slot != NULL ? page_in_slot (self, slot, FALSE) : NULL;
}

static void
show_section (BounceWindow     *self,
              BounceRecordPage *page)
{
  const char *name = bounce_kinds_get_page (bounce_record_page_get_record_type (page));

  adw_view_stack_set_visible_child_name (self->view_stack, name);
  adw_view_stack_set_visible_child (sections_of (self, name),
                                    gtk_widget_get_parent (GTK_WIDGET (page)));
}

static gboolean
is_searching (BounceWindow *self)
{
  return self->search_bar != NULL && gtk_search_bar_get_search_mode (self->search_bar);
}

static gboolean
is_welcoming (BounceWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "welcome") == 0;
}

/* Delete needs an entry on show; nothing works without a journal, nor behind the welcome. */
static void
update_actions (BounceWindow *self)
{
  BounceRecordPage *page = current_page (self);

  gboolean writable = self->journal != NULL && !is_welcoming (self) &&
                      !bounce_store_is_read_only (bounce_journal_get_store (self->journal));

  /* "Then and Now" on show has nothing to add. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-record", writable && page != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.try-again", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-record",
                                 writable && page != NULL &&
                                 bounce_record_page_get_selected (page) != NULL);
  /* Ctrl+Z goes to a text field first, and to Undo only while its toast is shown. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-remove",
                                 writable && self->removed != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-over", self->rescued != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search",
                                 self->journal != NULL && !is_welcoming (self));
}

static void
on_page_state_changed_cb (BounceWindow *self)
{
  update_actions (self);
}

static void tell_failure (BounceWindow *self,
                          const char   *format,
                          ...) G_GNUC_PRINTF (2, 3);

/* A toast reads markup, and a reason may hold "&": every title is escaped whole. */
static AdwToast *
new_toast (const char *text)
{
  g_autofree char *title = g_markup_escape_text (text, -1);

  return adw_toast_new (title);
}

static void
show_toast (BounceWindow *self,
            AdwToast     *toast)
{
  g_set_object (&self->last_toast, toast);
  bounce_toast_add (self->toast_overlay, toast);
}

/* A toast is one line: keep what comes before the reason short. */
static void
tell_failure (BounceWindow *self,
              const char   *format,
              ...)
{
  g_autofree char *text = NULL;
  AdwToast *toast;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  toast = new_toast (text);
  adw_toast_set_timeout (toast, 8);
  show_toast (self, toast);
}

static void
on_save_toast_dismissed_cb (BounceWindow *self,
                            AdwToast     *toast)
{
  if (self->save_toast == toast)
    self->save_toast = NULL;
}

/* One toast says so for as long as saves fail; the reason waits behind Details. */
static void
on_save_failed_cb (BounceWindow *self,
                   GError       *error)
{
  AdwToast *toast;

  g_free (self->save_problem);
  self->save_problem = g_strdup (error->message);

  if (self->save_toast != NULL)
    return;

  /* Translators: shown while the words typed cannot be saved; the app keeps trying.
   * A toast has room for one short line only. */
  toast = new_toast (_("Not saved yet — retrying"));
  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_action_name (toast, "win.show-save-problem");
  adw_toast_set_timeout (toast, 0);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_save_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  self->save_toast = toast;
  show_toast (self, toast);
}

static void
on_saved_cb (BounceWindow *self)
{
  if (self->save_toast != NULL)
    bounce_toast_dismiss (self->save_toast);
}

static void
on_record_readded_cb (BounceWindow  *self,
                      BounceRecord  *record,
                      BounceJournal *journal)
{
  AdwToast *toast;

  /* Translators: another program (or a damaged file) had removed the entry being
   * written; it was stored again with everything typed. One short line, and gentle. */
  toast = new_toast (_("Entry removed elsewhere; your words were kept"));
  adw_toast_set_timeout (toast, 8);
  show_toast (self, toast);
}

/* Add Words: the check-in just made, open in its section for feelings and a note. */
static void
on_add_words_cb (BounceWindow  *self,
                 BounceCheckin *checkin)
{
  BounceRecordPage *page = page_of_kind (self, BOUNCE_TYPE_CHECKIN);

  if (page == NULL)
    return;

  show_section (self, page);
  bounce_record_page_open (page, BOUNCE_RECORD (checkin));
}

static void
on_check_in_failed_cb (BounceWindow *self,
                       GError       *error)
{
  /* Translators: %s is the system's reason, e.g. "disk is full". */
  tell_failure (self, _("Could not check in: %s"), error->message);
}

static void
show_save_problem_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  BounceWindow *self = BOUNCE_WINDOW (widget);
  GtkWidget *dialog;

  if (self->save_problem == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Not Saved Yet"), NULL);
  /* Translators: %s is the reason, e.g. "the disk is full". */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Your latest words could not be saved: %s.\n\n"
                                    "They stay in this window, and Bounce Back keeps "
                                    "trying to save them."),
                                  self->save_problem);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "ok", _("_OK"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GPtrArray *
dup_unsaved (BounceWindow *self)
{
  GPtrArray *records = bounce_goal_card_dup_unsaved (self->goal_card);

  for (guint i = 0; i < self->pages->len; i++)
    {
      g_autoptr(GPtrArray) more = bounce_record_page_dup_unsaved (self->pages->pdata[i]);

      for (guint j = 0; j < more->len; j++)
        g_ptr_array_add (records, g_object_ref (more->pdata[j]));
    }

  return records;
}

static gboolean
keep_in_recovery_file (BounceWindow  *self,
                       GError       **error)
{
  g_autoptr(GPtrArray) records = dup_unsaved (self);
  g_autofree char *path = NULL;

  if (records->len == 0)
    return TRUE;

  path = bounce_recovery_dup_path (bounce_journal_get_store (self->journal));
  return bounce_recovery_write (path, records, error);
}

/* Every text of every unsaved record, as the person would paste it somewhere safe. */
static void
copy_unsaved_text (BounceWindow *self)
{
  g_autoptr(GPtrArray) records = dup_unsaved (self);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < records->len; i++)
    {
      BounceRecordClass *klass = BOUNCE_RECORD_GET_CLASS (records->pdata[i]);

      for (guint j = 0; j < klass->n_fields; j++)
        {
          g_autofree char *value = NULL;

          if (!G_IS_PARAM_SPEC_STRING (klass->fields[j]))
            continue;

          g_object_get (records->pdata[i], klass->fields[j]->name, &value, NULL);
          if (value == NULL || *g_strstrip (value) == '\0')
            continue;

          if (text->len > 0)
            g_string_append (text, "\n\n");
          g_string_append (text, value);
        }
    }

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text->str);
}

static void ask_before_closing (BounceWindow *self,
                                const char   *reason);

static void
on_close_response_cb (BounceWindow     *self,
                      const char       *response,
                      AdwMessageDialog *dialog)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "retry") == 0)
    gtk_window_close (GTK_WINDOW (self));
  else if (g_strcmp0 (response, "copy") == 0)
    {
      g_autofree char *reason = g_strdup (self->save_problem);

      /* The question stays until the person has chosen what happens to the words. */
      copy_unsaved_text (self);
      ask_before_closing (self, reason);
    }
  else if (g_strcmp0 (response, "keep") == 0)
    {
      if (!keep_in_recovery_file (self, &error) && !self->recovery_failed)
        {
          g_warning ("%s", error->message);
          self->recovery_failed = TRUE;
          ask_before_closing (self, error->message);
          return;
        }

      self->may_close = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

/* Like gnome-text-editor's: the window stays until the person chooses what happens. */
static void
ask_before_closing (BounceWindow *self,
                    const char   *reason)
{
  AdwMessageDialog *dialog;

  if (reason != self->save_problem)
    {
      g_free (self->save_problem);
      self->save_problem = g_strdup (reason);
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Your Latest Words Are Not Saved"),
                                                       NULL));
  if (!self->recovery_failed)
    /* Translators: %s is the reason, e.g. "another program is using the journal right
     * now". Keep it kind: nothing is lost yet, and the person chooses what happens. */
    adw_message_dialog_format_body (dialog,
                                    _("Bounce Back could not save them: %s.\n\n"
                                      "Try again, or copy them to keep them elsewhere. If "
                                      "you close anyway, they are kept in a recovery file "
                                      "and offered back the next time you open Bounce Back."),
                                    reason);
  else
    /* Translators: %s is the reason the recovery file could not be written. */
    adw_message_dialog_format_body (dialog,
                                    _("Not even a recovery file could be written: %s.\n\n"
                                      "Copy the words to keep them elsewhere before you "
                                      "close: closing now loses them."),
                                    reason);

  adw_message_dialog_add_responses (dialog,
                                    "copy", _("_Copy Text"),
                                    "keep", _("Close _Anyway"),
                                    "retry", _("_Try Again"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "keep", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "retry", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "retry");
  /* Escape leaves the window open, words and all. */
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_recovery_response_cb (BounceWindow     *self,
                         const char       *response,
                         AdwMessageDialog *dialog)
{
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (g_strcmp0 (response, "restore") != 0 || self->journal == NULL)
    return;

  if (!bounce_recovery_bring_back (self->recovery_path, self->journal, NULL, &error))
    {
      /* Translators: %s is the reason, e.g. "the disk is full". */
      tell_failure (self, _("Could not bring the words back: %s"), error->message);
      return;
    }

  toast = new_toast (_("Your words are back"));
  adw_toast_set_timeout (toast, 5);
  show_toast (self, toast);
}

static void
offer_recovery (BounceWindow *self)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Bring Back Unsaved Words?"),
                                                       NULL));
  adw_message_dialog_set_body (dialog,
                               _("The last time Bounce Back closed, some of your words could "
                                 "not be saved in the journal. They were kept in a recovery "
                                 "file, and can be put back where they belong now."));
  adw_message_dialog_add_responses (dialog,
                                    "later", _("_Not Now"),
                                    "restore", _("_Bring Them Back"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "restore");
  adw_message_dialog_set_close_response (dialog, "later");

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_recovery_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void ask_next (BounceWindow *self);

static void
on_notices_response_cb (BounceWindow *self)
{
  ask_next (self);
}

/* What the store had to say about opening the journal (a file set aside, read-only). */
static void
tell_notices (BounceWindow *self)
{
  const char * const *notices = bounce_store_get_notices (bounce_journal_get_store (self->journal));
  g_autofree char *body = g_strjoinv ("\n\n", (char **) notices);
  AdwMessageDialog *dialog;

  self->notices_shown = TRUE;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("About Your Journal"), body));
  adw_message_dialog_add_response (dialog, "ok", _("_OK"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_notices_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* One question at a time, once the window is there to ask over. */
static void
ask_next (BounceWindow *self)
{
  if (self->journal == NULL)
    return;

  if (!self->notices_shown &&
      bounce_store_get_notices (bounce_journal_get_store (self->journal))[0] != NULL)
    tell_notices (self);
  else if (self->recovery_path != NULL && g_file_test (self->recovery_path, G_FILE_TEST_EXISTS))
    offer_recovery (self);
}

static void
on_first_map_cb (BounceWindow *self)
{
  g_signal_handlers_disconnect_by_func (self, on_first_map_cb, NULL);
  ask_next (self);
}

/* A first start: nothing written yet, in the journal or kept from a close that could not
 * save, and the welcome never answered. A journal written before there was a welcome
 * holds something, and so never shows it. */
static gboolean
wants_welcome (BounceWindow *self)
{
  BounceStore *store = bounce_journal_get_store (self->journal);
  const GType *kinds;
  guint n_kinds;

  if (self->settings == NULL || g_settings_get_boolean (self->settings, "welcome-done") ||
      bounce_store_is_read_only (store) ||
      (self->recovery_path != NULL && g_file_test (self->recovery_path, G_FILE_TEST_EXISTS)))
    return FALSE;

  kinds = bounce_kinds_get (&n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    if (g_list_model_get_n_items (bounce_journal_get_records (self->journal, kinds[i])) > 0)
      return FALSE;

  return TRUE;
}

/* The pages, once the welcome (if any) is answered; the goal card follows the journal's
 * goals, the one the welcome stored included. */
static void
show_journal (BounceWindow *self)
{
  gtk_stack_set_visible_child_name (self->main_stack, "journal");
  update_actions (self);
}

/* One write with its title: a goal that could not be kept leaves no blank one behind. */
static gboolean
store_goal (BounceWindow  *self,
            const char    *title,
            GError       **error)
{
  g_autoptr(BounceRecord) goal = g_object_new (BOUNCE_TYPE_GOAL,
                                               "title", title,
                                               "in-focus", TRUE,
                                               NULL);

  return bounce_journal_restore (self->journal, goal, error);
}

/* Start (@goal_title, perhaps empty) or Skip (%NULL): either way the Grieve page is next. */
static void
on_welcome_done_cb (BounceWindow  *self,
                    const char    *goal_title,
                    BounceWelcome *welcome)
{
  g_autofree char *title = g_strstrip (g_strdup (goal_title != NULL ? goal_title : ""));
  g_autoptr(GError) error = NULL;

  if (self->journal == NULL || !is_welcoming (self))
    return;

  /* The welcome stays, with what was typed, so that Start can be tried again or skipped. */
  if (*title != '\0' && !store_goal (self, title, &error))
    {
      /* Translators: %s is the system's reason, e.g. "disk is full". */
      tell_failure (self, _("Could not keep the goal: %s"), error->message);
      return;
    }

  g_settings_set_boolean (self->settings, "welcome-done", TRUE);
  show_journal (self);
  bounce_window_show_section (self, BOUNCE_TYPE_GRIEF_ENTRY);

  /* The focus left with the welcome: it goes on in the page, not to the menu, on its last
   * control, the button that starts the first page (forward would land in the goal's
   * title, all of it selected, for the next key to overwrite). */
  gtk_widget_child_focus (GTK_WIDGET (page_of_kind (self, BOUNCE_TYPE_GRIEF_ENTRY)),
                          GTK_DIR_TAB_BACKWARD);
}

static void
start_over_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BounceWindow *self = BOUNCE_WINDOW (widget);
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(BounceJournal) journal = NULL;
  g_autoptr(GError) error = NULL;

  if (self->rescued == NULL)
    return;

  store = bounce_store_start_over (self->rescue_dir, self->rescued, NULL, &error);
  if (store != NULL)
    journal = bounce_journal_new (store, &error);
  if (journal == NULL)
    {
      /* Translators: %s says why, e.g. "the disk is full". */
      tell_failure (self, _("Could not start a new journal: %s"), error->message);
      return;
    }

  g_clear_pointer (&self->rescued, g_ptr_array_unref);
  g_clear_pointer (&self->rescue_dir, g_free);
  gtk_widget_set_visible (GTK_WIDGET (self->start_over_button), FALSE);

  bounce_window_set_journal (self, journal);
  g_signal_emit (self, signals[JOURNAL_STARTED], 0, journal);
}

static void
forget_removed (BounceWindow *self)
{
  g_clear_object (&self->removed);
  self->removed_from = NULL;
  update_actions (self);
}

/* What the toast says once an entry of @page's kind is removed: each kind's own words. */
static const char *
removed_text (BounceRecordPage *page)
{
  GType editor_type = bounce_editor_type_for_kind (bounce_record_page_get_record_type (page));
  g_autoptr(GTypeClass) klass = g_type_class_ref (editor_type);

  return _(BOUNCE_EDITOR_CLASS (klass)->section->removed);
}

static void
on_undo_toast_dismissed_cb (BounceWindow *self,
                            AdwToast     *toast)
{
  if (self->undo_toast == toast)
    {
      self->undo_toast = NULL;
      forget_removed (self);
    }
}

static void
new_record_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BounceWindow *self = BOUNCE_WINDOW (widget);
  BounceRecordPage *page = current_page (self);
  g_autoptr(GError) error = NULL;

  if (page == NULL || self->journal == NULL)
    return;

  /* The new entry opens on its page, not hidden behind a search's results. */
  if (is_searching (self))
    gtk_search_bar_set_search_mode (self->search_bar, FALSE);

  /* Words that could not be saved yet stay pending; they never block a new entry. */
  if (bounce_record_page_add_record (page, &error) == NULL)
    /* Translators: %s is the system's reason, e.g. "disk is full". */
    tell_failure (self, _("Could not start a new entry: %s"), error->message);
}

static void
delete_record_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BounceWindow *self = BOUNCE_WINDOW (widget);
  BounceRecordPage *page = current_page (self);
  g_autoptr(BounceRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (page == NULL || self->journal == NULL)
    return;

  record = bounce_record_page_remove_selected (page, &error);
  if (record == NULL)
    {
      if (error != NULL)
        /* Translators: %s is the system's reason, e.g. "disk is full". */
        tell_failure (self, _("Could not remove the entry: %s"), error->message);
      return;
    }

  if (self->undo_toast != NULL)
    bounce_toast_dismiss (self->undo_toast);

  self->removed = g_steal_pointer (&record);
  self->removed_from = page;
  update_actions (self);

  toast = new_toast (removed_text (page));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-remove");
  /* Undo by keyboard is Ctrl+Z from anywhere (or Alt+U) while the toast shows. Tab reaches
   * the toast only after every control of the page, and a screen reader reads it out
   * first: 30 s leave time for both, and once the toast has the focus (or the pointer)
   * libadwaita stops counting. Longer would hold back the toasts queued behind it, such
   * as a save that failed. */
  adw_toast_set_timeout (toast, 30);
  /* Undo is only worth anything now: it goes before a toast that stays. */
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_undo_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  self->undo_toast = toast;
  show_toast (self, toast);
}

static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BounceWindow *self = BOUNCE_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->removed == NULL)
    return;

  /* Shown first, so that the entry's row is there to take the focus. */
  show_section (self, self->removed_from);
  if (!bounce_record_page_restore (self->removed_from, self->removed, &error))
    {
      /* Translators: %s is the system's reason, e.g. "disk is full". */
      tell_failure (self, _("Could not bring the entry back: %s"), error->message);
      return;
    }

  forget_removed (self);
  /* By Ctrl+Z, the toast's Undo is done too. */
  if (self->undo_toast != NULL)
    bounce_toast_dismiss (self->undo_toast);
}

/* The Support page, from the main menu or the support card: one at a time. */
static void
support_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BounceWindow *self = BOUNCE_WINDOW (widget);

  if (self->support_window == NULL)
    g_set_weak_pointer (&self->support_window,
                        GTK_WINDOW (bounce_support_window_new (GTK_WINDOW (self))));

  gtk_window_present (self->support_window);
}

/* Keyboard Shortcuts, made when first asked for. GTK would build gtk/help-overlay.ui for
 * every window as it opens, a sixth of what the window itself costs before its first
 * frame; so the file has another name, and the window hands it to GTK on first use. */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);

  if (gtk_application_window_get_help_overlay (window) == NULL)
    {
      g_autoptr(GtkBuilder) builder = NULL;

      builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/bounce-shortcuts-window.ui");
      gtk_application_window_set_help_overlay (
        window, GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
    }

  g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
}

static void
on_support_dismissed_cb (BounceWindow *self)
{
  AdwToast *toast;

  /* Translators: shown after hiding the support card. One short line. */
  toast = new_toast (_("Support stays in the main menu"));
  adw_toast_set_timeout (toast, 5);
  show_toast (self, toast);
}

/* "Laugh it off and try again": another go at the lost goal, as a new idea on New Paths
 * that refers to it, opened there to be shaped. */
static void
try_again_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BounceWindow *self = BOUNCE_WINDOW (widget);
  BounceRecordPage *paths = page_of_kind (self, BOUNCE_TYPE_IDEA);
  g_autoptr(BounceRecord) goal = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *goal_title = NULL;
  g_autofree char *title = NULL;
  BounceRecord *idea;

  if (self->journal == NULL || paths == NULL)
    return;

  /* A goal just named on the Grieve page may still wait for the pause to be stored. */
  if (!bounce_goal_card_flush (self->goal_card, &error))
    {
      g_message ("The goal could not be stored before trying again: %s", error->message);
      g_clear_error (&error);
    }

  goal = BOUNCE_RECORD (bounce_journal_dup_focus_goal (self->journal));
  if (goal != NULL)
    goal_title = bounce_record_dup_summary (goal);

  if (goal_title != NULL && *goal_title != '\0')
    /* Translators: the title of the new idea "Try again" makes; %s is the lost goal's
     * title, e.g. "Pass the bar exam". Use your language's quotation marks. */
    title = g_strdup_printf (_("Another go at “%s”"), goal_title);
  else
    /* Translators: the title of the new idea "Try again" makes, when no goal is named. */
    title = g_strdup (_("Another go"));

  show_section (self, paths);
  if (!(idea = bounce_record_page_add_record (paths, &error)))
    {
      /* Translators: %s is the system's reason, e.g. "disk is full". */
      tell_failure (self, _("Could not start a new idea: %s"), error->message);
      return;
    }

  g_object_set (idea,
                "title", title,
                "goal", goal != NULL ? bounce_record_get_uuid (goal) : "",
                NULL);
  /* Stored now: the page's autosave would keep trying if this failed. */
  if (!bounce_journal_save (self->journal, idea, &error))
    g_message ("The new idea waits to be stored: %s", error->message);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  bounce_window_set_page_name (BOUNCE_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* The goal card and the goal editor ask for these: neither knows the journal's window. */
static void
show_goal_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BounceWindow *self = BOUNCE_WINDOW (widget);
  BounceRecordPage *page = page_of_kind (self, BOUNCE_TYPE_GOAL);
  g_autoptr(BounceRecord) goal = NULL;

  if (page == NULL)
    return;

  if (self->journal != NULL)
    goal = bounce_journal_dup_record (self->journal, BOUNCE_TYPE_GOAL,
                                      g_variant_get_string (parameter, NULL));

  show_section (self, page);
  if (goal != NULL)
    bounce_record_page_open (page, goal);
}

/* The coping log asks for this, to open the back-pocket project it refers to. */
static void
show_idea_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BounceWindow *self = BOUNCE_WINDOW (widget);
  BounceRecordPage *page = page_of_kind (self, BOUNCE_TYPE_IDEA);
  g_autoptr(BounceRecord) idea = NULL;

  if (page == NULL || self->journal == NULL)
    return;

  idea = bounce_journal_dup_record (self->journal, BOUNCE_TYPE_IDEA,
                                    g_variant_get_string (parameter, NULL));
  show_section (self, page);
  if (idea != NULL)
    bounce_record_page_open (page, idea);
}

static void
focus_goal_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BounceWindow *self = BOUNCE_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceRecord) goal = NULL;

  if (self->journal == NULL)
    return;

  goal = bounce_journal_dup_record (self->journal, BOUNCE_TYPE_GOAL,
                                    g_variant_get_string (parameter, NULL));
  if (goal == NULL)
    return;

  if (!bounce_journal_focus_goal (self->journal, BOUNCE_GOAL (goal), &error))
    /* Translators: %s is the system's reason, e.g. "disk is full". */
    tell_failure (self, _("Could not keep the goal in focus: %s"), error->message);
}

/* Ctrl+F: the search entry, with what it holds selected to be typed over. */
static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BounceWindow *self = BOUNCE_WINDOW (widget);

  if (!is_searching (self))
    gtk_search_bar_set_search_mode (self->search_bar, TRUE);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static gboolean
is_inside (GtkWidget *widget,
           gpointer   container)
{
  return widget == container || gtk_widget_is_ancestor (widget, container);
}

/* The page bar, where the header has no room for the pages' switcher: with the journal
 * only (the welcome and the error page have no pages to switch). A wide window never
 * shows it, so its buttons are made when it is first revealed. */
static void
on_main_page_cb (BounceWindow *self)
{
  gboolean reveal;

  if (self->switcher_bar == NULL || self->switcher_title == NULL || self->main_stack == NULL)
    return;

  reveal = adw_view_switcher_title_get_title_visible (self->switcher_title) &&
           g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "journal") == 0;
  if (reveal && adw_view_switcher_bar_get_stack (self->switcher_bar) == NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, self->view_stack);
  adw_view_switcher_bar_set_reveal (self->switcher_bar, reveal);
}

/* The focus on the pages, for Escape from a search to go back to: the search bar takes it
 * before the window hears of the search. */
static void
on_focus_changed_cb (BounceWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus != NULL && self->view_stack != NULL &&
      gtk_widget_is_ancestor (focus, GTK_WIDGET (self->view_stack)))
    g_set_weak_pointer (&self->focus_before_search, focus);
}

static void
on_search_mode_cb (BounceWindow *self)
{
  g_autoptr(GtkWidget) back = NULL;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean focus_in_search = focus != NULL && (is_inside (focus, self->search_bar) ||
                                               is_inside (focus, self->search_view));

  if (is_searching (self))
    {
      g_autoptr(GError) error = NULL;

      /* Words typed a moment ago are found too: what waits for the pause is stored now. */
      if (!bounce_window_flush (self, &error))
        g_message ("Searching before the latest words could be stored: %s", error->message);

      bounce_search_view_search (self->search_view,
                                 gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
      gtk_widget_set_visible (GTK_WIDGET (self->search_view), TRUE);
      gtk_stack_set_visible_child_name (self->content_stack, "search");
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      return;
    }

  /* The stack moves a focus it hides onto the pages (the switcher, say): not there. */
  back = self->focus_before_search != NULL ? g_object_ref (self->focus_before_search) : NULL;
  gtk_stack_set_visible_child_name (self->content_stack, "pages");

  /* Back where the person was before searching, unless they went elsewhere since. */
  if (focus == NULL || focus_in_search)
    {
      BounceRecordPage *page = current_page (self);

      if (back != NULL && gtk_widget_is_ancestor (back, GTK_WIDGET (self->view_stack)))
        gtk_widget_grab_focus (back);
      else if (page != NULL)
        gtk_widget_child_focus (GTK_WIDGET (page), GTK_DIR_TAB_FORWARD);
    }
}

static void
on_search_changed_cb (BounceWindow *self)
{
  if (is_searching (self))
    bounce_search_view_search (self->search_view,
                               gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/* Enter in the entry opens the newest result. */
static void
on_search_activate_cb (BounceWindow *self)
{
  bounce_search_view_activate_first (self->search_view);
}

/* Down from the entry goes to the results; Escape from a result ends the search, as it
 * does from the entry. */
static gboolean
on_search_key_pressed_cb (BounceWindow          *self,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          GtkEventControllerKey *controller)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;

  if (widget == GTK_WIDGET (self->search_entry) && (keyval == GDK_KEY_Down ||
                                                    keyval == GDK_KEY_KP_Down))
    return bounce_search_view_focus_first (self->search_view);

  if (widget == GTK_WIDGET (self->search_view) && keyval == GDK_KEY_Escape)
    {
      gtk_search_bar_set_search_mode (self->search_bar, FALSE);
      return TRUE;
    }

  return FALSE;
}

/* A result chosen: the search ends, and the record opens where it is written. */
static void
on_search_open_cb (BounceWindow *self,
                   GType         kind,
                   const char   *uuid)
{
  BounceRecordPage *page = page_of_kind (self, kind);
  g_autoptr(BounceRecord) record = NULL;

  if (page == NULL || self->journal == NULL)
    return;

  if (!(record = bounce_journal_dup_record (self->journal, kind, uuid)))
    {
      AdwToast *toast;

      /* Translators: a search result was chosen, but the entry had been deleted since. */
      toast = new_toast (_("That entry is no longer in your journal"));
      adw_toast_set_timeout (toast, 5);
      show_toast (self, toast);
      return;
    }

  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  show_section (self, page);
  bounce_record_page_open (page, record);
}

/* Another page chosen while searching: the search gives way to it. */
static void
on_view_changed_cb (BounceWindow *self)
{
  if (is_searching (self))
    gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
save_window_state (BounceWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_string (self->settings, "last-page", bounce_window_get_page_name (self));
}

static gboolean
bounce_window_close_request (GtkWindow *window)
{
  BounceWindow *self = BOUNCE_WINDOW (window);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) recovery_error = NULL;

  save_window_state (self);

  if (self->journal == NULL || self->may_close)
    return GTK_WINDOW_CLASS (bounce_window_parent_class)->close_request (window);

  for (guint i = 0; i < self->pages->len; i++)
    bounce_record_page_drop_blank (self->pages->pdata[i]);

  if (bounce_window_flush (self, &error))
    return GTK_WINDOW_CLASS (bounce_window_parent_class)->close_request (window);

  if (!self->unattended)
    {
      ask_before_closing (self, error->message);
      return TRUE;
    }

  /* Logging out: nobody can be asked, so the words go where the next start finds them. */
  if (!keep_in_recovery_file (self, &recovery_error))
    {
      g_autofree char *line =
        /* Translators: the first %s is why saving failed, the second why the recovery
         * file could not be written either. */
        g_strdup_printf (_("Bounce Back could not save your last words (%s), nor keep them "
                           "in a recovery file (%s)"),
                         error->message, recovery_error->message);
      g_printerr ("%s\n", line);
    }

  return GTK_WINDOW_CLASS (bounce_window_parent_class)->close_request (window);
}

static void
bounce_window_dispose (GObject *object)
{
  BounceWindow *self = BOUNCE_WINDOW (object);

  g_clear_object (&self->removed);
  self->removed_from = NULL;
  self->undo_toast = NULL;
  self->save_toast = NULL;
  g_clear_weak_pointer (&self->message_toast);
  g_clear_object (&self->last_toast);
  g_clear_weak_pointer (&self->dialog);
  g_clear_weak_pointer (&self->support_window);
  g_clear_weak_pointer (&self->focus_before_search);

  /* The pages store what is pending as they go; no toast can tell of it any more. */
  if (self->goal_card != NULL)
    g_signal_handlers_disconnect_by_data (self->goal_card, self);
  if (self->checkin_bar != NULL)
    g_signal_handlers_disconnect_by_data (self->checkin_bar, self);
  if (self->support_card != NULL)
    g_signal_handlers_disconnect_by_data (self->support_card, self);
  self->support_card = NULL;
  for (guint i = 0; self->pages != NULL && i < self->pages->len; i++)
    g_signal_handlers_disconnect_by_data (self->pages->pdata[i], self);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->slots, g_ptr_array_unref);
  self->goal_card = NULL;
  self->checkin_bar = NULL;
  self->mood_chart = NULL;
  self->projects_card = NULL;
  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_data (self->journal, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), BOUNCE_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->journal);

  G_OBJECT_CLASS (bounce_window_parent_class)->dispose (object);
}

static void
bounce_window_finalize (GObject *object)
{
  BounceWindow *self = BOUNCE_WINDOW (object);

  g_clear_pointer (&self->save_problem, g_free);
  g_clear_pointer (&self->recovery_path, g_free);
  g_clear_pointer (&self->rescue_dir, g_free);
  g_clear_pointer (&self->rescued, g_ptr_array_unref);

  G_OBJECT_CLASS (bounce_window_parent_class)->finalize (object);
}

static void
bounce_window_class_init (BounceWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = bounce_window_dispose;
  object_class->finalize = bounce_window_finalize;
  window_class->close_request = bounce_window_close_request;

  g_type_ensure (BOUNCE_TYPE_GOAL_CARD);
  g_type_ensure (BOUNCE_TYPE_RECORD_PAGE);
  g_type_ensure (BOUNCE_TYPE_SEARCH_VIEW);
  g_type_ensure (BOUNCE_TYPE_SUPPORT_CARD);
  g_type_ensure (BOUNCE_TYPE_WELCOME);
  bounce_editors_ensure ();

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/bounce-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, grieve_header);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, thanks_header);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, paths_header);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, grieve_switchers);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, thanks_switchers);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, paths_switchers);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, grieve_sections);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, thanks_sections);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, paths_sections);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, search_view);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, error_menu_button);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, start_over_button);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, read_only_bar);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, welcome_slot);
  gtk_widget_class_bind_template_callback (widget_class, on_save_failed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_saved_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_page_state_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_mode_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_open_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_view_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_main_page_cb);

  gtk_widget_class_install_action (widget_class, "win.new-record", NULL, new_record_action);
  gtk_widget_class_install_action (widget_class, "win.delete-record", NULL, delete_record_action);
  gtk_widget_class_install_action (widget_class, "win.undo-remove", NULL, undo_remove_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.try-again", NULL, try_again_action);
  gtk_widget_class_install_action (widget_class, "win.show-save-problem", NULL,
                                   show_save_problem_action);
  gtk_widget_class_install_action (widget_class, "win.start-over", NULL, start_over_action);
  gtk_widget_class_install_action (widget_class, "win.support", NULL, support_action);
  gtk_widget_class_install_action (widget_class, "win.show-shortcuts", NULL,
                                   show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.show-goal", "s", show_goal_action);
  gtk_widget_class_install_action (widget_class, "win.focus-goal", "s", focus_goal_action);
  gtk_widget_class_install_action (widget_class, "win.show-idea", "s", show_idea_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  bounce_window_carry_class_init (widget_class);

  /**
   * BounceWindow::journal-started:
   * @journal: the new journal, started from what a damaged one still held
   */
  signals[JOURNAL_STARTED] =
    g_signal_new ("journal-started",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, BOUNCE_TYPE_JOURNAL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-record", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  /* The window's shortcuts come after the focused widget's: a text field with edits of its
   * own undoes them first (its "text.undo" is disabled when it has none). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo-remove", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK,
                                       "win.show-page", "s", "grieve");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_CONTROL_MASK,
                                       "win.show-page", "s", "thanks");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_CONTROL_MASK,
                                       "win.show-page", "s", "paths");
}

/* A switcher makes a button, and looks up its icon, for each section: a page's switchers get
 * their stack when the page is first shown. */
static void
on_switchers_map_cb (AdwSqueezer  *switchers,
                     AdwViewStack *sections)
{
  g_autoptr(GtkSelectionModel) pages = adw_squeezer_get_pages (switchers);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwSqueezerPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      AdwViewSwitcher *switcher = ADW_VIEW_SWITCHER (adw_squeezer_page_get_child (page));

      if (adw_view_switcher_get_stack (switcher) == NULL)
        adw_view_switcher_set_stack (switcher, sections);
    }
}

static void
show_switchers_if_needed (AdwSqueezer  *switchers,
                          AdwViewStack *sections)
{
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (sections);

  g_signal_connect_object (switchers, "map", G_CALLBACK (on_switchers_map_cb), sections, 0);
  gtk_widget_set_visible (GTK_WIDGET (switchers),
                          g_list_model_get_n_items (G_LIST_MODEL (pages)) > 1);
}

/* Each idea's list row says how much of what mattered it offers, and the list can be
 * sorted by it, as last chosen. */
static void
measure_ideas (BounceWindow     *self,
               BounceRecordPage *ideas)
{
  bounce_idea_order_attach (ideas, self->journal, self->settings);
}

static void
set_read_only (BounceRecordPage *page)
{
  g_autoptr(GtkWidget) editor = NULL;

  g_object_get (page, "editor", &editor, NULL);
  gtk_widget_set_sensitive (editor, FALSE);
}

static BounceRecordPage *
make_page (BounceWindow *self,
           AdwBin       *slot)
{
  GType kind = kind_of_slot (GTK_WIDGET (slot));
  BounceRecordPage *page = BOUNCE_RECORD_PAGE (bounce_record_page_new_for_kind (kind));

  g_signal_connect_object (page, "save-failed", G_CALLBACK (on_save_failed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (page, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (page, "notify::selected", G_CALLBACK (on_page_state_changed_cb),
                           self, G_CONNECT_SWAPPED);

  /* The goal being grieved sits above the grief journal's list; the healing curve above
   * the check-ins; the last seven days of the coping log, in kind words, above its list. */
  if (kind == BOUNCE_TYPE_GRIEF_ENTRY)
    g_object_set (page, "header", self->goal_card, NULL);
  else if (kind == BOUNCE_TYPE_CHECKIN)
    {
      self->mood_chart = g_object_new (BOUNCE_TYPE_MOOD_CHART, NULL);
      if (self->journal != NULL)
        bounce_mood_chart_set_journal (self->mood_chart, self->journal);
      g_object_set (page, "header", self->mood_chart, NULL);
    }
  else if (kind == BOUNCE_TYPE_COPING && self->journal != NULL)
    g_object_set (page, "header", bounce_coping_card_new (self->journal), NULL);

  g_ptr_array_add (self->pages, page);
  if (self->journal != NULL)
    bounce_record_page_set_journal (page, self->journal);
  if (self->journal != NULL && kind == BOUNCE_TYPE_IDEA)
    measure_ideas (self, page);
  adw_bin_set_child (slot, GTK_WIDGET (page));
  /* A read-only journal is shown as it is: nothing in it can be changed. */
  if (self->journal != NULL && bounce_store_is_read_only (bounce_journal_get_store (self->journal)))
    set_read_only (page);
  /* The section on show may be this one: what can be done on it is told now. */
  update_actions (self);

  return page;
}

static void
on_slot_map_cb (BounceWindow *self,
                GtkWidget    *slot)
{
  if (adw_bin_get_child (ADW_BIN (slot)) == NULL)
    make_page (self, ADW_BIN (slot));
}

static void
on_then_now_slot_map_cb (BounceWindow *self,
                         GtkWidget    *slot)
{
  if (self->then_now != NULL)
    return;

  self->then_now = g_object_new (BOUNCE_TYPE_THEN_NOW, NULL);
  if (self->journal != NULL)
    bounce_then_now_set_journal (self->then_now, self->journal);
  adw_bin_set_child (ADW_BIN (slot), GTK_WIDGET (self->then_now));
}

/* "Then and Now" on New Paths, after the ideas: a section of no kind, made, like the
 * others, when it is first shown, and that reads the journal only while it is shown. */
static void
add_then_now (BounceWindow *self)
{
  AdwViewStackPage *stack_page;
  GtkWidget *slot = adw_bin_new ();

  g_signal_connect_object (slot, "map", G_CALLBACK (on_then_now_slot_map_cb), self,
                           G_CONNECT_SWAPPED);
  /* Translators: the section of New Paths that sets the person's months side by side. */
  stack_page = adw_view_stack_add_titled (self->paths_sections, slot,
                                          "then-now", _("Then and Now"));
  adw_view_stack_page_set_icon_name (stack_page, "bounce-then-now-symbolic");
}

/* A section for each kind, on the kind's page, in the kinds' order; each page is made when
 * its section is first shown. */
static void
add_sections (BounceWindow *self)
{
  const GType *kinds;
  guint n_kinds;

  /* The goal being grieved, above the grief journal's list (make_page()). */
  self->goal_card = g_object_new (BOUNCE_TYPE_GOAL_CARD, NULL);
  g_signal_connect_object (self->goal_card, "save-failed", G_CALLBACK (on_save_failed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->goal_card, "saved", G_CALLBACK (on_saved_cb), self,
                           G_CONNECT_SWAPPED);

  self->slots = g_ptr_array_new ();
  self->pages = g_ptr_array_new ();
  kinds = bounce_kinds_get (&n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    {
      GType editor_type = bounce_editor_type_for_kind (kinds[i]);
      g_autoptr(GTypeClass) editor_class = NULL;
      g_autoptr(GTypeClass) record_class = NULL;
      const BounceEditorSection *section;
      AdwViewStack *sections;
      AdwViewStackPage *stack_page;
      GtkWidget *slot;

      /* A part of another kind (an aspect of a goal) is shown with what it belongs to. */
      if (bounce_kinds_get_page (kinds[i]) == NULL)
        continue;

      /* A kind nobody can see or edit is a kind added half-way. */
      if (editor_type == G_TYPE_INVALID)
        {
          g_critical ("No editor for %s: register one in bounce-editors.c",
                      g_type_name (kinds[i]));
          continue;
        }

      editor_class = g_type_class_ref (editor_type);
      record_class = g_type_class_ref (kinds[i]);
      section = BOUNCE_EDITOR_CLASS (editor_class)->section;
      sections = sections_of (self, bounce_kinds_get_page (kinds[i]));
      g_return_if_fail (sections != NULL);

      slot = adw_bin_new ();
      g_object_set_data (G_OBJECT (slot), "bounce-kind", GSIZE_TO_POINTER (kinds[i]));
      g_signal_connect_object (slot, "map", G_CALLBACK (on_slot_map_cb), self, G_CONNECT_SWAPPED);
      stack_page = adw_view_stack_add_titled (sections, slot,
                                              BOUNCE_RECORD_CLASS (record_class)->table,
                                              _(section->title));
      adw_view_stack_page_set_icon_name (stack_page, section->icon_name);
      g_ptr_array_add (self->slots, slot);
    }
  add_then_now (self);
  g_signal_connect_object (self->paths_header, "map", G_CALLBACK (show_projects), self,
                           G_CONNECT_SWAPPED);

  /* A page of one section needs no switcher. */
  show_switchers_if_needed (self->grieve_switchers, self->grieve_sections);
  show_switchers_if_needed (self->thanks_switchers, self->thanks_sections);
  show_switchers_if_needed (self->paths_switchers, self->paths_sections);


  /* The quick check-in on the Grieve page sits above every section; the header may hold
   * more, so the bar goes last. */
  self->checkin_bar = g_object_new (BOUNCE_TYPE_CHECKIN_BAR, NULL);
  g_signal_connect_object (self->checkin_bar, "add-words", G_CALLBACK (on_add_words_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->checkin_bar, "failed", G_CALLBACK (on_check_in_failed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_box_append (self->grieve_header, GTK_WIDGET (self->checkin_bar));
  /* Above everything on the Grieve page, while the check-ins stay low. */
  self->support_card = g_object_new (BOUNCE_TYPE_SUPPORT_CARD, NULL);
  g_signal_connect_object (self->support_card, "dismissed",
                           G_CALLBACK (on_support_dismissed_cb), self, G_CONNECT_SWAPPED);
  gtk_box_prepend (self->grieve_header, GTK_WIDGET (self->support_card));
}

/* The main menu gets its items when first opened (by a click or F10): a menu model makes
 * its whole popover at once, which the first frame does not show. */
static void
make_menu_cb (GtkMenuButton *button,
              gpointer       user_data)
{
  BounceWindow *self = BOUNCE_WINDOW (user_data);

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
bounce_window_init (BounceWindow *self)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autofree char *last_page = NULL;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));
  bounce_name_mnemonics (GTK_WIDGET (self));
  on_main_page_cb (self);
  /* The entry sits in a clamp, where the bar does not find it by itself (for Escape). */
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_menu_button_set_create_popup_func (self->menu_button, make_menu_cb, self, NULL);
  gtk_menu_button_set_create_popup_func (self->error_menu_button, make_menu_cb, self, NULL);
  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (on_focus_changed_cb), NULL);

  add_sections (self);

  update_actions (self);

  if (source != NULL && (schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)) != NULL)
    {
      self->settings = g_settings_new (APP_ID);
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      last_page = g_settings_get_string (self->settings, "last-page");
      bounce_window_set_page_name (self, last_page);
    }
  else
    g_warning ("The settings schema %s is not installed; the window will not remember its size",
               APP_ID);
}

BounceWindow *
bounce_window_new (GtkApplication *application)
{
  return g_object_new (BOUNCE_TYPE_WINDOW, "application", application, NULL);
}


/* The project switched to (or asked for) comes up in the list of ideas. */
static void
on_open_project_cb (BounceWindow *self,
                    BounceIdea   *idea)
{
  BounceRecordPage *ideas = page_of_kind (self, BOUNCE_TYPE_IDEA);

  show_section (self, ideas);
  bounce_record_page_select (ideas, BOUNCE_RECORD (idea));
}

static void
on_switch_failed_cb (BounceWindow *self,
                     GError       *error)
{
  /* Translators: %s is the system's reason, e.g. "disk is full". */
  tell_failure (self, _("Could not switch projects: %s"), error->message);
}

/* Projects A and B, and the switch between them, above the New Paths page's sections;
 * made when the page is first shown, with a journal. */
static void
show_projects (BounceWindow *self)
{
  GtkWidget *card;

  if (self->journal == NULL || self->projects_card != NULL ||
      !gtk_widget_get_mapped (GTK_WIDGET (self->paths_header)))
    return;

  card = bounce_projects_card_new (self->journal);
  self->projects_card = card;

  g_signal_connect_object (card, "open", G_CALLBACK (on_open_project_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (card, "failed", G_CALLBACK (on_switch_failed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (self->paths_header, card);
}

void
bounce_window_set_journal (BounceWindow  *self,
                           BounceJournal *journal)
{
  g_return_if_fail (BOUNCE_IS_WINDOW (self));
  g_return_if_fail (BOUNCE_IS_JOURNAL (journal));
  g_return_if_fail (self->journal == NULL);

  self->journal = g_object_ref (journal);
  bounce_goal_card_set_journal (self->goal_card, journal);
  bounce_checkin_bar_set_journal (self->checkin_bar, journal);
  if (self->mood_chart != NULL)
    bounce_mood_chart_set_journal (self->mood_chart, journal);
  if (self->then_now != NULL)
    bounce_then_now_set_journal (self->then_now, journal);
  bounce_support_card_set_journal (self->support_card, journal, self->settings);
  if (made_page_of_kind (self, BOUNCE_TYPE_COPING) != NULL)
    g_object_set (made_page_of_kind (self, BOUNCE_TYPE_COPING),
                  "header", bounce_coping_card_new (journal), NULL);
  self->recovery_path = bounce_recovery_dup_path (bounce_journal_get_store (journal));
  bounce_search_view_set_store (self->search_view, bounce_journal_get_store (journal));
  for (guint i = 0; i < self->pages->len; i++)
    bounce_record_page_set_journal (self->pages->pdata[i], journal);
  if (made_page_of_kind (self, BOUNCE_TYPE_IDEA) != NULL)
    measure_ideas (self, made_page_of_kind (self, BOUNCE_TYPE_IDEA));
  show_projects (self);

  g_signal_connect_object (journal, "record-readded", G_CALLBACK (on_record_readded_cb), self,
                           G_CONNECT_SWAPPED);

  if (wants_welcome (self))
    {
      if (self->welcome == NULL)
        {
          self->welcome = g_object_new (BOUNCE_TYPE_WELCOME, NULL);
          g_signal_connect_object (self->welcome, "done", G_CALLBACK (on_welcome_done_cb), self,
                                   G_CONNECT_SWAPPED);
          adw_bin_set_child (self->welcome_slot, GTK_WIDGET (self->welcome));
        }
      /* GTK moves the focus into the page on show, and the welcome hands it to its entry. */
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
      update_actions (self);
    }
  else
    show_journal (self);

  /* A read-only journal is shown as it is: nothing in it can be changed. */
  if (bounce_store_is_read_only (bounce_journal_get_store (journal)))
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->goal_card), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->checkin_bar), FALSE);
      for (guint i = 0; i < self->pages->len; i++)
        set_read_only (self->pages->pdata[i]);
      gtk_widget_set_visible (GTK_WIDGET (self->read_only_bar), TRUE);
    }

  /* What the store had to tell, and words kept from a close that could not save them,
   * are told and offered once the window is there to ask over. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ask_next (self);
  else
    g_signal_connect (self, "map", G_CALLBACK (on_first_map_cb), NULL);
}

/**
 * bounce_window_close_unattended:
 *
 * Closes the window with nobody to ask, as when the session ends: words that
 * cannot be saved are kept in the recovery file instead.
 */
void
bounce_window_close_unattended (BounceWindow *self)
{
  g_return_if_fail (BOUNCE_IS_WINDOW (self));

  self->unattended = TRUE;
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  gtk_window_close (GTK_WINDOW (self));
}

/**
 * bounce_window_show_error:
 *
 * Shows, instead of the pages, why the journal could not be opened.
 */
void
bounce_window_show_error (BounceWindow *self,
                          const GError *error)
{
  g_autofree char *description = NULL;

  g_return_if_fail (BOUNCE_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  /* The status page reads markup, and a folder may be called "Tom & Jerry". */
  description = g_markup_escape_text (error->message, -1);
  adw_status_page_set_description (self->error_page, description);
  gtk_widget_set_visible (gtk_stack_get_child_by_name (self->main_stack, "error"), TRUE);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

/**
 * bounce_window_show_rescue:
 * @dir: the folder of the journal that was refused as damaged
 * @error: why it was refused
 *
 * Shows why the journal could not be opened, reads what can still be read of
 * it, and offers to start a new journal with that (win.start-over). Nothing is
 * changed until the person agrees.
 */
void
bounce_window_show_rescue (BounceWindow *self,
                           const char   *dir,
                           const GError *error)
{
  g_autoptr(GError) rescue_error = NULL;
  g_autoptr(GPtrArray) rescued = NULL;
  g_autofree char *offer = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (BOUNCE_IS_WINDOW (self));
  g_return_if_fail (dir != NULL && error != NULL);

  bounce_window_show_error (self, error);

  if (!g_error_matches (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_DAMAGED) ||
      !(rescued = bounce_store_rescue (dir, &rescue_error)))
    {
      if (rescue_error != NULL)
        g_message ("Nothing could be read from %s: %s", dir, rescue_error->message);
      return;
    }

  offer = g_strdup_printf (ngettext ("%u entry can still be read. Bounce Back can start a new "
                                     "journal with it; the damaged files are kept beside it, "
                                     "renamed, and nothing is deleted.",
                                     "%u entries can still be read. Bounce Back can start a "
                                     "new journal with them; the damaged files are kept beside "
                                     "it, renamed, and nothing is deleted.", rescued->len),
                           rescued->len);
  text = g_strdup_printf ("%s\n\n%s", error->message, offer);
  g_clear_pointer (&self->rescue_dir, g_free);
  g_clear_pointer (&self->rescued, g_ptr_array_unref);
  self->rescue_dir = g_strdup (dir);
  self->rescued = g_steal_pointer (&rescued);

  {
    g_autofree char *escaped = g_markup_escape_text (text, -1);

    adw_status_page_set_description (self->error_page, escaped);
  }
  gtk_widget_set_visible (GTK_WIDGET (self->start_over_button), TRUE);
  update_actions (self);
}

const char *
bounce_window_get_page_name (BounceWindow *self)
{
  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
bounce_window_set_page_name (BounceWindow *self,
                             const char   *name)
{
  g_return_if_fail (BOUNCE_IS_WINDOW (self));

  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/**
 * bounce_window_flush:
 *
 * Stores at once everything typed that waits for a pause, on every page even
 * when one of them fails.
 */
gboolean
bounce_window_flush (BounceWindow  *self,
                     GError       **error)
{
  g_autoptr(GError) first_error = NULL;

  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), FALSE);

  if (self->journal == NULL)
    return TRUE;

  bounce_goal_card_flush (self->goal_card, &first_error);
  for (guint i = 0; i < self->pages->len; i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (!bounce_record_page_flush (self->pages->pdata[i], &local_error) && first_error == NULL)
        first_error = g_steal_pointer (&local_error);
    }

  if (first_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&first_error));
      return FALSE;
    }

  return TRUE;
}

/**
 * bounce_window_get_page:
 * @name: "grieve", "thanks" or "paths"
 *
 * Returns: (transfer none) (nullable): the first section of the page @name
 */
BounceRecordPage *
bounce_window_get_page (BounceWindow *self,
                        const char   *name)
{
  AdwViewStack *sections;
  g_autoptr(GtkSelectionModel) pages = NULL;
  g_autoptr(AdwViewStackPage) first = NULL;

  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), NULL);

  if ((sections = sections_of (self, name)) == NULL)
    return NULL;

  pages = adw_view_stack_get_pages (sections);
  first = g_list_model_get_item (G_LIST_MODEL (pages), 0);
  return first != NULL ? page_in_slot (self, adw_view_stack_page_get_child (first), TRUE) : NULL;
}

/**
 * bounce_window_get_section:
 *
 * Returns: (transfer none) (nullable): the section that lists and edits @kind
 */
BounceRecordPage *
bounce_window_get_section (BounceWindow *self,
                           GType         kind)
{
  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), NULL);

  return page_of_kind (self, kind);
}

/**
 * bounce_window_show_section:
 *
 * Brings the section of @kind, and its page, to the front.
 */
void
bounce_window_show_section (BounceWindow *self,
                            GType         kind)
{
  BounceRecordPage *page;

  g_return_if_fail (BOUNCE_IS_WINDOW (self));

  if ((page = page_of_kind (self, kind)) != NULL)
    show_section (self, page);
}

BounceGoalCard *
bounce_window_get_goal_card (BounceWindow *self)
{
  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), NULL);

  return self->goal_card;
}

/* The first start's welcome, once it was shown (else %NULL). */
BounceWelcome *
bounce_window_get_welcome (BounceWindow *self)
{
  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), NULL);

  return self->welcome;
}

BounceSupportCard *
bounce_window_get_support_card (BounceWindow *self)
{
  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), NULL);

  return self->support_card;
}

/**
 * bounce_window_get_support_window:
 *
 * Returns: (transfer none) (nullable): the Support page, while it is open
 */
GtkWindow *
bounce_window_get_support_window (BounceWindow *self)
{
  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), NULL);

  return self->support_window;
}

/**
 * bounce_window_get_error_text:
 *
 * Returns: (nullable): what the window says went wrong, or %NULL while it
 *   shows the journal
 */
const char *
bounce_window_get_error_text (BounceWindow *self)
{
  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "error") != 0)
    return NULL;

  return adw_status_page_get_description (self->error_page);
}

/**
 * bounce_window_get_journal:
 *
 * Returns: (transfer none) (nullable): the journal the window shows
 */
BounceJournal *
bounce_window_get_journal (BounceWindow *self)
{
  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), NULL);

  return self->journal;
}

static void
on_message_dismissed_cb (BounceWindow *self,
                         AdwToast     *toast)
{
  if (self->message_toast == toast)
    g_clear_weak_pointer (&self->message_toast);
}

/**
 * bounce_window_show_message:
 * @text: one short line, plain text
 *
 * Says something in a toast, for a while (what an export did). A newer message takes the
 * place of one still up or waiting: "Importing…" gives way to what the import did at once,
 * not after its own time is up, as a toast queued behind it would.
 */
void
bounce_window_show_message (BounceWindow *self,
                            const char   *text)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  g_return_if_fail (BOUNCE_IS_WINDOW (self));

  if (self->message_toast != NULL)
    {
      /* libadwaita gives a toast added again while it is up its whole time again, and moves
       * one that waits to the front; neither is taken down, which libadwaita 1.2 does not
       * always survive (bounce_toast_dismiss()). */
      title = g_markup_escape_text (text, -1);
      adw_toast_set_title (self->message_toast, title);
      adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->message_toast));
      g_set_object (&self->last_toast, self->message_toast);
      return;
    }

  toast = new_toast (text);
  adw_toast_set_timeout (toast, 8);
  /* Weak: the overlay may let go of a toast without dismissing it, as it closes. */
  g_set_weak_pointer (&self->message_toast, toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_message_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  show_toast (self, toast);
}

/**
 * bounce_window_get_last_toast:
 *
 * Returns: (transfer none) (nullable): the latest toast the window showed
 */
AdwToast *
bounce_window_get_last_toast (BounceWindow *self)
{
  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), NULL);

  return self->last_toast;
}

/**
 * bounce_window_get_dialog:
 *
 * Returns: (transfer none) (nullable): the question the window asks now
 */
AdwMessageDialog *
bounce_window_get_dialog (BounceWindow *self)
{
  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), NULL);

  return self->dialog;
}
