using SecRules.Facts;
using SecRules.Findings;
using SecRules.Input;
using SecRules.Versioning;

namespace SecRules.Scenarios;

/// <summary>
/// Reads the <c>expectations</c> of a scenario file once its facts are known, so that every
/// obligation, subject and version an expectation names can be checked where it is written.
/// </summary>
/// <param name="factIds">The ids of the scenario's facts: what a finding's subject may be.</param>
/// <param name="knownObligations">The obligation ids findings may name, or null not to check them.</param>
/// <param name="rulesets">The library whose version ids expectations may name, or null not to check them.</param>
internal sealed class ExpectationReader(IReadOnlySet<string> factIds, IReadOnlySet<string>? knownObligations, RulesetLibrary? rulesets)
{
    public const string Key = "expectations";

    private const string OutcomeExpected = "an outcome";

    public IReadOnlyList<Expectation> Read(YamlMappingReader scenario)
    {
        var expectations = scenario.List(Key, "expectations", ReadExpectation);
        var first = new Dictionary<string, Expectation>(StringComparer.Ordinal);
        foreach (var expectation in expectations)
        {
            if (!first.TryAdd(expectation.Selector, expectation))
            {
                throw new InvalidInputException(expectation.Position,
                    $"a second expectation for {expectation.Selector} (the first is at line {first[expectation.Selector].Position.Line}); expected one expectation per version");
            }
        }

        return expectations;
    }

    private Expectation ReadExpectation(YamlValue value)
    {
        var expectation = value.AsMapping("an expectation", "ruleset", "as-of", "match", "findings", "absent");
        var ruleset = expectation.Optional("ruleset");
        var asOf = expectation.Optional("as-of");
        if ((ruleset is null) == (asOf is null))
        {
            throw expectation.Error(ruleset is null
                ? "an expectation names no version; expected 'ruleset: <version id>' or 'as-of: <YYYY-MM-DD>'"
                : "an expectation names its version twice; expected either 'ruleset' or 'as-of', not both");
        }

        var id = ruleset?.AsIdentifier("a ruleset version id");
        if (id is not null && rulesets is not null && !rulesets.TryGet(id, out _))
        {
            throw ruleset!.Value.Error(rulesets.UnknownVersionProblem(id));
        }

        var match = expectation.Optional("match")?.AsEnum<ExpectationMatch>("a way to match findings") ?? ExpectationMatch.AtLeast;
        var findings = expectation.List("findings", "findings expected", item => ReadFinding(item, "a finding expected", outcomeRequired: true));
        var absent = expectation.List("absent", "findings expected to be absent", item => ReadFinding(item, "a finding expected to be absent", outcomeRequired: false));
        if (findings.Count == 0 && absent.Count == 0 && match == ExpectationMatch.AtLeast)
        {
            throw expectation.Error("an expectation expects nothing; expected 'findings' or 'absent', or 'match: exactly' for no findings at all");
        }

        foreach (var missing in absent)
        {
            var contradicted = findings.FirstOrDefault(expected => expected.Obligation == missing.Obligation
                && expected.Subject == missing.Subject
                && (missing.Outcome is null || missing.Outcome == expected.Outcome));
            if (contradicted is not null)
            {
                throw new InvalidInputException(missing.Position,
                    $"'{missing}' is expected absent and also present at line {contradicted.Position.Line}; expected each finding either present or absent");
            }
        }

        return new Expectation
        {
            Ruleset = id,
            AsOf = asOf?.AsDate("the date the law is read at, as YYYY-MM-DD"),
            Match = match,
            Findings = findings,
            Absent = absent,
            Position = expectation.Position,
        };
    }

    private ExpectedFinding ReadFinding(YamlValue value, string expected, bool outcomeRequired)
    {
        var finding = value.AsMapping(expected, "obligation", "subject", "concerning", "outcome");
        var obligationValue = finding.Required("obligation");
        var obligation = obligationValue.AsIdentifier("an obligation id");
        obligation = rulesets?.Catalog.Resolve(obligation) ?? obligation;
        if (knownObligations is not null && !knownObligations.Contains(obligation))
        {
            throw obligationValue.Error(FactSetValidator.UnknownObligation(obligation, knownObligations));
        }

        var subjectValue = finding.Required("subject");
        var subject = subjectValue.AsIdentifier("the id of the fact the finding is about");
        if (!factIds.Contains(subject))
        {
            throw subjectValue.Error(FactSetValidator.UnknownFact(subject));
        }

        var concerningValue = finding.Optional("concerning");
        var concerning = concerningValue?.AsIdentifier("the id of another fact the finding names");
        if (concerning is not null && !factIds.Contains(concerning))
        {
            throw concerningValue!.Value.Error(FactSetValidator.UnknownFact(concerning));
        }

        var outcome = outcomeRequired
            ? finding.Required("outcome").AsEnum<Outcome>(OutcomeExpected)
            : finding.Optional("outcome")?.AsEnum<Outcome>(OutcomeExpected);
        return new ExpectedFinding(obligation, subject, outcome, finding.Position) { Concerning = concerning };
    }
}
