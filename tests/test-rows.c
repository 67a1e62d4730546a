/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-rows.c: rows for sentences that wrap, and list rows that say more. */
#include <adwaita.h>
#include <string.h>

#include "bounce-core.h"
#include "bounce-idea-editor.h"
#include "bounce-text-row.h"
#include "bounce-thanks-editor.h"
#include "bounce-window-private.h"
#include "test-util.h"
#include "test-window-util.h"

static void
activate (Fixture    *fixture,
          const char *action,
          GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->window),
                                                      action, parameter));
}

/* Each sentence field, its editor and the field it keeps. */
typedef struct
{
  GType       kind;
  GType       editor_type;
  const char *row;
  const char *field;
  const char *text;
} SentenceField;

static const SentenceField sentence_fields[] = {
  { 0, 0, "tried_row", "tried",
    "I studied for the bar exam every evening for two years, after the children were in "
    "bed, and sat it twice, and I am proud that I did not give up after the first time" },
  { 0, 0, "treat_row", "treat",
    "A whole Saturday at the sea with my sister, phones off, fish and chips on the harbour "
    "wall and no talk at all of exams or of what comes next" },
  { 0, 0, "next_step_row", "next-step",
    "Write to the evening school and ask whether they need someone to teach German to "
    "adults on Tuesdays, and what they would want to see from me first" },
};

static SentenceField
field_at (guint i)
{
  SentenceField field = sentence_fields[i];

  field.kind = i < 2 ? BOUNCE_TYPE_THANKS : BOUNCE_TYPE_IDEA;
  field.editor_type = i < 2 ? BOUNCE_TYPE_THANKS_EDITOR : BOUNCE_TYPE_IDEA_EDITOR;
  return field;
}

typedef struct
{
  GtkWidget *row;
  GtkWidget *window;
  int        height;   /* the row's height with one line in it */
} GrowWait;

/* Grown, and still inside the window: wrapped, not scrolled sideways. */
static gboolean
row_has_grown (gpointer user_data)
{
  GrowWait *wait = user_data;
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (wait->row, wait->window, &bounds))
    return FALSE;

  return bounds.size.height > wait->height + 10 &&
         bounds.origin.x >= 0 &&
         bounds.origin.x + bounds.size.width <= gtk_widget_get_width (wait->window);
}

static gboolean
is_narrow (gpointer user_data)
{
  int width = gtk_widget_get_width (user_data);

  return width > 0 && width <= 360;
}

static gboolean
is_drawn (gpointer user_data)
{
  return gtk_widget_get_mapped (user_data) && gtk_widget_get_height (user_data) > 0;
}

/* A long sentence at a phone's width wraps over several lines in its row, which stays
 * within the window and grows; and it is saved. */
static void
test_wraps_narrow (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 700);
  g_assert_true (test_iterate_until (is_narrow, fixture->window, 5000));

  for (guint i = 0; i < G_N_ELEMENTS (sentence_fields); i++)
    {
      SentenceField field = field_at (i);
      BounceEditor *editor;
      BounceTextRow *row;
      GrowWait wait = { NULL, GTK_WIDGET (fixture->window), 0 };
      DiskWait disk = { fixture, field.kind, field.field, field.text };

      bounce_window_show_section (fixture->window, field.kind);
      activate (fixture, "win.new-record", NULL);
      editor = editor_of (section (fixture, field.kind));
      row = child (editor, field.editor_type, field.row);
      wait.row = GTK_WIDGET (row);

      /* One short line first, to measure the row at one line. */
      bounce_text_row_set_text (row, "A start");
      g_assert_true (test_iterate_until (is_drawn, row, 5000));
      wait.height = gtk_widget_get_height (GTK_WIDGET (row));

      gtk_text_buffer_set_text (bounce_text_row_get_buffer (row), field.text, -1);
      g_assert_true (test_iterate_until (row_has_grown, &wait, 5000));
      g_assert_true (test_iterate_until (disk_has_value, &disk, 5000));
    }
}

/* The row's sentence wraps, and its last line is in sight: the text is as high as its
 * lines, however it came to be shown. */
static gboolean
ends_in_sight (gpointer user_data)
{
  GtkTextView *view = bounce_text_row_get_view (user_data);
  GtkTextIter end;
  GdkRectangle location;

  if (!gtk_widget_get_mapped (GTK_WIDGET (view)))
    return FALSE;

  gtk_text_buffer_get_end_iter (gtk_text_view_get_buffer (view), &end);
  gtk_text_view_get_iter_location (view, &end, &location);
  return location.y > 0 &&
         location.y + location.height <= gtk_widget_get_height (GTK_WIDGET (view));
}

/* A record opened, with long sentences in it, shows them whole in their rows. */
static void
test_shows_record (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceRecord) restored = g_object_new (BOUNCE_TYPE_THANKS,
                                                   "tried", sentence_fields[0].text,
                                                   "treat", sentence_fields[1].text, NULL);
  g_autoptr(BounceRecord) record = NULL;
  BounceRecordPage *thanks = section (fixture, BOUNCE_TYPE_THANKS);
  BounceTextRow *tried;
  BounceTextRow *treat;
  g_autofree char *tried_text = NULL;
  g_autofree char *treat_text = NULL;

  g_assert_true (bounce_journal_restore (fixture->journal, restored, &error));
  g_assert_no_error (error);
  record = bounce_journal_dup_record (fixture->journal, BOUNCE_TYPE_THANKS,
                                      bounce_record_get_uuid (restored));
  bounce_window_show_section (fixture->window, BOUNCE_TYPE_THANKS);
  g_assert_true (bounce_record_page_open (thanks, record));

  tried = child (editor_of (thanks), BOUNCE_TYPE_THANKS_EDITOR, "tried_row");
  treat = child (editor_of (thanks), BOUNCE_TYPE_THANKS_EDITOR, "treat_row");
  g_assert_true (test_iterate_until (is_drawn, tried, 5000));
  tried_text = bounce_text_row_dup_text (tried);
  treat_text = bounce_text_row_dup_text (treat);
  g_assert_cmpstr (tried_text, ==, sentence_fields[0].text);
  g_assert_cmpstr (treat_text, ==, sentence_fields[1].text);
  g_assert_true (test_iterate_until (ends_in_sight, tried, 5000));
  g_assert_true (test_iterate_until (ends_in_sight, treat, 5000));
}

/* A sentence is one line of its list: Enter goes on to what comes next, and breaks no
 * line; Shift+Enter goes back. */
static void
test_enter_moves_on (Fixture       *fixture,
                     gconstpointer  data)
{
  BounceEditor *editor;
  BounceTextRow *row;
  GtkWidget *view;
  GtkWidget *focus;
  g_autofree char *text = NULL;
  g_autoptr(GListModel) controllers = NULL;
  gboolean handled = FALSE;

  bounce_window_show_section (fixture->window, BOUNCE_TYPE_THANKS);
  activate (fixture, "win.new-record", NULL);
  editor = editor_of (section (fixture, BOUNCE_TYPE_THANKS));
  row = child (editor, BOUNCE_TYPE_THANKS_EDITOR, "tried_row");
  view = GTK_WIDGET (bounce_text_row_get_view (row));
  bounce_text_row_set_text (row, "The bar exam");

  /* The row hands the focus to its text. */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (row)));
  g_assert_true (gtk_widget_has_focus (view));

  controllers = gtk_widget_observe_controllers (view);
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Return, 0, 0, &handled);
    }
  g_assert_true (handled);

  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_false (focus == view || gtk_widget_is_ancestor (focus, GTK_WIDGET (row)));
  text = bounce_text_row_dup_text (row);
  g_assert_cmpstr (text, ==, "The bar exam");
}

static gboolean
is_label (GtkWidget     *widget,
          gconstpointer  data)
{
  return GTK_IS_LABEL (widget);
}

/* A screen reader names the text by the row's title, without a mnemonic's underscore,
 * and the mnemonic reaches the text. */
static void
test_named_by_title (void)
{
  GtkWidget *row = g_object_ref_sink (bounce_text_row_new ());
  GtkTextView *view = bounce_text_row_get_view (BOUNCE_TEXT_ROW (row));
  GtkWidget *title = NULL;
  char *mismatch;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), "What I tried");
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (view),
                                                 GTK_ACCESSIBLE_PROPERTY_LABEL, "What I tried");
  g_assert_null (mismatch);

  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), "Next small _step");
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (view),
                                                 GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                 "Next small step");
  g_assert_null (mismatch);

  title = find_widget (row, is_label, NULL);
  g_assert_nonnull (title);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, "Next small step");
  g_assert_true (gtk_label_get_mnemonic_widget (GTK_LABEL (title)) == GTK_WIDGET (view));
  g_assert_cmpuint (gtk_label_get_mnemonic_keyval (GTK_LABEL (title)), ==, GDK_KEY_s);

  /* The row is never the focus itself: only its text is, and needs the name. */
  g_assert_false (gtk_widget_get_focusable (row));
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (view)));

  g_object_unref (row);
}

typedef struct
{
  GtkWidget *page;
  GPtrArray *records;
} RowsWait;

/* Every row drawn and laid out at its width. */
static gboolean
rows_laid_out (gpointer user_data)
{
  RowsWait *wait = user_data;

  for (guint i = 0; i < wait->records->len; i++)
    {
      BounceRecordRow *row = find_row (wait->page, wait->records->pdata[i]);

      if (row == NULL ||
          gtk_widget_get_width (child (row, BOUNCE_TYPE_RECORD_ROW, "summary_label")) <= 0)
        return FALSE;
    }
  return TRUE;
}

/* A summary too long for its row in the list is cut after its last whole word that fits,
 * with an ellipsis, not after the last character that fits: the list never shows the
 * head of a word as if it were one. A screen reader still hears it all. A single word too
 * long for the row is cut where it must. */
static void
test_list_cuts_between_words (Fixture       *fixture,
                              gconstpointer  data)
{
  static const char * const bodies[] = {
    "I keep thinking about the morning of the exam, how calm I felt walking in",
    "Heute habe ich zum ersten Mal seit Wochen über Prüfungsangstbewältigung gelesen",
    "ما زلت أفكر في صباح الامتحان وكيف شعرت بالهدوء عندما دخلت القاعة",
    "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellung",
  };
  BounceRecordPage *grief = section (fixture, BOUNCE_TYPE_GRIEF_ENTRY);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  RowsWait wait = { GTK_WIDGET (grief), records };
  guint n_cut = 0;

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BounceRecord) record = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY,
                                                     "created", g_get_real_time () - i,
                                                     "body", bodies[i], NULL);

      g_assert_true (bounce_journal_restore (fixture->journal, record, &error));
      g_assert_no_error (error);
      g_ptr_array_add (records, bounce_journal_dup_record (fixture->journal,
                                                           BOUNCE_TYPE_GRIEF_ENTRY,
                                                           bounce_record_get_uuid (record)));
    }
  bounce_window_show_section (fixture->window, BOUNCE_TYPE_GRIEF_ENTRY);
  g_assert_true (bounce_record_page_select (grief, records->pdata[0]));
  g_assert_true (test_iterate_until (rows_laid_out, &wait, 5000));

  for (guint i = 0; i < records->len; i++)
    {
      BounceRecordRow *row = find_row (GTK_WIDGET (grief), records->pdata[i]);
      GtkInscription *summary = child (row, BOUNCE_TYPE_RECORD_ROW, "summary_label");
      const char *shown = gtk_inscription_get_text (summary);
      GtkLabel *day = child (row, BOUNCE_TYPE_RECORD_ROW, "day_label");
      g_autofree char *name = g_strdup_printf ("%s, %s", bodies[i], gtk_label_get_text (day));
      g_autofree char *head = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      const char *after;
      int width;

      /* Heard whole. */
      g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (row),
                                                         GTK_ACCESSIBLE_PROPERTY_LABEL, name));
      if (i == G_N_ELEMENTS (bodies) - 1)
        {
          g_assert_cmpstr (shown, ==, bodies[i]);
          continue;
        }

      /* Longer than the row: cut after a whole word, and it fits. */
      g_assert_true (g_str_has_suffix (shown, "…"));
      head = g_strndup (shown, strlen (shown) - strlen ("…"));
      g_assert_true (g_str_has_prefix (bodies[i], head));
      after = bodies[i] + strlen (head);
      g_assert_false (g_unichar_isalnum (g_utf8_get_char (after)));
      g_assert_false (g_unichar_ismark (g_utf8_get_char (after)));
      layout = gtk_widget_create_pango_layout (GTK_WIDGET (summary), shown);
      pango_layout_get_pixel_size (layout, &width, NULL);
      g_assert_cmpint (width, <=, gtk_widget_get_width (GTK_WIDGET (summary)));

      /* And it is the longest such cut: one word more would not fit. */
      {
        const char *next = after;
        g_autofree char *longer = NULL;

        while (*next != '\0' && !g_unichar_isalnum (g_utf8_get_char (next)))
          next = g_utf8_next_char (next);
        while (*next != '\0' && !g_unichar_isspace (g_utf8_get_char (next)))
          next = g_utf8_next_char (next);
        longer = g_strdup_printf ("%.*s…", (int) (next - bodies[i]), bodies[i]);
        pango_layout_set_text (layout, longer, -1);
        pango_layout_get_pixel_size (layout, &width, NULL);
        g_assert_cmpint (width, >, gtk_widget_get_width (GTK_WIDGET (summary)));
      }
      n_cut++;
    }
  g_assert_cmpuint (n_cut, ==, 3);
}

static const char *
day_line (BounceRecordPage *page,
          BounceRecord     *record)
{
  BounceRecordRow *row = find_row (GTK_WIDGET (page), record);

  g_assert_nonnull (row);
  return gtk_label_get_text (child (row, BOUNCE_TYPE_RECORD_ROW, "day_label"));
}

static gboolean
has_row (gpointer user_data)
{
  RowsWait *wait = user_data;

  for (guint i = 0; i < wait->records->len; i++)
    if (find_row (wait->page, wait->records->pdata[i]) == NULL)
      return FALSE;
  return TRUE;
}

/* Today's rows say the time of day, on the person's clock (24 hours unless GNOME says
 * otherwise); older ones their day alone. The name a screen reader hears says it too. */
static void
test_list_time_today (Fixture       *fixture,
                      gconstpointer  data)
{
  BounceRecordPage *grief = section (fixture, BOUNCE_TYPE_GRIEF_ENTRY);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  RowsWait wait = { GTK_WIDGET (grief), records };
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -3);
  g_autoptr(BounceRecord) older = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY,
                                                "created", g_date_time_to_unix (then) *
                                                           G_USEC_PER_SEC,
                                                "body", "Three days ago", NULL);
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autofree char *clock = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *older_day = NULL;
  g_autofree char *name = NULL;
  BounceRecord *today;
  BounceRecordRow *row;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();

  g_assert_true (bounce_journal_restore (fixture->journal, older, &error));
  g_assert_no_error (error);
  g_ptr_array_add (records, bounce_journal_dup_record (fixture->journal,
                                                       BOUNCE_TYPE_GRIEF_ENTRY,
                                                       bounce_record_get_uuid (older)));
  today = bounce_journal_add (fixture->journal, BOUNCE_TYPE_GRIEF_ENTRY, &error);
  g_assert_no_error (error);
  g_ptr_array_add (records, today);
  g_object_set (today, "body", "The exam I did not pass", NULL);
  bounce_window_show_section (fixture->window, BOUNCE_TYPE_GRIEF_ENTRY);
  g_assert_true (test_iterate_until (has_row, &wait, 5000));

  created = g_date_time_new_from_unix_local (bounce_record_get_created (today) / G_USEC_PER_SEC);
  clock = g_date_time_format (created, "%H:%M");
  expected = g_strdup_printf ("Today, %s", clock);
  g_assert_cmpstr (day_line (grief, today), ==, expected);
  name = g_strdup_printf ("The exam I did not pass, %s", expected);
  row = find_row (GTK_WIDGET (grief), today);
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (row),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL, name));
  older_day = bounce_format_day (bounce_record_get_created (older), NULL);
  g_assert_null (strchr (older_day, ':'));
  g_assert_cmpstr (day_line (grief, records->pdata[0]), ==, older_day);

  /* On a 12-hour clock, as soon as the person chooses it. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "org.gnome.desktop.interface", TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "clock-format"))
    {
      g_test_message ("GNOME's desktop settings are not installed: no 12-hour clock to test");
      return;
    }
  {
    g_autoptr(GSettings) interface = g_settings_new_full (schema, NULL, NULL);

    g_settings_set_string (interface, "clock-format", "12h");
    g_clear_pointer (&clock, g_free);
    g_clear_pointer (&expected, g_free);
    clock = g_date_time_format (created, "%-l:%M %p");
    expected = g_strdup_printf ("Today, %s", clock);
    g_assert_cmpstr (day_line (grief, today), ==, expected);
    g_settings_reset (interface, "clock-format");
  }
}

/* A row of the New Paths says where its idea stands, and follows it. */
static void
test_list_idea_stands (Fixture       *fixture,
                       gconstpointer  data)
{
  BounceRecordPage *ideas = section (fixture, BOUNCE_TYPE_IDEA);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  RowsWait wait = { GTK_WIDGET (ideas), records };
  g_autoptr(GError) error = NULL;
  BounceRecord *idea = bounce_journal_add (fixture->journal, BOUNCE_TYPE_IDEA, &error);

  g_assert_no_error (error);
  g_ptr_array_add (records, idea);
  g_object_set (idea, "title", "Teach evening classes", NULL);
  bounce_window_show_section (fixture->window, BOUNCE_TYPE_IDEA);
  g_assert_true (test_iterate_until (has_row, &wait, 5000));
  g_assert_true (g_str_has_suffix (day_line (ideas, idea), " · Dreaming"));

  g_object_set (idea, "status", BOUNCE_IDEA_STATUS_TRYING, NULL);
  g_assert_true (g_str_has_suffix (day_line (ideas, idea), " · Trying"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/rows/sentence/wraps-narrow", Fixture, NULL,
              fixture_set_up, test_wraps_narrow, fixture_tear_down);
  g_test_add ("/rows/sentence/shows-record", Fixture, NULL,
              fixture_set_up, test_shows_record, fixture_tear_down);
  g_test_add ("/rows/sentence/enter-moves-on", Fixture, NULL,
              fixture_set_up, test_enter_moves_on, fixture_tear_down);
  g_test_add_func ("/rows/sentence/named-by-title", test_named_by_title);
  g_test_add ("/rows/list/cuts-between-words", Fixture, NULL,
              fixture_set_up, test_list_cuts_between_words, fixture_tear_down);
  g_test_add ("/rows/list/time-today", Fixture, NULL,
              fixture_set_up, test_list_time_today, fixture_tear_down);
  g_test_add ("/rows/list/idea-stands", Fixture, NULL,
              fixture_set_up, test_list_idea_stands, fixture_tear_down);

  return g_test_run ();
}
