using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Versioning;

namespace SecRules.Core.Tests.Support;

/// <summary>
/// A rule for engine tests: one Compliant finding per party whose message shows the parameter
/// values of the version, so tests can see which version's data a rule read.
/// </summary>
internal sealed class ProbeRule(Obligation obligation, RulesetVersion version) : ObligationRule(obligation, version)
{
    public static readonly Parameter<DateOnly> From = Parameter.Date("from", "A date.");
    public static readonly Parameter<Period> Within = Parameter.Period("within", "A period.");

    public static ObligationType Type(string id) => new(id, (obligation, version) => new ProbeRule(obligation, version), From, Within);

    public override void Define()
    {
        Party party = null!;

        When().Match(() => party);
        Then().Yield(_ => Conclude(Outcome.Compliant, party, Describe(), null, null, null, null));
    }

    private string Describe() => $"from {Obligation.Get(From):yyyy-MM-dd} within {Obligation.Get(Within)}";
}
