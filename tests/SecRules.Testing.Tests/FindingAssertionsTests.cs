using SecRules.Facts;
using SecRules.Findings;
using SecRules.Testing;

namespace SecRules.Testing.Tests;

public class FindingAssertionsTests
{
    private static readonly Finding Finding = new()
    {
        Obligation = "assessment-response-by-ssc-date",
        Outcome = Outcome.Breach,
        Subject = new FactRef(FactKind.Assessment, "A1"),
        Citation = new Citation("G8.24", "post-secmp0057"),
        Provenance = Provenance.Read,
        Message = "No Response had been submitted.",
    };

    [Test]
    public void HaveOutcome_SameOutcome_Passes()
    {
        var act = () => Finding.Should().HaveOutcome(Outcome.Breach);

        act.Should().NotThrow();
    }

    [Test]
    public void HaveOutcome_AnotherOutcome_FailsWithTheMessage()
    {
        var act = () => Finding.Should().HaveOutcome(Outcome.Compliant);

        act.Should().Throw<AssertionException>().WithMessage(
            "Expected finding of \"assessment-response-by-ssc-date\" for \"A1\" to be \"compliant\", but it is \"breach\": \"No Response had been submitted.\".");
    }

    [Test]
    public void CiteClause_AnotherClause_FailsNamingTheCitation()
    {
        var act = () => Finding.Should().CiteClause("G8.22");

        act.Should().Throw<AssertionException>().WithMessage("*to cite \"G8.22\", but it cites \"G8.24 [post-secmp0057]\".");
    }

    [Test]
    public void CiteClause_SameClause_Passes()
    {
        var act = () => Finding.Should().CiteClause("G8.24");

        act.Should().NotThrow();
    }
}
