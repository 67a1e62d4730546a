/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-prompts.c: the gentle writing prompts offered to a new page of the grief journal. */
#define G_LOG_DOMAIN "bounce-prompts"

#include <glib/gi18n.h>

#include "bounce-grief-entry.h"
#include "bounce-prompts.h"

/* Each prompt serves one of the seven ideas of the mission. The seven ids that pages of
 * schema version 3 were given (migration step 4) keep their meaning: "meaning",
 * "planned-future", "what-it-cost", "friend", "weighs-most", "helped-today" and "proud".
 *
 * The order is the one "Another Prompt" walks: one idea after another, so that the next
 * prompt is never about the same thing as the one before. */
static const BouncePrompt catalogue[] = {
  { "friend", 1,
    /* Translators: a writing prompt above a new page of the grief journal, after a goal
     * that mattered was lost. Every prompt is a soft, open question that invites and never
     * pushes, as a kind friend would ask it; keep it short. */
    N_("What would you say to a friend who lost this goal?") },
  { "planned-future", 2,
    /* Translators: a writing prompt for the grief journal; soft and open, never pushy. */
    N_("What do you miss most about the future you had planned?") },
  { "success-this-season", 3,
    /* Translators: a writing prompt for the grief journal; thoughtful. A "season" is a
     * period of one's life. */
    N_("What would success mean to you in this season of your life?") },
  { "proud", 4,
    /* Translators: a writing prompt for the grief journal; warm. */
    N_("What are you proud of, even though it did not work out?") },
  { "another-path", 5,
    /* Translators: a writing prompt for the grief journal; curious, with no hurry to move
     * on. */
    N_("Could another path give you some of what this goal promised?") },
  { "past-self", 6,
    /* Translators: a writing prompt for the grief journal; reassuring. The only fair
     * comparison is with one's own past self, never with others. */
    N_("How have you grown since the day you started?") },
  { "meaning", 7,
    /* Translators: a writing prompt for the grief journal; soft and open. */
    N_("What did this goal mean to you?") },

  { "lesson-on-the-way", 1,
    /* Translators: a writing prompt for the grief journal. A failure is a lesson on the
     * way, not the opposite of success; gentle, not preachy. */
    N_("If this was a lesson on the way, what did it teach you?") },
  { "weighs-most", 2,
    /* Translators: a writing prompt for the grief journal; soft and open. */
    N_("Which part of the loss weighs most today?") },
  { "not-yet", 3,
    /* Translators: a writing prompt for the grief journal. The word "yet" carries the
     * meaning: the door stays open. Keep it, or its closest equivalent, in the quote. */
    N_("Finish this sentence in your own way: “I haven’t … yet.”") },
  { "learned-about-yourself", 4,
    /* Translators: a writing prompt for the grief journal; curious and warm. */
    N_("What did trying teach you about yourself?") },
  { "curious-lately", 5,
    /* Translators: a writing prompt for the grief journal; light and curious. */
    N_("What has caught your curiosity lately, however small?") },
  { "own-pace", 6,
    /* Translators: a writing prompt for the grief journal; reassuring. It is about not
     * comparing oneself with others. */
    N_("What would change if you measured yourself only against who you were?") },
  { "disappointed-about", 7,
    /* Translators: a writing prompt for the grief journal; curious, never blaming. It asks
     * which parts of the goal the disappointment is really about. */
    N_("What exactly are you disappointed about?") },

  { "smile-about", 1,
    /* Translators: a writing prompt for the grief journal; light, with a smile, never
     * making fun of the loss. */
    N_("Is there a part of it you can smile about now, even a little?") },
  { "what-it-cost", 2,
    /* Translators: a writing prompt for the grief journal; soft and open. It does not
     * say what the goal cost (time, money…): each person says it for themself. */
    N_("What did it cost you?") },
  { "thank-yourself", 4,
    /* Translators: a writing prompt for the grief journal; warm and grateful. */
    N_("What would you like to thank yourself for?") },
  { "wanted-from-it", 7,
    /* Translators: a writing prompt for the grief journal; curious. */
    N_("What did you hope this goal would give you?") },

  { "people-in-charge", 1,
    /* Translators: a writing prompt for the grief journal. "In charge of the goal": a
     * teacher, a boss, a coach, who might offer a second chance or advice. */
    N_("Who was in charge of this goal, and what would you like to ask them?") },
  { "helped-today", 2,
    /* Translators: a writing prompt for the grief journal; gentle, about healthy ways of
     * getting through a day. */
    N_("What helped you a little today?") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (catalogue) > BOUNCE_PROMPTS_REST + 1);

/* What a prompt's idea is called above it, as the mission numbers them. */
static const char * const idea_titles[] = {
  NULL,
  /* Translators: the idea a writing prompt comes from, shown small above it. The seven
   * ideas of the app, each a short phrase. This one: a failure is a lesson on the way. */
  N_("Failure is not the opposite of success"),
  /* Translators: the idea a writing prompt comes from: grieving the lost goal, in a
   * healthy way, for as long as it takes. */
  N_("Grieve in your own time"),
  /* Translators: the idea a writing prompt comes from: only you define success and
   * failure, and the definition may change. */
  N_("Your own definition of success"),
  /* Translators: the idea a writing prompt comes from: trying was brave, and worth
   * thanking yourself for. */
  N_("Thank yourself for trying"),
  /* Translators: the idea a writing prompt comes from: another passion or path. */
  N_("A new path"),
  /* Translators: the idea a writing prompt comes from: comparing only with your own past
   * self, never with others. */
  N_("Your own pace"),
  /* Translators: the idea a writing prompt comes from: disappointment is okay, and it
   * points to what you still want. */
  N_("Disappointment as a guide"),
};

/**
 * bounce_prompts_get:
 * @n_prompts: (out): how many there are
 *
 * Returns: (array length=n_prompts): the whole catalogue; the words are untranslated
 */
const BouncePrompt *
bounce_prompts_get (guint *n_prompts)
{
  g_return_val_if_fail (n_prompts != NULL, NULL);

  *n_prompts = G_N_ELEMENTS (catalogue);
  return catalogue;
}

/**
 * bounce_prompts_lookup:
 * @id: (nullable): a prompt's id, as a page keeps it
 *
 * Returns: (nullable): the prompt with @id, or %NULL for "" (a page written without one)
 *   and for an id the catalogue does not know (from a newer version)
 */
const BouncePrompt *
bounce_prompts_lookup (const char *id)
{
  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (catalogue); i++)
    if (g_str_equal (catalogue[i].id, id))
      return &catalogue[i];

  return NULL;
}

/**
 * bounce_prompts_idea_title:
 * @idea: 1 to 7
 *
 * Returns: (nullable): the name of the idea, untranslated, or %NULL for no idea
 */
const char *
bounce_prompts_idea_title (int idea)
{
  g_return_val_if_fail (idea >= 0 && idea < (int) G_N_ELEMENTS (idea_titles), NULL);

  return idea_titles[idea];
}

/**
 * bounce_prompts_dup_recent:
 * @entries: the pages of the grief journal, newest first (bounce_journal_get_records())
 * @except: (nullable): a page to leave out (the new one, if already in @entries)
 *
 * Returns: (transfer full): the prompts of the newest %BOUNCE_PROMPTS_REST pages
 *   besides @except, as bounce_prompts_pick() wants them; pages written without a
 *   prompt count as pages, and give none
 */
char **
bounce_prompts_dup_recent (GListModel *entries,
                           gpointer    except)
{
  g_autoptr(GStrvBuilder) recent = g_strv_builder_new ();
  guint n, counted = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (entries), NULL);

  n = g_list_model_get_n_items (entries);
  for (guint i = 0; i < n && counted < BOUNCE_PROMPTS_REST; i++)
    {
      g_autoptr(GObject) entry = g_list_model_get_item (entries, i);
      g_autofree char *prompt = NULL;

      if (entry == except || !BOUNCE_IS_GRIEF_ENTRY (entry))
        continue;

      counted++;
      g_object_get (entry, "prompt", &prompt, NULL);
      if (prompt != NULL && *prompt != '\0')
        g_strv_builder_add (recent, prompt);
    }

  return g_strv_builder_end (recent);
}

static gboolean
is_recent (const BouncePrompt *prompt,
           const char * const *recent)
{
  return recent != NULL && g_strv_contains (recent, prompt->id);
}

/**
 * bounce_prompts_pick:
 * @recent: (nullable) (array zero-terminated=1): the prompts of the newest pages
 *   (bounce_prompts_dup_recent())
 * @draw: a random number; the same draw with the same @recent picks the same prompt
 *
 * Picks the prompt a new page is offered: one that none of the newest pages had.
 *
 * Returns: (not nullable): the prompt
 */
const BouncePrompt *
bounce_prompts_pick (const char * const *recent,
                     guint32             draw)
{
  const BouncePrompt *fresh[G_N_ELEMENTS (catalogue)];
  guint n_fresh = 0;

  for (guint i = 0; i < G_N_ELEMENTS (catalogue); i++)
    if (!is_recent (&catalogue[i], recent))
      fresh[n_fresh++] = &catalogue[i];

  /* Only a longer @recent than any journal gives could leave none. */
  if (n_fresh == 0)
    return &catalogue[draw % G_N_ELEMENTS (catalogue)];

  return fresh[draw % n_fresh];
}

/**
 * bounce_prompts_another:
 * @current: (nullable): the id of the prompt on show, or "" for none
 *
 * The prompt after @current in the catalogue, going round: asked again and again, it
 * offers every prompt once before the first comes back, each about another idea than
 * the one before.
 *
 * Returns: (not nullable): a prompt other than @current
 */
const BouncePrompt *
bounce_prompts_another (const char *current)
{
  const BouncePrompt *prompt = bounce_prompts_lookup (current);

  if (prompt == NULL)
    return &catalogue[0];

  return &catalogue[(prompt - catalogue + 1) % G_N_ELEMENTS (catalogue)];
}
