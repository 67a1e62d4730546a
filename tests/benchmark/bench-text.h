/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-text.h: words and text for the benchmark's journals, the same on every run. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  BENCH_ENGLISH,
  BENCH_GERMAN,
  BENCH_ARABIC,
  BENCH_N_LANGUAGES
} BenchLanguage;

typedef struct _BenchText BenchText;

BenchText     *bench_text_new            (guint32        seed);
void           bench_text_free           (BenchText     *self);
BenchLanguage  bench_text_pick_language  (BenchText     *self);
char          *bench_text_sentences      (BenchText     *self,
                                          BenchLanguage  language,
                                          guint          length);
char          *bench_text_words          (BenchText     *self,
                                          BenchLanguage  language,
                                          guint          n_words);
guint          bench_text_grief_length   (BenchText     *self);
guint          bench_text_range          (BenchText     *self,
                                          guint          low,
                                          guint          high);
double         bench_text_uniform        (BenchText     *self);
GPtrArray     *bench_text_common_words   (guint          n);
GPtrArray     *bench_text_rare_words     (guint          n);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BenchText, bench_text_free)

G_END_DECLS
