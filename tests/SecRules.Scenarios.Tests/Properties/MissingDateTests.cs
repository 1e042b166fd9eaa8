using SecRules.Facts;
using SecRules.Findings;
using SecRules.Rulesets;
using SecRules.Tests.Shared;

namespace SecRules.Scenarios.Tests.Properties;

/// <summary>
/// A missing date is unknown, never a reason to drop a fact or to guess: over every shipped scenario
/// and version, blanking any one optional date of any fact either leaves each finding's outcome as
/// it was or makes it Undetermined naming that field. It never turns a finding into a more
/// favourable definite outcome, and never makes one vanish.
/// </summary>
public class MissingDateTests
{
    // The fields whose absence is itself a fact, by their documented meaning. Blanking one of these
    // is not "losing" a date, so the outcome may move, but never towards a more favourable one.
    private static readonly Dictionary<string, string> NotYetHappened = new(StringComparer.Ordinal)
    {
        ["response-submitted"] = "null means no Response had been submitted",
        ["remedied"] = "null means the breach had not been remedied",
        ["complied"] = "null means the request had not been complied with",
    };

    // Fields whose absence the format defines otherwise: the outcome may move either way, and each is
    // documented where the field is.
    private static readonly Dictionary<string, string> Defined = new(StringComparer.Ordinal)
    {
        ["user-entry-completed"] = "null means the Party has not completed User Entry",
        ["assessment-cycle-start"] = "null means the cycle starts on the day User Entry was completed",
        ["first-employed (planned)"] = "null with a planned-first-use means the system is not yet employed",
    };

    private static readonly Dictionary<Outcome, int> Favour = new()
    {
        [Outcome.Compliant] = 4,
        [Outcome.NotApplicable] = 3,
        [Outcome.Undetermined] = 2,
        [Outcome.Breach] = 1,
        [Outcome.EventOfDefaultRisk] = 0,
    };

    private static IEnumerable<string> Files() =>
        new[] { "scenarios", "examples" }
            .SelectMany(folder => Directory.GetFiles(RepositoryPaths.Of(folder), "*.yaml", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Files))]
    public void BlankingAnyOptionalDate_GivesTheSameOutcomeOrUndeterminedNamingIt(string file)
    {
        var scenario = ScenarioReader.ReadFile(RepositoryPaths.Of(file), SectionG.Rulesets);
        var violations = new List<string>();
        foreach (var version in SectionG.Rulesets.Versions)
        {
            var before = Findings(scenario.Facts, scenario.EvaluationDate, version);
            foreach (var (field, fact, blanked) in Blanked(scenario.Facts))
            {
                var after = Findings(blanked, scenario.EvaluationDate, version);
                violations.AddRange(Compare(before, after, field, version)
                    .Select(problem => $"{version.Id}, {fact}.{field} blanked: {problem}"));
            }
        }

        violations.Should().BeEmpty();
    }

    private static Dictionary<string, List<Finding>> Findings(FactSet facts, DateOnly date, Versioning.RulesetVersion version) =>
        SectionG.Engine.Evaluate(facts, date, version).Findings
            .GroupBy(Key)
            .ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);

    // Findings that share an obligation and subject (a provider's assessment owed to several Users,
    // a Party under several Panel notices) are told apart by the parties and notices they name.
    private static string Key(Finding finding) =>
        $"{finding.Obligation} {finding.Subject} [{string.Join(",", finding.Facts.Skip(1).Where(fact => fact.Kind is FactKind.Party or FactKind.PanelNotice).Select(fact => fact.Id).Order(StringComparer.Ordinal))}]";

    private static IEnumerable<string> Compare(Dictionary<string, List<Finding>> before, Dictionary<string, List<Finding>> after, string field, Versioning.RulesetVersion version)
    {
        foreach (var (key, findings) in before)
        {
            if (!after.TryGetValue(key, out var blanked))
            {
                if (!Defined.ContainsKey(field))
                {
                    yield return $"{key} ({string.Join("/", findings.Select(finding => finding.Outcome))}) vanished";
                }

                continue;
            }

            var outcomes = findings.Select(finding => finding.Outcome).Order().ToList();
            var blankedOutcomes = blanked.Select(finding => finding.Outcome).Order().ToList();
            foreach (var finding in blanked.Where(finding => !outcomes.Contains(finding.Outcome)))
            {
                if (finding.Outcome == Outcome.Undetermined && Names(finding, field))
                {
                    continue;
                }

                if (Defined.ContainsKey(field))
                {
                    continue;
                }

                var worst = outcomes.Min(outcome => Favour[outcome]);
                if (NotYetHappened.ContainsKey(field) && Favour[finding.Outcome] <= worst)
                {
                    continue;
                }

                yield return $"{key} went from {string.Join("/", outcomes)} to {finding.Outcome}" +
                    (finding.Outcome == Outcome.Undetermined ? $" without naming {field}: {string.Join("; ", finding.MissingFacts)}" : string.Empty);
            }

            if (blankedOutcomes.Count < outcomes.Count && !Defined.ContainsKey(field))
            {
                yield return $"{key} lost a finding ({string.Join("/", outcomes)} to {string.Join("/", blankedOutcomes)})";
            }
        }

        foreach (var (key, findings) in after.Where(pair => !before.ContainsKey(pair.Key)))
        {
            // An obligation not in force in the version gives NotApplicable to whatever it would
            // cover, and a system whose start is not known is one it may cover: that says nothing.
            foreach (var finding in findings.Where(finding => !(finding.Outcome == Outcome.Undetermined && Names(finding, field)) && !Defined.ContainsKey(field)
                && !(finding.Outcome == Outcome.NotApplicable && !version.GetObligation(finding.Obligation).IsInForce)))
            {
                yield return $"{key} appeared as {finding.Outcome}";
            }
        }
    }

    private static bool Names(Finding finding, string field)
    {
        var name = field.Split(' ')[0];
        return finding.MissingFacts.Any(missing => missing.Contains(name, StringComparison.Ordinal));
    }

    private static IEnumerable<(string Field, string Fact, FactSet Facts)> Blanked(FactSet facts)
    {
        for (var index = 0; index < facts.Parties.Count; index++)
        {
            var party = facts.Parties[index];
            if (party.UserEntryCompleted is not null)
            {
                yield return ("user-entry-completed", party.Id, facts with { Parties = Replace(facts.Parties, index, party with { UserEntryCompleted = null }) });
            }

            if (party.AssessmentCycleStart is not null)
            {
                yield return ("assessment-cycle-start", party.Id, facts with { Parties = Replace(facts.Parties, index, party with { AssessmentCycleStart = null }) });
            }
        }

        for (var index = 0; index < facts.UserSystems.Count; index++)
        {
            var system = facts.UserSystems[index];
            if (system.FirstEmployed is not null)
            {
                var field = system.PlannedFirstUse is null ? "first-employed" : "first-employed (planned)";
                yield return (field, system.Id, facts with { UserSystems = Replace(facts.UserSystems, index, system with { FirstEmployed = null }) });
            }

            if (system.PlannedFirstUse is not null && system.FirstEmployed is null)
            {
                yield return ("planned-first-use", system.Id, facts with { UserSystems = Replace(facts.UserSystems, index, system with { PlannedFirstUse = null }) });
            }
        }

        for (var index = 0; index < facts.Assessments.Count; index++)
        {
            var assessment = facts.Assessments[index];
            var fields = new (string Field, DateOnly? Value, Func<SecurityAssessment, SecurityAssessment> Blank)[]
            {
                ("fieldwork", assessment.Fieldwork, found => found with { Fieldwork = null }),
                ("report-issued", assessment.ReportIssued, found => found with { ReportIssued = null }),
                ("response-due", assessment.ResponseDue, found => found with { ResponseDue = null }),
                ("response-submitted", assessment.ResponseSubmitted, found => found with { ResponseSubmitted = null }),
                ("status-assigned", assessment.StatusAssigned, found => found with { StatusAssigned = null }),
            };
            foreach (var (field, value, blank) in fields.Where(candidate => candidate.Value is not null))
            {
                yield return (field, assessment.Id, facts with { Assessments = Replace(facts.Assessments, index, blank(assessment)) });
            }
        }

        for (var index = 0; index < facts.NonCompliances.Count; index++)
        {
            var nonCompliance = facts.NonCompliances[index];
            if (nonCompliance.RemedyBy is not null)
            {
                yield return ("remedy-by", nonCompliance.Id, facts with { NonCompliances = Replace(facts.NonCompliances, index, nonCompliance with { RemedyBy = null }) });
            }

            if (nonCompliance.Remedied is not null)
            {
                yield return ("remedied", nonCompliance.Id, facts with { NonCompliances = Replace(facts.NonCompliances, index, nonCompliance with { Remedied = null }) });
            }
        }

        for (var index = 0; index < facts.SscRequests.Count; index++)
        {
            var request = facts.SscRequests[index];
            if (request.Due is not null)
            {
                yield return ("due", request.Id, facts with { SscRequests = Replace(facts.SscRequests, index, request with { Due = null }) });
            }

            if (request.Complied is not null)
            {
                yield return ("complied", request.Id, facts with { SscRequests = Replace(facts.SscRequests, index, request with { Complied = null }) });
            }
        }

        for (var index = 0; index < facts.PanelNotices.Count; index++)
        {
            var notice = facts.PanelNotices[index];
            if (notice.RemedyBy is not null)
            {
                yield return ("remedy-by", notice.Id, facts with { PanelNotices = Replace(facts.PanelNotices, index, notice with { RemedyBy = null }) });
            }

            if (notice.Remedied is not null)
            {
                yield return ("remedied", notice.Id, facts with { PanelNotices = Replace(facts.PanelNotices, index, notice with { Remedied = null }) });
            }
        }
    }

    private static List<T> Replace<T>(IReadOnlyList<T> items, int index, T item) => [.. items.Take(index), item, .. items.Skip(index + 1)];
}
