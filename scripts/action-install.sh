#!/usr/bin/env bash
# Step "Install dpvconv" of action.yml: install dpvconv into a virtual environment of its own (so it
# cannot clash with the packages of the job that uses the action) and put its bin/ on the PATH of
# the job's later steps, which may then run `dpvconv` themselves (e.g. `dpvconv diff`).
#
# Environment (set by action.yml; tests/test_action.py sets it by hand):
#   GITHUB_ACTION_PATH  the action's own files: the dpvconv source at the ref named in `uses:`
#   RUNNER_TEMP         a scratch folder for this job; the virtual environment goes there
#   GITHUB_PATH         the file whose lines GitHub adds to PATH for later steps
#   PYTHON              the Python to use (default: python3)
#   DPVCONV_REF         a git ref to install instead of the action's own copy (default: empty)
#   DPVCONV_REPOSITORY  owner/name of the repository DPVCONV_REF is in
#   GITHUB_SERVER_URL   https://github.com, or a GitHub Enterprise Server's address
set -euo pipefail

fail() {  # an annotation on the run, then exit status 2 (a usage error, as dpvconv's own)
  echo "::error title=dpvconv action::$1"
  exit 2
}

[[ -n ${GITHUB_ACTION_PATH:-} && -n ${RUNNER_TEMP:-} && -n ${GITHUB_PATH:-} ]] ||
  fail "GITHUB_ACTION_PATH, RUNNER_TEMP and GITHUB_PATH must be set: this script runs as a step of action.yml"

ref=${DPVCONV_REF:-}
if [[ -z $ref ]]; then
  # The runner has already fetched the action at the ref in `uses:`; installing that copy gives
  # exactly the action's own version without fetching anything from GitHub again.
  source=$GITHUB_ACTION_PATH
else
  repository=${DPVCONV_REPOSITORY:-}
  [[ $repository =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ ]] ||
    fail "dpvconv-ref is set, so dpvconv-repository must name the repository it is in as owner/name (got '$repository')"
  [[ $ref =~ ^[A-Za-z0-9_./-]+$ ]] ||
    fail "dpvconv-ref '$ref' is not a tag, branch or commit name"
  source="git+${GITHUB_SERVER_URL:-https://github.com}/$repository@$ref"
fi

venv="$RUNNER_TEMP/dpvconv-venv"
"${PYTHON:-python3}" -m venv "$venv"
echo "Installing dpvconv from $source"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$source"
"$venv/bin/dpvconv" --version
echo "$venv/bin" >>"$GITHUB_PATH"
