using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using SecRules.Engine;
using SecRules.Findings;
using SecRules.Input;

namespace SecRules.Testing;

/// <summary>FluentAssertions assertions on the findings of an <see cref="EvaluationResult"/>.</summary>
/// <example>
/// <code>
/// var result = SectionG.Engine.Evaluate(scenario.Facts, scenario.EvaluationDate, "post-secmp0057");
/// result.Should().HaveBreachOf("notify-ssc-of-subsequent-user-system", forSubject: "S2")
///     .Which.Citation.Clause.Should().Be("SECMP0057 (clause TBC)");
/// result.Should().NotHaveFinding("event-of-default-risk", forSubject: "P1");
/// </code>
/// </example>
public sealed class EvaluationResultAssertions : ReferenceTypeAssertions<EvaluationResult, EvaluationResultAssertions>
{
    /// <summary>Creates the assertions; use <c>result.Should()</c>.</summary>
    /// <param name="subject">The result asserted on.</param>
    public EvaluationResultAssertions(EvaluationResult subject)
        : base(subject)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "result";

    /// <summary>Asserts that the result has a finding of an obligation for a subject with an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="obligation">The obligation's id.</param>
    /// <param name="forSubject">The id of the fact the finding is about.</param>
    /// <param name="because">Why the assertion is needed, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, and in <c>Which</c> the finding.</returns>
    public AndWhichConstraint<EvaluationResultAssertions, Finding> HaveOutcome(
        Outcome outcome, string obligation, string forSubject, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        ArgumentNullException.ThrowIfNull(forSubject);
        var found = FindingsOf(obligation, forSubject);
        var match = found.FirstOrDefault(finding => finding.Outcome == outcome);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(match is not null)
            .FailWith(
                "Expected {context:result} under {0} to have a {1} finding of {2} for {3}{reason}, but found {4}.",
                Subject.Version.Id, EnumText.Of(outcome), obligation, forSubject, Describe(found, $"no finding of it for {forSubject}"));
        return new AndWhichConstraint<EvaluationResultAssertions, Finding>(this, match!);
    }

    /// <summary>Asserts that the result has a <see cref="Outcome.Breach"/> of an obligation for a subject.</summary>
    /// <param name="obligation">The obligation's id.</param>
    /// <param name="forSubject">The id of the fact the breach is about.</param>
    /// <param name="because">Why the assertion is needed, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, and in <c>Which</c> the finding.</returns>
    public AndWhichConstraint<EvaluationResultAssertions, Finding> HaveBreachOf(
        string obligation, string forSubject, string because = "", params object[] becauseArgs) =>
        HaveOutcome(Outcome.Breach, obligation, forSubject, because, becauseArgs);

    /// <summary>Asserts that the result has an <see cref="Outcome.EventOfDefaultRisk"/> finding for a party.</summary>
    /// <param name="party">The id of the party at risk.</param>
    /// <param name="because">Why the assertion is needed, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, and in <c>Which</c> the finding, whose conditions say which of M8.1(g) are met.</returns>
    public AndWhichConstraint<EvaluationResultAssertions, Finding> HaveEventOfDefaultRiskFor(
        string party, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(party);
        var risk = Subject.Findings.FirstOrDefault(finding => finding.Outcome == Outcome.EventOfDefaultRisk && finding.Subject.Id == party);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(risk is not null)
            .FailWith(
                "Expected {context:result} under {0} to have an Event of Default risk for {1}{reason}, but found {2}.",
                Subject.Version.Id, party,
                Describe(Subject.Findings.Where(finding => finding.Subject.Id == party).ToList(), $"no finding about {party}"));
        return new AndWhichConstraint<EvaluationResultAssertions, Finding>(this, risk!);
    }

    /// <summary>Asserts that the result has no finding of an obligation for a subject, or none with a given outcome.</summary>
    /// <param name="obligation">The obligation's id.</param>
    /// <param name="forSubject">The id of the fact.</param>
    /// <param name="outcome">The outcome that must not be found, or null for no finding at all.</param>
    /// <param name="because">Why the assertion is needed, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions.</returns>
    public AndConstraint<EvaluationResultAssertions> NotHaveFinding(
        string obligation, string forSubject, Outcome? outcome = null, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        ArgumentNullException.ThrowIfNull(forSubject);
        var found = FindingsOf(obligation, forSubject).Where(finding => outcome is not { } unwanted || finding.Outcome == unwanted).ToList();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(found.Count == 0)
            .FailWith(
                outcome is null
                    ? "Expected {context:result} under {0} to have no finding of {2} for {3}{reason}, but found {4}."
                    : "Expected {context:result} under {0} to have no {1} finding of {2} for {3}{reason}, but found {4}.",
                Subject.Version.Id, outcome is { } value ? EnumText.Of(value) : null, obligation, forSubject, Describe(found, string.Empty));
        return new AndConstraint<EvaluationResultAssertions>(this);
    }

    /// <summary>Asserts that no finding of the result is a <see cref="Outcome.Breach"/> or an <see cref="Outcome.EventOfDefaultRisk"/>.</summary>
    /// <param name="because">Why the assertion is needed, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions.</returns>
    public AndConstraint<EvaluationResultAssertions> HaveNoBreach(string because = "", params object[] becauseArgs)
    {
        var adverse = Subject.Findings.Where(finding => finding.Outcome is Outcome.Breach or Outcome.EventOfDefaultRisk).ToList();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(adverse.Count == 0)
            .FailWith("Expected {context:result} under {0} to have no breach and no Event of Default risk{reason}, but found {1}.",
                Subject.Version.Id, Describe(adverse, string.Empty));
        return new AndConstraint<EvaluationResultAssertions>(this);
    }

    private List<Finding> FindingsOf(string obligation, string subject) =>
        [.. Subject.Findings.Where(finding => finding.Obligation == obligation && finding.Subject.Id == subject)];

    // Each finding as "obligation subject outcome: message", the words a scenario file and a diff use.
    private static string Describe(List<Finding> findings, string none) =>
        findings.Count == 0
            ? none
            : string.Join("; ", findings.Select(finding => $"{finding.Obligation} {finding.Subject.Id} {EnumText.Of(finding.Outcome)}: {finding.Message}"));
}
