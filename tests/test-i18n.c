/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-i18n.c: the window speaks the language it is started in, in that language's direction. */
#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "bounce-window-private.h"

/* Run once per language (see meson.build): LANGUAGE names it, TEST_DIRECTION is "ltr" or "rtl". */

static const char *
empty_title (BounceWindow *window,
             const char   *page_name)
{
  GObject *status_page =
    gtk_widget_get_template_child (GTK_WIDGET (bounce_window_get_page (window, page_name)),
                                   BOUNCE_TYPE_RECORD_PAGE, "empty_page");

  return adw_status_page_get_title (ADW_STATUS_PAGE (status_page));
}

static void
test_language (void)
{
  const char *language = g_getenv ("LANGUAGE");
  gboolean rtl = g_strcmp0 (g_getenv ("TEST_DIRECTION"), "rtl") == 0;
  const char *english[] = {
    "Grieve What You Lost", "Thank Yourself for Trying", "Find a New Path",
  };
  const char *pages[] = { "grieve", "thanks", "paths" };
  BounceWindow *window;

  g_assert_nonnull (language);
  g_test_message ("language %s, expecting %s", language, rtl ? "right to left" : "left to right");

  g_assert_cmpint (gtk_widget_get_default_direction (), ==,
                   rtl ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);

  window = g_object_ref_sink (g_object_new (BOUNCE_TYPE_WINDOW, NULL));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==,
                   rtl ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);

  /* The templates are translated, not only the C strings. */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      const char *title = empty_title (window, pages[i]);

      g_assert_cmpstr (title, !=, english[i]);
      g_assert_cmpstr (title, ==, g_dgettext (GETTEXT_PACKAGE, english[i]));
    }

  /* And core's strings, which have no widget to carry them. */
  g_assert_cmpstr (_("Today"), !=, "Today");

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* In every language the window fits a phone's 360 px, with the journal's pages on show:
 * no long word (a heading, a section's name) may hold it wider. */
static void
test_narrow (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *dir = g_dir_make_tmp ("bounce-i18n-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(BounceJournal) journal = NULL;
  BounceWindow *window;
  int minimum = 0;

  g_settings_set_boolean (settings, "welcome-done", TRUE);
  g_assert_nonnull (dir);
  store = bounce_store_open (dir, &error);
  g_assert_no_error (error);
  journal = bounce_journal_new (store, &error);
  g_assert_no_error (error);
  /* A goal in focus, so that its card shows it, and a page of the grief journal. */
  {
    g_autoptr(BounceRecord) goal = bounce_journal_add (journal, BOUNCE_TYPE_GOAL, &error);
    g_autoptr(BounceRecord) entry = NULL;

    g_assert_no_error (error);
    g_object_set (goal, "title", "Pass the exam", "in-focus", TRUE, NULL);
    g_assert_true (bounce_journal_save (journal, goal, &error));
    entry = bounce_journal_add (journal, BOUNCE_TYPE_GRIEF_ENTRY, &error);
    g_assert_no_error (error);
    g_object_set (entry, "body", "A page", NULL);
    g_assert_true (bounce_journal_save (journal, entry, &error));
  }

  window = g_object_ref_sink (g_object_new (BOUNCE_TYPE_WINDOW, NULL));
  bounce_window_set_journal (window, journal);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 3; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", i == 0 ? "grieve"
                                  : i == 1 ? "thanks" : "paths");
      while (g_main_context_iteration (NULL, FALSE))
        ;
      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL,
                          NULL, NULL);
      g_test_message ("page %u: at least %d px wide", i, minimum);
      g_assert_cmpint (minimum, <=, 360);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  g_clear_object (&journal);
  g_clear_object (&store);
  {
    g_autoptr(GFile) file = g_file_new_for_path (dir);
    g_autoptr(GFileEnumerator) children = g_file_enumerate_children (file, "standard::name",
                                                                     G_FILE_QUERY_INFO_NONE,
                                                                     NULL, NULL);
    GFileInfo *info;

    while (children != NULL &&
           (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
      {
        g_autoptr(GFile) child = g_file_get_child (file, g_file_info_get_name (info));

        g_file_delete (child, NULL, NULL);
        g_object_unref (info);
      }
    g_file_delete (file, NULL, NULL);
  }
}

int
main (int   argc,
      char *argv[])
{
  /* As main.c does, but with the translations of this build. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BOUNCE_BACK_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/i18n/language", test_language);
  g_test_add_func ("/i18n/narrow", test_narrow);

  return g_test_run ();
}
