/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-thanks.c: the Thank Yourself page driven as a person would: thanks, lessons,
 * definitions, talks, and trying again. */
#include <adwaita.h>

#include "bounce-core.h"
#include "bounce-record-row.h"
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

/* The section of @kind on show, with a new record open in its editor. */
static BounceRecord *
add_in_section (Fixture *fixture,
                GType    kind)
{
  BounceRecordPage *record_page = section (fixture, kind);

  bounce_window_show_section (fixture->window, kind);
  activate (fixture, "win.new-record", NULL);
  g_assert_nonnull (bounce_record_page_get_selected (record_page));
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (bounce_record_page_get_selected (record_page), kind));
  return bounce_record_page_get_selected (record_page);
}

static const char *
row_day_line (BounceRecordPage *record_page,
              BounceRecord     *record)
{
  BounceRecordRow *row = find_row (GTK_WIDGET (record_page), record);

  g_assert_nonnull (row);
  return gtk_label_get_text (child (row, BOUNCE_TYPE_RECORD_ROW, "day_label"));
}

static void
test_thanks_row_tells_treat (Fixture       *fixture,
                             gconstpointer  data)
{
  BounceRecordPage *thanks = section (fixture, BOUNCE_TYPE_THANKS);
  BounceEditor *editor = editor_of (thanks);
  GtkSwitch *given = child (editor, BOUNCE_TYPE_THANKS_EDITOR, "treat_given_switch");
  g_autofree char *today = bounce_format_day (g_get_real_time (), NULL);
  g_autofree char *still = g_strdup_printf ("%s · Treat still to come", today);
  g_autofree char *enjoyed = g_strdup_printf ("%s · Treat enjoyed", today);
  BounceRecord *record;

  record = add_in_section (fixture, BOUNCE_TYPE_THANKS);
  gtk_editable_set_text (child (editor, BOUNCE_TYPE_THANKS_EDITOR, "treat_row"), "A day at the sea");
  g_assert_true (test_iterate_until (row_is_drawn, thanks, 5000));
  g_assert_cmpstr (row_day_line (thanks, record), ==, still);

  /* The row follows the switch at once, both ways. */
  gtk_switch_set_active (given, TRUE);
  g_assert_cmpstr (row_day_line (thanks, record), ==, enjoyed);
  gtk_switch_set_active (given, FALSE);
  g_assert_cmpstr (row_day_line (thanks, record), ==, still);
  gtk_switch_set_active (given, TRUE);

  /* And says the same after a restart, from what reached the disk. */
  close_window (fixture);
  open_window (fixture);
  thanks = section (fixture, BOUNCE_TYPE_THANKS);
  bounce_window_show_section (fixture->window, BOUNCE_TYPE_THANKS);
  g_assert_true (test_iterate_until (row_is_drawn, thanks, 5000));
  g_assert_cmpstr (row_day_line (thanks, bounce_record_page_get_selected (thanks)), ==, enjoyed);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/thanks/row-tells-treat", Fixture, NULL,
              fixture_set_up, test_thanks_row_tells_treat, fixture_tear_down);

  return g_test_run ();
}
