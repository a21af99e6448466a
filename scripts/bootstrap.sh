#!/usr/bin/env bash
# Installs what newsquiz needs to build and test; changes nothing when all is there.
#
#   scripts/bootstrap.sh            # Debian packages, C/C++ sources for WebAssembly, npm packages
#
# Every dependency comes from a registry, pinned: Debian's archive (binary packages and,
# for sources compiled to WebAssembly, the source pool with a sha256) and npm (web/package-lock.json).
# Overrides for machines that are not Debian: IMGUI_DIR=/path/to/imgui-1.92.2b and
# UTF8PROC_DIR=/path/to/utf8proc-2.8.0 and PUGIXML_DIR=/path/to/pugixml-1.13 skip the source
# downloads; NQ_SKIP_APT=1 skips apt.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
deps="$root/.deps"

say() { printf '[newsquiz] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

# [SECTION] Debian packages. "name=version" is installed at exactly that version when missing;
# packages that receive security updates (chromium, freetype) are pinned to the suite instead.
debian_packages=(
  emscripten=3.1.6~dfsg-5
  binaryen=108-1
  node-acorn=8.8.1+ds+~cs25.17.7-2
  nlohmann-json3-dev=3.11.2-2
  doctest-dev=2.4.9~ds-1
  libpugixml-dev=1.13-0.2
  libstb-dev=0.0~git20220908.8b5f1f3+ds-1
  # make fuzz: clang 14 and libFuzzer's runtime (named: nothing is installed as a recommendation)
  clang-14=1:14.0.6-12
  libclang-rt-14-dev=1:14.0.6-12
  fonts-inter=4.0~beta7+ds-1
  fonts-noto-color-emoji
  python3-fonttools
  libfreetype-dev
  chromium
  cmake
  curl
  ca-certificates
  xz-utils
  pkg-config
)

missing=()
installed=$(dpkg-query -W -f='${Package}=${Version} ${db:Status-Abbrev}\n' "${debian_packages[@]%%=*}" 2>/dev/null || true)
for spec in "${debian_packages[@]}"; do
  name=${spec%%=*}
  line=$(grep -E "^${name//+/\\+}=" <<<"$installed" || true)
  if [[ "$line" != *" ii "* ]]; then
    missing+=("$spec")
  elif [[ "$spec" == *=* && "${line%% *}" != "$spec" ]]; then
    say "warning: $name is ${line%% *}, newsquiz is pinned to ${spec#*=}; builds may differ"
  fi
done

if ((${#missing[@]})) && [[ -z "${NQ_SKIP_APT:-}" ]]; then
  sudo=""
  if [[ $(id -u) != 0 ]]; then
    command -v sudo >/dev/null || die "need root or sudo to install: ${missing[*]}"
    sudo="sudo"
  fi
  say "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
fi

# [SECTION] C and C++ sources compiled to WebAssembly (and natively, so both builds match).
archive_uri() {
  local uri=""
  if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
    uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
  fi
  if [[ -z "$uri" && -f /etc/apt/sources.list ]]; then
    uri=$(awk '$1 == "deb" && $0 ~ /debian/ {print $2; exit}' /etc/apt/sources.list)
  fi
  echo "${uri:-http://deb.debian.org/debian}"
}

# fetch_source NAME VERSION POOL_PATH SHA256 OVERRIDE_VAR
fetch_source() {
  local name=$1 version=$2 pool=$3 sha=$4 override=$5
  local dir="$deps/$name-$version" stamp="$deps/$name-$version.ok"
  if [[ -n "${!override:-}" ]]; then
    [[ -d "${!override}" ]] || die "$override=${!override} is not a folder"
    return
  fi
  [[ -f "$stamp" && "$(cat "$stamp")" == "$sha" && -d "$dir" ]] && return
  mkdir -p "$deps"
  local url tarball="$deps/${pool##*/}"
  url="$(archive_uri)/$pool"
  say "fetching $name $version from Debian's source archive"
  if ! curl -fsSL --retry 3 -o "$tarball.part" "$url"; then
    rm -f "$tarball.part"
    die "could not download $url. Debian drops old sources from its pool: fetch $name $version by hand and set $override=/path/to/$name-$version"
  fi
  local got
  got=$(sha256sum "$tarball.part" | cut -d' ' -f1)
  if [[ "$got" != "$sha" ]]; then
    rm -f "$tarball.part"
    die "$url has sha256 $got, expected $sha; refusing to build it. Set $override to a verified copy"
  fi
  mv "$tarball.part" "$tarball"
  rm -rf "$dir" && mkdir -p "$dir"
  tar -xf "$tarball" -C "$dir" --strip-components=1
  rm -f "$tarball"
  echo "$sha" >"$stamp"
}

fetch_source imgui 1.92.2b pool/main/i/imgui/imgui_1.92.2b+ds.orig.tar.xz \
  e7bd201d56b5ee90d24d5dac85e5c12f98bdb95410252a62d27b7f89e4566d48 IMGUI_DIR
fetch_source utf8proc 2.8.0 pool/main/u/utf8proc/utf8proc_2.8.0.orig.tar.gz \
  a0a60a79fe6f6d54e7d411facbfcc867a6e198608f2cd992490e46f04b1bcecc UTF8PROC_DIR
# pugixml for the importers' WebAssembly build (natively, libpugixml-dev of the same version).
fetch_source pugixml 1.13 pool/main/p/pugixml/pugixml_1.13.orig.tar.gz \
  5c5ad5d7caeb791420408042a7d88c2c6180781bf218feca259fd9d840a888e1 PUGIXML_DIR

# [SECTION] Node.js for the tests, the CLI suites and the demo server. Debian 12's own nodejs is 18;
# the browser suites need 20.14 or later (node --test-force-exit, playwright-core's engines). An older
# system node gets a pinned Node.js from the npm registry's node-linux-* package, checked by sha512,
# in .deps/node/bin, which the Makefile puts first on PATH. Emscripten keeps the system's node.
NODE_MIN=20.14.0
NODE_PIN=22.23.5
declare -A node_sha512=(
  [x64]=de3842fb07285b1299c5c46a176b144a5d1cf47117167babfe7b883f1e8ee8258a5748ce516426ec7b70e52b97aaa94c084862d1c26ac9b14f11be6185c06233
  [arm64]=7b52ce506295aee3c6b8b56eb67f3e0a09b9a48d403e6e0abe1fb36dbfea7bf6690fdb3e4d06f2e6252064e5a63e96d22a98f44ddf033f53743449d76ac1e2ce
)
version_ge() { [[ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" == "$2" ]]; }
system_node=$(node --version 2>/dev/null || echo v0)
if ! version_ge "${system_node#v}" "$NODE_MIN"; then
  case "$(uname -m)" in x86_64) arch=x64 ;; aarch64) arch=arm64 ;; *) arch="" ;; esac
  [[ -n "$arch" ]] || die "node ${system_node} is older than $NODE_MIN and no pinned Node.js is known for $(uname -m): install Node.js $NODE_MIN or later"
  stamp="$deps/node.ok"
  if [[ ! -x "$deps/node/bin/node" || "$(cat "$stamp" 2>/dev/null)" != "$NODE_PIN ${node_sha512[$arch]}" ]]; then
    registry=$(npm config get registry 2>/dev/null || true)
    url="${registry:-https://registry.npmjs.org/}"
    url="${url%/}/node-linux-$arch/-/node-linux-$arch-$NODE_PIN.tgz"
    say "node ${system_node} is older than $NODE_MIN: fetching Node.js $NODE_PIN from the npm registry into .deps/node"
    mkdir -p "$deps"
    curl -fsSL --retry 3 -o "$deps/node.tgz.part" "$url" || { rm -f "$deps/node.tgz.part"; die "could not download $url"; }
    got=$(sha512sum "$deps/node.tgz.part" | cut -d' ' -f1)
    if [[ "$got" != "${node_sha512[$arch]}" ]]; then
      rm -f "$deps/node.tgz.part"
      die "$url has sha512 $got, expected ${node_sha512[$arch]}; refusing to run it"
    fi
    rm -rf "$deps/node" && mkdir -p "$deps/node"
    tar -xzf "$deps/node.tgz.part" -C "$deps/node" --strip-components=1 package/bin/node package/LICENSE
    rm -f "$deps/node.tgz.part"
    echo "$NODE_PIN ${node_sha512[$arch]}" >"$stamp"
  fi
fi

# Node.js from the npm registry trusts only the certificates it was built with; a machine whose
# network needs its own authority (installed in the system's store) is trusted through this.
if [[ -z "${NODE_EXTRA_CA_CERTS:-}" && -f /etc/ssl/certs/ca-certificates.crt ]]; then
  export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
fi

# [SECTION] npm packages: esbuild, which bundles web/dist/newsquiz.js, the browser tests and
# test oracles, exactly as locked.
web="$root/web"
# The lock's hash, kept beside what it installed: a checkout, merge or touch that changes no
# byte of the lock installs nothing, and any change to it installs again.
lock_sha=$(sha256sum "$web/package-lock.json" | cut -d' ' -f1)
if [[ "$(cat "$web/node_modules/.newsquiz-lock" 2>/dev/null)" != "$lock_sha" ]]; then
  say "installing npm packages (web/package-lock.json)"
  (cd "$web" && npm ci --no-audit --no-fund --loglevel=error </dev/null)
  echo "$lock_sha" >"$web/node_modules/.newsquiz-lock"
fi
