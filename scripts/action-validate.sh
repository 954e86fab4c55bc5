#!/usr/bin/env bash
# Step "Validate policies" of action.yml: run `dpvconv validate --format github`, whose workflow
# commands (::error file=…,line=…,col=…::…) GitHub turns into annotations on those lines of the pull
# request, and write every problem to the job summary too: GitHub shows only the first ten error
# annotations of a step, the summary has them all.
#
# Environment (set by action.yml; tests/test_action.py sets it by hand):
#   DPVCONV_PATHS        policy files or directories, separated by spaces or newlines
#   GITHUB_WORKSPACE     the checked-out repository; paths are relative to it, and so are the
#                        file= properties of the annotations, as GitHub needs them
#   GITHUB_STEP_SUMMARY  the file whose Markdown GitHub shows on the run's summary page (optional)
set -uo pipefail

annotate() {  # one error annotation without a file, its text escaped as a workflow command needs
  local text=${1//'%'/%25}
  text=${text//$'\r'/%0D}
  text=${text//$'\n'/%0A}
  echo "::error title=dpvconv::$text"
}

workspace=${GITHUB_WORKSPACE:-$PWD}
cd "$workspace" || { annotate "GITHUB_WORKSPACE '$workspace' is not a directory"; exit 2; }

# Word splitting only: no glob expansion, so a path is validated as written.
read -r -d '' -a paths <<<"${DPVCONV_PATHS:-}"
if ((${#paths[@]} == 0)); then
  annotate "the action's 'paths' input is empty: give the policy files or directories to validate"
  exit 2
fi
# dpvconv names files as it was given them, and GitHub places an annotation only by a path relative
# to the repository root: so ${{ github.workspace }}/policies is passed on as policies.
for i in "${!paths[@]}"; do
  [[ ${paths[i]} == "$workspace" ]] && paths[i]=.
  paths[i]=${paths[i]#"$workspace/"}
done

errors=$(mktemp)
trap 'rm -f "$errors"' EXIT
dpvconv validate --format github -- "${paths[@]}" 2>"$errors"
status=$?
if ((status >= 2)); then
  # A usage error (a path that does not exist, ...) or a crash: say so as an annotation too.
  while IFS= read -r line; do annotate "$line"; done <"$errors"
  exit "$status"
fi
cat "$errors" >&2

if [[ -n ${GITHUB_STEP_SUMMARY:-} ]]; then
  {
    echo "### dpvconv validate"
    echo
    echo '~~~~text'
    dpvconv validate -- "${paths[@]}" 2>&1
    echo '~~~~'
  } >>"$GITHUB_STEP_SUMMARY"
fi
exit "$status"
