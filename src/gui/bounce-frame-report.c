/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-frame-report.c: tells a benchmark when a window showed its first frame. */
#define G_LOG_DOMAIN "bounce-frame-report"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "bounce-frame-report.h"

/* How long the main loop must have done nothing before start-up counts as settled, and how
 * long to wait for that at most (an endless animation would never let it settle). */
#define SETTLE_US      G_USEC_PER_SEC
#define SETTLE_MAX_US  (30 * G_USEC_PER_SEC)
/* Less work than this in one turn of the loop is the report's own checking, not start-up. */
#define BUSY_TURN_US   2000

typedef struct
{
  GtkWindow     *window;         /* weak */
  GdkSurface    *surface;        /* weak: the window's, once realized */
  gint64         launched;       /* the launcher's CLOCK_MONOTONIC time, in µs */
  gulong         render_hook;    /* the emission hook on GdkSurface::render */
  gboolean       painted;        /* the surface was rendered in the current frame */
  gboolean       reported;       /* the first frame was reported */
  gint64         first_frame;    /* when it was */
} Report;

/* The main loop's activity, seen through its poll function: only one report a process. */
static GPollFunc real_poll;
static gint64    loop_left_poll;   /* when the last poll returned */
static gint64    loop_last_busy;   /* when the loop last did something for someone else */

static gint64
read_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "\nVmRSS:")) == NULL)
    return -1;

  return g_ascii_strtoll (line + strlen ("\nVmRSS:"), NULL, 10);
}

/* A file descriptor that woke the loop (the display, D-Bus, a thread handing back its
 * result), or a turn that took real time (a timeout's work), counts as activity. */
static int
watching_poll (GPollFD *fds,
               guint    n_fds,
               int      timeout)
{
  gint64 entered = g_get_monotonic_time ();
  int ready;

  if (loop_left_poll != 0 && entered - loop_left_poll > BUSY_TURN_US)
    loop_last_busy = entered;

  ready = real_poll (fds, n_fds, timeout);

  loop_left_poll = g_get_monotonic_time ();
  if (ready != 0 || timeout == 0)
    loop_last_busy = loop_left_poll;

  return ready;
}

static void
report_free (gpointer data)
{
  Report *report = data;

  if (report->window != NULL)
    g_object_remove_weak_pointer (G_OBJECT (report->window), (gpointer *) &report->window);
  if (report->surface != NULL)
    g_object_remove_weak_pointer (G_OBJECT (report->surface), (gpointer *) &report->surface);
  g_free (report);
}

static gboolean
check_settled_cb (gpointer user_data)
{
  Report *report = user_data;
  gint64 now = g_get_monotonic_time ();
  GApplication *application;

  if (now - loop_last_busy < SETTLE_US && now - report->first_frame < SETTLE_MAX_US)
    return G_SOURCE_CONTINUE;

  printf ("settled-rss-kib=%" G_GINT64_FORMAT "%s\n", read_rss_kib (),
          now - loop_last_busy < SETTLE_US ? " settled=timeout" : "");
  fflush (stdout);

  /* As a person would quit: an app's own app.quit closes its windows and its files, so that
   * the next start finds them as a normal quit leaves them. */
  application = g_application_get_default ();
  if (application != NULL && g_action_group_has_action (G_ACTION_GROUP (application), "quit"))
    g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
  else if (application != NULL)
    g_application_quit (application);
  else if (report->window != NULL)
    gtk_window_destroy (report->window);

  return G_SOURCE_REMOVE;
}

/* GTK's own ::render handler stops the emission, so the report hears of it by a hook, which
 * runs before any handler. */
static gboolean
render_hook (GSignalInvocationHint *hint,
             guint                  n_values,
             const GValue          *values,
             gpointer               user_data)
{
  Report *report = user_data;

  if (report->surface != NULL && g_value_get_object (&values[0]) == report->surface)
    report->painted = TRUE;

  return TRUE;
}

static void
on_after_paint_cb (GdkFrameClock *frame_clock,
                   Report        *report)
{
  if (!report->painted || report->reported)
    return;

  report->reported = TRUE;
  report->first_frame = g_get_monotonic_time ();
  printf ("first-frame-us=%" G_GINT64_FORMAT " rss-kib=%" G_GINT64_FORMAT "\n",
          report->first_frame - report->launched, read_rss_kib ());
  fflush (stdout);
  if (g_getenv (BOUNCE_FRAME_REPORT_EXIT_ENV) != NULL)
    _exit (0);

  g_signal_handlers_disconnect_by_func (frame_clock, on_after_paint_cb, report);
  g_signal_remove_emission_hook (g_signal_lookup ("render", GDK_TYPE_SURFACE),
                                 report->render_hook);

  loop_last_busy = report->first_frame;
  real_poll = g_main_context_get_poll_func (NULL);
  g_main_context_set_poll_func (NULL, watching_poll);
  g_timeout_add_full (G_PRIORITY_LOW, 100, check_settled_cb, report, report_free);
}

/* The surface and its frame clock exist once the window is realized. */
static void
on_realize_cb (GtkWidget *widget,
               Report    *report)
{
  g_signal_handlers_disconnect_by_func (widget, on_realize_cb, report);

  report->surface = gtk_native_get_surface (GTK_NATIVE (widget));
  g_object_add_weak_pointer (G_OBJECT (report->surface), (gpointer *) &report->surface);

  /* GTK paints the window from the surface's ::render: a frame that emitted it holds the
   * window's pixels, and is done at the frame clock's ::after-paint. */
  report->render_hook = g_signal_add_emission_hook (g_signal_lookup ("render",
                                                                     GDK_TYPE_SURFACE),
                                                    0, render_hook, report, NULL);
  g_signal_connect (gdk_surface_get_frame_clock (report->surface), "after-paint",
                    G_CALLBACK (on_after_paint_cb), report);
}

/**
 * bounce_frame_report_attach:
 * @window: a window about to be presented
 *
 * With %BOUNCE_FRAME_REPORT_ENV set, prints `first-frame-us=… rss-kib=…` once the first
 * frame in which @window was painted is done (µs since the variable's time, and the
 * resident memory then), then `settled-rss-kib=…` once the main loop has been idle for a
 * second, and quits the application (by its app.quit action when it has one). With
 * %BOUNCE_FRAME_REPORT_EXIT_ENV set too, the process ends at once after the first line, so
 * that a profiler counts only the start. Without them, does nothing.
 */
void
bounce_frame_report_attach (GtkWindow *window)
{
  const char *launched = g_getenv (BOUNCE_FRAME_REPORT_ENV);
  Report *report;

  g_return_if_fail (GTK_IS_WINDOW (window));

  if (launched == NULL)
    return;

  report = g_new0 (Report, 1);
  report->window = window;
  report->launched = g_ascii_strtoll (launched, NULL, 10);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &report->window);

  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    on_realize_cb (GTK_WIDGET (window), report);
  else
    g_signal_connect (window, "realize", G_CALLBACK (on_realize_cb), report);
}
