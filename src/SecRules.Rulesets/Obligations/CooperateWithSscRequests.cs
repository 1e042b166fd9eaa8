using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Versioning;
using static System.FormattableString;

namespace SecRules.Rulesets.Obligations;

/// <summary>
/// G8.13: each User does all such things as the SSC reasonably requests to facilitate an assessment
/// of its compliance with G3 to G6, including the ad-hoc review the SSC may arrange of a second
/// User System under SECMP0057.
/// </summary>
internal sealed class CooperateWithSscRequests(Obligation obligation, RulesetVersion version)
    : ObligationRule(obligation, version)
{
    public const string Id = "cooperate-with-ssc-requests";

    public static ObligationType Type { get; } = new(Id, (obligation, version) => new CooperateWithSscRequests(obligation, version));

    public override void Define()
    {
        EvaluationContext evaluation = null!;
        SscRequest request = null!;
        Party party = null!;

        When()
            .Match(() => evaluation)
            .Match(() => request, candidate => candidate.Made <= evaluation.Date)
            .Match(() => party, candidate => candidate.Id == request.Party);

        Then()
            .Yield(_ => Assess(evaluation.Date, request, party));
    }

    private Finding Assess(DateOnly evaluationDate, SscRequest request, Party party)
    {
        var about = request.Decision is null
            ? Invariant($"the SSC's request {request.Id} of {request.Made:yyyy-MM-dd}")
            : Invariant($"the SSC's request {request.Id} of {request.Made:yyyy-MM-dd}, for the ad-hoc review it decided on ({request.Decision})");
        DateOnly? complied = request.Complied is { } date && date <= evaluationDate ? date : null;
        if (request.Due is not { } due)
        {
            return complied is { } on
                ? Conclude(Outcome.Compliant, request, Invariant($"{party.Id} complied with {about} on {on:yyyy-MM-dd}."), [party])
                : Conclude(Outcome.Undetermined, request,
                    Invariant($"{party.Id} has not complied with {about}, and no date for it is known, so it is not known whether a reasonable time has passed."),
                    [party],
                    missingFacts: [Invariant($"the date by which the SSC asked {party.Id} to comply with {request.Id} (due)")]);
        }

        if (complied is { } compliedOn)
        {
            return compliedOn <= due
                ? Conclude(Outcome.Compliant, request, Invariant($"{party.Id} complied with {about} on {compliedOn:yyyy-MM-dd}, by {due:yyyy-MM-dd}."), [party])
                : Conclude(Outcome.Breach, request,
                    Invariant($"{party.Id} complied with {about} on {compliedOn:yyyy-MM-dd}, {compliedOn.DayNumber - due.DayNumber} day(s) after the date set ({due:yyyy-MM-dd})."),
                    [party]);
        }

        return due < evaluationDate
            ? Conclude(Outcome.Breach, request, Invariant($"{party.Id} had not complied with {about} by the date set ({due:yyyy-MM-dd})."), [party])
            : Conclude(Outcome.NotApplicable, request, Invariant($"{party.Id} has until {due:yyyy-MM-dd} to comply with {about}."), [party]);
    }
}
