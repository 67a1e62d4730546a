/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-wide-layout.c: a line of words is asked its height once for every width past its natural one. */

#include <adwaita.h>

#include "bounce-wide-layout.h"

/* A stand-in for a wrapping label that counts how often it is asked its height: 10 px
 * of words in each 100 px-wide piece, one 20 px line per piece that fits. */
#define WORDS_WIDTH 300
#define LINE_HEIGHT 20

struct _TestWords
{
  GtkWidget parent_instance;
  guint     height_asked;
};

G_DECLARE_FINAL_TYPE (TestWords, test_words, TEST, WORDS, GtkWidget)
G_DEFINE_FINAL_TYPE (TestWords, test_words, GTK_TYPE_WIDGET)

static GtkSizeRequestMode
test_words_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
test_words_measure (GtkWidget      *widget,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  TestWords *self = TEST_WORDS (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Narrower for a taller height, as a label's binary search finds. */
      int lines = for_size > 0 ? MAX (for_size / LINE_HEIGHT, 1) : 1;

      *minimum = 100;
      *natural = for_size > 0 ? MAX (WORDS_WIDTH / lines, 100) : WORDS_WIDTH;
    }
  else
    {
      int width = for_size > 0 ? for_size : WORDS_WIDTH;

      self->height_asked++;
      *minimum = *natural = (WORDS_WIDTH + MIN (width, WORDS_WIDTH) - 1) /
                            MIN (width, WORDS_WIDTH) * LINE_HEIGHT;
    }
}

static void
test_words_class_init (TestWordsClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->get_request_mode = test_words_get_request_mode;
  widget_class->measure = test_words_measure;
}

static void
test_words_init (TestWords *self)
{
}

static GtkWidget *
bin_with_words (GtkLayoutManager *layout,
                TestWords       **words)
{
  GtkWidget *bin = g_object_ref_sink (adw_bin_new ());

  gtk_widget_set_layout_manager (bin, layout);
  *words = g_object_new (test_words_get_type (), NULL);
  adw_bin_set_child (ADW_BIN (bin), GTK_WIDGET (*words));

  return bin;
}

static int
height_for (GtkWidget *widget,
            int        width)
{
  int height = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &height, NULL, NULL, NULL);
  return height;
}

/* The heights are the words' own, narrow or wide: only the asking changes. */
static void
test_heights (void)
{
  TestWords *words;
  g_autoptr(GtkWidget) bin = bin_with_words (g_object_new (BOUNCE_TYPE_WIDE_LAYOUT, NULL),
                                             &words);

  g_assert_cmpint (gtk_widget_get_request_mode (bin), ==, GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH);
  g_assert_cmpint (height_for (bin, 100), ==, 3 * LINE_HEIGHT);
  g_assert_cmpint (height_for (bin, 150), ==, 2 * LINE_HEIGHT);
  g_assert_cmpint (height_for (bin, WORDS_WIDTH), ==, LINE_HEIGHT);
  g_assert_cmpint (height_for (bin, 4000), ==, LINE_HEIGHT);
  g_assert_cmpint (height_for (bin, -1), ==, LINE_HEIGHT);
}

/* A window finding its size asks for many widths: past the natural one, the words are
 * asked once; a bin layout asks them for each. */
static void
test_asked_once_when_wide (void)
{
  TestWords *wide_words;
  TestWords *bin_words;
  g_autoptr(GtkWidget) wide = bin_with_words (g_object_new (BOUNCE_TYPE_WIDE_LAYOUT, NULL),
                                              &wide_words);
  g_autoptr(GtkWidget) bin = bin_with_words (gtk_bin_layout_new (), &bin_words);

  for (int width = WORDS_WIDTH; width < WORDS_WIDTH + 40 * 7; width += 7)
    {
      g_assert_cmpint (height_for (wide, width), ==, LINE_HEIGHT);
      g_assert_cmpint (height_for (bin, width), ==, LINE_HEIGHT);
    }

  g_test_message ("asked %u times through the wide layout, %u through a bin layout",
                  wide_words->height_asked, bin_words->height_asked);
  g_assert_cmpuint (wide_words->height_asked, <=, 2);
  g_assert_cmpuint (bin_words->height_asked, ==, 40);
}

/* A width asked for a height (a vertical box asked its width) is the words' width: the
 * height follows the width here, not the other way round. */
static void
test_width_for_height (void)
{
  TestWords *words;
  g_autoptr(GtkWidget) bin = bin_with_words (g_object_new (BOUNCE_TYPE_WIDE_LAYOUT, NULL),
                                             &words);
  int minimum = 0;
  int natural = 0;

  gtk_widget_measure (bin, GTK_ORIENTATION_HORIZONTAL, 3 * LINE_HEIGHT,
                      &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, 100);
  g_assert_cmpint (natural, ==, WORDS_WIDTH);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/wide-layout/heights", test_heights);
  g_test_add_func ("/wide-layout/asked-once-when-wide", test_asked_once_when_wide);
  g_test_add_func ("/wide-layout/width-for-height", test_width_for_height);

  return g_test_run ();
}
