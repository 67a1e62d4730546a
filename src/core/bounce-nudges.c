/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-nudges.c: the catalogue of gentle reminders, and which one comes next. */
#define G_LOG_DOMAIN "bounce-nudges"

#include <glib/gi18n.h>

#include "bounce-nudges.h"

/* Each reminder serves one of the seven ideas of the mission and opens the page where the
 * person can act on it. The words go into a desktop notification: short, kind, never bossy,
 * never about what the person wrote. */
static const BounceNudge catalogue[] = {
  /* 1. Failure is not the opposite of success. */
  { "laugh-it-off", 1, "thanks",
    /* Translators: a gentle reminder shown as a desktop notification. The tone of every
     * reminder is warm and light, like a friend's note; never an order or a scolding. */
    N_("Laugh it off and try again."),
    /* Translators: the line under a reminder in a notification. */
    N_("A stumble is part of the road, not the end of it.") },
  { "lesson-on-the-way", 1, "thanks",
    /* Translators: a gentle reminder in a notification; warm, never bossy. */
    N_("A failure is a lesson on the way."),
    /* Translators: the line under a reminder in a notification. */
    N_("What did this one teach you? Two lines are enough.") },
  { "ask-the-people", 1, "paths",
    /* Translators: a gentle reminder in a notification. "The people in charge": a teacher,
     * a boss, a coach who ran the goal the person failed. */
    N_("Have you talked to the people in charge?"),
    /* Translators: the line under a reminder in a notification. */
    N_("A teacher, a boss or a coach may offer a second chance, or simply advice.") },
  { "mistakes-and-humour", 1, "thanks",
    /* Translators: a gentle reminder in a notification; light, with a smile. */
    N_("Even the best trip over their own feet."),
    /* Translators: the line under a reminder in a notification. */
    N_("Be as kind to yourself as you would be to a friend.") },

  /* 2. Grieve the lost dream, in a healthy way. */
  { "grief-takes-time", 2, "grieve",
    /* Translators: a gentle reminder in a notification; calm and patient. */
    N_("Grief takes the time it takes."),
    /* Translators: the line under a reminder in a notification. */
    N_("There is no deadline for feeling better.") },
  { "write-it-down", 2, "grieve",
    /* Translators: a gentle reminder in a notification; an invitation, not a task. */
    N_("A few words about how today feels?"),
    /* Translators: the line under a reminder in a notification. */
    N_("Writing it down helps, even a single line.") },
  { "walk-and-breathe", 2, "grieve",
    /* Translators: a gentle reminder in a notification; an invitation, not a task. */
    N_("Time for a short walk?"),
    /* Translators: the line under a reminder in a notification. */
    N_("Ten minutes outside, or a few slow breaths by the window.") },
  { "talk-to-someone", 2, "grieve",
    /* Translators: a gentle reminder in a notification; warm. */
    N_("Is there someone you could talk to today?"),
    /* Translators: the line under a reminder in a notification. */
    N_("Saying it out loud to a friend can make it lighter.") },
  { "back-pocket", 2, "paths",
    /* Translators: a gentle reminder in a notification. A "back-pocket project" is a small,
     * easy side project that keeps a person well while they grieve. */
    N_("How is your back-pocket project?"),
    /* Translators: the line under a reminder in a notification. */
    N_("Something small and easy keeps the days kind.") },

  /* 3. Redefine success and failure for yourself. */
  { "not-yet", 3, "thanks",
    /* Translators: a gentle reminder in a notification. The word "yet" carries the meaning:
     * keep it, or its closest equivalent, at the end. */
    N_("You haven't made it… yet."),
    /* Translators: the line under a reminder in a notification. */
    N_("One small word keeps the door open.") },
  { "your-definition", 3, "thanks",
    /* Translators: a gentle reminder in a notification; thoughtful. */
    N_("What does success mean to you this season?"),
    /* Translators: the line under a reminder in a notification. */
    N_("Only you get to decide, and it may change.") },
  { "seasons-change", 3, "thanks",
    /* Translators: a gentle reminder in a notification; thoughtful. */
    N_("Your goals can change as your life does."),
    /* Translators: the line under a reminder in a notification. */
    N_("What mattered then may not be what matters now.") },
  { "small-wins", 3, "thanks",
    /* Translators: a gentle reminder in a notification; encouraging. */
    N_("A small step still counts."),
    /* Translators: the line under a reminder in a notification. */
    N_("What went a little better this week?") },

  /* 4. Thank yourself for trying. */
  { "thank-yourself", 4, "thanks",
    /* Translators: a gentle reminder in a notification; warm and grateful. */
    N_("Thank yourself for trying."),
    /* Translators: the line under a reminder in a notification. */
    N_("Trying took courage, time and heart.") },
  { "treat", 4, "thanks",
    /* Translators: a gentle reminder in a notification; playful. The treat is a reward
     * the person promised themself for having tried. */
    N_("Have you had your treat yet?"),
    /* Translators: the line under a reminder in a notification. */
    N_("A nice dinner, a day off: you earned it by trying.") },
  { "what-you-learned", 4, "thanks",
    /* Translators: a gentle reminder in a notification; curious, never bossy. */
    N_("What did you learn about yourself?"),
    /* Translators: the line under a reminder in a notification. */
    N_("Not only about the subject: about you, too.") },
  { "brave-thing", 4, "thanks",
    /* Translators: a gentle reminder in a notification; warm. */
    N_("Trying was a brave thing to do."),
    /* Translators: the line under a reminder in a notification. */
    N_("Many people never start. You did.") },

  /* 5. Find a new passion or path. */
  { "new-path", 5, "paths",
    /* Translators: a gentle reminder in a notification; curious and light. */
    N_("Is there a path you haven't tried yet?"),
    /* Translators: the line under a reminder in a notification. */
    N_("Jot down one idea, however small.") },
  { "switch-projects", 5, "paths",
    /* Translators: a gentle reminder in a notification. Project A and project B are two
     * projects the person keeps going, switching when stuck. */
    N_("Stuck on one thing? Try the other for a while."),
    /* Translators: the line under a reminder in a notification. */
    N_("Switching to another project often unsticks the first.") },
  { "different-job", 5, "paths",
    /* Translators: a gentle reminder in a notification; thoughtful. */
    N_("Sometimes it's a different job, not a different dream."),
    /* Translators: the line under a reminder in a notification. */
    N_("The same wish can fit many shapes.") },
  { "next-small-step", 5, "paths",
    /* Translators: a gentle reminder in a notification; encouraging. */
    N_("What is one small next step?"),
    /* Translators: the line under a reminder in a notification. */
    N_("Something you could do in fifteen minutes.") },

  /* 6. Don't compare your progress with others. */
  { "your-own-pace", 6, "grieve",
    /* Translators: a gentle reminder in a notification; reassuring. */
    N_("You are going at your own pace."),
    /* Translators: the line under a reminder in a notification. */
    N_("Everyone carries a struggle you cannot see.") },
  { "past-self", 6, "grieve",
    /* Translators: a gentle reminder in a notification; reassuring. */
    N_("Compare yourself only with who you were."),
    /* Translators: the line under a reminder in a notification. */
    N_("Look back a month: something has moved.") },
  { "comparison-joy", 6, "grieve",
    /* Translators: a gentle reminder in a notification; reassuring. */
    N_("Other people's highlights are not your story."),
    /* Translators: the line under a reminder in a notification. */
    N_("Your road is yours alone.") },

  /* 7. Disappointment is okay, and it is a tool. */
  { "disappointed-about", 7, "paths",
    /* Translators: a gentle reminder in a notification; curious. */
    N_("What exactly are you disappointed about?"),
    /* Translators: the line under a reminder in a notification. */
    N_("Naming it is the first step to finding it elsewhere.") },
  { "what-you-wanted", 7, "paths",
    /* Translators: a gentle reminder in a notification; curious. */
    N_("What did you really want from that goal?"),
    /* Translators: the line under a reminder in a notification. */
    N_("Freedom, respect, better pay? Other paths may offer it too.") },
  { "disappointment-okay", 7, "grieve",
    /* Translators: a gentle reminder in a notification; reassuring. */
    N_("It's okay to be disappointed."),
    /* Translators: the line under a reminder in a notification. */
    N_("It shows how much it mattered to you.") },
  { "feelings-as-tools", 7, "paths",
    /* Translators: a gentle reminder in a notification; thoughtful. */
    N_("Your disappointment points somewhere."),
    /* Translators: the line under a reminder in a notification. */
    N_("Follow it to what you still want.") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (catalogue) > BOUNCE_NUDGES_REST + 2);

/**
 * bounce_nudges_get:
 * @n_nudges: (out): how many there are
 *
 * Returns: (array length=n_nudges): the whole catalogue; the words are untranslated
 */
const BounceNudge *
bounce_nudges_get (guint *n_nudges)
{
  g_return_val_if_fail (n_nudges != NULL, NULL);

  *n_nudges = G_N_ELEMENTS (catalogue);
  return catalogue;
}

/**
 * bounce_nudges_lookup:
 *
 * Returns: (nullable): the reminder with @id, or %NULL if there is none (an older or newer
 *   version's id in the log)
 */
const BounceNudge *
bounce_nudges_lookup (const char *id)
{
  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (catalogue); i++)
    if (g_str_equal (catalogue[i].id, id))
      return &catalogue[i];

  return NULL;
}

static gboolean
is_resting (const BounceNudge     *nudge,
            const BounceNudgeSent *history,
            gsize                  n_history)
{
  gsize first = n_history > BOUNCE_NUDGES_REST ? n_history - BOUNCE_NUDGES_REST : 0;

  for (gsize i = first; i < n_history; i++)
    if (g_strcmp0 (history[i].nudge_id, nudge->id) == 0)
      return TRUE;

  return FALSE;
}

/**
 * bounce_nudges_pick:
 * @history: (array length=n_history): the reminders sent, oldest first
 * @draw: a random number; the same draw on the same history picks the same reminder
 *
 * Picks the next reminder: never the one sent last, and none of the last
 * %BOUNCE_NUDGES_REST sent. A snoozed reminder is not picked here: it comes back as it was.
 *
 * Returns: (not nullable): the reminder to send
 */
const BounceNudge *
bounce_nudges_pick (const BounceNudgeSent *history,
                    gsize                  n_history,
                    guint32                draw)
{
  const BounceNudge *awake[G_N_ELEMENTS (catalogue)];
  guint n_awake = 0;

  g_return_val_if_fail (history != NULL || n_history == 0, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (catalogue); i++)
    if (!is_resting (&catalogue[i], history, n_history))
      awake[n_awake++] = &catalogue[i];

  /* The catalogue is longer than the rest, so some are always awake. */
  g_assert (n_awake > 0);
  return awake[draw % n_awake];
}
