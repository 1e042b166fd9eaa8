#!/usr/bin/env bash
# Mutation testing with Stryker.NET (pinned in .config/dotnet-tools.json): how many deliberate faults
# in the code the test suite notices. Two targets, each with its configuration under tests/Mutation/:
#
#   rulesets  the rule classes (src/SecRules.Rulesets/Obligations), killed by the rule tests and the
#             scenario library (tests/SecRules.Scenarios.Tests: every expectation and snapshot)
#   core      the parts of src/SecRules.Core that do not depend on the rules: input, facts, findings,
#             versioning, assurance, scenarios, output and impact, killed by the Core, rule and
#             scenario tests
#
#   scripts/mutation-test.sh rulesets|core [FILE...]
#
# FILE limits the run to those source files (paths from the repository root), for a quick look at
# one class; without it the whole target is mutated, which takes hours on two cores. The fuzzer, the
# FsCheck properties and the culture tests are left out: they are slow, and random by design, so a
# mutant they kill one run they might not the next. Reports go to artifacts/mutation/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/.."

target="${1:?usage: scripts/mutation-test.sh rulesets|core [FILE...]}"
shift
config="stryker-$target.json"
[[ -f "tests/Mutation/$config" ]] || { echo "no configuration tests/Mutation/$config; expected rulesets or core" >&2; exit 2; }

mutate=()
for file in "$@"; do
  [[ -f "$file" ]] || { echo "$file: no such source file" >&2; exit 2; }
  mutate+=(--mutate "**/${file#src/*/}")
done

export SNAPSHOOTER_STRICT_MODE=true
export SECRULES_SKIP_SLOW_TESTS=1
dotnet tool restore >/dev/null
status=0
# From the configurations' folder: beside SecRules.sln, Stryker would mutate the whole solution.
(cd tests/Mutation && dotnet stryker --config-file "$config" --output "../../artifacts/mutation/$target" --skip-version-check "${mutate[@]}") || status=$?

# A mutant that changes a result makes Snapshooter write the result it saw beside the reviewed
# snapshot; those files are evidence of a killed mutant, not changes to keep.
find tests -type d -name __mismatch__ -prune -exec rm -rf {} +
exit "$status"
