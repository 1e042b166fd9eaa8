using SecRules.Core.Tests.Support;
using SecRules.Findings;
using SecRules.Input;
using SecRules.Scenarios;

namespace SecRules.Core.Tests.Scenarios;

public class ExpectationReaderTests
{
    private const string Facts = TestScenarios.TwoParties;

    private const string Expectations = """
        expectations:
          - ruleset: v1
            match: exactly
            findings:
              - obligation: alpha
                subject: P1
                outcome: compliant
            absent:
              - obligation: beta
                subject: P2
                outcome: breach
          - as-of: 2018-01-01
            absent:
              - obligation: gamma
                subject: P1
        """;

    private const string Valid = Facts + Expectations;

    [Test]
    public void Read_Expectations_ReadsVersionMatchFindingsAndAbsent()
    {
        var scenario = ScenarioReader.Read("valid.yaml", Valid, TestRulesets.Load());

        scenario.Expectations.Should().HaveCount(2);
        var first = scenario.Expectations[0];
        first.Ruleset.Should().Be("v1");
        first.AsOf.Should().BeNull();
        first.Match.Should().Be(ExpectationMatch.Exactly);
        first.Position.ToString().Should().Be("valid.yaml:11:5");
        first.Findings.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Obligation = "alpha", Subject = "P1", Outcome = Outcome.Compliant });
        first.Absent.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Obligation = "beta", Subject = "P2", Outcome = Outcome.Breach });
        var second = scenario.Expectations[1];
        second.AsOf.Should().Be(new DateOnly(2018, 1, 1));
        second.Selector.Should().Be("as-of 2018-01-01");
        second.Match.Should().Be(ExpectationMatch.AtLeast, "at-least is the default");
        second.Absent.Should().ContainSingle().Which.Outcome.Should().BeNull();
    }

    [Test]
    public void Read_WithoutExpectations_HasNone()
    {
        ScenarioReader.Read("facts.yaml", Facts).Expectations.Should().BeEmpty();
    }

    [TestCase("    match: exactly", "    match: exact",
        "bad.yaml:12:12: 'exact' is not a way to match findings; expected one of: at-least, exactly",
        TestName = "Read_UnknownMatch_ListsTheWaysToMatch")]
    [TestCase("        outcome: compliant", "        outcome: compliance",
        "bad.yaml:16:18: 'compliance' is not an outcome; expected one of: compliant, breach, not-applicable, undetermined, event-of-default-risk",
        TestName = "Read_UnknownOutcome_ListsTheOutcomes")]
    [TestCase("    match: exactly", "    matches: exactly",
        "bad.yaml:12:5: unknown key 'matches' in an expectation; expected one of: ruleset, as-of, match, findings, absent",
        TestName = "Read_UnknownKeyInAnExpectation_IsAnError")]
    [TestCase("        subject: P1\n        outcome: compliant", "        subject: P1\n        result: compliant",
        "bad.yaml:16:9: unknown key 'result' in a finding expected; expected one of: obligation, subject, concerning, outcome",
        TestName = "Read_UnknownKeyInAFinding_IsAnError")]
    [TestCase("  - ruleset: v1\n    match: exactly", "  - match: exactly",
        "bad.yaml:11:5: an expectation names no version; expected 'ruleset: <version id>' or 'as-of: <YYYY-MM-DD>'",
        TestName = "Read_ExpectationWithoutAVersion_IsAnError")]
    [TestCase("  - as-of: 2018-01-01", "  - as-of: 2018-01-01\n    ruleset: v0",
        "bad.yaml:21:5: an expectation names its version twice; expected either 'ruleset' or 'as-of', not both",
        TestName = "Read_ExpectationWithTwoVersions_IsAnError")]
    [TestCase("  - as-of: 2018-01-01", "  - as-of: 2018-02-30",
        "bad.yaml:21:12: '2018-02-30' is not a valid date; expected the date the law is read at, as YYYY-MM-DD",
        TestName = "Read_ImpossibleAsOfDate_IsAnError")]
    [TestCase("        subject: P1\n        outcome: compliant", "        subject: S9\n        outcome: compliant",
        "bad.yaml:15:18: unknown fact 'S9'; expected the id of a fact in this scenario",
        TestName = "Read_SubjectThatIsNoFact_IsAnError")]
    [TestCase("        subject: P1\n        outcome: compliant", "        outcome: compliant",
        "bad.yaml:14:9: a finding expected has no 'subject'; expected a 'subject' key",
        TestName = "Read_FindingWithoutASubject_IsAnError")]
    [TestCase("      - obligation: beta\n        subject: P2\n        outcome: breach", "      - obligation: alpha\n        subject: P1",
        "bad.yaml:18:9: 'alpha P1' is expected absent and also present at line 14; expected each finding either present or absent",
        TestName = "Read_FindingBothPresentAndAbsent_IsAnError")]
    [TestCase("  - as-of: 2018-01-01\n    absent:\n      - obligation: gamma\n        subject: P1", "  - ruleset: v1\n    match: exactly",
        "bad.yaml:21:5: a second expectation for ruleset v1 (the first is at line 11); expected one expectation per version",
        TestName = "Read_TwoExpectationsForOneVersion_IsAnError")]
    [TestCase("  - as-of: 2018-01-01\n    absent:\n      - obligation: gamma\n        subject: P1", "  - as-of: 2018-01-01",
        "bad.yaml:21:5: an expectation expects nothing; expected 'findings' or 'absent', or 'match: exactly' for no findings at all",
        TestName = "Read_ExpectationThatExpectsNothing_IsAnError")]
    public void Read_BadExpectation_ThrowsOneLineWithFileLineAndColumn(string original, string replacement, string expected)
    {
        var text = Valid.Replace(original, replacement, StringComparison.Ordinal);
        text.Should().NotBe(Valid, "the test must change the scenario");

        var act = () => ScenarioReader.Read("bad.yaml", text);

        act.Should().Throw<InvalidInputException>().Which.Message.Should().Be(expected);
    }

    [Test]
    public void Read_UnknownVersion_IsAnErrorWhenCheckedAgainstALibrary()
    {
        var text = Valid.Replace("ruleset: v1", "ruleset: v9", StringComparison.Ordinal);

        var withoutLibrary = () => ScenarioReader.Read("bad.yaml", text);
        var act = () => ScenarioReader.Read("bad.yaml", text, TestRulesets.Load());

        withoutLibrary.Should().NotThrow("without a library there is nothing to check version ids against");
        act.Should().Throw<InvalidInputException>().Which.Message.Should()
            .Be("bad.yaml:11:14: unknown ruleset version 'v9'; expected one of: v0, v1, v2");
    }

    [Test]
    public void Read_UnknownObligation_IsAnErrorWhenObligationsAreKnown()
    {
        var text = Valid.Replace("obligation: alpha", "obligation: alfa", StringComparison.Ordinal);

        var act = () => ScenarioReader.Read("bad.yaml", text, TestRulesets.Load());

        act.Should().Throw<InvalidInputException>().Which.Message.Should()
            .Be("bad.yaml:14:21: unknown obligation 'alfa'; expected one of: alpha, beta, gamma");
    }
}
