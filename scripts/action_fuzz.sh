#!/usr/bin/env bash
# The fuzz step of the GitHub action (action.yml): `contract-tests fuzz` with the action's inputs.
# The token goes in the API's own variable ($<API>_TOKEN, as `contract-tests list` names it), never on
# a command line. Writes the exit code and the artifact's name to $GITHUB_OUTPUT and the run's
# summary.md to $GITHUB_STEP_SUMMARY, then exits with the suite's code.
set -uo pipefail

token_var="$(contract-tests list | awk -v api="$API" '$1 == api { sub(/^\$/, "", $NF); print $NF }')"
if [ -z "$token_var" ]; then
  echo "error: unknown API '$API'; choose from: $(contract-tests list --json)" >&2
  echo "exit-code=2" >>"$GITHUB_OUTPUT"
  exit 2
fi
export "$token_var=$TOKEN"
unset TOKEN

args=(fuzz "$API" --base-url "$BASE_URL" --seed "$SEED" --max-examples "$MAX_EXAMPLES"
  --shard "$SHARD" --report-dir "$REPORT_DIR")
if [ -n "$FAIL_UNDER" ]; then
  args+=(--fail-under "$FAIL_UNDER")
fi
contract-tests "${args[@]}"
code=$?

echo "exit-code=$code" >>"$GITHUB_OUTPUT"
echo "artifact=contract-reports-$API-shard-${SHARD//\//-of-}" >>"$GITHUB_OUTPUT"
if [ -f "$REPORT_DIR/summary.md" ]; then
  cat "$REPORT_DIR/summary.md" >>"$GITHUB_STEP_SUMMARY"
fi
exit "$code"
