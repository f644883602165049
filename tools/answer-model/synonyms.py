"""Learns each industry's synonyms from the training questions: a visitor's word for what the
knowledge calls something else ("braces" for Invisalign at a dental office). For each answerable
question of SETS (train.py's TRAINING and the read held-out sets) whose answer some item holds, every question
term that item leaves uncovered (by its words and the written synonyms) is paired with the words of
the item's title. A pair is kept for that industry when distinct questions from more than one set
make it, when enough of the industry's questions with the word make it, and when the title word is
rare among the industry's titles and not in the titles of many industries ("consultation", "after").
Writes src/main/resources/knowledge/learned-synonyms.txt; the search uses a pair only in a workspace
of its industry (LearnedSynonyms.java). The thresholds were chosen in round 13 on held-out sets it
did not then learn from (docs/PERFORMANCE.md, round 13); it learns from them now.

Run AnswerModelData first (see README.md).

usage: python3 tools/answer-model/synonyms.py
"""
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from train import TRAINING  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')
DATA = os.path.join(ROOT, 'target', 'answer-model')
OUT = os.path.join(ROOT, 'src', 'main', 'resources', 'knowledge', 'learned-synonyms.txt')
# The model's training sets, the read held-out sets it never trains on, and four sets written for this
# table in round 14 (training-f to -i: visitors' own words for things): a pair needs questions, and
# these sets' answerable questions are as good a source as any. Held-out 19 and later are not.
SETS = TRAINING + tuple(f'heldout-{n}' for n in (5, 13, 14, 15, 16, 17, 18)) + tuple(
    f'training-{x}' for x in 'fghi')
MIN_QUESTIONS = 2   # distinct questions making the pair
MIN_SETS = 2        # from more than one set: not one writer's habit
# Sets written in one round from one brief count as one writer for MIN_SETS.
WRITTEN_TOGETHER = {f'training-{x}': 'training-f to -i' for x in 'fghi'}
MIN_SHARE = 0.1    # of the questions with the word, the share about an item titled with the other
MAX_INDUSTRIES = 4  # industries whose titles may have the title word
MAX_TITLE_SHARE = 0.15  # of an industry's titles that may have the title word


def load(name):
    with open(os.path.join(DATA, name), encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]


def learn(rows, items, sets=SETS):
    titles = collections.defaultdict(dict)
    for it in items:
        titles[it['industry']][str(it['ord'])] = set(it['title'])
    # A title word of many industries ("consultation", "after", "first") names no one thing: "teeth"
    # is no word for a law firm's free consultation.
    industries = collections.defaultdict(set)
    for it in items:
        for t in it['title']:
            industries[t].add(it['industry'])
    title_share = {}
    for industry, by_ord in titles.items():
        counts = collections.Counter(t for ts in by_ord.values() for t in ts)
        for t, c in counts.items():
            title_share[(industry, t)] = c / len(by_ord)
    asked = collections.Counter()
    pairs = collections.defaultdict(set)
    for r in rows:
        if r['set'] not in sets or r['label'] != 'answerable' or not r['answeredBy']:
            continue
        for q in set(r['terms']):
            asked[(r['industry'], q)] += 1
        uncovered = set.intersection(*(set(u) for u in r['answeredBy'].values()))
        title_words = set.union(*(titles[r['industry']][o] for o in r['answeredBy']))
        for q in uncovered:
            if re.fullmatch(r'\d+\w*', q) or len(q) < 3:
                continue
            for t in title_words:
                if t != q and title_share[(r['industry'], t)] <= MAX_TITLE_SHARE and len(industries[t]) <= MAX_INDUSTRIES:
                    pairs[(r['industry'], q, t)].add((r['set'], r['question']))
    kept = collections.defaultdict(set)
    for (industry, q, t), seen in pairs.items():
        writers = {WRITTEN_TOGETHER.get(s, s) for s, _ in seen}
        if len(seen) >= MIN_QUESTIONS and len(writers) >= MIN_SETS and len(seen) / asked[(industry, q)] >= MIN_SHARE:
            kept[(industry, q)].add(t)
    return kept


def write(kept, out):
    with open(out, 'w', encoding='utf-8') as f:
        f.write('# Learned by tools/answer-model/synonyms.py: an industry, a question term, then the title terms'
                ' it stands for there.\n')
        for industry, q in sorted(kept):
            f.write(f'{industry} {q} ' + ' '.join(sorted(kept[(industry, q)])) + '\n')
    print(f'{sum(len(v) for v in kept.values())} pairs for {len(kept)} words written to {os.path.normpath(out)}')


def main():
    write(learn(load('features.jsonl'), load('items.jsonl')), OUT)


if __name__ == '__main__':
    main()
