#!/usr/bin/env bash
# Prints what each Jenkins plugin bundles and its size, counted as docs/benchmarks.md counts it:
# the bundled jars (hpi.bundledArtifacts of the plugin's pom) as they are in the local Maven
# repository, at the versions of the reactor's dependency trees, plus the plugin's own jar (the
# steps plugin: the core's jar; the embeddings plugin: ONNX Runtime and the tokenizer unpacked
# without the natives of other platforms, as hpi/embeddings/pom.xml does it).
#
# Usage: ./mvnw -B -o -q -pl cloudops-jenkins -am package -DskipTests && tools/plugin-sizes.sh
# Needs: the two dependency trees and the core's jar that build writes; unzip and zip.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
repo="${MAVEN_REPO:-$HOME/.m2/repository}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }

# the jar of group:artifact at the version the tree resolves it to
jar_of() {
  local tree="$1" artifact="$2" line group version
  line=$(grep -oE "[^ (]+:${artifact}:jar:[^: ]+:(compile|runtime)" "$tree" | head -n 1)
  [ -n "$line" ] || { echo "not in $tree: $artifact" >&2; exit 1; }
  group=$(cut -d: -f1 <<<"$line")
  version=$(cut -d: -f4 <<<"$line")
  echo "$repo/${group//.//}/$artifact/$version/$artifact-$version.jar"
}

bundled() {
  sed -n 's:.*<hpi.bundledArtifacts>\(.*\)</hpi.bundledArtifacts>.*:\1:p' "$1" | tr ',' ' '
}

# plugin name, its pom, the tree to read versions from, its own jar
report() {
  local name="$1" pom="$2" tree="$3" own="$4" total jar size
  total=$(stat -c %s "$own")
  printf '%s\n  %-45s %s\n' "$name" "(own jar)" "$(mb "$total")"
  for artifact in $(bundled "$pom"); do
    [ "$artifact" = cloudops-core ] && continue
    jar=$(jar_of "$tree" "$artifact")
    size=$(stat -c %s "$jar")
    total=$((total + size))
    printf '  %-45s %s\n' "$artifact" "$(mb "$size")"
  done
  printf '  %-45s %s\n' "total" "$(mb "$total")"
}

report "steps plugin (cloudops)" "$root/cloudops-jenkins/hpi/pom.xml" \
  "$root/cloudops-jenkins/target/dependency-tree.txt" \
  "$(ls "$root"/cloudops-core/target/cloudops-core-*.jar | grep -v -- '-tests\.jar' | head -n 1)"

semantic="$root/cloudops-semantic/target/dependency-tree.txt"
mkdir "$work/own"
for artifact in onnxruntime tokenizers; do
  unzip -q -o "$(jar_of "$semantic" "$artifact")" -d "$work/own" \
    -x 'META-INF/MANIFEST.MF' 'ai/onnxruntime/native/osx-*' 'ai/onnxruntime/native/win-*' \
    'native/lib/osx-*' 'native/lib/win-*' 2> >(grep -v '^caution: excluded filename' >&2)
done
(cd "$work/own" && zip -q -r "$work/cloudops-embeddings.jar" .)
report "embeddings plugin (cloudops-embeddings)" "$root/cloudops-jenkins/hpi/embeddings/pom.xml" \
  "$semantic" "$work/cloudops-embeddings.jar"
