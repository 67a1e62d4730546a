/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-application.c: the app: opens the journal once and serves its windows. */
#define G_LOG_DOMAIN "bounce-application"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <signal.h>

#include "bounce-application.h"
#include "bounce-autostart.h"
#include "bounce-editors.h"
#include "bounce-frame-report.h"
#include "bounce-notifier.h"
#include "bounce-preferences.h"
#include "bounce-window-private.h"

struct _BounceApplication
{
  AdwApplication  parent_instance;

  char           *data_dir;       /* this instance's, canonical, from the options or default */
  BounceJournal  *journal;
  GError         *open_error;
  GSettings      *settings;
  BounceNotifier *notifier;

  gboolean        check_pending;  /* the journal's own check is still to run */
  guint           check_id;       /* the source that starts it */
  gboolean        background;     /* started with --background */
  gboolean        held;           /* holding the application while no window is open */
  gboolean        quitting;       /* quit was asked: the last window to close ends the app */
  guint           sync_id;        /* the source that imports from the sync folder */
  GThread        *opening;        /* opens the journal while GTK starts, until joined */
};

G_DEFINE_FINAL_TYPE (BounceApplication, bounce_application, ADW_TYPE_APPLICATION)

/* The folder given with --data-dir, or else the usual one, as one absolute path, so that
 * two invocations can be compared. */
static char *
dup_canonical_dir (const char *given)
{
  g_autofree char *fallback = NULL;

  if (given == NULL)
    given = fallback = bounce_store_dup_default_dir ();

  return g_canonicalize_filename (given, NULL);
}

/* What the thread that opens the journal found. */
typedef struct
{
  char          *data_dir;
  BounceJournal *journal;
  GError        *error;
} Opening;

/* The store, and the journal's lists over it (each counts its records, which grows with the
 * journal). The check of the whole file waits until the window is on screen (start_check()). */
static BounceJournal *
open_journal_now (const char  *data_dir,
                  GError     **error)
{
  g_autoptr(BounceStore) store = bounce_store_open_full (data_dir, BOUNCE_STORE_OPEN_CHECK_LATER,
                                                         error);

  return store != NULL ? bounce_journal_new (store, error) : NULL;
}

static gpointer
open_journal_thread (gpointer data)
{
  Opening *opening = data;

  opening->journal = open_journal_now (opening->data_dir, &opening->error);
  return opening;
}

/* The journal is opened in a thread while GTK starts (a display, style sheets, icons), which
 * takes the main thread about as long; ensure_journal() waits for it. The store is only used
 * from the main thread once the thread has ended. */
static void
start_opening (BounceApplication *self)
{
  Opening *opening = g_new0 (Opening, 1);

  opening->data_dir = g_strdup (self->data_dir);
  self->opening = g_thread_new ("bounce-open", open_journal_thread, opening);
}

/* The journal the thread opened, or, when none was started, one opened now. */
static BounceJournal *
open_journal (BounceApplication  *self,
              GError            **error)
{
  Opening *opening;
  BounceJournal *journal;

  if (self->opening == NULL)
    return open_journal_now (self->data_dir, error);

  opening = g_thread_join (g_steal_pointer (&self->opening));
  journal = opening->journal;
  if (opening->error != NULL)
    g_propagate_error (error, opening->error);
  g_free (opening->data_dir);
  g_free (opening);
  return journal;
}

static void
ensure_journal (BounceApplication *self)
{
  if (self->journal != NULL || self->open_error != NULL)
    return;

  self->journal = open_journal (self, &self->open_error);
  self->check_pending = self->journal != NULL;

  if (self->open_error != NULL)
    {
      g_autofree char *line = g_strdup_printf (_("Bounce Back could not open your journal: %s"),
                                               self->open_error->message);
      g_printerr ("%s\n", line);
    }
}

/* Reminders keep the app running without a window only when the person asked for them
 * while it is closed, or started it for that with --background. */
static gboolean
wants_background (BounceApplication *self)
{
  return self->notifier != NULL && !self->quitting &&
         g_settings_get_boolean (self->settings, "nudges-enabled") &&
         (self->background || g_settings_get_boolean (self->settings, "nudges-when-closed"));
}

static void
update_hold (BounceApplication *self)
{
  gboolean want = wants_background (self);

  if (want == self->held)
    return;

  self->held = want;
  if (want)
    g_application_hold (G_APPLICATION (self));
  else
    g_application_release (G_APPLICATION (self));
}

/* The autostart file follows the settings, whichever program changed them. */
static void
sync_autostart (BounceApplication *self)
{
  g_autoptr(GError) error = NULL;
  gboolean want = g_settings_get_boolean (self->settings, "nudges-enabled") &&
                  g_settings_get_boolean (self->settings, "nudges-when-closed");

  if (want != bounce_autostart_is_set () && !bounce_autostart_set (want, &error))
    g_message ("Could not %s the autostart file: %s", want ? "write" : "remove",
               error->message);
}

static void
on_reminder_settings_changed_cb (BounceApplication *self)
{
  sync_autostart (self);
  update_hold (self);
}

/* Ends the app once every window is gone; a window with unsaved words may ask first, and
 * the app ends when it closes. */
static void
quit_when_closed (BounceApplication *self)
{
  self->quitting = TRUE;
  update_hold (self);

  if (gtk_application_get_windows (GTK_APPLICATION (self)) == NULL)
    g_application_quit (G_APPLICATION (self));
}

/* The sync folder, when keeping in step through one is on; else NULL. */
static char *
dup_sync_folder (BounceApplication *self)
{
  g_autofree char *folder = NULL;

  if (self->settings == NULL || !g_settings_get_boolean (self->settings, "sync-enabled"))
    return NULL;

  folder = g_settings_get_string (self->settings, "sync-folder");
  return *folder != '\0' ? g_steal_pointer (&folder) : NULL;
}

/* On quitting (or when the last window closes while reminders keep the app running), the
 * whole journal goes into the sync folder for the other computer to read on its start. */
static void
export_to_sync_folder (BounceApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = dup_sync_folder (self);

  if (folder == NULL || self->journal == NULL)
    return;

  if (!bounce_sync_export (bounce_journal_get_store (self->journal), folder, NULL, &error))
    g_printerr ("%s\n", error->message);
}

static void
on_sync_imported_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(BounceApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  BounceImportCounts counts;

  if (bounce_sync_import_finish (BOUNCE_JOURNAL (source), result, &counts, &error))
    {
      g_autofree char *folder = dup_sync_folder (self);

      g_debug ("Kept in step with %s: %u added, %u updated, %u already here", folder,
               counts.added, counts.updated, counts.kept);
    }
  else
    {
      g_printerr ("%s\n", error->message);
      if (BOUNCE_IS_WINDOW (window))
        {
          /* Translators: %s says which file, and why it could not be imported. */
          g_autofree char *text = g_strdup_printf (_("Not kept in step: %s"), error->message);

          bounce_window_show_message (BOUNCE_WINDOW (window), text);
        }
    }
}

/* On starting, what the other computers wrote is merged in, once the window is up: read
 * in a thread and merged a chunk at a time, so that the window goes on answering. */
static gboolean
import_from_sync_folder_cb (gpointer user_data)
{
  BounceApplication *self = user_data;
  g_autofree char *folder = dup_sync_folder (self);

  self->sync_id = 0;
  if (folder == NULL || self->journal == NULL)
    return G_SOURCE_REMOVE;

  bounce_sync_import_async (self->journal, folder, NULL, on_sync_imported_cb,
                            g_object_ref (self));
  return G_SOURCE_REMOVE;
}

static void
on_window_removed_cb (BounceApplication *self)
{
  if (gtk_application_get_windows (GTK_APPLICATION (self)) == NULL)
    export_to_sync_folder (self);

  if (self->quitting)
    quit_when_closed (self);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  BounceApplication *self = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  self->quitting = TRUE;

  /* Closing, not destroying, so that each window stores what was typed. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);

  g_list_free (windows);
  quit_when_closed (self);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkApplication *app = user_data;
  GtkWidget *preferences;

  preferences = bounce_preferences_window_new (gtk_application_get_active_window (app));
  gtk_window_present (GTK_WINDOW (preferences));
}

static GtkWindow *ensure_window  (BounceApplication *self);
static gboolean   start_check_cb (gpointer           user_data);

static void
on_open_page_cb (BounceApplication *self,
                 const char        *page)
{
  g_action_group_activate_action (G_ACTION_GROUP (self), "show-page",
                                  g_variant_new_string (page));
}

/* Reminders go by the journal's nudge log, so they start with the journal. */
static void
start_notifier (BounceApplication *self)
{
  g_clear_object (&self->notifier);
  if (self->journal == NULL)
    return;

  self->notifier = bounce_notifier_new (self->settings, bounce_journal_get_store (self->journal));
  g_signal_connect_object (self->notifier, "open-page", G_CALLBACK (on_open_page_cb),
                           self, G_CONNECT_SWAPPED);
}

/* app.show-page: a reminder's Open, or the desktop through org.freedesktop.Application. */
static void
show_page_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  BounceApplication *self = user_data;
  GtkWindow *window = ensure_window (self);

  if (BOUNCE_IS_WINDOW (window))
    bounce_window_set_page_name (BOUNCE_WINDOW (window), g_variant_get_string (parameter, NULL));
  gtk_window_present (window);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  const char *developers[] = { _("The Bounce Back developers"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-icon", APP_ID,
                        "application-name", _("Bounce Back"),
                        "developer-name", _("The Bounce Back developers"),
                        "version", PACKAGE_VERSION,
                        "comments", _("A kind place to grieve a lost goal, thank yourself "
                                      "for having tried, and find a new path."),
                        "website", "https://github.com/bounceback/BounceBack",
                        "issue-url", "https://github.com/bounceback/BounceBack/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: your names, one per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

/* Logging out or Ctrl+C in a terminal: close every window, keeping every word. Nobody is
 * there to answer a question, so words that cannot be saved go to the recovery file. */
/* Closes every window as on logging out: without asking, keeping in the recovery file what
 * cannot be stored. */
static void
quit_windows (BounceApplication *self)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* A window's dialogs go with it: hold each until the loop is done with it. */
  windows = g_list_copy_deep (windows, (GCopyFunc) (void (*) (void)) g_object_ref, NULL);
  for (GList *l = windows; l != NULL; l = l->next)
    if (BOUNCE_IS_WINDOW (l->data))
      bounce_window_close_unattended (l->data);
    else
      gtk_window_destroy (l->data);

  g_list_free_full (windows, g_object_unref);
}

static gboolean
on_quit_signal_cb (gpointer user_data)
{
  quit_windows (BOUNCE_APPLICATION (user_data));
  quit_when_closed (BOUNCE_APPLICATION (user_data));
  return G_SOURCE_CONTINUE;
}

/* A restore under way: it waits for the journal it replaces to be closed. */
typedef struct
{
  BounceApplication *self;
  char              *backup;
  BounceStore       *old_store;   /* weak */
  guint              tries;
} Restore;

static void
restore_free (Restore *restore)
{
  g_clear_weak_pointer (&restore->old_store);
  g_free (restore->backup);
  g_application_release (G_APPLICATION (restore->self));
  g_object_unref (restore->self);
  g_free (restore);
}

/* The windows are closed and the journal let go of: once SQLite has closed the file (its
 * -wal checkpointed into it), the backup takes its place and a window shows it. */
static gboolean
finish_restore_cb (gpointer user_data)
{
  Restore *restore = user_data;
  BounceApplication *self = restore->self;
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkWindow *window;

  /* Something may hold the old journal a moment longer (a thread's check). */
  if (restore->old_store != NULL && ++restore->tries < 250)
    return G_SOURCE_CONTINUE;

  if (restore->old_store != NULL)
    g_set_error (&error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_BUSY,
                 _("Your journal could not be closed."));
  else
    store = bounce_backups_restore (self->data_dir, restore->backup, &error);

  if (store != NULL)
    self->journal = bounce_journal_new (store, &error);
  if (self->journal == NULL)
    {
      g_printerr ("%s\n", error->message);
      /* Translators: %s says why, e.g. "the disk is full". */
      text = g_strdup_printf (_("The journal was not restored: %s"), error->message);
      ensure_journal (self);
    }
  else
    text = g_strdup (_("Restored the journal"));

  start_notifier (self);
  window = ensure_window (self);
  if (BOUNCE_IS_WINDOW (window))
    bounce_window_show_message (BOUNCE_WINDOW (window), text);
  gtk_window_present (window);

  restore_free (restore);
  return G_SOURCE_REMOVE;
}

/* The journal as it is now is kept as one more backup, then the windows close and the
 * backup takes its place (finish_restore_cb()). */
static gboolean
begin_restore_cb (gpointer user_data)
{
  Restore *restore = user_data;
  BounceApplication *self = restore->self;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;

  if (self->journal == NULL || bounce_store_is_read_only (bounce_journal_get_store (self->journal)))
    {
      restore_free (restore);
      return G_SOURCE_REMOVE;
    }

  /* Closing the windows stores what they still held, so the backup has every word. */
  quit_windows (self);
  self->quitting = FALSE;

  kept = bounce_backups_make (bounce_journal_get_store (self->journal), now, &error);
  if (kept == NULL)
    {
      GtkWindow *window;
      /* Translators: %s says why, e.g. "the disk is full". */
      g_autofree char *text = g_strdup_printf (_("The journal was not restored, because it "
                                                 "could not be kept as a backup first: %s"),
                                               error->message);

      window = ensure_window (self);
      bounce_window_show_message (BOUNCE_WINDOW (window), text);
      gtk_window_present (window);
      restore_free (restore);
      return G_SOURCE_REMOVE;
    }

  g_set_weak_pointer (&restore->old_store, bounce_journal_get_store (self->journal));

  self->check_pending = FALSE;
  g_clear_handle_id (&self->check_id, g_source_remove);
  g_clear_handle_id (&self->sync_id, g_source_remove);
  g_clear_object (&self->notifier);
  g_clear_object (&self->journal);

  g_timeout_add (20, finish_restore_cb, restore);
  return G_SOURCE_REMOVE;
}

/* Preferences asked, and the person said yes: the journal goes back to @parameter, a
 * backup. Not from inside the question's answer, though: the windows close when the
 * question has gone, and Preferences with it, each before what it belongs to. */
static void
restore_backup_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  BounceApplication *self = user_data;
  Restore *restore = g_new0 (Restore, 1);

  g_application_hold (G_APPLICATION (self));
  restore->self = g_object_ref (self);
  restore->backup = g_variant_dup_string (parameter, NULL);
  g_idle_add (begin_restore_cb, restore);
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = quit_action },
  { .name = "preferences", .activate = preferences_action },
  { .name = "about", .activate = about_action },
  { .name = "show-page", .activate = show_page_action, .parameter_type = "s" },
  { .name = "restore-backup", .activate = restore_backup_action, .parameter_type = "s" },
};

/* The options that name a file: export and import. */
static const char * const file_options[] = { "export", "export-markdown", "import" };

static gboolean
has_file_option (GVariantDict *options)
{
  for (guint i = 0; i < G_N_ELEMENTS (file_options); i++)
    if (g_variant_dict_contains (options, file_options[i]))
      return TRUE;

  return FALSE;
}

static int carry_without_display (BounceApplication *self,
                                  GVariantDict      *options);

static int
bounce_application_handle_local_options (GApplication *application,
                                         GVariantDict *options)
{
  BounceApplication *self = BOUNCE_APPLICATION (application);
  const char *given = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "bounce-back", PACKAGE_VERSION);
      return 0;
    }

  /* Made absolute here, where the folder was named: the instance that is already running
   * compares it with its own (see command_line), and opens its own in startup. */
  g_variant_dict_lookup (options, "data-dir", "^&ay", &given);
  g_free (self->data_dir);
  self->data_dir = dup_canonical_dir (given);
  g_variant_dict_insert (options, "data-dir", "^ay", self->data_dir);

  /* A file named on the command line is named from here, which may not be where the
   * instance already running was started. */
  for (guint i = 0; i < G_N_ELEMENTS (file_options); i++)
    {
      const char *file = NULL;

      if (g_variant_dict_lookup (options, file_options[i], "^&ay", &file))
        {
          g_autofree char *absolute = g_canonicalize_filename (file, NULL);

          g_variant_dict_insert (options, file_options[i], "^ay", absolute);
        }
    }

  /* With a display, the primary instance does it, so that a window it has open keeps its
   * unsaved words in step; the display opened here is the one its startup then uses. */
  if (has_file_option (options) && !gtk_init_check ())
    return carry_without_display (self, options);

  return -1;
}

static void
bounce_application_startup (GApplication *application)
{
  BounceApplication *self = BOUNCE_APPLICATION (application);
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *close_accels[] = { "<Control>w", NULL };
  const char *preferences_accels[] = { "<Control>comma", NULL };
  /* As GTK would set them for a gtk/help-overlay.ui (see bounce-window.c). */
  const char *shortcuts_accels[] = { "<Control>F1", "<Control>question", NULL };

  /* Started by D-Bus activation, the options were never read: the usual folder. */
  if (self->data_dir == NULL)
    self->data_dir = dup_canonical_dir (NULL);
  start_opening (self);

  G_APPLICATION_CLASS (bounce_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "window.close",
                                         close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.preferences",
                                         preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.show-shortcuts",
                                         shortcuts_accels);

  g_unix_signal_add (SIGTERM, on_quit_signal_cb, application);
  g_unix_signal_add (SIGINT, on_quit_signal_cb, application);
  g_unix_signal_add (SIGHUP, on_quit_signal_cb, application);

  /* One journal for the life of the process, whichever window or reminder needs it. */
  ensure_journal (self);

  self->settings = g_settings_new (APP_ID);
  /* Before any window is made, so that none flashes in the other style. */
  bounce_preferences_follow_color_scheme (self->settings);
  start_notifier (self);

  g_signal_connect_object (self->settings, "changed::nudges-enabled",
                           G_CALLBACK (on_reminder_settings_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::nudges-when-closed",
                           G_CALLBACK (on_reminder_settings_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "window-removed", G_CALLBACK (on_window_removed_cb), NULL);
  sync_autostart (self);

  if (self->journal != NULL)
    self->sync_id = g_idle_add_full (G_PRIORITY_LOW, import_from_sync_folder_cb, self, NULL);

  /* Without a window (reminders in the background), the check starts a little later. */
  if (self->check_pending)
    self->check_id = g_timeout_add_seconds (2, start_check_cb, self);
}

/* The window started a new journal from what a damaged one still held: it is the one now. */
static void
on_journal_started_cb (BounceApplication *self,
                       BounceJournal     *journal)
{
  g_set_object (&self->journal, journal);
  g_clear_error (&self->open_error);
  start_notifier (self);
}

static void
on_backups_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *made = NULL;

  /* A failed backup leaves the older ones as they were; the next start tries again. */
  if (!bounce_backups_run_finish (BOUNCE_STORE (source), result, &made, &error))
    g_message ("No backup of the journal today: %s", error->message);
  else if (made != NULL)
    g_debug ("Backed the journal up into %s", made);
}

/* The day's backup, in a thread, once the journal has passed its own check. */
static void
start_backups (BounceApplication *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (bounce_store_is_read_only (bounce_journal_get_store (self->journal)))
    return;

  bounce_backups_run_async (bounce_journal_get_store (self->journal), now,
                            g_settings_get_int (self->settings, "backups-daily"),
                            g_settings_get_int (self->settings, "backups-weekly"),
                            NULL, on_backups_done_cb, NULL);
}

/* The journal turned out damaged after it was opened: every window closes as on logging
 * out (what cannot be stored goes to the recovery file), the journal is let go, and a
 * window offers to rescue it, as a start with a damaged journal does. */
static void
on_check_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(BounceApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  if (bounce_store_check_finish (BOUNCE_STORE (source), result, &error))
    {
      /* After the check, not beside it: the two would read the whole file at once. */
      if (self->journal != NULL &&
          bounce_journal_get_store (self->journal) == BOUNCE_STORE (source))
        start_backups (self);
      return;
    }

  if (!g_error_matches (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_DAMAGED))
    {
      g_message ("%s", error->message);
      return;
    }

  if (self->journal == NULL || bounce_journal_get_store (self->journal) != BOUNCE_STORE (source))
    return;

  g_printerr ("%s\n", error->message);
  g_application_hold (G_APPLICATION (self));
  quit_windows (self);
  self->quitting = FALSE;
  g_clear_object (&self->notifier);
  g_clear_object (&self->journal);
  g_clear_error (&self->open_error);
  self->open_error = g_steal_pointer (&error);
  gtk_window_present (ensure_window (self));
  g_application_release (G_APPLICATION (self));
}

static gboolean
start_check_cb (gpointer user_data)
{
  BounceApplication *self = user_data;

  self->check_id = 0;
  if (self->check_pending && self->journal != NULL)
    bounce_store_check_async (bounce_journal_get_store (self->journal), NULL, on_check_done_cb,
                              g_object_ref (self));
  self->check_pending = FALSE;
  return G_SOURCE_REMOVE;
}

/* The first frame is drawn: the check starts once the loop has nothing more urgent. */
static gboolean
on_first_tick_cb (GtkWidget     *widget,
                  GdkFrameClock *frame_clock,
                  gpointer       user_data)
{
  BounceApplication *self = user_data;

  g_clear_handle_id (&self->check_id, g_source_remove);
  if (self->check_pending)
    self->check_id = g_idle_add_full (G_PRIORITY_LOW, start_check_cb, self, NULL);
  return G_SOURCE_REMOVE;
}

static GtkWindow *
ensure_window (BounceApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      BounceWindow *bounce_window = bounce_window_new (GTK_APPLICATION (self));

      if (self->journal != NULL)
        bounce_window_set_journal (bounce_window, self->journal);
      else
        {
          g_signal_connect_object (bounce_window, "journal-started",
                                   G_CALLBACK (on_journal_started_cb), self, G_CONNECT_SWAPPED);
          bounce_window_show_rescue (bounce_window, self->data_dir, self->open_error);
        }

      window = GTK_WINDOW (bounce_window);
      bounce_frame_report_attach (window);
    }

  /* The window is open again: closing it decides anew whether to stay in the background. */
  self->quitting = FALSE;
  return window;
}

static void
bounce_application_activate (GApplication *application)
{
  BounceApplication *self = BOUNCE_APPLICATION (application);
  GtkWindow *window = ensure_window (self);

  gtk_window_present (window);
  if (self->check_pending)
    gtk_widget_add_tick_callback (GTK_WIDGET (window), on_first_tick_cb, self, NULL);
  update_hold (self);
}

/* A second `bounce-back --data-dir X` while this one runs on another folder: say so, and
 * leave both journals alone. */
static void
refuse_other_folder (BounceApplication       *self,
                     GApplicationCommandLine *command_line,
                     const char              *wanted)
{
  g_autofree char *line = NULL;
  GtkWindow *window = ensure_window (self);
  AdwMessageDialog *dialog;

  line = g_strdup_printf (_("Bounce Back is already open with the journal in “%s”. Close it "
                            "first to open the journal in “%s”."), self->data_dir, wanted);
  g_application_command_line_printerr (command_line, "%s\n", line);
  g_application_command_line_set_exit_status (command_line, 1);

  gtk_window_present (window);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window,
                                                       _("Another Journal Was Asked For"),
                                                       line));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static int
print_next_nudge (BounceApplication       *self,
                  GApplicationCommandLine *command_line)
{
  g_autoptr(GDateTime) next = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *when = NULL;

  if (!g_settings_get_boolean (self->settings, "nudges-enabled"))
    {
      g_application_command_line_print (command_line, "%s\n",
                                        _("Reminders are turned off."));
      return 0;
    }

  next = bounce_notifier_dup_next (self->notifier);
  if (next == NULL)
    {
      g_application_command_line_print (command_line, "%s\n",
                                        _("No reminder is due: no day of the week is chosen."));
      return 0;
    }

  when = bounce_format_moment (next, now);
  if (!bounce_notifier_check_server (self->notifier, &error))
    {
      /* Translators: %s is when, as in "today at 18:00". */
      g_autofree char *would = g_strdup_printf (_("The next reminder would come %s."), when);

      g_application_command_line_printerr (command_line, "%s %s\n", error->message, would);
      return 1;
    }

  /* Translators: %s is when, as in "today at 18:00" or "Monday, 7 December at 10:00". */
  g_application_command_line_print (command_line, _("The next reminder comes %s."), when);
  g_application_command_line_print (command_line, "\n");
  return 0;
}

/* The file options answer in the terminal that asked: through the command line the primary
 * instance was given, or, when this process works alone (no display), on its own. */
static void G_GNUC_PRINTF (3, 4)
say (GApplicationCommandLine *command_line,
     gboolean                 is_error,
     const char              *format,
     ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  if (command_line != NULL && is_error)
    g_application_command_line_printerr (command_line, "%s", text);
  else if (command_line != NULL)
    g_application_command_line_print (command_line, "%s", text);
  else if (is_error)
    g_printerr ("%s", text);
  else
    g_print ("%s", text);
}

/* --export, --export-markdown, --import: done without a window, and said in one line, by
 * the primary instance or, with no display, by the process they were given to
 * (@command_line %NULL). */
static int
carry_files (BounceApplication       *self,
             GApplicationCommandLine *command_line,
             GVariantDict            *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));
  const char *path = NULL;
  BounceStore *store;
  guint n_records = 0;

  if (self->journal == NULL)
    {
      say (command_line, TRUE, _("The journal could not be opened: %s\n"),
           self->open_error->message);
      return 1;
    }

  /* A window open on the journal stores what waits for a pause first: an export has it,
   * and an import does not write an older copy over it. */
  for (GList *l = windows; l != NULL; l = l->next)
    if (BOUNCE_IS_WINDOW (l->data) && !bounce_window_flush (l->data, &error))
      {
        say (command_line, TRUE, "%s\n", error->message);
        return 1;
      }

  store = bounce_journal_get_store (self->journal);
  if (g_variant_dict_lookup (options, "import", "^&ay", &path))
    {
      BounceImportCounts counts;

      if (!bounce_import_file (self->journal, path, &counts, &error))
        {
          g_autofree char *name = g_filename_display_name (path);

          /* Translators: %s is a file name, the second %s what is wrong with it. */
          say (command_line, TRUE, _("Could not import “%s”: %s. Nothing in the journal was "
                                     "changed.\n"), name, error->message);
          return 1;
        }
      summary = bounce_import_counts_dup_summary (&counts);
    }
  else if (g_variant_dict_lookup (options, "export-markdown", "^&ay", &path))
    {
      if (!bounce_export_markdown_file (store, path, bounce_editors_dup_kind_title, NULL,
                                        &n_records, &error))
        {
          say (command_line, TRUE, "%s\n", error->message);
          return 1;
        }
      summary = bounce_export_dup_summary (n_records, path);
    }
  else if (g_variant_dict_lookup (options, "export", "^&ay", &path))
    {
      if (!bounce_export_json_file (store, path, &n_records, &error))
        {
          say (command_line, TRUE, "%s\n", error->message);
          return 1;
        }
      summary = bounce_export_dup_summary (n_records, path);
    }

  say (command_line, FALSE, "%s\n", summary);
  return 0;
}

/* The file options where no display opens (an SSH login, a cron job, a text console):
 * GtkApplication's startup would end the process, so they are done here, before anything
 * registers, with the journal opened as startup opens it. */
static int
carry_without_display (BounceApplication *self,
                       GVariantDict      *options)
{
  const char * const reminder_options[] = { "background", "nudge-now", "next-nudge" };

  for (guint i = 0; i < G_N_ELEMENTS (reminder_options); i++)
    if (g_variant_dict_contains (options, reminder_options[i]))
      {
        g_autofree char *option = g_strconcat ("--", reminder_options[i], NULL);
        /* Translators: %s is an option of the program, such as --background. */
        g_autofree char *line = g_strdup_printf (_("%s was not done: reminders need a "
                                                   "desktop session, and no display could "
                                                   "be opened."), option);

        g_printerr ("%s\n", line);
      }

  /* A window in the desktop session (out of reach from here) would go on showing, and
   * saving, the journal as it was before the import. Looked at before the journal is
   * opened, so that a refusal leaves every byte of it as it was. */
  if (g_variant_dict_contains (options, "import") &&
      bounce_store_is_open_elsewhere (self->data_dir))
    {
      /* Translators: said in a terminal; "another program" may be a Bounce Back window. */
      g_printerr ("%s\n", _("Your journal is open in another program, such as a Bounce Back "
                            "window, so nothing was imported. Close that program, then "
                            "import again."));
      return 1;
    }

  ensure_journal (self);
  return carry_files (self, NULL, options);
}

static int
bounce_application_command_line (GApplication            *application,
                                 GApplicationCommandLine *command_line)
{
  BounceApplication *self = BOUNCE_APPLICATION (application);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  const char *wanted = NULL;

  g_variant_dict_lookup (options, "data-dir", "^&ay", &wanted);
  if (wanted != NULL && g_strcmp0 (wanted, self->data_dir) != 0)
    {
      refuse_other_folder (self, command_line, wanted);
      return 1;
    }

  if (g_variant_dict_contains (options, "next-nudge") ||
      g_variant_dict_contains (options, "nudge-now") ||
      g_variant_dict_contains (options, "background"))
    {
      if (self->notifier == NULL)
        {
          g_application_command_line_printerr (command_line,
                                               _("Reminders need the journal, which could "
                                                 "not be opened: %s\n"),
                                               self->open_error->message);
          return 1;
        }
    }

  if (g_variant_dict_contains (options, "next-nudge"))
    return print_next_nudge (self, command_line);

  if (has_file_option (options))
    return carry_files (self, command_line, options);

  if (g_variant_dict_contains (options, "nudge-now"))
    {
      g_autoptr(GError) error = NULL;

      if (!bounce_notifier_send_now (self->notifier, &error))
        {
          g_application_command_line_printerr (command_line, "%s\n", error->message);
          return 1;
        }
      return 0;
    }

  if (g_variant_dict_contains (options, "background"))
    {
      g_autoptr(GError) error = NULL;

      if (!g_settings_get_boolean (self->settings, "nudges-enabled"))
        {
          g_application_command_line_print (command_line, "%s\n",
                                            _("Reminders are turned off, so there is nothing "
                                              "to do in the background."));
          return 0;
        }

      /* Without a notification server now, there may be one by the next reminder. */
      if (!bounce_notifier_check_server (self->notifier, &error))
        g_message ("%s", error->message);

      self->background = TRUE;
      update_hold (self);
      return 0;
    }

  g_application_activate (application);
  return 0;
}

static void
bounce_application_shutdown (GApplication *application)
{
  BounceApplication *self = BOUNCE_APPLICATION (application);

  /* Run from the command line (an export), the app never started in step: it does not
   * write the folder either. */
  if (self->sync_id == 0)
    export_to_sync_folder (self);
  g_clear_handle_id (&self->sync_id, g_source_remove);

  G_APPLICATION_CLASS (bounce_application_parent_class)->shutdown (application);
}

static void
bounce_application_finalize (GObject *object)
{
  BounceApplication *self = BOUNCE_APPLICATION (object);

  g_clear_handle_id (&self->check_id, g_source_remove);
  g_clear_handle_id (&self->sync_id, g_source_remove);
  g_clear_object (&self->notifier);
  g_clear_object (&self->settings);
  g_clear_object (&self->journal);
  g_clear_error (&self->open_error);
  g_clear_pointer (&self->data_dir, g_free);

  G_OBJECT_CLASS (bounce_application_parent_class)->finalize (object);
}

static void
bounce_application_class_init (BounceApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = bounce_application_finalize;
  app_class->handle_local_options = bounce_application_handle_local_options;
  app_class->startup = bounce_application_startup;
  app_class->shutdown = bounce_application_shutdown;
  app_class->activate = bounce_application_activate;
  app_class->command_line = bounce_application_command_line;
}

static void
bounce_application_init (BounceApplication *self)
{
  const GOptionEntry options[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Show the version and quit"), NULL },
    /* Translators: "DIR" must be the same word as in the next message. */
    { "data-dir", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Keep the journal in DIR instead of the usual place"),
      /* Translators: the placeholder for a folder in "--data-dir DIR". */
      N_("DIR") },
    { "background", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Start without a window, to send reminders"), NULL },
    { "nudge-now", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Send one reminder now"), NULL },
    { "next-nudge", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Say when the next reminder comes"), NULL },
    /* Translators: "FILE" must be the same word as in the placeholder below. */
    { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write the whole journal to FILE as JSON, to import elsewhere"),
      /* Translators: the placeholder for a file in "--export FILE". */
      N_("FILE") },
    /* Translators: "FILE" must be the same word as in the placeholder. */
    { "export-markdown", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write the whole journal to FILE as Markdown, to read"), N_("FILE") },
    /* Translators: "FILE" must be the same word as in the placeholder. */
    { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Merge a journal exported to FILE into this one"), N_("FILE") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("A kind place to grieve a lost goal, thank "
                                              "yourself for having tried, and find a new path."));
}

BounceApplication *
bounce_application_new (void)
{
  return g_object_new (BOUNCE_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

/**
 * bounce_application_get_journal:
 *
 * Returns: (transfer none) (nullable): the open journal
 */
BounceJournal *
bounce_application_get_journal (BounceApplication *self)
{
  g_return_val_if_fail (BOUNCE_IS_APPLICATION (self), NULL);

  return self->journal;
}

/**
 * bounce_application_get_notifier:
 *
 * Returns: (transfer none) (nullable): what sends the reminders, once the journal is open
 */
BounceNotifier *
bounce_application_get_notifier (BounceApplication *self)
{
  g_return_val_if_fail (BOUNCE_IS_APPLICATION (self), NULL);

  return self->notifier;
}
