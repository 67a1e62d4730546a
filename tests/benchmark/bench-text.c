/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-text.c: words and text for the benchmark's journals, the same on every run. */
#define G_LOG_DOMAIN "bench-text"

#include <math.h>
#include <string.h>

#include "bench-text.h"

/* Each language's words, most frequent first. English has a long tail of made-up words after
 * these, so that a large journal holds words that appear a handful of times. */
static const char *const english_head[] = {
  "the", "I", "and", "to", "a", "it", "my", "was", "of", "that", "in", "me", "not", "is",
  "but", "so", "for", "have", "this", "what", "with", "felt", "on", "all", "be", "do", "had",
  "just", "about", "when", "like", "day", "time", "know", "feel", "still", "want", "think",
  "again", "today", "goal", "would", "exam", "course", "failed", "try", "tried", "because",
  "work", "more", "better", "hard", "much", "never", "lost", "dream", "hope", "maybe", "why",
  "how", "year", "months", "weeks", "tired", "sad", "angry", "friend", "mother", "father",
  "teacher", "instructor", "boss", "coach", "plan", "money", "trying", "learned", "lesson",
  "yet", "failure", "success", "grief", "cry", "cried", "walk", "walked", "sleep", "slept",
  "morning", "evening", "night", "tomorrow", "yesterday", "project", "novel", "publisher",
  "letter", "rejection", "interview", "job", "career", "change", "office", "home", "remote",
  "weekend", "pay", "thesis", "degree", "grade", "score", "points", "study", "studied",
  "practice", "music", "piano", "guitar", "painting", "writing", "wrote", "chapter", "page",
  "story", "words", "laugh", "laughed", "funny", "mistake", "mistakes", "brave", "thank",
  "thanks", "proud", "grateful", "treat", "dinner", "coffee", "tea", "cake", "garden",
  "river", "park", "train", "bus", "city", "kitchen", "window", "rain", "sun", "snow",
  "winter", "spring", "summer", "autumn", "season", "heart", "chest", "head", "hands",
  "breath", "quiet", "loud", "alone", "together", "talk", "talked", "listen", "listened",
  "advice", "make-up", "second", "chance", "deadline", "application", "audition", "race",
  "marathon", "training", "injury", "knee", "doctor", "therapist", "meditation", "journal",
  "numb", "scrolling", "games", "wine", "pizza", "binge", "shame", "embarrassed", "anxious",
  "calm", "relieved", "hopeful", "lonely", "honest", "gentle", "slowly", "patient", "path",
  "paths", "idea", "ideas", "passion", "side", "back-pocket", "pottery", "woodwork",
  "volunteering", "bakery", "language", "spanish", "photography", "bicycle", "climbing",
  "disappointed", "aspects", "freedom", "colleagues", "salary", "respect", "recognition",
};

static const char *const german_words[] = {
  "ich", "und", "die", "nicht", "das", "ist", "es", "war", "zu", "mich", "für", "über",
  "noch", "schön", "würde", "müssen", "Prüfung", "Träume", "Traum", "Mühe", "Gefühl",
  "Enttäuschung", "nächste", "Übung", "zurück", "weiß", "Fähigkeit", "Größe", "traurig",
  "müde", "Tür", "Büro", "Gespräch", "Lehrerin", "Ärger", "fröhlich", "Schlüssel", "gehört",
  "Stück", "Gemüse", "Frühling", "Gärten", "Brücke", "Mädchen", "Kühlschrank", "früher",
  "später", "möchte", "könnte", "dürfen", "Glück", "Unglück", "Rückschlag", "Lösung",
  "Versuch", "versucht", "gelernt", "Stärke", "Schwäche", "Zukunft", "Wünsche", "fühle",
  "ruhig", "spazieren", "Freundin", "Kollegen", "Gehalt", "Wochenende", "Zuhause", "Arbeit",
  "Weg", "neuer", "Anfang", "bisher", "trotzdem", "Geduld", "Tränen", "lächeln", "Sonne",
  "Regen", "Straße", "Bäckerei", "Töpfern", "Geschenk", "dankbar", "mutig", "Übermut",
  "Hürde", "Kränkung", "Abschluss", "Bewerbung", "Absage", "Vorstellungsgespräch",
};

static const char *const arabic_words[] = {
  "في", "من", "أنا", "على", "لم", "كان", "هذا", "إلى", "مع", "لكن", "اليوم", "الحلم",
  "الفشل", "النجاح", "الامتحان", "الوقت", "الأمل", "حزين", "تعلمت", "شكرا", "محاولة",
  "الطريق", "جديد", "العمل", "غدا", "صديق", "أشعر", "كنت", "بعد", "قبل", "الدرس", "المعلم",
  "الهدف", "الخسارة", "الصبر", "القلب", "البيت", "المساء", "الصباح", "القهوة", "المشي",
  "الكتابة", "الرسم", "الموسيقى", "الخوف", "الشجاعة", "الفرصة", "مرة", "أخرى", "ربما",
  "الأسبوع", "الشهر", "السنة", "حاولت", "فخور", "ممتن", "هادئ", "وحيد", "متعب", "الدراسة",
};

#define N_ENGLISH 6000   /* the head, then made-up words to this many */
#define ZIPF_EXPONENT 1.05

typedef struct
{
  GPtrArray *words;       /* most frequent first */
  double    *cumulative;  /* Zipf weights, summed */
} Vocabulary;

struct _BenchText
{
  GRand *rand;
};

static Vocabulary vocabularies[BENCH_N_LANGUAGES];

static void
fill_weights (Vocabulary *vocabulary)
{
  double sum = 0;

  vocabulary->cumulative = g_new (double, vocabulary->words->len);
  for (guint i = 0; i < vocabulary->words->len; i++)
    {
      sum += 1.0 / pow (i + 1, ZIPF_EXPONENT);
      vocabulary->cumulative[i] = sum;
    }
}

/* Pronounceable made-up words, from a fixed seed: the same tail on every run. */
static void
add_made_up_words (GPtrArray *words,
                   guint      until)
{
  static const char *const onsets[] = {
    "b", "br", "c", "ch", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "l", "m", "n", "p",
    "pl", "qu", "r", "s", "sh", "sl", "st", "t", "th", "tr", "v", "w", "z",
  };
  static const char *const vowels[] = { "a", "e", "i", "o", "u", "ai", "ea", "ou", "ie" };
  static const char *const codas[] = { "", "", "n", "r", "s", "l", "m", "nd", "st", "x" };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GRand *rand = g_rand_new_with_seed (20261130);

  for (guint i = 0; i < words->len; i++)
    g_hash_table_add (seen, words->pdata[i]);

  while (words->len < until)
    {
      GString *word = g_string_new (NULL);
      guint n_syllables = g_rand_int_range (rand, 2, 4);

      for (guint s = 0; s < n_syllables; s++)
        {
          g_string_append (word, onsets[g_rand_int_range (rand, 0, G_N_ELEMENTS (onsets))]);
          g_string_append (word, vowels[g_rand_int_range (rand, 0, G_N_ELEMENTS (vowels))]);
        }
      g_string_append (word, codas[g_rand_int_range (rand, 0, G_N_ELEMENTS (codas))]);

      if (g_hash_table_contains (seen, word->str))
        g_string_free (word, TRUE);
      else
        {
          char *made_up = g_string_free (word, FALSE);

          g_ptr_array_add (words, made_up);
          g_hash_table_add (seen, made_up);
        }
    }

  g_rand_free (rand);
}

static void
ensure_vocabularies (void)
{
  static gsize initialized = 0;

  if (!g_once_init_enter (&initialized))
    return;

  vocabularies[BENCH_ENGLISH].words = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (english_head); i++)
    g_ptr_array_add (vocabularies[BENCH_ENGLISH].words, g_strdup (english_head[i]));
  add_made_up_words (vocabularies[BENCH_ENGLISH].words, N_ENGLISH);

  vocabularies[BENCH_GERMAN].words = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (german_words); i++)
    g_ptr_array_add (vocabularies[BENCH_GERMAN].words, g_strdup (german_words[i]));

  vocabularies[BENCH_ARABIC].words = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (arabic_words); i++)
    g_ptr_array_add (vocabularies[BENCH_ARABIC].words, g_strdup (arabic_words[i]));

  for (guint i = 0; i < BENCH_N_LANGUAGES; i++)
    fill_weights (&vocabularies[i]);

  g_once_init_leave (&initialized, 1);
}

static const char *
pick_word (BenchText     *self,
           BenchLanguage  language)
{
  Vocabulary *vocabulary = &vocabularies[language];
  guint n = vocabulary->words->len;
  double target = g_rand_double (self->rand) * vocabulary->cumulative[n - 1];
  guint low = 0, high = n - 1;

  while (low < high)
    {
      guint middle = (low + high) / 2;

      if (vocabulary->cumulative[middle] < target)
        low = middle + 1;
      else
        high = middle;
    }

  return vocabulary->words->pdata[low];
}

BenchText *
bench_text_new (guint32 seed)
{
  BenchText *self = g_new0 (BenchText, 1);

  ensure_vocabularies ();
  self->rand = g_rand_new_with_seed (seed);
  return self;
}

void
bench_text_free (BenchText *self)
{
  g_rand_free (self->rand);
  g_free (self);
}

/* Mostly English, some German, a little Arabic. */
BenchLanguage
bench_text_pick_language (BenchText *self)
{
  double x = g_rand_double (self->rand);

  return x < 0.85 ? BENCH_ENGLISH : x < 0.95 ? BENCH_GERMAN : BENCH_ARABIC;
}

guint
bench_text_range (BenchText *self,
                  guint      low,
                  guint      high)
{
  return g_rand_int_range (self->rand, low, high + 1);
}

double
bench_text_uniform (BenchText *self)
{
  return g_rand_double (self->rand);
}

/* A grief page's length in characters: log-normal around a median of 400, 50 to 1500. */
guint
bench_text_grief_length (BenchText *self)
{
  double u1 = 1.0 - g_rand_double (self->rand);
  double u2 = g_rand_double (self->rand);
  double normal = sqrt (-2.0 * log (u1)) * cos (2.0 * G_PI * u2);
  double length = 400.0 * exp (0.75 * normal);

  return (guint) CLAMP (length, 50.0, 1500.0);
}

/* Words separated by spaces, as a title or a name would be. */
char *
bench_text_words (BenchText     *self,
                  BenchLanguage  language,
                  guint          n_words)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, pick_word (self, language));
    }

  return g_string_free (text, FALSE);
}

/* Sentences of 4 to 18 words, in paragraphs, until about @length bytes. */
char *
bench_text_sentences (BenchText     *self,
                      BenchLanguage  language,
                      guint          length)
{
  GString *text = g_string_new (NULL);

  while (text->len < length)
    {
      guint n_words = g_rand_int_range (self->rand, 4, 19);
      double end = g_rand_double (self->rand);

      if (text->len > 0)
        g_string_append (text, g_rand_int_range (self->rand, 0, 5) == 0 ? "\n\n" : " ");

      for (guint i = 0; i < n_words; i++)
        {
          const char *word = pick_word (self, language);

          if (i > 0)
            g_string_append (text, i > 2 && g_rand_int_range (self->rand, 0, 9) == 0 ? ", "
                                                                                     : " ");
          if (i == 0 && g_ascii_islower (word[0]))
            {
              g_string_append_c (text, g_ascii_toupper (word[0]));
              g_string_append (text, word + 1);
            }
          else
            g_string_append (text, word);
        }

      g_string_append (text, end < 0.85 ? "." : end < 0.93 ? "?" : "!");
    }

  return g_string_free (text, FALSE);
}

/* Words that many records hold: frequent content words of each language (not "the"). */
GPtrArray *
bench_text_common_words (guint n)
{
  GPtrArray *all = g_ptr_array_new ();
  GPtrArray *words = g_ptr_array_new ();

  ensure_vocabularies ();

  /* Eight English for each German and Arabic one, as the journal is written. */
  for (guint i = 0; i < 80; i++)
    g_ptr_array_add (all, vocabularies[BENCH_ENGLISH].words->pdata[40 + i]);
  for (guint i = 0; i < 10; i++)
    g_ptr_array_add (all, vocabularies[BENCH_GERMAN].words->pdata[12 + i]);
  for (guint i = 0; i < 10; i++)
    g_ptr_array_add (all, vocabularies[BENCH_ARABIC].words->pdata[10 + i]);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (words, all->pdata[(i * 37) % all->len]);

  g_ptr_array_unref (all);
  return words;
}

/* Words that only a few records hold, or none in a small journal: the far tail. */
GPtrArray *
bench_text_rare_words (guint n)
{
  GPtrArray *english;
  GPtrArray *words = g_ptr_array_new ();

  ensure_vocabularies ();
  english = vocabularies[BENCH_ENGLISH].words;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (words, english->pdata[english->len - 1 - (i * 29) % 3000]);

  return words;
}
