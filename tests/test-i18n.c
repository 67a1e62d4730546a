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

  return g_test_run ();
}
