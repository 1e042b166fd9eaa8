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
        var about = (request.Decision, request.Requires) switch
        {
            (not null, _) => Invariant($"the SSC's request {request.Id} of {request.Made:yyyy-MM-dd}, for the ad-hoc review it decided on ({request.Decision})"),
            (null, { } kind) => Invariant($"the SSC's request {request.Id} of {request.Made:yyyy-MM-dd} to undergo a {Input.EnumText.Of(kind)} assessment{(request.Assessment is { } after ? " after " + after : string.Empty)}"),
            _ => Invariant($"the SSC's request {request.Id} of {request.Made:yyyy-MM-dd}"),
        };
        var deadline = Deadline.Judge(request.Due, request.Complied, evaluationDate);
        var message = deadline.State switch
        {
            DeadlineState.MetOnTime => Invariant($"{party.Id} complied with {about} on {deadline.Done:yyyy-MM-dd}, by {deadline.Due:yyyy-MM-dd}."),
            DeadlineState.MetLate => Invariant($"{party.Id} complied with {about} on {deadline.Done:yyyy-MM-dd}, {deadline.DaysLate} day(s) after the date set ({deadline.Due:yyyy-MM-dd})."),
            DeadlineState.Missed => Invariant($"{party.Id} had not complied with {about} by the date set ({deadline.Due:yyyy-MM-dd})."),
            DeadlineState.Pending => Invariant($"{party.Id} has until {deadline.Due:yyyy-MM-dd} to comply with {about}."),
            DeadlineState.MetWithoutDueDate => Invariant($"{party.Id} complied with {about} on {deadline.Done:yyyy-MM-dd}; no date for it is known, so whether that was in a reasonable time is not known."),
            _ => Invariant($"{party.Id} has not complied with {about}, and no date for it is known, so it is not known whether a reasonable time has passed."),
        };
        return Conclude(deadline.Outcome, request, message, [party],
            remedied: deadline.State == DeadlineState.MetLate ? deadline.Done : null,
            missingFacts: deadline.IsDueDateMissing ? [Invariant($"the date by which the SSC asked {party.Id} to comply with {request.Id} (due)")] : null);
    }
}
