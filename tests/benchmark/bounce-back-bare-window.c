/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-back-bare-window.c: the reference for start-up: a bare libadwaita window. */
#define G_LOG_DOMAIN "bounce-back-bare-window"

#include <adwaita.h>

#include "bounce-frame-report.h"

/* Bounce Back's window opens at its settings' default size: so does this one. */
#define DEFAULT_WIDTH  960
#define DEFAULT_HEIGHT 680

static void
on_activate_cb (GtkApplication *application)
{
  GtkWidget *window = adw_application_window_new (application);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "face-smile-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), "A Bare Window");
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                   "The reference Bounce Back's start-up is measured against.");
  gtk_widget_set_vexpand (status, TRUE);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), status);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), DEFAULT_WIDTH, DEFAULT_HEIGHT);

  bounce_frame_report_attach (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) application = NULL;

  application = adw_application_new ("io.github.bounceback.BounceBack.BareWindow",
                                     G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (application, "activate", G_CALLBACK (on_activate_cb), NULL);

  return g_application_run (G_APPLICATION (application), argc, argv);
}
