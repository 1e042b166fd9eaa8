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
        // Only a failure to comply turns on whether the duty reached the request.
        var deadline = Deadline.Judge(request.Due, request.Complied, evaluationDate);
        if (deadline.Outcome == Outcome.Breach && FurtherFullAssessmentWithoutPower(request) is { } before)
        {
            return Conclude(Outcome.Undetermined, request,
                Invariant($"{Phrases.Capitalised(about)} was made before {before:yyyy-MM-dd}; until MP091 the SEC allowed only updates to the original Response, with no power to require a further Full User Security Assessment, so whether G8.13 reaches the request is not known."),
                [party],
                missingFacts: [Invariant($"whether G8.13 let the SSC require a further Full User Security Assessment before {before:yyyy-MM-dd} (the legal text was not available)")]);
        }

        // MP091's power to require a further Full User Security Assessment reaches a Party whose
        // initial assessment was Rejected, in User Entry by then (R3); other requests rest on G8.13 alone.
        if (deadline.Outcome == Outcome.Breach && !party.IsUserOn(request.Made) && !IsFurtherFullAssessment(request))
        {
            return Conclude(Outcome.Undetermined, request,
                Invariant($"G8.13 binds each User, and {party.Id} had not completed User Entry when the SSC made {about}; whether G8.13 reaches a request made during User Entry is not known."),
                [party],
                missingFacts: [Invariant($"the date {party.Id} completed User Entry (user-entry-completed), or whether G8.13 reaches a Party in User Entry (the legal text was not available)")]);
        }

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

    private static bool IsFurtherFullAssessment(SscRequest request) =>
        request is { Requires: AssessmentKind.Full, Assessment: not null, Decision: null };

    // A request for a further Full User Security Assessment after an assessment rests on the power
    // MP091 gave (R3): the date that power began when the request came before it, or null.
    private DateOnly? FurtherFullAssessmentWithoutPower(SscRequest request)
    {
        if (!IsFurtherFullAssessment(request))
        {
            return null;
        }

        // A version the power is not yet in force in still knows when it begins (the later text).
        if (!Version.TryGetObligation(FollowUpSecurityAssessment.Id, out var followUp))
        {
            return null;
        }

        var from = followUp.Get(FollowUpSecurityAssessment.AppliesToStatusesFrom);
        return !followUp.IsInForce || request.Made < from ? from : null;
    }
}
