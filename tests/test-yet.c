/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-yet.c: "I can't" found and given its "yet", in every language the app speaks. */
#include <string.h>

#include "bounce-core.h"

/* A text, the language of the interface, and the text as it reads once every suggestion
 * is taken; NULL when nothing should be offered. */
typedef struct
{
  const char *language;
  const char *text;
  const char *expected;
} YetCase;

typedef struct
{
  const YetCase *cases;
  gsize          n_cases;
} YetCases;

#define CASES(array) (&(const YetCases) { array, G_N_ELEMENTS (array) })


static void
assert_boundary (const char *text,
                 gsize       offset)
{
  /* Both halves are whole UTF-8 only when the cut falls between two characters. */
  g_assert_cmpuint (offset, <=, strlen (text));
  g_assert_true (g_utf8_validate_len (text, offset, NULL));
  g_assert_true (g_utf8_validate (text + offset, -1, NULL));
}

/* Each suggestion holds together: its clause is in the text, its edit in its clause, every
 * offset on a character boundary, and its suggestion is the clause with the edit made. */
static void
assert_well_formed (const char *text,
                    GPtrArray  *found)
{
  gsize previous_end = 0;

  for (guint i = 0; i < found->len; i++)
    {
      BounceYetSuggestion *s = found->pdata[i];
      g_autofree char *applied = bounce_yet_apply (text, s);
      g_autofree char *clause = g_strndup (text + s->clause_start,
                                           s->clause_end - s->clause_start);
      gsize grown = strlen (s->edit_text) - (s->edit_end - s->edit_start);

      g_assert_cmpuint (previous_end, <=, s->clause_start);
      g_assert_cmpuint (s->clause_start, <=, s->edit_start);
      g_assert_cmpuint (s->edit_start, <=, s->edit_end);
      g_assert_cmpuint (s->edit_end, <=, s->clause_end);
      assert_boundary (text, s->clause_start);
      assert_boundary (text, s->clause_end);
      assert_boundary (text, s->edit_start);
      assert_boundary (text, s->edit_end);
      g_assert_true (g_utf8_validate (s->edit_text, -1, NULL));
      g_assert_cmpstr (s->clause, ==, clause);

      /* The rest of the text is untouched. */
      g_assert_cmpmem (applied, s->edit_start, text, s->edit_start);
      g_assert_cmpstr (applied + s->edit_start + strlen (s->edit_text), ==, text + s->edit_end);
      g_assert_cmpmem (applied + s->clause_start, s->clause_end - s->clause_start + grown,
                       s->suggestion, strlen (s->suggestion));
      previous_end = s->clause_end;
    }
}

/* Every suggestion taken, from the last to the first, so that each offset still holds. */
static char *
apply_all (const char *text,
           GPtrArray  *found)
{
  char *result = g_strdup (text);

  for (guint i = found->len; i > 0; i--)
    {
      char *next = bounce_yet_apply (result, found->pdata[i - 1]);

      g_free (result);
      result = next;
    }

  return result;
}

static void
test_cases (gconstpointer data)
{
  const YetCases *cases = data;

  for (gsize i = 0; i < cases->n_cases; i++)
    {
      const YetCase *c = &cases->cases[i];
      g_autoptr(GPtrArray) found = bounce_yet_find (c->text, c->language);
      g_autofree char *result = apply_all (c->text, found);

      g_test_message ("%s: %s", c->language, c->text);
      assert_well_formed (c->text, found);
      if (c->expected == NULL)
        g_assert_cmpuint (found->len, ==, 0);
      else
        g_assert_cmpstr (result, ==, c->expected);
    }
}

static const YetCase english[] = {
  { "en", "I can't draw.", "I can't draw yet." },
  { "en", "I can't draw", "I can't draw yet" },
  { "en", "I can't.", "I can't yet." },
  { "en", "I cannot swim!", "I cannot swim yet!" },
  { "en", "I can not sing?", "I can not sing yet?" },
  { "en", "I haven't passed the exam.", "I haven't passed the exam yet." },
  { "en", "I have not found a job;", "I have not found a job yet;" },
  { "en", "I failed to finish the race.", "I failed to finish the race yet." },
  { "en", "I'm not able to run 5 km.", "I'm not able to run 5 km yet." },
  { "en", "I couldn't fix it…", "I couldn't fix it yet…" },
  { "en", "I don't know how to swim", "I don't know how to swim yet" },
  /* Typed apostrophes, no apostrophe, small letters, capitals. */
  { "en", "I can’t draw.", "I can’t draw yet." },
  { "en", "i cant draw", "i cant draw yet" },
  { "en", "I CAN'T DRAW!", "I CAN'T DRAW YET!" },
  /* "yet" goes before what follows the struggle. */
  { "en", "I can't draw but I try.", "I can't draw yet but I try." },
  { "en", "I still can't draw.", "I still can't draw yet." },
  { "en", "I just haven't found it", "I just haven't found it yet" },
  { "en", "I can't draw and I am sad.", "I can't draw yet and I am sad." },
  { "en", "I can't draw and paint.", "I can't draw and paint yet." },
  { "en", "So far I can't run 5.5 km.", "So far I can't run 5.5 km yet." },
  { "en", "I can't run 5 km. I haven't passed the test, but I will.",
    "I can't run 5 km yet. I haven't passed the test yet, but I will." },
  { "en", "Today was hard.\nI can't draw\nI can't sing  ",
    "Today was hard.\nI can't draw yet\nI can't sing yet  " },
  { "en", "I can't say “hello”.", "I can't say “hello” yet." },
  { "en", "She said: “I can't draw”", "She said: “I can't draw yet”" },
  /* English is read in every language. */
  { "de", "I can't draw.", "I can't draw yet." },
  { "ar", "I haven't won.", "I haven't won yet." },
};

static const YetCase english_left_alone[] = {
  { "en", "I can't draw yet.", NULL },
  { "en", "Yet I can't draw.", NULL },
  { "en", "I can draw.", NULL },
  { "en", "It can't rain today.", NULL },
  { "en", "You can't win them all.", NULL },
  { "en", "She hasn't finished.", NULL },
  { "en", "Hi can't be right.", NULL },
  { "en", "I can't wait to start.", NULL },
  { "en", "I can't run anymore.", NULL },
  { "en", "I still can't believe I failed to pass.", NULL },
  { "en", "If I can't find a job I will move.", NULL },
  { "en", "I can't swim any more.", NULL },
  { "en", "I can't no longer hide it.", NULL },
  { "en", "", NULL },
  { "en", " .,;!?\n", NULL },
};

static const YetCase emoji_and_marks[] = {
  { "en", "I can't draw 😢.", "I can't draw yet 😢." },
  { "en", "I can't dance 💃🏽", "I can't dance yet 💃🏽" },
  { "en", "I can't code 👩‍💻👨‍👩‍👧!", "I can't code yet 👩‍💻👨‍👩‍👧!" },
  { "en", "I can't draw ❤️", "I can't draw yet ❤️" },
  { "en", "😀 I can't draw", "😀 I can't draw yet" },
  /* "é" written as "e" and a combining accent: "yet" goes after the accent. */
  { "en", "I can't make a cafe\xcc\x81.", "I can't make a cafe\xcc\x81 yet." },
  { "en", "I can't spell Zoe\xcc\x88 😅", "I can't spell Zoe\xcc\x88 yet 😅" },
  { "ar", "لا أَستطيعُ الرسمَ", "لا أَستطيعُ الرسمَ بعد" },
  { "ar", "لا أستطيع الرسم 😔.", "لا أستطيع الرسم بعد 😔." },
  { "de", "Ich kann nicht zeichnen 🎨", "Ich kann noch nicht zeichnen 🎨" },
  { "fr", "Je ne peux pas dessiner 🎨", "Je ne peux pas encore dessiner 🎨" },
  { "es", "🙈 No puedo dibujar", "🙈 Todavía no puedo dibujar" },
  /* Decomposed "não" and "é". */
  { "pt", "Na\xcc\x83o consigo", "Ainda na\xcc\x83o consigo" },
  { "fr", "Je n'ai pas re\xcc\x81ussi", "Je n'ai pas encore re\xcc\x81ussi" },
};

static const YetCase german[] = {
  { "de", "Ich kann nicht zeichnen", "Ich kann noch nicht zeichnen" },
  { "de", "Ich kann das nicht.", "Ich kann das noch nicht." },
  { "de", "Ich habe die Prüfung nicht geschafft.",
    "Ich habe die Prüfung noch nicht geschafft." },
  { "de", "Ich hab's nicht geschafft", "Ich hab's noch nicht geschafft" },
  { "de", "Ich schaffe das nicht!", "Ich schaffe das noch nicht!" },
  { "de", "Heute kann ich nicht laufen.", "Heute kann ich noch nicht laufen." },
  { "de", "Ich weiß nicht, wie das geht.", "Ich weiß noch nicht, wie das geht." },
  { "de", "Ich kann kein Spanisch.", "Ich kann noch kein Spanisch." },
  { "de", "ICH KANN DAS NICHT", "ICH KANN DAS NOCH NICHT" },
  { "de", "ich kann nicht schwimmen", "ich kann noch nicht schwimmen" },
  { "de", "Der Kurs ist vorbei. Ich kann nicht tanzen; ich habe die Prüfung nicht bestanden.",
    "Der Kurs ist vorbei. Ich kann noch nicht tanzen; ich habe die Prüfung noch nicht "
    "bestanden." },
  { "de_DE.UTF-8", "Ich kann das nicht.", "Ich kann das noch nicht." },
};

static const YetCase german_left_alone[] = {
  { "de", "Ich kann das noch nicht.", NULL },
  { "de", "Ich kann zeichnen.", NULL },
  { "de", "Es kann nicht regnen.", NULL },
  { "de", "Du kannst das nicht.", NULL },
  { "de", "Ich kann nicht mehr.", NULL },
  { "de", "Ich habe nicht gelogen.", NULL },
  { "de", "Ich kann tanzen und er kann nicht singen.", NULL },
  /* German is read in a German interface only. */
  { "en", "Ich kann das nicht.", NULL },
};

static const YetCase spanish[] = {
  { "es", "No puedo dibujar.", "Todavía no puedo dibujar." },
  { "es", "Hoy no puedo correr.", "Hoy todavía no puedo correr." },
  { "es", "Lo intenté, pero no he aprobado.", "Lo intenté, pero todavía no he aprobado." },
  { "es", "No sé nadar", "Todavía no sé nadar" },
  { "es", "No consigo terminar la tesis", "Todavía no consigo terminar la tesis" },
  { "es", "¡No puedo!", "¡Todavía no puedo!" },
  { "es", "Yo no lo consigo.", "Yo todavía no lo consigo." },
  { "es", "NO PUEDO", "TODAVÍA NO PUEDO" },
  { "es", "Estoy cansado. No puedo correr 5 km. no he terminado.",
    "Estoy cansado. Todavía no puedo correr 5 km. todavía no he terminado." },
  { "es_MX.UTF-8", "No soy capaz de nadar", "Todavía no soy capaz de nadar" },
};

static const YetCase spanish_left_alone[] = {
  { "es", "Todavía no puedo dibujar.", NULL },
  { "es", "Aún no sé nadar.", NULL },
  { "es", "No puede llover.", NULL },
  { "es", "No se puede.", NULL },
  { "es", "Ya no puedo.", NULL },
  { "es", "No puedo más.", NULL },
  { "es", "Puedo dibujar.", NULL },
};

static const YetCase french[] = {
  { "fr", "Je ne peux pas dessiner.", "Je ne peux pas encore dessiner." },
  { "fr", "Je n'arrive pas à courir.", "Je n'arrive pas encore à courir." },
  { "fr", "Je n’arrive pas à courir.", "Je n’arrive pas encore à courir." },
  { "fr", "Je n'ai pas réussi l'examen.", "Je n'ai pas encore réussi l'examen." },
  { "fr", "Je ne sais pas nager", "Je ne sais pas encore nager" },
  { "fr", "J'arrive pas à écrire", "J'arrive pas encore à écrire" },
  { "fr", "Je n'y arrive pas.", "Je n'y arrive pas encore." },
  { "fr", "Je ne suis pas prête.", "Je ne suis pas encore prête." },
  { "fr", "JE NE PEUX PAS", "JE NE PEUX PAS ENCORE" },
  { "fr", "C'est dur. Je ne peux pas courir, je ne sais pas nager !",
    "C'est dur. Je ne peux pas encore courir, je ne sais pas encore nager !" },
};

static const YetCase french_left_alone[] = {
  { "fr", "Je ne peux pas encore dessiner.", NULL },
  { "fr", "Il ne peut pas pleuvoir.", NULL },
  { "fr", "Tu ne peux pas gagner.", NULL },
  { "fr", "Je n'ai pas faim.", NULL },
  { "fr", "Je ne peux plus.", NULL },
  { "fr", "Je peux dessiner.", NULL },
};

static const YetCase portuguese[] = {
  { "pt_BR", "Não consigo desenhar.", "Ainda não consigo desenhar." },
  { "pt_BR", "Não posso correr", "Ainda não posso correr" },
  { "pt_BR", "Não sei nadar!", "Ainda não sei nadar!" },
  { "pt_BR", "Eu não consigo passar na prova.", "Eu ainda não consigo passar na prova." },
  { "pt_BR", "Hoje nao consegui terminar", "Hoje ainda nao consegui terminar" },
  { "pt_BR", "NÃO CONSIGO", "AINDA NÃO CONSIGO" },
  { "pt_BR.UTF-8", "Foi difícil. Não consigo correr 5 km. Não sei nadar.",
    "Foi difícil. Ainda não consigo correr 5 km. Ainda não sei nadar." },
};

static const YetCase portuguese_left_alone[] = {
  { "pt_BR", "Ainda não consigo.", NULL },
  { "pt_BR", "Ele não consegue.", NULL },
  { "pt_BR", "Já não consigo.", NULL },
  { "pt_BR", "Não consigo mais.", NULL },
  { "pt_BR", "Consigo desenhar.", NULL },
};

static const YetCase arabic[] = {
  { "ar", "لا أستطيع الرسم", "لا أستطيع الرسم بعد" },
  { "ar", "لم أستطع إنهاء السباق.", "لم أستطع إنهاء السباق بعد." },
  { "ar", "لا أقدر على الجري؟", "لا أقدر على الجري بعد؟" },
  { "ar", "لا أعرف السباحة، لكنني أتعلم.", "لا أعرف السباحة بعد، لكنني أتعلم." },
  { "ar", "أنا لا أستطيع الرسم لكنني أحاول", "أنا لا أستطيع الرسم بعد لكنني أحاول" },
  { "ar", "لا استطيع الرسم", "لا استطيع الرسم بعد" },
  { "ar", "كان يوماً صعباً. لا أستطيع الركض ٥ كم؛ لم أنجح في الامتحان.",
    "كان يوماً صعباً. لا أستطيع الركض ٥ كم بعد؛ لم أنجح في الامتحان بعد." },
};

static const YetCase arabic_left_alone[] = {
  { "ar", "لا أستطيع الرسم بعد", NULL },
  { "ar", "لم أنجح حتى الآن.", NULL },
  { "ar", "لا يستطيع الطائر الطيران.", NULL },
  { "ar", "لا تستطيع الفوز دائماً.", NULL },
  { "ar", "أستطيع الرسم.", NULL },
  { "en", "لا أستطيع الرسم", NULL },
};

/* What a caller needs to show and make one suggestion. */
static void
test_suggestion_fields (void)
{
  g_autoptr(GPtrArray) found = bounce_yet_find ("Oh. I can't draw.", "en");
  g_autoptr(GPtrArray) spanish_found = bounce_yet_find ("Bueno. No puedo.", "es");
  BounceYetSuggestion *s;

  g_assert_cmpuint (found->len, ==, 1);
  s = found->pdata[0];
  g_assert_cmpuint (s->clause_start, ==, 4);
  g_assert_cmpuint (s->clause_end, ==, 16);
  g_assert_cmpuint (s->edit_start, ==, 16);
  g_assert_cmpuint (s->edit_end, ==, 16);
  g_assert_cmpstr (s->edit_text, ==, " yet");
  g_assert_cmpstr (s->clause, ==, "I can't draw");
  g_assert_cmpstr (s->suggestion, ==, "I can't draw yet");

  /* At the start of a sentence, "No" gives its capital to "Todavía". */
  g_assert_cmpuint (spanish_found->len, ==, 1);
  s = spanish_found->pdata[0];
  g_assert_cmpuint (s->edit_start, ==, 7);
  g_assert_cmpuint (s->edit_end, ==, 9);
  g_assert_cmpstr (s->edit_text, ==, "Todavía no");
  g_assert_cmpstr (s->suggestion, ==, "Todavía no puedo");
}

static void
test_copy (void)
{
  g_autoptr(GPtrArray) found = bounce_yet_find ("Je ne sais pas nager", "fr");
  g_autoptr(BounceYetSuggestion) copy = NULL;
  BounceYetSuggestion *s;

  g_assert_cmpuint (found->len, ==, 1);
  s = found->pdata[0];
  copy = bounce_yet_suggestion_copy (s);
  g_assert_true (copy != s);
  g_assert_cmpuint (copy->clause_start, ==, s->clause_start);
  g_assert_cmpuint (copy->clause_end, ==, s->clause_end);
  g_assert_cmpuint (copy->edit_start, ==, s->edit_start);
  g_assert_cmpuint (copy->edit_end, ==, s->edit_end);
  g_assert_true (copy->edit_text != s->edit_text);
  g_assert_cmpstr (copy->edit_text, ==, " encore");
  g_assert_cmpstr (copy->clause, ==, s->clause);
  g_assert_cmpstr (copy->suggestion, ==, "Je ne sais pas encore nager");
}

static void
test_clause_end (void)
{
  const gunichar ends[] = { '.', '!', '?', ';', ',', '\n', 0x2026, 0x061F, 0x060C, 0x061B };
  const gunichar others[] = { ' ', 'a', ':', '-', '\'', 0x00BF, 0x00A1, 0x0644, 0x1F622 };

  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    g_assert_true (bounce_yet_is_clause_end (ends[i]));
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    g_assert_false (bounce_yet_is_clause_end (others[i]));
}

static void
test_pick_language (void)
{
  const char * const german_names[] = { "de_DE.UTF-8", "de_DE", "de.UTF-8", "de", "C", NULL };
  const char * const brazilian[] = { "pt_BR", "pt", "C", NULL };
  const char * const italian_then_french[] = { "it_IT", "it", "fr", "C", NULL };
  const char * const arabic_names[] = { "ar_EG.UTF-8", NULL };
  const char * const plain[] = { "C.UTF-8", "C", NULL };

  g_assert_cmpstr (bounce_yet_pick_language (german_names), ==, "de");
  g_assert_cmpstr (bounce_yet_pick_language (brazilian), ==, "pt");
  g_assert_cmpstr (bounce_yet_pick_language (italian_then_french), ==, "fr");
  g_assert_cmpstr (bounce_yet_pick_language (arabic_names), ==, "ar");
  g_assert_cmpstr (bounce_yet_pick_language (plain), ==, "en");
  g_assert_cmpstr (bounce_yet_pick_language (NULL), ==, "en");
}

/* Read near the cursor, a clause cut by either end of the excerpt is left out: what
 * was cut off could make it someone else's "can't", or one with its "yet". */
static void
test_excerpt (void)
{
  const char *text = "I can't draw. I can't sing. I can't swim";
  g_autoptr(GPtrArray) whole = bounce_yet_find_in_excerpt (text, FALSE, FALSE, "en");
  g_autoptr(GPtrArray) cut = bounce_yet_find_in_excerpt (text, TRUE, TRUE, "en");
  g_autoptr(GPtrArray) cut_before = bounce_yet_find_in_excerpt (text, TRUE, FALSE, "en");
  g_autoptr(GPtrArray) alone = bounce_yet_find_in_excerpt ("I can't swim", FALSE, FALSE, "en");
  g_autoptr(GPtrArray) none = bounce_yet_find_in_excerpt ("I can't swim", TRUE, FALSE, "en");

  g_assert_cmpuint (whole->len, ==, 3);
  assert_well_formed (text, cut);
  g_assert_cmpuint (cut->len, ==, 1);
  g_assert_cmpstr (((BounceYetSuggestion *) cut->pdata[0])->clause, ==, "I can't sing");
  g_assert_cmpuint (((BounceYetSuggestion *) cut->pdata[0])->clause_start, ==, 14);
  g_assert_cmpuint (cut_before->len, ==, 2);
  g_assert_cmpstr (((BounceYetSuggestion *) cut_before->pdata[1])->clause, ==, "I can't swim");
  g_assert_cmpuint (alone->len, ==, 1);
  g_assert_cmpuint (none->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/yet/english", CASES (english), test_cases);
  g_test_add_data_func ("/yet/english/left-alone", CASES (english_left_alone), test_cases);
  g_test_add_data_func ("/yet/emoji-and-marks", CASES (emoji_and_marks), test_cases);
  g_test_add_data_func ("/yet/german", CASES (german), test_cases);
  g_test_add_data_func ("/yet/german/left-alone", CASES (german_left_alone), test_cases);
  g_test_add_data_func ("/yet/spanish", CASES (spanish), test_cases);
  g_test_add_data_func ("/yet/spanish/left-alone", CASES (spanish_left_alone), test_cases);
  g_test_add_data_func ("/yet/french", CASES (french), test_cases);
  g_test_add_data_func ("/yet/french/left-alone", CASES (french_left_alone), test_cases);
  g_test_add_data_func ("/yet/portuguese", CASES (portuguese), test_cases);
  g_test_add_data_func ("/yet/portuguese/left-alone", CASES (portuguese_left_alone),
                        test_cases);
  g_test_add_data_func ("/yet/arabic", CASES (arabic), test_cases);
  g_test_add_data_func ("/yet/arabic/left-alone", CASES (arabic_left_alone), test_cases);
  g_test_add_func ("/yet/suggestion-fields", test_suggestion_fields);
  g_test_add_func ("/yet/copy", test_copy);
  g_test_add_func ("/yet/clause-end", test_clause_end);
  g_test_add_func ("/yet/pick-language", test_pick_language);
  g_test_add_func ("/yet/excerpt", test_excerpt);

  return g_test_run ();
}
