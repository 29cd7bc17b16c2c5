#include "english.h"

#include <stdlib.h>
#include <string.h>

/* Irregular verbs news uses: base, past, past participle.  Sorted by
 * base for bsearch (checked by the unit tests through hr_verb_forms). */
static const char *const IRREGULAR[][3] = {
    { "ARISE", "AROSE", "ARISEN" },     { "BE", "WAS", "BEEN" },
    { "BEAR", "BORE", "BORNE" },        { "BEAT", "BEAT", "BEATEN" },
    { "BECOME", "BECAME", "BECOME" },   { "BEGIN", "BEGAN", "BEGUN" },
    { "BEND", "BENT", "BENT" },         { "BET", "BET", "BET" },
    { "BID", "BID", "BID" },            { "BIND", "BOUND", "BOUND" },
    { "BITE", "BIT", "BITTEN" },        { "BLOW", "BLEW", "BLOWN" },
    { "BREAK", "BROKE", "BROKEN" },     { "BRING", "BROUGHT", "BROUGHT" },
    { "BROADCAST", "BROADCAST", "BROADCAST" }, { "BUILD", "BUILT", "BUILT" },
    { "BURN", "BURNED", "BURNT" },      { "BURST", "BURST", "BURST" },
    { "BUY", "BOUGHT", "BOUGHT" },      { "CAST", "CAST", "CAST" },
    { "CATCH", "CAUGHT", "CAUGHT" },    { "CHOOSE", "CHOSE", "CHOSEN" },
    { "COME", "CAME", "COME" },         { "COST", "COST", "COST" },
    { "CUT", "CUT", "CUT" },            { "DEAL", "DEALT", "DEALT" },
    { "DIG", "DUG", "DUG" },            { "DO", "DID", "DONE" },
    { "DRAW", "DREW", "DRAWN" },        { "DRINK", "DRANK", "DRUNK" },
    { "DRIVE", "DROVE", "DRIVEN" },     { "EAT", "ATE", "EATEN" },
    { "FALL", "FELL", "FALLEN" },       { "FEED", "FED", "FED" },
    { "FEEL", "FELT", "FELT" },         { "FIGHT", "FOUGHT", "FOUGHT" },
    { "FIND", "FOUND", "FOUND" },       { "FLEE", "FLED", "FLED" },
    { "FLY", "FLEW", "FLOWN" },         { "FORBID", "FORBADE", "FORBIDDEN" },
    { "FORECAST", "FORECAST", "FORECAST" }, { "FORESEE", "FORESAW", "FORESEEN" },
    { "FORGET", "FORGOT", "FORGOTTEN" }, { "FORGIVE", "FORGAVE", "FORGIVEN" },
    { "FREEZE", "FROZE", "FROZEN" },    { "GET", "GOT", "GOTTEN" },
    { "GIVE", "GAVE", "GIVEN" },        { "GO", "WENT", "GONE" },
    { "GROW", "GREW", "GROWN" },        { "HANG", "HUNG", "HUNG" },
    { "HAVE", "HAD", "HAD" },           { "HEAR", "HEARD", "HEARD" },
    { "HIDE", "HID", "HIDDEN" },        { "HIT", "HIT", "HIT" },
    { "HOLD", "HELD", "HELD" },         { "HURT", "HURT", "HURT" },
    { "KEEP", "KEPT", "KEPT" },         { "KNOW", "KNEW", "KNOWN" },
    { "LAY", "LAID", "LAID" },          { "LEAD", "LED", "LED" },
    { "LEAVE", "LEFT", "LEFT" },        { "LEND", "LENT", "LENT" },
    { "LET", "LET", "LET" },            { "LIE", "LAY", "LAIN" },
    { "LOSE", "LOST", "LOST" },         { "MAKE", "MADE", "MADE" },
    { "MEAN", "MEANT", "MEANT" },       { "MEET", "MET", "MET" },
    { "MISLEAD", "MISLED", "MISLED" },  { "OUTDO", "OUTDID", "OUTDONE" },
    { "OVERCOME", "OVERCAME", "OVERCOME" }, { "OVERRIDE", "OVERRODE", "OVERRIDDEN" },
    { "OVERRUN", "OVERRAN", "OVERRUN" }, { "OVERSEE", "OVERSAW", "OVERSEEN" },
    { "OVERTAKE", "OVERTOOK", "OVERTAKEN" }, { "OVERTHROW", "OVERTHREW", "OVERTHROWN" },
    { "PAY", "PAID", "PAID" },          { "PUT", "PUT", "PUT" },
    { "QUIT", "QUIT", "QUIT" },         { "READ", "READ", "READ" },
    { "REBUILD", "REBUILT", "REBUILT" }, { "RESELL", "RESOLD", "RESOLD" },
    { "RETAKE", "RETOOK", "RETAKEN" },  { "RIDE", "RODE", "RIDDEN" },
    { "RING", "RANG", "RUNG" },         { "RISE", "ROSE", "RISEN" },
    { "RUN", "RAN", "RUN" },            { "SAY", "SAID", "SAID" },
    { "SEE", "SAW", "SEEN" },           { "SEEK", "SOUGHT", "SOUGHT" },
    { "SELL", "SOLD", "SOLD" },         { "SEND", "SENT", "SENT" },
    { "SET", "SET", "SET" },            { "SHAKE", "SHOOK", "SHAKEN" },
    { "SHED", "SHED", "SHED" },         { "SHOOT", "SHOT", "SHOT" },
    { "SHOW", "SHOWED", "SHOWN" },      { "SHUT", "SHUT", "SHUT" },
    { "SINK", "SANK", "SUNK" },         { "SLAY", "SLEW", "SLAIN" },
    { "SPEAK", "SPOKE", "SPOKEN" },     { "SPEND", "SPENT", "SPENT" },
    { "SPLIT", "SPLIT", "SPLIT" },      { "SPREAD", "SPREAD", "SPREAD" },
    { "STAND", "STOOD", "STOOD" },      { "STEAL", "STOLE", "STOLEN" },
    { "STICK", "STUCK", "STUCK" },      { "STRIKE", "STRUCK", "STRUCK" },
    { "STRIVE", "STROVE", "STRIVEN" },  { "SWEAR", "SWORE", "SWORN" },
    { "SWEEP", "SWEPT", "SWEPT" },      { "TAKE", "TOOK", "TAKEN" },
    { "TEACH", "TAUGHT", "TAUGHT" },    { "TEAR", "TORE", "TORN" },
    { "TELL", "TOLD", "TOLD" },         { "THINK", "THOUGHT", "THOUGHT" },
    { "THROW", "THREW", "THROWN" },     { "UNDERGO", "UNDERWENT", "UNDERGONE" },
    { "UNDERSTAND", "UNDERSTOOD", "UNDERSTOOD" }, { "UNDERTAKE", "UNDERTOOK", "UNDERTAKEN" },
    { "UPHOLD", "UPHELD", "UPHELD" },   { "UPSET", "UPSET", "UPSET" },
    { "WAGE", "WAGED", "WAGED" },       { "WAKE", "WOKE", "WOKEN" },
    { "WEAR", "WORE", "WORN" },         { "WIN", "WON", "WON" },
    { "WITHDRAW", "WITHDREW", "WITHDRAWN" }, { "WITHHOLD", "WITHHELD", "WITHHELD" },
    { "WITHSTAND", "WITHSTOOD", "WITHSTOOD" }, { "WRITE", "WROTE", "WRITTEN" },
};

/* Verbs of more than one syllable that double their last consonant. */
static const char *const DOUBLING[] = { "ABET", "ADMIT", "COMMIT", "COMPEL", "CONTROL", "DETER",
                                        "EMBED", "EQUIP", "EXPEL", "IMPEL", "OCCUR", "PATROL",
                                        "PERMIT", "PREFER", "PROPEL", "REBEL", "RECUR",
                                        "REFER", "REGRET", "REPEL", "SUBMIT", "TRANSFER",
                                        "TRANSMIT", "UNDERPIN", "UPSET" };

static int vowel(char c) { return c && strchr("AEIOU", c) != NULL; }

static int cmp_base(const void *key, const void *row)
{
    return strcmp(key, ((const char *const *)row)[0]);
}

/* Whether the past doubles the final consonant: "BAN" -> "BANNED". */
static int doubles(const char *w, size_t n)
{
    if (n < 3 || vowel(w[n - 1]) || strchr("WXY", w[n - 1]) || !vowel(w[n - 2]) || vowel(w[n - 3]))
        return 0;
    for (size_t i = 0; i < sizeof DOUBLING / sizeof *DOUBLING; i++)
        if (strlen(DOUBLING[i]) == n && memcmp(DOUBLING[i], w, n) == 0) return 1;
    /* One syllable: the only vowel is the one before the consonant. */
    for (size_t i = 0; i + 2 < n; i++)
        if (vowel(w[i])) return 0;
    return 1;
}

static void add(char forms[4][HR_FORM_MAX], int *count, const char *a, size_t an, const char *b)
{
    char f[HR_FORM_MAX];
    size_t bn = strlen(b);
    if (an + bn >= HR_FORM_MAX) return;
    memcpy(f, a, an);
    memcpy(f + an, b, bn + 1);
    for (int i = 0; i < *count; i++)
        if (strcmp(forms[i], f) == 0) return;
    memcpy(forms[(*count)++], f, an + bn + 1);
}

int hr_verb_forms(const char *w, size_t n, char forms[4][HR_FORM_MAX])
{
    int count = 0;
    if (!n || n + 4 >= HR_FORM_MAX) return 0;
    char base[HR_FORM_MAX];
    memcpy(base, w, n);
    base[n] = '\0';
    int y_after_consonant = w[n - 1] == 'Y' && n > 1 && !vowel(w[n - 2]);
    int sibilant = w[n - 1] == 'S' || w[n - 1] == 'X' || w[n - 1] == 'Z' ||
                   (n > 1 && w[n - 1] == 'H' && (w[n - 2] == 'C' || w[n - 2] == 'S'));
    /* third person */
    if (y_after_consonant) add(forms, &count, w, n - 1, "IES");
    else if (sibilant || (n == 2 && w[1] == 'O')) add(forms, &count, w, n, "ES");
    else add(forms, &count, w, n, "S");
    /* past and participle */
    const char *const *irr = bsearch(base, IRREGULAR, sizeof IRREGULAR / sizeof *IRREGULAR,
                                     sizeof *IRREGULAR, cmp_base);
    int dbl = doubles(w, n);
    if (irr) {
        add(forms, &count, irr[1], strlen(irr[1]), "");
        add(forms, &count, irr[2], strlen(irr[2]), "");
    } else if (w[n - 1] == 'E') {
        add(forms, &count, w, n, "D");
    } else if (y_after_consonant) {
        add(forms, &count, w, n - 1, "IED");
    } else if (dbl) {
        char d[2] = { w[n - 1], '\0' };
        char stem[HR_FORM_MAX];
        memcpy(stem, w, n);
        memcpy(stem + n, d, 2);
        add(forms, &count, stem, n + 1, "ED");
    } else {
        add(forms, &count, w, n, "ED");
    }
    /* -ing */
    if (n > 2 && w[n - 1] == 'E' && w[n - 2] == 'I') add(forms, &count, w, n - 2, "YING");
    else if (n > 2 && w[n - 1] == 'E' && w[n - 2] != 'E') add(forms, &count, w, n - 1, "ING");
    else if (dbl) {
        char stem[HR_FORM_MAX];
        memcpy(stem, w, n);
        stem[n] = w[n - 1];
        add(forms, &count, stem, n + 1, "ING");
    } else add(forms, &count, w, n, "ING");
    return count;
}
