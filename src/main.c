/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c: sets up the language, then hands off to BounceApplication. */

#include <glib/gi18n.h>
#include <locale.h>

#include "bounce-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BounceApplication) app = NULL;
  const char *localedir = g_getenv ("BOUNCE_BACK_LOCALEDIR");

  /* An uninstalled build finds its translations through BOUNCE_BACK_LOCALEDIR. The default
   * domain matters as well: the app's strings are looked up in it, and so are the options
   * GApplication prints for --help (it translates its main options in the NULL domain). */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = bounce_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
