using SecRules.Facts;
using SecRules.Input;
using SecRules.Versioning;

namespace SecRules.Cli.Reports.Timelines;

/// <summary>
/// A User's facts in date order against the dates the versions of the legal text took effect: its
/// systems' first use, assessments, notifications, SSC decisions and requests, Panel notices, and
/// the deadlines among them.
/// </summary>
/// <param name="Party">The User.</param>
/// <param name="EvaluationDate">The date the facts are evaluated at.</param>
/// <param name="Events">The events, in date order, then lane order.</param>
internal sealed record UserTimeline(Party Party, DateOnly EvaluationDate, IReadOnlyList<TimelineEvent> Events)
{
    /// <summary>The label of the event that marks the evaluation date.</summary>
    public const string EvaluationDateLabel = "evaluation date";

    /// <summary>Gets the first and last dates on the timeline.</summary>
    public (DateOnly First, DateOnly Last) Span => (Events[0].Date, Events[^1].Date);

    /// <summary>Makes the timeline of every User of a set of facts.</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="evaluationDate">The evaluation date, marked on the timeline.</param>
    /// <param name="versions">The versions whose dates of taking effect are marked; a baseline has none.</param>
    public static IReadOnlyList<UserTimeline> Of(FactSet facts, DateOnly evaluationDate, IEnumerable<RulesetVersion> versions)
    {
        var text = versions
            .Where(version => version.EffectiveFrom is not null)
            .DistinctBy(version => version.Id)
            .Select(version => new TimelineEvent(version.EffectiveFrom!.Value, TimelineLane.LegalText, $"{version.Id} in force"))
            .Append(new TimelineEvent(evaluationDate, TimelineLane.LegalText, EvaluationDateLabel))
            .ToList();
        return [.. facts.Parties.Select(party => new UserTimeline(party, evaluationDate,
            [.. text.Concat(EventsOf(facts, party)).OrderBy(item => item.Date).ThenBy(item => item.Lane)]))];
    }

    private static IEnumerable<TimelineEvent> EventsOf(FactSet facts, Party party)
    {
        if (party.UserEntryCompleted is { } entry)
        {
            yield return new(entry, TimelineLane.UserSystems, $"{party.Id} completes User Entry");
        }

        var systems = facts.UserSystems.Where(system => system.Owner == party.Id).ToList();
        foreach (var system in systems)
        {
            if (system.FirstEmployed is { } first)
            {
                yield return new(first.Date, TimelineLane.UserSystems, $"{system.Id} first used");
            }
            else if (system.PlannedFirstUse is { } planned)
            {
                yield return new(planned, TimelineLane.UserSystems, $"{system.Id} planned first use");
            }
        }

        // A User's assessments, and those of the Shared Resource Providers its systems come from.
        var assessed = systems.Select(system => system.SharedResourceProvider).OfType<string>().Prepend(party.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var assessment in facts.Assessments.Where(assessment => assessed.Contains(assessment.Subject)))
        {
            var name = assessment.Subject == party.Id ? assessment.Id : $"{assessment.Subject}'s {assessment.Id}";
            var kind = EnumText.Of(assessment.AssessmentKind).Replace('-', ' ');
            if ((assessment.ReportIssued ?? assessment.Fieldwork) is { } reported)
            {
                yield return new(reported, TimelineLane.Assessments, $"{name} {kind} assessment {(assessment.ReportIssued is null ? "fieldwork" : "report")}");
            }

            if (assessment.ResponseDue is { } due)
            {
                yield return new(due, TimelineLane.Assessments, $"{name} Response due", IsDeadline: true);
            }

            if (assessment.ResponseSubmitted is { } submitted)
            {
                yield return new(submitted, TimelineLane.Assessments, $"{name} Response submitted");
            }

            foreach (var finding in facts.NonCompliances.Where(item => item.Assessment == assessment.Id))
            {
                if (finding.RemedyBy is { } remedyBy)
                {
                    yield return new(remedyBy, TimelineLane.Assessments, $"{finding.Id} ({finding.Clause}) to be remedied", IsDeadline: true);
                }

                if (finding.Remedied is { } remedied)
                {
                    yield return new(remedied, TimelineLane.Assessments, $"{finding.Id} remedied");
                }
            }
        }

        var notifications = facts.SscNotifications.Where(notification => notification.Party == party.Id).ToList();
        foreach (var notification in notifications)
        {
            yield return new(notification.Sent.Date, TimelineLane.Ssc, $"{notification.Id} notifies the SSC of {notification.UserSystem}");
        }

        foreach (var decision in facts.SscDecisions.Where(decision => notifications.Any(notification => notification.Id == decision.Notification)))
        {
            yield return new(decision.Decided, TimelineLane.Ssc, $"{decision.Id} SSC decides {EnumText.Of(decision.Decision).Replace('-', ' ')}");
        }

        foreach (var request in facts.SscRequests.Where(request => request.Party == party.Id))
        {
            yield return new(request.Made, TimelineLane.Ssc, $"{request.Id} SSC request");
            if (request.Due is { } due)
            {
                yield return new(due, TimelineLane.Ssc, $"{request.Id} due", IsDeadline: true);
            }

            if (request.Complied is { } complied)
            {
                yield return new(complied, TimelineLane.Ssc, $"{request.Id} complied with");
            }
        }

        foreach (var notice in facts.PanelNotices.Where(notice => notice.Party == party.Id))
        {
            yield return new(notice.Served, TimelineLane.Panel, $"{notice.Id} Panel notice on {notice.Obligation}");
            if (notice.RemedyBy is { } remedyBy)
            {
                yield return new(remedyBy, TimelineLane.Panel, $"{notice.Id} remedy by", IsDeadline: true);
            }

            if (notice.Remedied is { } remedied)
            {
                yield return new(remedied, TimelineLane.Panel, $"{notice.Id} remedied");
            }
        }
    }
}
