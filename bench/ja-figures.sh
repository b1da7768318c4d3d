#!/usr/bin/env bash
# ja-figures.sh measures what the README reports on Japanese mail: the
# starter model (what make run trains) on the held-out Japanese sets, and the
# Japanese tokenization modes compared. Run it from anywhere after make build
# and make corpus; it needs ../shared beside the repository for ja-dev and the
# SpamAssassin split. It prints each eval's summary under a heading.
#
#   bench/ja-figures.sh                 everything (a few minutes)
#   bench/ja-figures.sh starter         the starter model on the held-out sets
#   bench/ja-figures.sh tokens          the tokenization table
set -euo pipefail
cd "$(dirname "$0")/.."
top=$PWD
bin=${MIZUGIWA:-$top/bin/mizugiwa}
shared=${SHARED:-$top/../shared}
corpus=${CORPUS:-${MIZUGIWA_CORPUS:-${XDG_CACHE_HOME:-$HOME/.cache}/mizugiwa/corpus/spamassassin}}
what=${1:-all}

for need in "$bin" "$shared/corpus/ja-dev/labels.tsv" "$shared/bench/split-sa-train.txt" "$corpus/data"; do
	[ -e "$need" ] || { echo "ja-figures: $need not found (make build corpus; ../shared beside the repository)" >&2; exit 1; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# dirs LABEL DIR... prints "LABEL ABSPATH" for every message in the DIRs.
dirs() {
	local label=$1 d f
	shift
	for d; do
		for f in "$top/$d"/*.eml; do echo "$label $f"; done
	done
}
# starter_ja DIR... prints the Japanese starter sets named, both classes.
starter_ja() {
	local d
	for d; do dirs spam "corpus/starter/$d/spam"; dirs ham "corpus/starter/$d/ham"; done
}
sa_all() {
	awk -v r="$corpus" '{print $1, r "/" $2}' "$shared/bench/split-sa-train.txt" "$shared/bench/split-sa-test.txt"
}
# run TITLE ARGS... runs mizugiwa eval and keeps the lines that say how well.
run() {
	local title=$1
	shift
	echo "== $title"
	"$bin" eval --root "" "$@" 2>&1 | grep -E '^(AUC|default threshold|ORACLE)' | sed 's/^/   /'
}

jadev=$shared/corpus/ja-dev/labels.tsv
hold() { echo "$top/bench/testdata/$1/labels.tsv"; }

if [ "$what" = all ] || [ "$what" = starter ]; then
	{ sa_all; starter_ja ja ja-more ja-more-2 ja-more-3 ja-more-4 ja-more-5 ja-more-6; } >"$tmp/starter.txt"
	{ sa_all; starter_ja ja ja-more ja-more-2 ja-more-3 ja-more-4; } >"$tmp/starter-no-more56.txt"
	{ sa_all; starter_ja ja ja-more ja-more-2; } >"$tmp/starter-no-more3456.txt"
	{ sa_all; starter_ja ja; } >"$tmp/starter-ja-dev-only.txt"
	for h in ja-holdout-5 ja-holdout-4 ja-holdout-3 ja-holdout-2 ja-holdout; do
		run "starter model, whole engine, on $h" --train "$tmp/starter.txt" --test "$(hold $h)"
	done
	for h in ja-holdout-4 ja-holdout-3; do
		run "starter without ja-more-5 and ja-more-6, on $h" --train "$tmp/starter-no-more56.txt" --test "$(hold $h)"
		run "starter without ja-more-3 to ja-more-6, on $h" --train "$tmp/starter-no-more3456.txt" --test "$(hold $h)"
		run "starter with ja-dev as the only Japanese, on $h" --train "$tmp/starter-ja-dev-only.txt" --test "$(hold $h)"
	done
fi

if [ "$what" = all ] || [ "$what" = tokens ]; then
	{ sed 's/\t/ /' "$jadev" | awk -v r="$shared/corpus/ja-dev" '{print $2, r "/" $1}'; starter_ja ja-more ja-more-2 ja-more-3 ja-more-4 ja-more-5 ja-more-6; } >"$tmp/ja-all.txt"
	{ sa_all; starter_ja ja ja-more ja-more-2 ja-more-3 ja-more-4 ja-more-5 ja-more-6; } >"$tmp/starter.txt"
	for mode in morph whole bigram both; do
		run "$mode: Bayes alone, ja-dev 10-fold CV" --list "$jadev" --folds 10 --scorers bayes --japanese $mode
		run "$mode: Bayes alone, trained on ja-dev, on ja-holdout" --train "$jadev" --test "$(hold ja-holdout)" --scorers bayes --japanese $mode
		run "$mode: Bayes alone, trained on ja-dev, on ja-holdout-2" --train "$jadev" --test "$(hold ja-holdout-2)" --scorers bayes --japanese $mode
		run "$mode: Bayes alone, all 986 Japanese starter messages, 10-fold CV" --list "$tmp/ja-all.txt" --folds 10 --scorers bayes --japanese $mode
		for h in ja-holdout-3 ja-holdout-4 ja-holdout-5; do
			run "$mode: whole engine, starter model, on $h" --train "$tmp/starter.txt" --test "$(hold $h)" --japanese $mode
		done
	done
fi
