#!/usr/bin/env bash
# The long run of the mutation fuzzer over every shipped YAML file (rulesets, drafts, scenarios,
# examples). The normal test run does 400 cases with a fixed seed; this does as many as asked, with
# a seed of its own, so that each run explores damage no earlier run tried.
#
#   scripts/fuzz.sh [CASES] [SEED]      defaults: 20000 cases, a seed from the clock
#
# A failing case is saved under tests/SecRules.Scenarios.Tests/bin/Debug/net10.0/fuzz-failures/ and
# named with its seed and number; run again with that seed to replay it.
set -euo pipefail
cd "$(dirname "$0")/.."

cases="${1:-20000}"
seed="${2:-$(date +%s)}"
echo "fuzzing $cases cases with seed $seed"
SECRULES_FUZZ_CASES="$cases" SECRULES_FUZZ_SEED="$seed" dotnet test tests/SecRules.Scenarios.Tests \
  --filter "FullyQualifiedName~ShippedYamlFuzzTests" --logger "console;verbosity=detailed"
