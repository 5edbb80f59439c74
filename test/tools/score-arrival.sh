#!/usr/bin/env bash
# Scores a newly labelled batch of real texts on arrival, before anything is changed for it: the batch folder
# (texts/<slug>.txt, real-<slug>.truth.json, INDEX.md) is copied to a scratch folder, set as PDFs, and scored with
# the extractor as it stands (HEAD) and, if a commit is given, with the extractor at that commit too (for
# instance the one a session started from), in a throwaway worktree.
#
# usage: bash test/tools/score-arrival.sh <labelled folder> [commit]
# Then copy the folder into test/fixtures/real-texts/batch-<name>, run test/tools/real-text-pdfs.mjs on it, and
# record the on-arrival figures in test/fixtures/real-texts/README.md.
set -euo pipefail
src=${1:?usage: score-arrival.sh <labelled folder> [commit]}
commit=${2:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"; [ -n "${wt:-}" ] && git -C "$root" worktree remove --force "$wt" >/dev/null 2>&1 || true' EXIT
mkdir -p "$scratch/batch"
cp -r "$src/texts" "$scratch/batch/"
cp "$src"/*.truth.json "$scratch/batch/"
node "$root/test/tools/real-text-pdfs.mjs" "$scratch/batch"
echo "== extractor at HEAD ($(git -C "$root" rev-parse --short HEAD))"
(cd "$root" && node --import tsx test/tools/score-dir.ts "$scratch/batch")
if [ -n "$commit" ]; then
  wt="$scratch/worktree"
  git -C "$root" worktree add --detach "$wt" "$commit" >/dev/null 2>&1
  ln -s "$root/node_modules" "$wt/node_modules"
  echo "== extractor at $commit"
  (cd "$wt" && node --import tsx test/tools/score-dir.ts "$scratch/batch")
fi
