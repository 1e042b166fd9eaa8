using System.Reflection;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Rulesets;
using SecRules.Versioning;

namespace SecRules.Benchmarks;

/// <summary>
/// The reference one evaluation is measured against: each rule's own decision code (its Assess
/// method, which builds the finding) called directly, on the facts the rule's conditions would join,
/// gathered here by plain loops, with no engine. It gives the findings the engine gives, which the
/// benchmark checks before measuring.
/// </summary>
/// <remarks>
/// The joins below mirror the conditions of the rule classes as they stand; a rule whose conditions
/// change needs the same change here, or the benchmark's check fails.
/// </remarks>
internal sealed class DirectEvaluation
{
    private readonly RulesetVersion _version;
    private readonly Func<DateOnly, Party, IEnumerable<SecurityAssessment>, Finding> _initial;
    private readonly Func<DateOnly, Party, IEnumerable<SecurityAssessment>, Finding> _cycle;
    private readonly Func<DateOnly, SecurityAssessment, Finding> _response;
    private readonly Func<DateOnly, SscRequest, Party, Finding> _cooperate;
    private readonly Func<DateOnly, NonCompliance, SecurityAssessment, Finding> _remedy;
    private readonly Func<DateOnly, UserSystem, Party, IEnumerable<UserSystem>, IEnumerable<SscNotification>, IEnumerable<SscDecision>, Finding> _notify;
    private readonly Func<SscDecision, UserSystem, IEnumerable<SecurityAssessment>, Finding> _review;
    private readonly Func<DateOnly, UserSystem, IEnumerable<SecurityAssessment>, IEnumerable<NonCompliance>, Finding> _rely;
    private readonly Func<DateOnly, SharedResourceProvider, SecurityAssessment, Party, IEnumerable<UserSystem>, IEnumerable<SharedResourceUserInformation>, Finding> _inform;
    private readonly Func<DateOnly, Party, IEnumerable<UserSystem>, IEnumerable<SmsCountReport>, Finding> _sms;
    private readonly Func<DateOnly, Finding, PanelNotice, Party, NonCompliance?, Finding> _eventOfDefault;

    public DirectEvaluation(RulesetVersion version)
    {
        _version = version;
        _initial = Decision<Func<DateOnly, Party, IEnumerable<SecurityAssessment>, Finding>>("initial-assessment-before-user-entry");
        _cycle = Decision<Func<DateOnly, Party, IEnumerable<SecurityAssessment>, Finding>>("annual-assessment-cycle");
        _response = Decision<Func<DateOnly, SecurityAssessment, Finding>>("assessment-response-by-ssc-date");
        _cooperate = Decision<Func<DateOnly, SscRequest, Party, Finding>>("cooperate-with-ssc-requests");
        _remedy = Decision<Func<DateOnly, NonCompliance, SecurityAssessment, Finding>>("remedy-material-non-compliance");
        _notify = Decision<Func<DateOnly, UserSystem, Party, IEnumerable<UserSystem>, IEnumerable<SscNotification>, IEnumerable<SscDecision>, Finding>>("notify-ssc-of-subsequent-user-system");
        _review = Decision<Func<SscDecision, UserSystem, IEnumerable<SecurityAssessment>, Finding>>("review-deferred-system-at-next-assessment");
        _rely = Decision<Func<DateOnly, UserSystem, IEnumerable<SecurityAssessment>, IEnumerable<NonCompliance>, Finding>>("rely-on-shared-resource-assessment");
        _inform = Decision<Func<DateOnly, SharedResourceProvider, SecurityAssessment, Party, IEnumerable<UserSystem>, IEnumerable<SharedResourceUserInformation>, Finding>>("inform-shared-resource-users");
        _sms = Decision<Func<DateOnly, Party, IEnumerable<UserSystem>, IEnumerable<SmsCountReport>, Finding>>("report-sms-count-six-monthly");
        _eventOfDefault = Decision<Func<DateOnly, Finding, PanelNotice, Party, NonCompliance?, Finding>>("event-of-default-risk");
    }

    /// <summary>Gives the findings of the facts at a date, in report order.</summary>
    public Finding[] Findings(FactSet facts, DateOnly date)
    {
        var findings = new List<Finding>();
        foreach (var party in facts.Parties)
        {
            var own = facts.Assessments.Where(assessment => assessment.Subject == party.Id).ToList();
            findings.Add(_initial(date, party, own.Where(assessment => assessment.Initial || assessment.AssessmentKind == AssessmentKind.FollowUp).ToList()));
            findings.Add(_cycle(date, party, own));
            var systems = facts.UserSystems.Where(system => system.Owner == party.Id).ToList();
            foreach (var system in systems)
            {
                var notifications = facts.SscNotifications.Where(notification => notification.UserSystem == system.Id).ToList();
                var decisions = facts.SscDecisions.Where(decision => notifications.Exists(notification => notification.Id == decision.Notification)).ToList();
                findings.Add(_notify(date, system, party, systems, notifications, decisions));
            }

            var shared = systems.Where(system => system.SharedResourceProvider != null && system.FirstEmployed != null && system.FirstEmployed.Value.Date <= date).ToList();
            if (shared.Count > 0)
            {
                findings.Add(_sms(date, party, shared, facts.SmsCountReports.Where(report => report.Party == party.Id && report.Submitted <= date).ToList()));
            }

            foreach (var provider in facts.SharedResourceProviders)
            {
                var fromProvider = systems.Where(system => system.SharedResourceProvider == provider.Id).ToList();
                if (fromProvider.Count == 0)
                {
                    continue;
                }

                foreach (var assessment in facts.Assessments.Where(assessment => assessment.Subject == provider.Id && assessment.ReportIssued != null && assessment.ReportIssued <= date))
                {
                    findings.Add(_inform(date, provider, assessment, party, fromProvider,
                        facts.SharedResourceUserInformation.Where(given => given.Assessment == assessment.Id && given.Party == party.Id).ToList()));
                }
            }
        }

        foreach (var assessment in facts.Assessments)
        {
            findings.Add(_response(date, assessment));
        }

        foreach (var request in facts.SscRequests.Where(request => request.Made <= date))
        {
            foreach (var party in facts.Parties.Where(party => party.Id == request.Party))
            {
                findings.Add(_cooperate(date, request, party));
            }
        }

        foreach (var nonCompliance in facts.NonCompliances)
        {
            foreach (var assessment in facts.Assessments.Where(assessment => assessment.Id == nonCompliance.Assessment))
            {
                findings.Add(_remedy(date, nonCompliance, assessment));
            }
        }

        foreach (var system in facts.UserSystems.Where(system => system.SharedResourceProvider != null && system.FirstEmployed != null && system.FirstEmployed.Value.Date <= date))
        {
            var assessments = facts.Assessments.Where(assessment => (assessment.Subject == system.SharedResourceProvider || assessment.Subject == system.Id
                || (assessment.Subject == system.Owner && assessment.Covers.Contains(system.Id))) && assessment.ReportIssued != null && assessment.ReportIssued <= date).ToList();
            findings.Add(_rely(date, system, assessments, facts.NonCompliances.Where(nonCompliance => assessments.Exists(assessment => assessment.Id == nonCompliance.Assessment)).ToList()));
        }

        foreach (var decision in facts.SscDecisions.Where(decision => decision.Decision == SscDecisionKind.DeferToNextAnnualReview && decision.Decided <= date))
        {
            foreach (var notification in facts.SscNotifications.Where(notification => notification.Id == decision.Notification))
            {
                foreach (var system in facts.UserSystems.Where(system => system.Id == notification.UserSystem))
                {
                    findings.Add(_review(decision, system, facts.Assessments.Where(assessment => (assessment.Subject == system.Owner || assessment.Subject == system.Id)
                        && assessment.Fieldwork > decision.Decided && assessment.Fieldwork <= date
                        && assessment.AssessmentKind is AssessmentKind.Full or AssessmentKind.Verification or AssessmentKind.Self).ToList()));
                }
            }
        }

        foreach (var breach in findings.Where(finding => finding.Outcome == Outcome.Breach && _version.TryGetObligation(finding.Obligation, out var obligation) && obligation.IsMaterial).ToList())
        {
            foreach (var notice in facts.PanelNotices.Where(notice => notice.Obligation == breach.Obligation && notice.Subject == breach.Subject.Id && notice.Served <= date))
            {
                foreach (var party in facts.Parties.Where(party => party.Id == notice.Party))
                {
                    findings.Add(_eventOfDefault(date, breach, notice, party, facts.NonCompliances.FirstOrDefault(nonCompliance => nonCompliance.Id == breach.Subject.Id)));
                }
            }
        }

        return _version.FindingOrder.Sort(findings);
    }

    private TDelegate Decision<TDelegate>(string obligation)
        where TDelegate : Delegate
    {
        SectionG.Catalog.TryGet(obligation, out var type);
        var rule = type!.CreateRule(_version.GetObligation(obligation), _version);
        return rule.GetType().GetMethod("Assess", BindingFlags.NonPublic | BindingFlags.Instance)!.CreateDelegate<TDelegate>(rule);
    }
}
