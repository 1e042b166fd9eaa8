using System.Linq.Expressions;
using System.Reflection;
using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Rulesets;
using SecRules.Versioning;

namespace SecRules.Benchmarks;

/// <summary>
/// The reference one evaluation is measured against: each rule's own decision code (its Assess
/// method, which builds the finding) called directly, on the facts the rule's conditions would join,
/// gathered here by plain loops, with no engine. It gives the findings the engine gives, in report
/// order, which <see cref="FindingsCheck"/> confirms before anything is measured.
/// </summary>
/// <remarks>
/// <para>
/// Each method below mirrors the <c>When()</c> of one rule class: a <c>Match</c> is a loop over the
/// facts of its type that meet its conditions, a <c>Query ... Collect</c> is the list of the facts
/// that meet the query's conditions (empty unless the query demands otherwise), and the arguments
/// given to Assess are those of the rule's <c>Then()</c>. A rule whose conditions change needs the
/// same change here, or the check fails.
/// </para>
/// <para>
/// The facts are taken in id order, as the engine inserts them, so that every collection lists its
/// facts in the order the engine's would. Only the obligations the version lists are evaluated.
/// </para>
/// </remarks>
internal sealed class DirectEvaluation
{
    private const string AssessMethod = "Assess";

    private readonly RulesetVersion _version;
    private readonly Func<DateOnly, Party, IEnumerable<SecurityAssessment>, Finding>? _initial;
    private readonly Func<DateOnly, Party, IEnumerable<SecurityAssessment>, Finding>? _cycle;
    private readonly Func<DateOnly, SecurityAssessment, bool, Finding>? _response;
    private readonly Func<DateOnly, SscRequest, Party, Finding>? _cooperate;
    private readonly Func<DateOnly, NonCompliance, SecurityAssessment, bool, Finding>? _comply;
    private readonly Func<DateOnly, NonCompliance, SecurityAssessment, bool, Finding>? _remedy;
    private readonly Func<DateOnly, UserSystem, Party, object, IEnumerable<SscNotification>, IEnumerable<SscDecision>, Finding>? _notify;
    private readonly Func<SscDecision, UserSystem, IEnumerable<SecurityAssessment>, Finding>? _review;
    private readonly Func<DateOnly, UserSystem, object, IEnumerable<SecurityAssessment>, IEnumerable<SscNotification>, IEnumerable<SscDecision>, Finding>? _rely;
    private readonly Func<DateOnly, SharedResourceProvider, SecurityAssessment, Party, IEnumerable<UserSystem>, IEnumerable<SharedResourceUserInformation>, Finding>? _inform;
    private readonly Func<DateOnly, Party, IEnumerable<UserSystem>, IEnumerable<SmsCountReport>, Finding>? _sms;
    private readonly Func<DateOnly, Party, SecurityAssessment, IEnumerable<SecurityAssessment>, IEnumerable<SscRequest>, Finding>? _followUp;
    private readonly Func<SecurityAssessment, bool>? _mayNeedFollowUp;
    private readonly Func<DateOnly, PanelNotice, Party, IReadOnlyList<Finding>, NonCompliance?, Finding>? _eventOfDefault;

    // The notification duty and reliance on a provider's assessment classify the system in their
    // Then(), before calling Assess; the classification is internal to the rules' assembly.
    private readonly Func<UserSystem, Party, IEnumerable<UserSystem>, IEnumerable<SecurityAssessment>, RulesetVersion, object> _classify;

    /// <summary>Binds the decision code of every rule the version lists.</summary>
    /// <param name="version">The version to evaluate under.</param>
    public DirectEvaluation(RulesetVersion version)
    {
        _version = version;
        _initial = Decision<Func<DateOnly, Party, IEnumerable<SecurityAssessment>, Finding>>("initial-assessment-before-user-entry");
        _cycle = Decision<Func<DateOnly, Party, IEnumerable<SecurityAssessment>, Finding>>("annual-assessment-cycle");
        _response = Decision<Func<DateOnly, SecurityAssessment, bool, Finding>>("assessment-response-by-ssc-date");
        _cooperate = Decision<Func<DateOnly, SscRequest, Party, Finding>>("cooperate-with-ssc-requests");
        _comply = Decision<Func<DateOnly, NonCompliance, SecurityAssessment, bool, Finding>>("comply-with-g3-to-g6");
        _remedy = Decision<Func<DateOnly, NonCompliance, SecurityAssessment, bool, Finding>>("remedy-non-compliance-as-committed");
        _notify = Decision<Func<DateOnly, UserSystem, Party, object, IEnumerable<SscNotification>, IEnumerable<SscDecision>, Finding>>("notify-ssc-of-subsequent-user-system");
        _review = Decision<Func<SscDecision, UserSystem, IEnumerable<SecurityAssessment>, Finding>>("review-deferred-system-at-next-assessment");
        _rely = Decision<Func<DateOnly, UserSystem, object, IEnumerable<SecurityAssessment>, IEnumerable<SscNotification>, IEnumerable<SscDecision>, Finding>>("rely-on-shared-resource-assessment");
        _inform = Decision<Func<DateOnly, SharedResourceProvider, SecurityAssessment, Party, IEnumerable<UserSystem>, IEnumerable<SharedResourceUserInformation>, Finding>>("inform-shared-resource-users");
        _sms = Decision<Func<DateOnly, Party, IEnumerable<UserSystem>, IEnumerable<SmsCountReport>, Finding>>("report-sms-count-six-monthly");
        _followUp = Decision<Func<DateOnly, Party, SecurityAssessment, IEnumerable<SecurityAssessment>, IEnumerable<SscRequest>, Finding>>("follow-up-security-assessment");
        _mayNeedFollowUp = Decision<Func<SecurityAssessment, bool>>("follow-up-security-assessment", "MayNeedFollowUp");
        _eventOfDefault = Decision<Func<DateOnly, PanelNotice, Party, IReadOnlyList<Finding>, NonCompliance?, Finding>>("event-of-default-risk");

        var classification = typeof(SectionG).Assembly.GetType("SecRules.Rulesets.Obligations.SubsequentSystem", throwOnError: true)!;
        _classify = Bind<Func<UserSystem, Party, IEnumerable<UserSystem>, IEnumerable<SecurityAssessment>, RulesetVersion, object>>(
            null, Method(classification, "Classify", BindingFlags.Public | BindingFlags.Static));
    }

    /// <summary>Gives the findings of the facts at a date, in report order.</summary>
    /// <param name="facts">The facts, sound as the engine requires them.</param>
    /// <param name="date">The evaluation date.</param>
    /// <returns>The findings.</returns>
    public Finding[] Findings(FactSet facts, DateOnly date)
    {
        var sorted = InIdOrder(facts);
        var findings = new List<Finding>();
        InitialAssessmentBeforeUserEntry(sorted, date, findings);
        AnnualAssessmentCycle(sorted, date, findings);
        AssessmentResponseBySscDate(sorted, date, findings);
        CooperateWithSscRequests(sorted, date, findings);
        NonComplianceFound(_comply, sorted, date, findings);
        NonComplianceFound(_remedy, sorted, date, findings);
        NotifySscOfSubsequentUserSystem(sorted, date, findings);
        ReviewDeferredSystemAtNextAssessment(sorted, date, findings);
        RelyOnSharedResourceAssessment(sorted, date, findings);
        InformSharedResourceUsers(sorted, date, findings);
        ReportSmsCountSixMonthly(sorted, date, findings);
        FollowUpSecurityAssessment(sorted, date, findings);

        // Last, since it reads the findings of the others.
        EventOfDefaultRisk(sorted, date, findings);
        return _version.FindingOrder.Sort(findings);
    }

    private void InitialAssessmentBeforeUserEntry(FactSet facts, DateOnly date, List<Finding> findings)
    {
        if (_initial is null)
        {
            return;
        }

        foreach (var party in facts.Parties)
        {
            findings.Add(_initial(date, party, InitialAssessments(facts, party)));
        }
    }

    private void AnnualAssessmentCycle(FactSet facts, DateOnly date, List<Finding> findings)
    {
        if (_cycle is null)
        {
            return;
        }

        foreach (var party in facts.Parties)
        {
            var assessments = new List<SecurityAssessment>();
            foreach (var assessment in facts.Assessments)
            {
                if (assessment.Subject == party.Id)
                {
                    assessments.Add(assessment);
                }
            }

            findings.Add(_cycle(date, party, assessments));
        }
    }

    private void AssessmentResponseBySscDate(FactSet facts, DateOnly date, List<Finding> findings)
    {
        if (_response is null)
        {
            return;
        }

        foreach (var assessment in facts.Assessments)
        {
            findings.Add(_response(date, assessment, IsProvider(facts, assessment.Subject)));
        }
    }

    private void CooperateWithSscRequests(FactSet facts, DateOnly date, List<Finding> findings)
    {
        if (_cooperate is null)
        {
            return;
        }

        foreach (var request in facts.SscRequests)
        {
            if (request.Made > date)
            {
                continue;
            }

            foreach (var party in facts.Parties)
            {
                if (party.Id == request.Party)
                {
                    findings.Add(_cooperate(date, request, party));
                }
            }
        }
    }

    // Complying with G3 to G6 and remedying as committed join the same facts: each non-compliance
    // with the assessment that found it, and whether that assessment is of a Shared Resource Provider.
    private static void NonComplianceFound(Func<DateOnly, NonCompliance, SecurityAssessment, bool, Finding>? assess, FactSet facts, DateOnly date, List<Finding> findings)
    {
        if (assess is null)
        {
            return;
        }

        foreach (var nonCompliance in facts.NonCompliances)
        {
            foreach (var assessment in facts.Assessments)
            {
                if (assessment.Id == nonCompliance.Assessment)
                {
                    findings.Add(assess(date, nonCompliance, assessment, IsProvider(facts, assessment.Subject)));
                }
            }
        }
    }

    private void NotifySscOfSubsequentUserSystem(FactSet facts, DateOnly date, List<Finding> findings)
    {
        if (_notify is null)
        {
            return;
        }

        foreach (var owner in facts.Parties)
        {
            var ownerSystems = SystemsOf(facts, owner);
            var initialAssessments = InitialAssessments(facts, owner);
            foreach (var system in ownerSystems)
            {
                var notifications = new List<SscNotification>();
                foreach (var notification in facts.SscNotifications)
                {
                    if (notification.UserSystem == system.Id)
                    {
                        notifications.Add(notification);
                    }
                }

                var decisions = new List<SscDecision>();
                foreach (var decision in facts.SscDecisions)
                {
                    if (notifications.Exists(notification => notification.Id == decision.Notification))
                    {
                        decisions.Add(decision);
                    }
                }

                findings.Add(_notify(date, system, owner, _classify(system, owner, ownerSystems, initialAssessments, _version), notifications, decisions));
            }
        }
    }

    private void ReviewDeferredSystemAtNextAssessment(FactSet facts, DateOnly date, List<Finding> findings)
    {
        if (_review is null)
        {
            return;
        }

        foreach (var decision in facts.SscDecisions)
        {
            if (decision.Decision != SscDecisionKind.DeferToNextAnnualReview || decision.Decided > date)
            {
                continue;
            }

            foreach (var notification in facts.SscNotifications)
            {
                if (notification.Id != decision.Notification)
                {
                    continue;
                }

                foreach (var system in facts.UserSystems)
                {
                    if (system.Id != notification.UserSystem)
                    {
                        continue;
                    }

                    // Assessments without a fieldwork date are kept, as the rule keeps them.
                    var assessments = new List<SecurityAssessment>();
                    foreach (var assessment in facts.Assessments)
                    {
                        if ((assessment.Subject == system.Owner || assessment.Subject == system.Id)
                            && (assessment.Fieldwork == null || (assessment.Fieldwork > decision.Decided && assessment.Fieldwork <= date))
                            && assessment.AssessmentKind is AssessmentKind.Full or AssessmentKind.Verification or AssessmentKind.Self)
                        {
                            assessments.Add(assessment);
                        }
                    }

                    findings.Add(_review(decision, system, assessments));
                }
            }
        }
    }

    private void RelyOnSharedResourceAssessment(FactSet facts, DateOnly date, List<Finding> findings)
    {
        if (_rely is null)
        {
            return;
        }

        foreach (var owner in facts.Parties)
        {
            var ownerSystems = SystemsOf(facts, owner);
            var initialAssessments = InitialAssessments(facts, owner);
            foreach (var system in ownerSystems)
            {
                if (!IsSharedAndInUse(system, date))
                {
                    continue;
                }

                // Assessments without a report date are kept, as the rule keeps them.
                var assessments = new List<SecurityAssessment>();
                foreach (var assessment in facts.Assessments)
                {
                    if ((assessment.Subject == system.SharedResourceProvider || assessment.Subject == system.Id
                            || (assessment.Subject == system.Owner && assessment.Covers?.Contains(system.Id) == true))
                        && (assessment.ReportIssued == null || assessment.ReportIssued <= date))
                    {
                        assessments.Add(assessment);
                    }
                }

                var notifications = new List<SscNotification>();
                foreach (var notification in facts.SscNotifications)
                {
                    if (notification.UserSystem == system.Id && notification.Sent.Date <= date)
                    {
                        notifications.Add(notification);
                    }
                }

                var decisions = new List<SscDecision>();
                foreach (var decision in facts.SscDecisions)
                {
                    if (decision.Decided <= date && notifications.Exists(notification => notification.Id == decision.Notification))
                    {
                        decisions.Add(decision);
                    }
                }

                findings.Add(_rely(date, system, _classify(system, owner, ownerSystems, initialAssessments, _version), assessments, notifications, decisions));
            }
        }
    }

    private void InformSharedResourceUsers(FactSet facts, DateOnly date, List<Finding> findings)
    {
        if (_inform is null)
        {
            return;
        }

        foreach (var provider in facts.SharedResourceProviders)
        {
            foreach (var assessment in facts.Assessments)
            {
                // An assessment without a report date is kept, as the rule keeps it.
                if (assessment.Subject != provider.Id || (assessment.ReportIssued != null && assessment.ReportIssued > date))
                {
                    continue;
                }

                foreach (var party in facts.Parties)
                {
                    var systems = new List<UserSystem>();
                    foreach (var system in facts.UserSystems)
                    {
                        if (system.Owner == party.Id && system.SharedResourceProvider == provider.Id)
                        {
                            systems.Add(system);
                        }
                    }

                    if (systems.Count == 0)
                    {
                        continue;
                    }

                    var information = new List<SharedResourceUserInformation>();
                    foreach (var given in facts.SharedResourceUserInformation)
                    {
                        if (given.Assessment == assessment.Id && given.Party == party.Id)
                        {
                            information.Add(given);
                        }
                    }

                    findings.Add(_inform(date, provider, assessment, party, systems, information));
                }
            }
        }
    }

    private void ReportSmsCountSixMonthly(FactSet facts, DateOnly date, List<Finding> findings)
    {
        if (_sms is null)
        {
            return;
        }

        foreach (var party in facts.Parties)
        {
            var shared = new List<UserSystem>();
            foreach (var system in facts.UserSystems)
            {
                if (system.Owner == party.Id && IsSharedAndInUse(system, date))
                {
                    shared.Add(system);
                }
            }

            if (shared.Count == 0)
            {
                continue;
            }

            var reports = new List<SmsCountReport>();
            foreach (var report in facts.SmsCountReports)
            {
                if (report.Party == party.Id && report.Submitted <= date)
                {
                    reports.Add(report);
                }
            }

            findings.Add(_sms(date, party, shared, reports));
        }
    }

    private void FollowUpSecurityAssessment(FactSet facts, DateOnly date, List<Finding> findings)
    {
        if (_followUp is null || _mayNeedFollowUp is null)
        {
            return;
        }

        foreach (var party in facts.Parties)
        {
            foreach (var assessment in facts.Assessments)
            {
                if (assessment.Subject != party.Id || assessment.AssuranceStatus == null
                    || (assessment.StatusAssigned != null && assessment.StatusAssigned > date)
                    || !_mayNeedFollowUp(assessment))
                {
                    continue;
                }

                var later = new List<SecurityAssessment>();
                foreach (var other in facts.Assessments)
                {
                    if (other.Subject == party.Id && other.Id != assessment.Id
                        && other.AssessmentKind is AssessmentKind.FollowUp or AssessmentKind.Full
                        && (other.Fieldwork == null || other.Fieldwork <= date))
                    {
                        later.Add(other);
                    }
                }

                var requests = new List<SscRequest>();
                foreach (var request in facts.SscRequests)
                {
                    if (request.Assessment == assessment.Id && request.Made <= date)
                    {
                        requests.Add(request);
                    }
                }

                findings.Add(_followUp(date, party, assessment, later, requests));
            }
        }
    }

    private void EventOfDefaultRisk(FactSet facts, DateOnly date, List<Finding> findings)
    {
        if (_eventOfDefault is null)
        {
            return;
        }

        // The findings of the other rules, as they stood before this rule added any.
        var others = findings.Count;
        foreach (var notice in facts.PanelNotices)
        {
            if (notice.Served > date)
            {
                continue;
            }

            // The rule would then read its own findings, and its findings for other notices, which
            // this one pass cannot mirror; no benchmark input has such a notice.
            if (notice.Obligation == "event-of-default-risk")
            {
                throw new NotSupportedException($"Panel notice {notice.Id} concerns an Event of Default risk itself, which the direct evaluation does not mirror.");
            }

            foreach (var party in facts.Parties)
            {
                if (party.Id != notice.Party)
                {
                    continue;
                }

                var found = new List<Finding>();
                for (var index = 0; index < others; index++)
                {
                    var finding = findings[index];
                    if ((finding.Outcome == Outcome.Breach || finding.Outcome == Outcome.Undetermined)
                        && finding.Obligation == notice.Obligation && finding.Subject.Id == notice.Subject)
                    {
                        found.Add(finding);
                    }
                }

                // The rule takes the first Breach, or failing one the first Undetermined finding, of
                // its collection. Where several findings qualify (one per Shared Resource User of an
                // assessment) the engine lists them in the order it concluded them; report order is
                // the order here, and the check confirms the two agree on what is measured.
                if (found.Count > 1)
                {
                    found.Sort(_version.FindingOrder);
                }

                NonCompliance? nonCompliance = null;
                foreach (var candidate in facts.NonCompliances)
                {
                    if (candidate.Id == notice.Subject)
                    {
                        nonCompliance = candidate;
                        break;
                    }
                }

                findings.Add(_eventOfDefault(date, notice, party, found, nonCompliance));
            }
        }
    }

    // The owner's initial and follow-up assessments, which the first rule and the classification of
    // a subsequent system both gather.
    private static List<SecurityAssessment> InitialAssessments(FactSet facts, Party party)
    {
        var assessments = new List<SecurityAssessment>();
        foreach (var assessment in facts.Assessments)
        {
            if (assessment.Subject == party.Id && (assessment.Initial || assessment.AssessmentKind == AssessmentKind.FollowUp))
            {
                assessments.Add(assessment);
            }
        }

        return assessments;
    }

    // Whether a subject is a Shared Resource Provider: the rules that ask collect the providers of
    // that id and ask whether there is any.
    private static bool IsProvider(FactSet facts, string subject)
    {
        foreach (var provider in facts.SharedResourceProviders)
        {
            if (provider.Id == subject)
            {
                return true;
            }
        }

        return false;
    }

    private static List<UserSystem> SystemsOf(FactSet facts, Party owner)
    {
        var systems = new List<UserSystem>();
        foreach (var system in facts.UserSystems)
        {
            if (system.Owner == owner.Id)
            {
                systems.Add(system);
            }
        }

        return systems;
    }

    // A system from a Shared Resource Provider first employed by the date, or with no start at all
    // (neither employed nor planned), which the rules keep so as to say its start is unknown.
    private static bool IsSharedAndInUse(UserSystem system, DateOnly date) =>
        system.SharedResourceProvider != null
        && ((system.FirstEmployed != null && system.FirstEmployed.Value.Date <= date)
            || (system.FirstEmployed == null && system.PlannedFirstUse == null));

    // The engine inserts facts in id order, kind by kind, and collections list facts in the order
    // they were inserted.
    private static FactSet InIdOrder(FactSet facts) => facts with
    {
        Parties = Sorted(facts.Parties),
        SharedResourceProviders = Sorted(facts.SharedResourceProviders),
        UserSystems = Sorted(facts.UserSystems),
        Assessments = Sorted(facts.Assessments),
        NonCompliances = Sorted(facts.NonCompliances),
        SscNotifications = Sorted(facts.SscNotifications),
        SscDecisions = Sorted(facts.SscDecisions),
        SscRequests = Sorted(facts.SscRequests),
        PanelNotices = Sorted(facts.PanelNotices),
        SmsCountReports = Sorted(facts.SmsCountReports),
        SharedResourceUserInformation = Sorted(facts.SharedResourceUserInformation),
    };

    private static List<T> Sorted<T>(IReadOnlyList<T> facts)
        where T : IFact => [.. facts.OrderBy(fact => fact.Id, NaturalOrder.Instance)];

    // Binds a private method of the version's rule for an obligation, or gives null when the version
    // does not list the obligation (the engine then has no rule for it either).
    private TDelegate? Decision<TDelegate>(string obligation, string method = AssessMethod)
        where TDelegate : Delegate
    {
        if (!_version.TryGetObligation(obligation, out var inVersion))
        {
            return null;
        }

        if (!SectionG.Catalog.TryGet(obligation, out var type))
        {
            throw new InvalidOperationException($"The obligation '{obligation}' has no rule class; align DirectEvaluation with the catalogue.");
        }

        var rule = type.CreateRule(inVersion, _version);
        return Bind<TDelegate>(rule, Method(rule.GetType(), method, BindingFlags.NonPublic | BindingFlags.Instance));
    }

    private static MethodInfo Method(Type type, string name, BindingFlags binding) =>
        type.GetMethod(name, binding)
        ?? throw new InvalidOperationException($"{type.Name} has no method {name}; align DirectEvaluation with the rule.");

    // A delegate over the method whose parameters are those of the delegate, in order. Where the
    // method takes a type internal to the rules' assembly, the delegate takes object and the value is
    // cast back; any other difference of signature fails here, before anything is measured.
    private static TDelegate Bind<TDelegate>(object? target, MethodInfo method)
        where TDelegate : Delegate
    {
        var invoke = typeof(TDelegate).GetMethod(nameof(Action.Invoke))!;
        var given = invoke.GetParameters().Select(parameter => Expression.Parameter(parameter.ParameterType, parameter.Name)).ToArray();
        var expected = method.GetParameters();
        if (expected.Length != given.Length)
        {
            throw new InvalidOperationException($"{method.DeclaringType!.Name}.{method.Name} takes {expected.Length} arguments, not {given.Length}; align DirectEvaluation with the rule.");
        }

        var arguments = given.Zip(expected, (parameter, wanted) => Argument(parameter, wanted.ParameterType, method));
        Expression call = Expression.Call(target is null ? null : Expression.Constant(target), method, arguments);
        if (call.Type != invoke.ReturnType)
        {
            call = Expression.Convert(call, invoke.ReturnType);
        }

        return Expression.Lambda<TDelegate>(call, given).Compile();
    }

    private static Expression Argument(ParameterExpression parameter, Type wanted, MethodInfo method)
    {
        if (parameter.Type == wanted)
        {
            return parameter;
        }

        if (parameter.Type == typeof(object) && !wanted.IsVisible)
        {
            return Expression.Convert(parameter, wanted);
        }

        throw new InvalidOperationException($"{method.DeclaringType!.Name}.{method.Name} takes {wanted.Name} where DirectEvaluation gives {parameter.Type.Name}; align DirectEvaluation with the rule.");
    }
}
