#!/usr/bin/env python3
"""synset-stems - which unrelated words the members of the verb
dictionary's synonym sets (data/verbs/*.txt, "&name = a | b | c") match.

A pattern word of four letters or more matches every word it is a prefix
of, so a set member meant as one word also matches words of another
meaning ("deal" matches "dealers", "import" matches "importance").  This
tool counts the words of a corpus of news text and lists, for each
member, the most frequent words it would match that are not its
inflections (-s, -es, -ed, -d, -ing, a doubled consonant) nor matched by
a longer member of the same set ("agreement" beside "agree"): the list
to review when a set codes events it should not.  A member marked exact
("press!", docs/DICTIONARIES.md) matches no longer word and is not
listed.

Usage:
    tools/synset-stems.py                      # corpus: ../shared/corpora/*.jsonl
    tools/synset-stems.py [-n TOP] [-m MIN] [--all | --patterns] [FILE.jsonl ...]

    -n TOP   words shown per member (default 6)
    -m MIN   hide members whose non-inflected matches occur fewer than MIN
             times in all (default 20)
    --all    also check the words of multi-word members ("free trade")
    --patterns  check the words of pattern lines ("- * the bill => 120")
             instead of set members

Input: JSON lines with a "text" field.  Without a corpus (no argument and
no ../shared/corpora next to the repository) the tool says so and exits
0.  Output, members with the most unrelated matches first:

    deal  (&deal 01-05.txt:44, &treaty 14-17.txt:111): dealers 1200, ...

A member that is no word itself (a stem such as "negotiat") is marked
"(stem)": its derived words are usually meant.  Nothing of the corpus is
written anywhere but to standard output.
"""
import collections
import glob
import json
import os
import re
import signal
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CORPORA = os.path.join(REPO, "..", "shared", "corpora", "*.jsonl")
WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
INFLECTIONS = ("s", "es", "ed", "d", "ing", "'s")


def synset_members(paths):
    """(file:line, &name, member) for every member of every set."""
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                line = line.split("#", 1)[0]
                if not line.startswith("&") or "=" not in line:
                    continue
                name, members = line.split("=", 1)
                where = "%s:%d" % (os.path.relpath(path, REPO), lineno)
                for member in members.split("|"):
                    member = member.strip().lower()
                    if member and not member.startswith("&"):
                        yield where, name.strip(), member


def pattern_words(paths):
    """(file:line, "-", word) for the words of every pattern line: each
    pattern line is taken as a set of its own, with its words as members."""
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                line = line.split("#", 1)[0].strip()
                if not line.startswith("-") or "=>" not in line:
                    continue
                where = "%s:%d" % (os.path.relpath(path, REPO), lineno)
                for word in line[1:].split("=>", 1)[0].replace("_", " ").lower().split():
                    if word[0].isalpha():
                        yield where, "-", word


def count_words(corpora):
    counts = collections.Counter()
    for path in corpora:
        with open(path, encoding="utf-8") as f:
            for line in f:
                text = json.loads(line).get("text") or ""
                counts.update(WORD.findall(text.lower().replace("\u2019", "'")))
    return counts


def is_inflection(stem, word):
    suffix = word[len(stem):]
    if suffix in INFLECTIONS:
        return True
    # a doubled consonant: "ban" -> "banned", "admit" -> "admitting"
    return len(suffix) > 2 and suffix[0] == stem[-1] and suffix[1:] in ("ed", "ing")


def by_prefix(counts):
    """Words by their first four letters, so a stem scans only its own."""
    index = collections.defaultdict(list)
    for word, n in counts.items():
        if len(word) > 4:
            index[word[:4]].append((word, n))
    return index


def matches(word, text_word):
    """Whether a dictionary word matches a word of the text: itself, a
    word it is the stem of (four letters or more), or its singular."""
    return (text_word == word or (len(word) >= 4 and text_word.startswith(word))
            or (len(text_word) >= 4 and text_word + "s" == word))


def unrelated_matches(stem, siblings, index):
    """The words `stem` matches as a prefix that are no inflection of it
    and that no longer member of its set (`siblings`) matches."""
    if len(stem) < 4 or stem.endswith("!"):
        return []
    longer = [s for s in siblings if len(s) > len(stem)]
    hits = [(n, w) for w, n in index.get(stem[:4], ())
            if len(w) > len(stem) and w.startswith(stem) and not is_inflection(stem, w)
            and not any(matches(s, w) for s in longer)]
    return sorted(hits, reverse=True)


def unrelated_rows(groups, index, top, minimum, all_words):
    """{(stem, its unrelated words): [the sets naming it]} for the stems
    whose unrelated words occur `minimum` times or more."""
    rows = collections.defaultdict(list)
    for (name, where), members in groups.items():
        siblings = [m for m in members if " " not in m]
        for member in members:
            words = member.split()
            for stem in words if all_words or len(words) == 1 else []:
                hits = tuple(unrelated_matches(stem, siblings, index)[:top])
                if sum(n for n, _ in hits) >= minimum:
                    rows[(stem, hits)].append("%s %s" % (name, where.replace("data/verbs/", "")))
    return rows


def print_rows(rows, counts):
    """The stems with the most unrelated matches first."""
    for (stem, hits), where in sorted(rows.items(), key=lambda r: -sum(n for n, _ in r[0][1])):
        where = sorted(set(where))
        if len(where) > 4:
            where = where[:4] + ["%d more" % (len(where) - 4)]
        print("%s%s  (%s): %s" % (stem, " (stem)" if counts[stem] == 0 else "", ", ".join(where),
                                 ", ".join("%s %d" % (w, n) for n, w in hits)))


def main(argv):
    top, minimum, all_words, corpora = 6, 20, False, []
    source = synset_members
    args = iter(argv)
    for a in args:
        if a == "-n":
            top = int(next(args))
        elif a == "-m":
            minimum = int(next(args))
        elif a == "--all":
            all_words = True
        elif a == "--patterns":
            source = pattern_words
        elif a.startswith("-"):
            sys.exit(__doc__)
        else:
            corpora.append(a)
    corpora = corpora or sorted(glob.glob(DEFAULT_CORPORA))
    if not corpora:
        print("synset-stems: no corpus (../shared/corpora/*.jsonl absent); skipped")
        return 0
    counts = count_words(corpora)
    dicts = sorted(glob.glob(os.path.join(REPO, "data", "verbs", "*.txt")))
    groups = collections.defaultdict(list)      # (&name or "-", file:line) -> members
    for where, name, member in source(dicts):
        groups[(name, where)].append(member)
    print_rows(unrelated_rows(groups, by_prefix(counts), top, minimum, all_words), counts)
    return 0


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)   # quiet when piped into head
    sys.exit(main(sys.argv[1:]))
