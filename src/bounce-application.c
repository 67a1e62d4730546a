/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-application.c: the app: opens the journal once and serves its windows. */
#define G_LOG_DOMAIN "bounce-application"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <signal.h>

#include "bounce-application.h"
#include "bounce-window.h"

struct _BounceApplication
{
  AdwApplication  parent_instance;

  char           *data_dir;
  BounceJournal  *journal;
  GError         *open_error;
};

G_DEFINE_FINAL_TYPE (BounceApplication, bounce_application, ADW_TYPE_APPLICATION)

static char *
dup_data_dir (BounceApplication *self)
{
  return self->data_dir != NULL ? g_strdup (self->data_dir) : bounce_store_dup_default_dir ();
}

static void
ensure_journal (BounceApplication *self)
{
  g_autoptr(BounceStore) store = NULL;
  g_autofree char *dir = NULL;

  if (self->journal != NULL || self->open_error != NULL)
    return;

  dir = dup_data_dir (self);
  store = bounce_store_open (dir, &self->open_error);
  if (store != NULL)
    self->journal = bounce_journal_new (store, &self->open_error);

  if (self->open_error != NULL)
    {
      g_autofree char *line = g_strdup_printf (_("Bounce Back could not open your journal: %s"),
                                               self->open_error->message);
      g_printerr ("%s\n", line);
    }
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (app));

  /* Closing, not destroying, so that each window stores what was typed. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);

  g_list_free (windows);
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
static gboolean
on_quit_signal_cb (gpointer user_data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (user_data));

  /* A window's dialogs go with it: hold each until the loop is done with it. */
  windows = g_list_copy_deep (windows, (GCopyFunc) (void (*) (void)) g_object_ref, NULL);
  for (GList *l = windows; l != NULL; l = l->next)
    if (BOUNCE_IS_WINDOW (l->data))
      bounce_window_close_unattended (l->data);
    else
      gtk_window_destroy (l->data);

  g_list_free_full (windows, g_object_unref);
  return G_SOURCE_CONTINUE;
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = quit_action },
  { .name = "about", .activate = about_action },
};

static int
bounce_application_handle_local_options (GApplication *application,
                                         GVariantDict *options)
{
  BounceApplication *self = BOUNCE_APPLICATION (application);
  const char *data_dir = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "bounce-back", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "data-dir", "^&ay", &data_dir))
    {
      g_free (self->data_dir);
      self->data_dir = g_canonicalize_filename (data_dir, NULL);
    }

  return -1;
}

static void
bounce_application_startup (GApplication *application)
{
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (bounce_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "window.close",
                                         close_accels);

  g_unix_signal_add (SIGTERM, on_quit_signal_cb, application);
  g_unix_signal_add (SIGINT, on_quit_signal_cb, application);
  g_unix_signal_add (SIGHUP, on_quit_signal_cb, application);
}

/* The window started a new journal from what a damaged one still held: it is the one now. */
static void
on_journal_started_cb (BounceApplication *self,
                       BounceJournal     *journal)
{
  g_set_object (&self->journal, journal);
  g_clear_error (&self->open_error);
}

static void
bounce_application_activate (GApplication *application)
{
  BounceApplication *self = BOUNCE_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    {
      BounceWindow *bounce_window = bounce_window_new (GTK_APPLICATION (application));

      ensure_journal (self);
      if (self->journal != NULL)
        bounce_window_set_journal (bounce_window, self->journal);
      else
        {
          g_autofree char *dir = dup_data_dir (self);

          g_signal_connect_object (bounce_window, "journal-started",
                                   G_CALLBACK (on_journal_started_cb), self, G_CONNECT_SWAPPED);
          bounce_window_show_rescue (bounce_window, dir, self->open_error);
        }

      window = GTK_WINDOW (bounce_window);
    }

  gtk_window_present (window);
}

static void
bounce_application_finalize (GObject *object)
{
  BounceApplication *self = BOUNCE_APPLICATION (object);

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
  app_class->activate = bounce_application_activate;
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
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
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
