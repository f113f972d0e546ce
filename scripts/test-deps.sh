#!/usr/bin/env bash
# What `./site test` needs from the system besides Node: the browser tests drive Debian's
# Chromium (with CJK fonts, or Chinese renders as boxes in screenshots), the serving tests run
# nginx with the production config, the sitemap test validates against the XSD with xmllint, and
# the link checker's test serves HTTPS with a throwaway openssl certificate. Missing ones are
# installed with apt-get the way Playwright's `install --with-deps` does it (as root, or through
# `sudo -n`); where that is not possible it stops before any test with the command to run.
set -euo pipefail

missing=()
why=()
need() { # package, reason, check…
  local package=$1 reason=$2
  shift 2
  if ! "$@" >/dev/null 2>&1; then
    missing+=("$package")
    why+=("  $package: $reason")
  fi
}
has() { command -v "$1" >/dev/null; }
has_cjk_font() { [ -n "$(fc-list :lang=zh family 2>/dev/null)" ]; }

need chromium 'the real-browser tests (tests/e2e)' has chromium
need fonts-noto-cjk 'Chinese text in the browser tests and screenshots' has_cjk_font
need nginx 'serving the built site with the production config (tests/build/nginx.test.ts)' has nginx
need libxml2-utils 'xmllint, the sitemap schema check (tests/build/seo.test.ts)' has xmllint
need openssl 'a throwaway certificate for the link checker test' has openssl

[ ${#missing[@]} -eq 0 ] && exit 0

command="apt-get install -y --no-install-recommends ${missing[*]}"
printf 'site: the tests need these system packages, which are missing:\n%s\n' "$(printf '%s\n' "${why[@]}")" >&2
as=()
can_install=
if has apt-get; then
  if [ "$(id -u)" -eq 0 ]; then
    can_install=yes
  elif has sudo && sudo -n true 2>/dev/null; then
    can_install=yes
    as=(sudo -n)
  fi
fi
if [ -z "$can_install" ]; then
  printf '\nsite: cannot install them from here (needs apt-get as root, or sudo without a password). No test was run.\nRun this, then ./site test again:\n\n  sudo apt-get update && sudo %s\n\n' "$command" >&2
  exit 1
fi
echo "site: installing them with apt-get: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${as[@]}" apt-get update -qq >&2
"${as[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
