using SecRules.Facts;
using SecRules.Findings;

namespace SecRules.Core.Tests.Support;

/// <summary>Findings built by hand, for tests of what reads findings rather than what makes them.</summary>
internal static class TestFindings
{
    /// <summary>Builds a finding of an obligation about a subject, with a placeholder citation and message.</summary>
    public static Finding Of(string obligation, Outcome outcome, FactRef subject) => new()
    {
        Obligation = obligation,
        Outcome = outcome,
        Subject = subject,
        Citation = new Citation("A1", "v0"),
        Provenance = Provenance.Read,
        Message = "A finding.",
    };
}
