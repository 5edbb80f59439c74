#!/usr/bin/env bash
# Reads every batch listed in test/fixtures/real-texts/arrival-commits.txt with the extractor of the commit it
# arrived at (each commit checked out in a throwaway worktree) and writes the chosen values, with today's verifier
# features and whether each is right, to test/fixtures/real-texts/arrival-values.jsonl: the verifier's training
# set (npm run train:verify). Each text's project-name candidates, with today's name-ranker features, go to
# test/fixtures/real-texts/arrival-names.jsonl: the name ranker's training set (npm run train:names). Run it again
# after the verifier's or the ranker's features change.
#   bash test/tools/arrival-values.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
list="$root/test/fixtures/real-texts/arrival-commits.txt"
out="$root/test/fixtures/real-texts/arrival-values.jsonl"
names="$root/test/fixtures/real-texts/arrival-names.jsonl"
scratch=$(mktemp -d)
cleanup() {
  for wt in "$scratch"/wt-*; do [ -d "$wt" ] && git -C "$root" worktree remove --force "$wt" >/dev/null 2>&1; done
  rm -rf "$scratch"
}
trap cleanup EXIT
: >"$scratch/values.jsonl"
: >"$scratch/names.jsonl"
for commit in $(grep -v '^#' "$list" | awk '{print $2}' | sort -u); do
  batches=$(grep -v '^#' "$list" | awk -v c="$commit" '$2 == c {print $1}' | sort | tr '\n' ' ')
  wt="$scratch/wt-$commit"
  git -C "$root" worktree add --detach "$wt" "$commit" >/dev/null 2>&1
  ln -s "$root/node_modules" "$wt/node_modules"
  # shellcheck disable=SC2086
  (cd "$root" && node --import tsx test/tools/arrival-examples.ts "$wt" "$scratch/values.jsonl" "$scratch/names.jsonl" $batches)
done
sort "$scratch/values.jsonl" >"$out"
sort "$scratch/names.jsonl" >"$names"
echo "$(wc -l <"$out") values → ${out#"$root"/}, $(wc -l <"$names") texts' names → ${names#"$root"/}"
