#!/usr/bin/env python3
"""Writes the score files under scores/ (deterministic: fixed seeds).

Each file is `label<TAB>score<TAB>path`. The expected figures in
expected/ come from running shared/bench/peers/metrics.py on them; see
README.md.
"""
import random


def write(name, rows, extra=""):
    with open(f"scores/{name}.tsv", "w") as f:
        for i, (lab, s) in enumerate(rows):
            f.write(f"{lab}\t{s!r}\tmsg/{name}/{i:05d}\n")
        f.write(extra)


# Continuous, overlapping scores with many digits: 3000 ham, 1500 spam.
r = random.Random(20240601)
rows = [("ham", r.betavariate(2, 9)) for _ in range(3000)]
rows += [("spam", r.betavariate(7, 2)) for _ in range(1500)]
r.shuffle(rows)
write("continuous", rows)

# Scores rounded to one decimal: large groups of ties across classes.
r = random.Random(7)
rows = [("ham", round(min(1, max(0, r.gauss(0.25, 0.2))), 1)) for _ in range(2000)]
rows += [("spam", round(min(1, max(0, r.gauss(0.75, 0.2))), 1)) for _ in range(900)]
r.shuffle(rows)
write("ties", rows)

# Saturated scores as a naive Bayes gives them: most exactly 0.0 or 1.0,
# including spam at 0.0 and ham at 1.0, a few in between.
r = random.Random(11)
rows = []
for _ in range(2500):
    u = r.random()
    rows.append(("ham", 0.0 if u < 0.9 else 1.0 if u < 0.903 else r.random()))
for _ in range(1400):
    u = r.random()
    rows.append(("spam", 1.0 if u < 0.85 else 0.0 if u < 0.88 else r.random()))
r.shuffle(rows)
write("saturated", rows)

# Scores on a SpamAssassin-like scale (-10 .. 40, threshold 5), rounded to
# 0.1 as spamassassin reports them; ham 1000 exactly so that the 0.1% bound
# allows exactly one false positive.
r = random.Random(5)
rows = [("ham", round(r.gauss(-1.5, 2.5), 1)) for _ in range(1000)]
rows += [("spam", round(r.gauss(14, 7), 1)) for _ in range(400)]
r.shuffle(rows)
write("sa-scale", rows)

# A few lines by hand: labels 1/0 and in upper case, blanks, infinities,
# and lines metrics.py cannot parse (counted, not used).
with open("scores/small.tsv", "w") as f:
    f.write(
        "spam\t0.9\ta\n"
        "ham\t0.1\tb\n"
        " SPAM \t 0.5 \tc\n"
        "1\t1\td\n"
        "0\t0.5\te\n"
        "ham\t-inf\tf\n"
        "spam\tinf\tg\n"
        "\n"
        "   \n"
        "ham\t1_0\th\n"
        "spam 0.7\n"
        "maybe\t0.4\n"
        "ham\tnan\n"
        "ham\t0.3x\n"
        "spam\t\n"
    )

# Only spam: AUC undefined.
write("spam-only", [("spam", x / 10) for x in range(10)])

# Signed zeros: all ham at zero, the first of them -0.0, so that the oracle
# cut printed is "-0" (metrics.py keeps equal scores in input order).
write("zeros", [("spam", 0.0), ("ham", -0.0), ("ham", 0.0), ("spam", 1.0), ("ham", -0.0), ("spam", 0.5)])
