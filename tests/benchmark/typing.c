/* SPDX-License-Identifier: GPL-3.0-or-later */
/* typing.c: how long the window takes per key typed into a 1 MB grief page, and to show it. */
#define G_LOG_DOMAIN "bounce-typing-benchmark"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>

#include "bounce-core.h"
#include "bounce-editor.h"
#include "bounce-window-private.h"
#include "test-util.h"

/* What a person writes, over and over: sentences of everyday length, some of them an
 * "I can't" that the offer of "yet" looks at. */
static const char * const sentences[] = {
  "I wanted this more than I said out loud.",
  "The letter came on a Tuesday, and I read it twice before it made sense.",
  "I can't stop thinking about the interview.",
  "Some days it feels lighter; today it does not.",
  "My sister called and we laughed about the worst answer I gave.",
  "I spent two years of evenings on it, and that counts for something.",
  "I haven't told my friends yet, or maybe I have and forgot.",
  "Walking helps, and so does writing this down.",
};

/* What is typed, one character per key: a clause that ends, and one the offer reads. */
static const char typed[] = "and then I can't draw, but I try again. ";

typedef struct
{
  gint64 polled_us;       /* time spent waiting in poll(): the loop had nothing to do */
  guint  paints;          /* frames the window has drawn */
} Meter;

static Meter meter;
static GPollFunc default_poll;

static int
measuring_poll (GPollFD *fds,
                guint    n_fds,
                int      timeout)
{
  gint64 start = g_get_monotonic_time ();
  int result = default_poll (fds, n_fds, timeout);

  meter.polled_us += g_get_monotonic_time () - start;
  return result;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       user_data)
{
  meter.paints++;
}

/* About @size bytes of text: lines of about 80 characters, or one paragraph. */
static char *
make_text (gsize    size,
           gboolean one_paragraph)
{
  GString *text = g_string_sized_new (size + 128);
  gsize line_start = 0;
  guint i = 0;

  while (text->len < size)
    {
      const char *sentence = sentences[i++ % G_N_ELEMENTS (sentences)];

      if (text->len > line_start)
        {
          if (!one_paragraph && text->len - line_start + strlen (sentence) > 80)
            {
              g_string_append_c (text, '\n');
              line_start = text->len;
            }
          else
            g_string_append_c (text, ' ');
        }
      g_string_append (text, sentence);
    }

  return g_string_free (text, FALSE);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  gboolean *done = user_data;

  *done = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the loop for @ms; returns the time it was busy, in µs. */
static gint64
run_for (guint ms)
{
  gboolean done = FALSE;
  gint64 start = g_get_monotonic_time ();
  gint64 polled = meter.polled_us;

  g_timeout_add (ms, on_timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  return (g_get_monotonic_time () - start) - (meter.polled_us - polled);
}

/* Runs the loop until a frame is drawn after @paints and nothing is left to do at once;
 * returns the time to that frame in µs, and in @settled_us the time until idle. */
static gint64
run_until_frame (guint   paints,
                 gint64  start,
                 gint64 *settled_us)
{
  gint64 frame_us = -1;
  gboolean gave_up = FALSE;
  guint guard_id = g_timeout_add (5000, on_timeout_cb, &gave_up);

  while (!gave_up)
    {
      gboolean dispatched = g_main_context_iteration (NULL, FALSE);

      if (frame_us < 0 && meter.paints > paints)
        frame_us = g_get_monotonic_time () - start;
      if (frame_us >= 0 && !dispatched)
        break;
      if (!dispatched)
        g_main_context_iteration (NULL, TRUE);
    }

  if (!gave_up)
    g_source_remove (guard_id);
  if (settled_us != NULL)
    *settled_us = g_get_monotonic_time () - start;
  return frame_us;
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static void
print_stats (const char *shape,
             const char *what,
             GArray     *values)
{
  gint64 *v = (gint64 *) values->data;

  g_array_sort (values, compare_int64);
  printf ("%-10s %-22s median %8.2f ms   p95 %8.2f ms   worst %8.2f ms   (n=%u)\n",
          shape, what, v[values->len / 2] / 1000.0,
          v[(values->len * 95) / 100] / 1000.0, v[values->len - 1] / 1000.0, values->len);
}

static GtkTextView *
find_text_view (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget))
    return GTK_TEXT_VIEW (widget);

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkTextView *found = find_text_view (c);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* One shape of text: "lines", "paragraph", or "paste" (1 MB pasted into an empty page). */
static void
run_shape (const char *shape,
           gsize       size,
           guint       n_keys,
           guint       interval_ms)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceStore) store = bounce_store_open (dir->path, &error);
  g_autoptr(BounceJournal) journal = NULL;
  g_autoptr(GArray) busy = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) to_frame = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *text = make_text (size, g_str_equal (shape, "paragraph"));
  gboolean paste = g_str_equal (shape, "paste");
  BounceWindow *window;
  BounceRecordPage *record_page;
  BounceRecord *record;
  GtkTextView *view;
  GtkTextBuffer *buffer;
  GtkTextIter end;
  gint64 start, frame_us, settled_us;

  g_assert_no_error (error);
  journal = bounce_journal_new (store, &error);
  g_assert_no_error (error);

  /* An older, short page, so that the long one is not the only row. */
  record = bounce_journal_add (journal, BOUNCE_TYPE_GRIEF_ENTRY, &error);
  g_assert_no_error (error);
  g_object_set (record, "body", "A short page from before.", NULL);
  bounce_journal_save (journal, record, &error);
  g_assert_no_error (error);

  record = bounce_journal_add (journal, BOUNCE_TYPE_GRIEF_ENTRY, &error);
  g_assert_no_error (error);
  if (!paste)
    {
      g_object_set (record, "body", text, NULL);
      bounce_journal_save (journal, record, &error);
      g_assert_no_error (error);
    }

  window = g_object_ref_sink (g_object_new (BOUNCE_TYPE_WINDOW, NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  bounce_window_set_journal (window, journal);
  bounce_window_show_section (window, BOUNCE_TYPE_GRIEF_ENTRY);
  record_page = bounce_window_get_section (window, BOUNCE_TYPE_GRIEF_ENTRY);
  /* The short page first, then the long one is opened as a person would; an empty page
   * left would be dropped, so the page to paste into is shown at once. */
  if (!paste)
    {
      g_autoptr(BounceRecord) older =
        g_list_model_get_item (bounce_journal_get_records (journal, BOUNCE_TYPE_GRIEF_ENTRY), 1);

      bounce_record_page_select (record_page, older);
    }
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (on_after_paint_cb), NULL);
  run_for (500);

  /* Opening it: the time to the first frame that shows it, and until all is done. */
  start = g_get_monotonic_time ();
  g_assert_true (bounce_record_page_select (record_page, record));
  frame_us = run_until_frame (meter.paints, start, &settled_us);
  printf ("%-10s %-22s first frame %8.2f ms   idle after %8.2f ms\n",
          shape, "open", frame_us / 1000.0, settled_us / 1000.0);

  {
    g_autoptr(BounceEditor) editor = NULL;

    g_object_get (record_page, "editor", &editor, NULL);
    view = find_text_view (GTK_WIDGET (editor));
  }
  buffer = gtk_text_view_get_buffer (view);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  run_for (300);

  if (paste)
    {
      start = g_get_monotonic_time ();
      gtk_text_buffer_begin_user_action (buffer);
      gtk_text_buffer_insert_interactive_at_cursor (buffer, text, -1, TRUE);
      gtk_text_buffer_end_user_action (buffer);
      gtk_text_view_scroll_mark_onscreen (view, gtk_text_buffer_get_insert (buffer));
      frame_us = run_until_frame (meter.paints, start, &settled_us);
      printf ("%-10s %-22s first frame %8.2f ms   idle after %8.2f ms\n",
              shape, "paste 1 MB", frame_us / 1000.0, settled_us / 1000.0);
    }

  /* A few seconds after opening, as the issue measured it. */
  printf ("%-10s %-22s busy %8.2f ms in the 3 s after\n",
          shape, "after open", run_for (3000) / 1000.0);

  for (guint i = 0; i < n_keys; i++)
    {
      char key[2] = { typed[i % (sizeof typed - 1)], '\0' };
      gint64 polled = meter.polled_us;
      gint64 key_frame;

      start = g_get_monotonic_time ();
      /* As GtkTextView commits a key: one user action, then the cursor kept in sight. */
      gtk_text_buffer_insert_interactive_at_cursor (buffer, key, -1, TRUE);
      gtk_text_view_scroll_mark_onscreen (view, gtk_text_buffer_get_insert (buffer));
      key_frame = run_until_frame (meter.paints, start, NULL);
      g_array_append_val (to_frame, key_frame);

      /* Whatever else the key set off before the next one: timers, saves. */
      if (g_get_monotonic_time () - start < interval_ms * 1000)
        run_for (interval_ms - (g_get_monotonic_time () - start) / 1000);
      key_frame = (g_get_monotonic_time () - start) - (meter.polled_us - polled);
      g_array_append_val (busy, key_frame);
    }

  print_stats (shape, "key to next frame", to_frame);
  print_stats (shape, "busy per key", busy);
  printf ("%-10s %-22s busy %8.2f ms in the 2 s after the last key\n",
          shape, "pause", run_for (2000) / 1000.0);

  {
    g_autofree char *body = NULL;

    g_object_get (record, "body", &body, NULL);
    g_assert_cmpuint (strlen (body), ==, strlen (text) + n_keys);
  }

  gtk_window_close (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  run_for (200);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *shapes_arg = NULL;
  int keys = 200, interval = 80, size = 1 << 20;
  GOptionEntry entries[] = {
    { "shapes", 's', 0, G_OPTION_ARG_STRING, &shapes_arg,
      "Comma-separated shapes: lines, paragraph, paste (default: all)", "LIST" },
    { "keys", 'k', 0, G_OPTION_ARG_INT, &keys, "Keys typed per shape (200)", "N" },
    { "interval", 'i', 0, G_OPTION_ARG_INT, &interval, "Milliseconds between keys (80)", "MS" },
    { "size", 0, 0, G_OPTION_ARG_INT, &size, "Bytes of text (1 MiB)", "BYTES" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- typing into a 1 MB page");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) shapes = NULL;
  g_autoptr(GSettings) settings = NULL;

  /* Each figure as soon as it is known, even when written to a file. */
  setvbuf (stdout, NULL, _IOLBF, 0);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  shapes = g_strsplit (shapes_arg != NULL ? shapes_arg : "lines,paragraph,paste", ",", -1);

  /* Settings of this run only, from the schema of this build. */
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GSETTINGS_SCHEMA_DIR", BENCHMARK_SCHEMA_DIR, FALSE);

  gtk_init ();
  adw_init ();
  default_poll = g_main_context_get_poll_func (NULL);
  g_main_context_set_poll_func (NULL, measuring_poll);

  settings = g_settings_new (APP_ID);
  g_settings_set_boolean (settings, "welcome-done", TRUE);

  for (guint i = 0; shapes[i] != NULL; i++)
    run_shape (shapes[i], size, keys, interval);

  return EXIT_SUCCESS;
}
