#!/usr/bin/env bash
# Obtains Mozilla Readability's test pages (shipped inside the crate readabilityrs 0.1.4 on crates.io)
# and unpacks them under target/readability-pages for the ingest suite test. The pages are never committed.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=target/readability-pages
if [ -f "$dest/.complete" ]; then
    echo "readability pages already in $dest"
    exit 0
fi
scratch=target/readability-fetch
mkdir -p "$scratch/src"
cat > "$scratch/Cargo.toml" <<'TOML'
[package]
name = "readability-fetch"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
readabilityrs = "=0.1.4"

[workspace]
TOML
echo "fn main() {}" > "$scratch/src/main.rs"
if ! (cd "$scratch" && cargo fetch --quiet); then
    # Without crates.io the suite test skips with a loud message; the rest of CI still runs.
    echo "*** readability pages NOT fetched (cargo fetch failed): the suite test will be skipped" >&2
    exit 0
fi
cargo_home="${CARGO_HOME:-$HOME/.cargo}"
src=$(ls -d "$cargo_home"/registry/src/*/readabilityrs-0.1.4/tests/test-pages 2>/dev/null | head -n 1)
if [ -z "$src" ]; then
    echo "readabilityrs 0.1.4 fetched but tests/test-pages not found" >&2
    exit 1
fi
rm -rf "$dest"
cp -r "$src" "$dest"
touch "$dest/.complete"
echo "readability pages: $(ls -d "$dest"/*/ | wc -l) pages in $dest"
