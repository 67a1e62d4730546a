/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-yet.c: finding "I can't ..." in what a person writes, and the "yet" that could follow. */
#define G_LOG_DOMAIN "bounce-yet"

#include <string.h>

#include "bounce-yet.h"

/* One word of a clause: where it is, and a form to compare that ignores case, the way an
 * accent or an apostrophe was typed, Arabic vowel signs and a hamza left out. */
typedef struct
{
  gsize     start;
  gsize     end;
  char     *norm;
  gboolean  capital;    /* its first letter is upper case */
  gboolean  shouting;   /* two letters or more, none of them lower case */
} Word;

/* The text between two marks of punctuation, without the spaces around it. */
typedef struct
{
  const char *text;
  gsize       start;
  gsize       end;
  GArray     *words;
} Clause;

/* Bytes from start to end become text. */
typedef struct
{
  gsize  start;
  gsize  end;
  char  *text;
} Edit;

typedef gboolean (*MatchFunc) (const Clause *clause,
                               Edit         *edit);

typedef struct
{
  const char *code;
  MatchFunc   match;
  /* French elides: "n'arrive" is the two words "n'" and "arrive". */
  gboolean    split_elision;
} Language;

/* Whatever the language, a clause that already says "not yet" is left alone. */
static const char * const yet_words[] = {
  "yet", "noch", "todavía", "todavia", "aún", "encore", "ainda", "بعد", NULL
};

/* English */

static const char * const en_phrases[] = {
  "i can't", "i cant", "i cannot", "i can not",
  "i couldn't", "i couldnt", "i could not",
  "i haven't", "i havent", "i have not", "i've not",
  "i failed to",
  "i'm not able to", "im not able to", "i am not able to", "i'm unable to", "i am unable to",
  "i don't know how to", "i dont know how to", "i do not know how to",
  "i'm not good at", "i am not good at",
  NULL
};

/* "I can't wait", "I can't believe it": no struggle that "yet" could soften. */
static const char * const en_idioms[] = {
  "wait", "believe", "help", "stand", "stop", "imagine", "remember", "recall", "thank",
  "complain", "sleep", "care", NULL
};

/* "I still can't": an adverb may stand between "I" and the verb. */
static const char * const en_adverbs[] = {
  "still", "just", "really", "simply", "truly", "honestly", "even", NULL
};

static const char * const en_conditions[] = { "if", "unless", "whether", NULL };

/* "yet" goes before these: "I can't draw yet, but I try". */
static const char * const en_stops[] = {
  "but", "because", "cause", "although", "though", "while", "when", "whenever", "since",
  "until", "till", "unless", "if", "whereas", NULL
};

/* ... and before these when a new subject follows: "I can't draw yet and I am sad". */
static const char * const en_joins[] = { "and", "or", "so", NULL };
static const char * const en_subjects[] = {
  "i", "i'm", "i've", "i'll", "i'd", "you", "he", "she", "it", "it's", "we", "they", "that",
  "this", "there", "my", NULL
};

/* German */

static const char * const de_verbs[] = {
  "kann", "kann's", "schaffe", "schaff", "schaff's", "habe", "hab", "hab's", "weiss", NULL
};
static const char * const de_negations[] = {
  "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", NULL
};
static const char * const de_stops[] = {
  "und", "aber", "weil", "denn", "sondern", "obwohl", "wenn", "dass", "als", "oder", "doch",
  "bis", NULL
};
/* "Ich habe es nicht geschafft" is a goal not reached yet; "ich habe nicht gelogen" is not. */
static const char * const de_participles[] = {
  "geschafft", "bestanden", "erreicht", "gelernt", "gefunden", "verstanden", "gewonnen",
  "hinbekommen", "gekonnt", "geübt", "begriffen", "erledigt", "beendet", "abgeschlossen",
  "fertig", "gemeistert", "gelöst", NULL
};

/* Spanish and Portuguese */

static const char * const es_verbs[] = { "puedo", "he", "sé", "consigo", "logro", NULL };
static const char * const es_clitics[] = {
  "me", "te", "lo", "la", "los", "las", "le", "les", "nos", NULL
};
static const char * const pt_negations[] = { "não", "nao", NULL };
static const char * const pt_verbs[] = { "consigo", "consegui", "posso", "sei", NULL };

/* French */

static const char * const fr_subjects[] = { "je", "j'", NULL };
static const char * const fr_ne[] = { "ne", "n'", NULL };
static const char * const fr_clitics[] = {
  "le", "la", "les", "l'", "y", "en", "me", "m'", "te", "t'", "lui", "leur", NULL
};
static const char * const fr_verbs[] = {
  "peux", "arrive", "ai", "sais", "réussis", "parviens", "suis", NULL
};
/* "Je n'ai pas réussi" takes "encore"; "je n'ai pas faim" does not. */
static const char * const fr_participle_endings[] = {
  "é", "ée", "és", "ées", "i", "is", "it", "u", "us", NULL
};
static const char * const fr_ready[] = {
  "capable", "capables", "prêt", "prête", "prêts", "prêtes", NULL
};
static const char * const fr_elided[] = {
  "j", "n", "l", "m", "t", "s", "d", "c", "qu", NULL
};

/* Arabic */

static const char * const ar_negations[] = { "لا", "لم", "ولا", "ولم", "فلا", "فلم", NULL };
/* أستطيع, أستطع, أقدر, أعرف, أتمكن, أنجح, as they compare without the hamza */
static const char * const ar_verbs[] = {
  "استطيع", "استطع", "اقدر", "اعرف", "اتمكن", "انجح", NULL
};
static const char * const ar_stops[] = {
  "لكن", "ولكن", "لكني", "لكنني", "لان", "لانني", "عندما", "حين", "اذا", "بينما", NULL
};

static gboolean match_english    (const Clause *clause, Edit *edit);
static gboolean match_german     (const Clause *clause, Edit *edit);
static gboolean match_spanish    (const Clause *clause, Edit *edit);
static gboolean match_french     (const Clause *clause, Edit *edit);
static gboolean match_portuguese (const Clause *clause, Edit *edit);
static gboolean match_arabic     (const Clause *clause, Edit *edit);

/* English first: it is checked in every language. */
static const Language languages[] = {
  { "en", match_english, FALSE },
  { "de", match_german, FALSE },
  { "es", match_spanish, FALSE },
  { "fr", match_french, TRUE },
  { "pt", match_portuguese, FALSE },
  { "ar", match_arabic, FALSE },
};

static gboolean
ends_clause (const char *text,
             const char *p)
{
  gunichar c = g_utf8_get_char (p);

  if (!bounce_yet_is_clause_end (c))
    return FALSE;

  /* 5.5 km, 1,000 steps: a point or a comma between digits belongs to a number. */
  if ((c == '.' || c == ',') && p > text && g_ascii_isdigit (p[-1]) && g_ascii_isdigit (p[1]))
    return FALSE;

  return TRUE;
}

static gboolean
is_mark (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
         type == G_UNICODE_ENCLOSING_MARK;
}

/* What belongs to the character before it: combining marks, joiners and variation
 * selectors, direction marks, skin tones. */
static gboolean
is_extender (gunichar c)
{
  return is_mark (c) || g_unichar_type (c) == G_UNICODE_FORMAT || (c >= 0x1F3FB && c <= 0x1F3FF);
}

/* What may trail the words of a clause: emoji and other symbols, closing quotes. */
static gboolean
is_decoration (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_OTHER_SYMBOL || type == G_UNICODE_MODIFIER_SYMBOL ||
         type == G_UNICODE_FINAL_PUNCTUATION || c == '"';
}

static gboolean
is_closing_quote (gunichar c)
{
  return c == '"' || g_unichar_type (c) == G_UNICODE_FINAL_PUNCTUATION;
}

/* Whether a quote opens between @start and @end: “ « „ or a straight one. */
static gboolean
opens_quote (const char *start,
             const char *end)
{
  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '"' || c == 0x201E || c == 0x201A ||
          g_unichar_type (c) == G_UNICODE_INITIAL_PUNCTUATION)
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}

static char *
normalize (const char *word,
           gssize      length)
{
  g_autofree char *folded = g_utf8_casefold (word, length);
  g_autofree char *composed = g_utf8_normalize (folded, -1, G_NORMALIZE_ALL_COMPOSE);
  GString *norm = g_string_sized_new (strlen (composed));

  for (const char *p = composed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_apostrophe (c))
        c = '\'';
      else if (c == 0x0622 || c == 0x0623 || c == 0x0625)
        c = 0x0627;   /* آ أ إ are often typed as a bare ا */
      else if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640)
        continue;     /* vowel signs and the tatweel do not change the word */

      g_string_append_unichar (norm, c);
    }

  return g_string_free (norm, FALSE);
}

static void
clear_word (gpointer data)
{
  Word *word = data;

  g_free (word->norm);
}

static void
add_word (Clause     *clause,
          const char *start,
          const char *end)
{
  Word word = { start - clause->text, end - clause->text, NULL, FALSE, FALSE };
  gboolean first = TRUE;
  guint upper = 0;
  guint lower = 0;

  word.norm = normalize (start, end - start);
  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean is_upper = g_unichar_isupper (c) || g_unichar_istitle (c);

      if (!g_unichar_isalpha (c))
        continue;
      if (first)
        word.capital = is_upper;
      first = FALSE;
      upper += is_upper;
      lower += g_unichar_islower (c);
    }
  word.shouting = upper >= 2 && lower == 0;

  g_array_append_val (clause->words, word);
}

static gboolean
is_elided (const char *start,
           const char *apostrophe)
{
  g_autofree char *norm = normalize (start, apostrophe - start);

  return g_strv_contains (fr_elided, norm);
}

static void
split_words (Clause   *clause,
             gboolean  split_elision)
{
  const char *end = clause->text + clause->end;
  const char *word = NULL;
  const char *p = clause->text + clause->start;

  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);
      gboolean in_word;

      if (g_unichar_isalnum (c))
        in_word = TRUE;
      else if (word == NULL)
        in_word = FALSE;   /* a mark on its own (after an emoji) starts no word */
      else if (is_mark (c) || c == 0x0640 || c == 0x200C)
        in_word = TRUE;
      else if (is_apostrophe (c) && next < end && g_unichar_isalpha (g_utf8_get_char (next)))
        {
          if (split_elision && is_elided (word, p))
            {
              add_word (clause, word, next);
              word = next;
              p = next;
              continue;
            }
          in_word = TRUE;
        }
      else
        in_word = FALSE;

      if (in_word && word == NULL)
        word = p;
      else if (!in_word && word != NULL)
        {
          add_word (clause, word, p);
          word = NULL;
        }
      p = next;
    }

  if (word != NULL)
    add_word (clause, word, end);
}

static const Word *
word_at (const Clause *clause,
         guint         i)
{
  if (i >= clause->words->len)
    return NULL;
  return &g_array_index (clause->words, Word, i);
}

static gboolean
word_is (const Clause *clause,
         guint         i,
         const char   *norm)
{
  const Word *word = word_at (clause, i);

  return word != NULL && strcmp (word->norm, norm) == 0;
}

static gboolean
word_in (const Clause       *clause,
         guint               i,
         const char * const *norms)
{
  const Word *word = word_at (clause, i);

  return word != NULL && g_strv_contains (norms, word->norm);
}

/* How many words from @i on read @phrase (words split by single spaces), or 0. */
static guint
match_phrase (const Clause *clause,
              guint         i,
              const char   *phrase)
{
  guint n = 0;

  for (const char *p = phrase; *p != '\0'; n++)
    {
      const Word *word = word_at (clause, i + n);
      gsize length = strcspn (p, " ");

      if (word == NULL || strlen (word->norm) != length || strncmp (word->norm, p, length) != 0)
        return 0;
      p += length;
      if (*p == ' ')
        p++;
    }

  return n;
}

static gboolean
has_word_between (const Clause       *clause,
                  guint               from,
                  guint               to,
                  const char * const *norms)
{
  for (guint i = from; i < to; i++)
    if (word_in (clause, i, norms))
      return TRUE;
  return FALSE;
}

static gboolean
has_yet (const Clause *clause)
{
  for (guint i = 0; i < clause->words->len; i++)
    if (word_in (clause, i, yet_words) || match_phrase (clause, i, "حتى الان") > 0)
      return TRUE;
  return FALSE;
}

/* Where the words end before @limit: before the spaces, emoji and closing quotes that
 * trail them, and never between a character and its combining marks. */
static gsize
end_of_words (const char *text,
              gsize       from,
              gsize       limit)
{
  const char *p = text + limit;

  while (p > text + from)
    {
      const char *base = g_utf8_prev_char (p);
      gunichar c;

      while (base > text + from && is_extender (g_utf8_get_char (base)))
        base = g_utf8_prev_char (base);

      c = g_utf8_get_char (base);
      if (!g_unichar_isspace (c) && !is_decoration (c) && !is_extender (c))
        return p - text;
      /* I can't say “hello” yet: a quote that opened after the "can't" is part of it. */
      if (is_closing_quote (c) && opens_quote (text + from, base))
        return p - text;
      p = base;
    }

  return from;
}

static void
insert_at (Edit       *edit,
           gsize       position,
           const char *text)
{
  edit->start = position;
  edit->end = position;
  edit->text = g_strdup (text);
}

/* "todavía" before "no": "Hoy todavía no puedo", and at the start of a sentence "No puedo"
 * becomes "Todavía no puedo", so the capital moves to the new first word. */
static void
put_before (const Clause *clause,
            const Word   *word,
            const char   *marker,
            Edit         *edit)
{
  const char *start = clause->text + word->start;
  const char *rest = g_utf8_next_char (start);
  gunichar first = g_utf8_get_char (start);
  g_autofree char *upper = NULL;
  char lower[8] = { 0 };

  if (word->shouting)
    {
      upper = g_utf8_strup (marker, -1);
      edit->text = g_strconcat (upper, " ", NULL);
      edit->start = edit->end = word->start;
    }
  else if (word->capital)
    {
      g_autofree char *initial = g_utf8_strup (marker, g_utf8_next_char (marker) - marker);
      g_autofree char *tail = g_strndup (rest, clause->text + word->end - rest);

      g_unichar_to_utf8 (g_unichar_tolower (first), lower);
      edit->text = g_strconcat (initial, g_utf8_next_char (marker), " ", lower, tail, NULL);
      edit->start = word->start;
      edit->end = word->end;
    }
  else
    {
      edit->text = g_strconcat (marker, " ", NULL);
      edit->start = edit->end = word->start;
    }
}

/* How many words from @i on read @phrase, letting an adverb stand after "I": "I still
 * can't", "I just haven't". */
static guint
match_english_phrase (const Clause *clause,
                      guint         i,
                      const char   *phrase)
{
  guint n = match_phrase (clause, i, phrase);

  if (n == 0 && g_str_has_prefix (phrase, "i ") && word_is (clause, i, "i") &&
      word_in (clause, i + 1, en_adverbs))
    {
      n = match_phrase (clause, i + 2, phrase + 2);
      if (n > 0)
        n += 2;
    }

  return n;
}

static gboolean
match_english (const Clause *clause,
               Edit         *edit)
{
  guint n_words = clause->words->len;

  for (guint i = 0; i < n_words; i++)
    for (guint k = 0; en_phrases[k] != NULL; k++)
      {
        guint n = match_english_phrase (clause, i, en_phrases[k]);
        guint after = i + n;
        guint stop;
        gsize limit;

        if (n == 0)
          continue;
        if (word_in (clause, after, en_idioms))
          return FALSE;
        /* "If I can't find a job, ..." imagines; it says nothing fixed about the writer. */
        if (has_word_between (clause, 0, i, en_conditions))
          break;

        for (stop = after; stop < n_words; stop++)
          if (word_in (clause, stop, en_stops) ||
              (word_in (clause, stop, en_joins) && word_in (clause, stop + 1, en_subjects)))
            break;

        /* "I can't run anymore" is about the end of something, not a step on the way. */
        if (has_word_between (clause, after, stop, (const char * const[]) { "anymore", NULL }))
          return FALSE;
        for (guint j = after; j < stop; j++)
          if (match_phrase (clause, j, "any more") || match_phrase (clause, j, "no longer"))
            return FALSE;

        limit = stop < n_words ? word_at (clause, stop)->start : clause->end;
        insert_at (edit, end_of_words (clause->text, word_at (clause, after - 1)->end, limit),
                   word_at (clause, after - 1)->shouting ? " YET" : " yet");
        return TRUE;
      }

  return FALSE;
}

static gboolean
match_german (const Clause *clause,
              Edit         *edit)
{
  guint n_words = clause->words->len;

  for (guint i = 0; i < n_words; i++)
    {
      guint from;
      guint stop;
      guint negation = G_MAXUINT;

      if (!word_in (clause, i, de_verbs))
        continue;

      /* "Ich kann nicht" and "heute kann ich nicht". */
      if (i > 0 && word_is (clause, i - 1, "ich"))
        from = i + 1;
      else if (word_is (clause, i + 1, "ich"))
        from = i + 2;
      else
        continue;

      for (stop = from; stop < n_words && !word_in (clause, stop, de_stops); stop++)
        if (negation == G_MAXUINT && word_in (clause, stop, de_negations))
          negation = stop;
      if (negation == G_MAXUINT)
        continue;

      /* "Ich kann nicht mehr": no longer, not yet. */
      if (has_word_between (clause, negation + 1, stop, (const char * const[]) { "mehr", NULL }))
        continue;

      if (g_str_has_prefix (word_at (clause, i)->norm, "hab") &&
          !has_word_between (clause, negation + 1, stop, de_participles))
        continue;

      insert_at (edit, word_at (clause, negation)->start,
                 word_at (clause, negation)->shouting ? "NOCH " : "noch ");
      return TRUE;
    }

  return FALSE;
}

/* "no" (or "não") + a verb of not being able, in Spanish and Portuguese alike. */
static gboolean
match_romance (const Clause       *clause,
               const char * const *negations,
               const char * const *verbs,
               const char * const *clitics,
               const char         *already,
               const char * const *more,
               const char         *marker,
               Edit               *edit)
{
  guint n_words = clause->words->len;

  for (guint i = 0; i < n_words; i++)
    {
      guint k = i + 1;

      if (!word_in (clause, i, negations))
        continue;
      /* "Ya no puedo", "já não consigo": no longer. */
      if (i > 0 && word_is (clause, i - 1, already))
        continue;

      while (clitics != NULL && word_in (clause, k, clitics))
        k++;
      if (word_in (clause, k, verbs))
        k++;
      else if ((word_is (clause, k, "soy") || word_is (clause, k, "sou")) &&
               word_is (clause, k + 1, "capaz"))
        k += 2;
      else
        continue;

      /* "No puedo más", "não consigo mais": no more. */
      if (has_word_between (clause, k, n_words, more))
        continue;

      put_before (clause, word_at (clause, i), marker, edit);
      return TRUE;
    }

  return FALSE;
}

static gboolean
match_spanish (const Clause *clause,
               Edit         *edit)
{
  return match_romance (clause, (const char * const[]) { "no", NULL }, es_verbs, es_clitics,
                        "ya", (const char * const[]) { "más", "mas", NULL }, "todavía", edit);
}

static gboolean
match_portuguese (const Clause *clause,
                  Edit         *edit)
{
  return match_romance (clause, pt_negations, pt_verbs, NULL,
                        "já", (const char * const[]) { "mais", NULL }, "ainda", edit);
}

static gboolean
looks_like_participle (const Word *word)
{
  if (word == NULL)
    return FALSE;

  for (guint i = 0; fr_participle_endings[i] != NULL; i++)
    if (g_str_has_suffix (word->norm, fr_participle_endings[i]) &&
        strlen (word->norm) > strlen (fr_participle_endings[i]))
      return TRUE;

  return FALSE;
}

static gboolean
match_french (const Clause *clause,
              Edit         *edit)
{
  guint n_words = clause->words->len;

  for (guint i = 0; i < n_words; i++)
    {
      guint k = i + 1;
      guint pas;

      if (!word_in (clause, i, fr_subjects))
        continue;

      /* "Je ne peux pas", and as it is spoken, "je peux pas". */
      if (word_in (clause, k, fr_ne))
        k++;
      while (word_in (clause, k, fr_clitics))
        k++;
      if (!word_in (clause, k, fr_verbs) || !word_is (clause, k + 1, "pas"))
        continue;
      pas = k + 1;

      if (word_is (clause, k, "ai") && !looks_like_participle (word_at (clause, pas + 1)))
        continue;
      if (word_is (clause, k, "suis") && !word_in (clause, pas + 1, fr_ready))
        continue;

      insert_at (edit, word_at (clause, pas)->end,
                 word_at (clause, pas)->shouting ? " ENCORE" : " encore");
      return TRUE;
    }

  return FALSE;
}

static gboolean
match_arabic (const Clause *clause,
              Edit         *edit)
{
  guint n_words = clause->words->len;

  for (guint i = 0; i + 1 < n_words; i++)
    {
      guint stop;
      gsize limit;

      /* The verb's first letter, أ, says it is the writer who cannot. */
      if (!word_in (clause, i, ar_negations) || !word_in (clause, i + 1, ar_verbs))
        continue;

      for (stop = i + 2; stop < n_words && !word_in (clause, stop, ar_stops); stop++)
        ;
      limit = stop < n_words ? word_at (clause, stop)->start : clause->end;
      /* "بعد" at the end, as in "لم أنجح بعد": not yet. */
      insert_at (edit, end_of_words (clause->text, word_at (clause, i + 1)->end, limit),
                 " بعد");
      return TRUE;
    }

  return FALSE;
}

static const Language *
find_language (const char *name)
{
  gsize length;

  if (name == NULL)
    return NULL;

  /* "pt_BR.UTF-8", "de-AT", "ar@latin": the language is what comes first. */
  length = strcspn (name, "_.@-");
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (strlen (languages[i].code) == length &&
        g_ascii_strncasecmp (name, languages[i].code, length) == 0)
      return &languages[i];

  return NULL;
}

static void
consider_clause (const char            *text,
                 gsize                  start,
                 gsize                  end,
                 const Language * const *order,
                 guint                  n_languages,
                 GPtrArray             *found)
{
  while (start < end && g_unichar_isspace (g_utf8_get_char (text + start)))
    start = g_utf8_next_char (text + start) - text;
  while (end > start && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (text + end))))
    end = g_utf8_prev_char (text + end) - text;
  if (start == end)
    return;

  for (guint i = 0; i < n_languages; i++)
    {
      g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (Word));
      Clause clause = { text, start, end, words };
      Edit edit = { 0, 0, NULL };
      BounceYetSuggestion *suggestion;

      g_array_set_clear_func (words, clear_word);
      split_words (&clause, order[i]->split_elision);

      if (has_yet (&clause))
        return;
      if (!order[i]->match (&clause, &edit))
        continue;

      g_assert (start <= edit.start && edit.start <= edit.end && edit.end <= end);
      suggestion = g_new0 (BounceYetSuggestion, 1);
      suggestion->clause_start = start;
      suggestion->clause_end = end;
      suggestion->edit_start = edit.start;
      suggestion->edit_end = edit.end;
      suggestion->edit_text = edit.text;
      suggestion->clause = g_strndup (text + start, end - start);
      {
        g_autofree char *before = g_strndup (text + start, edit.start - start);
        g_autofree char *after = g_strndup (text + edit.end, end - edit.end);

        suggestion->suggestion = g_strconcat (before, edit.text, after, NULL);
      }
      g_ptr_array_add (found, suggestion);
      return;
    }
}

void
bounce_yet_suggestion_free (BounceYetSuggestion *suggestion)
{
  if (suggestion == NULL)
    return;

  g_free (suggestion->edit_text);
  g_free (suggestion->clause);
  g_free (suggestion->suggestion);
  g_free (suggestion);
}

/**
 * bounce_yet_suggestion_copy:
 *
 * Returns: (transfer full): a copy of @suggestion
 */
BounceYetSuggestion *
bounce_yet_suggestion_copy (const BounceYetSuggestion *suggestion)
{
  BounceYetSuggestion *copy;

  g_return_val_if_fail (suggestion != NULL, NULL);

  copy = g_memdup2 (suggestion, sizeof *suggestion);
  copy->edit_text = g_strdup (suggestion->edit_text);
  copy->clause = g_strdup (suggestion->clause);
  copy->suggestion = g_strdup (suggestion->suggestion);
  return copy;
}

/**
 * bounce_yet_find:
 * @text: UTF-8 text, as the person wrote it
 * @language: (nullable): the language of the interface, as a code ("de", "pt_BR") or a
 *   locale name ("fr_FR.UTF-8"); English is checked in every language, since people write
 *   it whatever their locale
 *
 * Finds each clause of @text in which the writer says they can't, haven't or failed to do
 * something, and works out the "yet" it could take. A clause ends at . ! ? ; , … ، ؛ ؟ or a
 * new line. A clause that already says "yet" (or "noch", "todavía", "aún", "encore",
 * "ainda", "بعد", "حتى الآن") is left alone, and so is a "can't" about someone else.
 *
 * Returns: (transfer full) (element-type BounceYetSuggestion): the suggestions, in the
 *   order of the text; empty when there is none
 */
GPtrArray *
bounce_yet_find (const char *text,
                 const char *language)
{
  return bounce_yet_find_in_excerpt (text, FALSE, FALSE, language);
}

/**
 * bounce_yet_find_in_excerpt:
 * @text: UTF-8 text: a piece of what the person wrote, around where they write
 * @cut_before: whether more text comes before @text, so that its first clause may be
 *   only the end of one
 * @cut_after: whether more text comes after @text, so that its last clause may be only
 *   the start of one
 * @language: (nullable): as for bounce_yet_find()
 *
 * Like bounce_yet_find(), for a long text read only near the cursor: a clause cut by
 * either end of the excerpt is left out, since what was cut off may be what makes it
 * someone else's "can't", or one that already says "yet".
 *
 * Returns: (transfer full) (element-type BounceYetSuggestion): the suggestions, in the
 *   order of the text, their offsets in bytes of @text; empty when there is none
 */
GPtrArray *
bounce_yet_find_in_excerpt (const char *text,
                            gboolean    cut_before,
                            gboolean    cut_after,
                            const char *language)
{
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) bounce_yet_suggestion_free);
  const Language *order[2];
  const Language *chosen = find_language (language);
  guint n_languages = 0;
  gboolean first = TRUE;
  const char *p;

  g_return_val_if_fail (text != NULL, found);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), found);

  /* The interface's language first: its patterns are the more likely. */
  if (chosen != NULL && chosen != &languages[0])
    order[n_languages++] = chosen;
  order[n_languages++] = &languages[0];

  p = text;
  while (*p != '\0')
    {
      const char *start = p;

      while (*p != '\0' && !ends_clause (text, p))
        p = g_utf8_next_char (p);
      if (!(first && cut_before) && !(*p == '\0' && cut_after))
        consider_clause (text, start - text, p - text, order, n_languages, found);
      first = FALSE;
      if (*p != '\0')
        p = g_utf8_next_char (p);
    }

  return found;
}

/**
 * bounce_yet_apply:
 * @text: the text @suggestion was found in
 *
 * Returns: (transfer full): @text with the suggestion's edit made, and nothing else changed
 */
char *
bounce_yet_apply (const char                *text,
                  const BounceYetSuggestion *suggestion)
{
  g_autofree char *before = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (suggestion != NULL, NULL);
  g_return_val_if_fail (suggestion->edit_end <= strlen (text), NULL);

  before = g_strndup (text, suggestion->edit_start);
  return g_strconcat (before, suggestion->edit_text, text + suggestion->edit_end, NULL);
}

/**
 * bounce_yet_pick_language:
 * @names: (nullable): language names, the preferred first, as g_get_language_names() gives
 *
 * Returns: the code of the first of @names that bounce_yet_find() knows ("de", "pt"), or
 *   "en" when none is
 */
const char *
bounce_yet_pick_language (const char * const *names)
{
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      const Language *language = find_language (names[i]);

      if (language != NULL)
        return language->code;
    }

  return languages[0].code;
}

/**
 * bounce_yet_is_clause_end:
 *
 * Returns: whether @c ends a clause: . ! ? ; , … a new line, or the Arabic ، ؛ ؟
 */
gboolean
bounce_yet_is_clause_end (gunichar c)
{
  switch (c)
    {
    case '.':
    case '!':
    case '?':
    case ';':
    case ',':
    case '\n':
    case '\r':
    case 0x2026:  /* … */
    case 0x2028:  /* line separator */
    case 0x2029:  /* paragraph separator */
    case 0x060C:  /* Arabic comma */
    case 0x061B:  /* Arabic semicolon */
    case 0x061F:  /* Arabic question mark */
      return TRUE;

    default:
      return FALSE;
    }
}
