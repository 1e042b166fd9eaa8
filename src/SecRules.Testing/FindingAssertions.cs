using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using SecRules.Findings;
using SecRules.Input;

namespace SecRules.Testing;

/// <summary>FluentAssertions assertions on one <see cref="Finding"/>.</summary>
public sealed class FindingAssertions : ReferenceTypeAssertions<Finding, FindingAssertions>
{
    /// <summary>Creates the assertions; use <c>finding.Should()</c>.</summary>
    /// <param name="subject">The finding asserted on.</param>
    public FindingAssertions(Finding subject)
        : base(subject)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "finding";

    /// <summary>Asserts that the finding has an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="because">Why the assertion is needed, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions.</returns>
    public AndConstraint<FindingAssertions> HaveOutcome(Outcome outcome, string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject.Outcome == outcome)
            .FailWith("Expected {context:finding} of {0} for {1} to be {2}{reason}, but it is {3}: {4}.",
                Subject.Obligation, Subject.Subject.Id, EnumText.Of(outcome), EnumText.Of(Subject.Outcome), Subject.Message);
        return new AndConstraint<FindingAssertions>(this);
    }

    /// <summary>Asserts that the finding cites a clause, as it stood in the version evaluated.</summary>
    /// <param name="clause">The clause, for example <c>G8.24</c>.</param>
    /// <param name="because">Why the assertion is needed, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions.</returns>
    public AndConstraint<FindingAssertions> CiteClause(string clause, string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject.Citation.Clause == clause)
            .FailWith("Expected {context:finding} of {0} for {1} to cite {2}{reason}, but it cites {3}.",
                Subject.Obligation, Subject.Subject.Id, clause, Subject.Citation.ToString());
        return new AndConstraint<FindingAssertions>(this);
    }
}
