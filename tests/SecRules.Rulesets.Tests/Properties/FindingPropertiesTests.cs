using SecRules.Facts;
using SecRules.Findings;
using SecRules.Output;
using SecRules.Scenarios;
using SecRules.Tests.Shared;
using FsCheckProperty = FsCheck.NUnit.PropertyAttribute;

// FsCheck supplies each property's argument, which the NUnit analyzer cannot see.
#pragma warning disable NUnit1027

namespace SecRules.Rulesets.Tests.Properties;

/// <summary>
/// What must hold of every sound fact set, checked on fact sets FsCheck draws (<see cref="GeneratedFacts"/>)
/// under every shipped version.
/// </summary>
[Category(TestCategories.Slow)]
public class FindingPropertiesTests
{
    [SetUp]
    public void SkipIfAsked() => TestCategories.SkipIfSlowTestsAreOff();

    [FsCheckProperty(Arbitrary = new[] { typeof(GeneratedFacts) }, MaxTest = 50, QuietOnSuccess = true)]
    public void Evaluate_FactsInAnyOrder_GiveTheSameFindings(GeneratedFacts generated)
    {
        var random = new Random(generated.Seed);
        var facts = generated.Facts;
        var shuffled = facts with
        {
            Parties = Shuffle(facts.Parties, random),
            SharedResourceProviders = Shuffle(facts.SharedResourceProviders, random),
            UserSystems = Shuffle(facts.UserSystems, random),
            Assessments = Shuffle(facts.Assessments, random),
            NonCompliances = Shuffle(facts.NonCompliances, random),
            SscNotifications = Shuffle(facts.SscNotifications, random),
            SscDecisions = Shuffle(facts.SscDecisions, random),
            SscRequests = Shuffle(facts.SscRequests, random),
            PanelNotices = Shuffle(facts.PanelNotices, random),
            SmsCountReports = Shuffle(facts.SmsCountReports, random),
            SharedResourceUserInformation = Shuffle(facts.SharedResourceUserInformation, random),
        };

        foreach (var version in SectionG.Rulesets.Versions)
        {
            Described(shuffled, generated.EvaluationDate, version.Id).Should().Equal(Described(facts, generated.EvaluationDate, version.Id), $"under {version.Id}");
        }
    }

    [FsCheckProperty(Arbitrary = new[] { typeof(GeneratedFacts) }, MaxTest = 50, QuietOnSuccess = true)]
    public void Evaluate_AnotherPartyAdded_LeavesEveryOtherPartysFindings(GeneratedFacts generated)
    {
        var facts = generated.Facts;
        var stranger = new Party { Id = "PX", Name = "Unrelated Energy", Category = PartyCategory.LargeSupplier, UserEntryCompleted = new DateOnly(2017, 3, 1) };
        var withStranger = facts with
        {
            Parties = [.. facts.Parties, stranger],
            UserSystems = [.. facts.UserSystems, new UserSystem { Id = "SX1", Owner = "PX", FirstEmployed = new FactTime(new DateOnly(2017, 3, 1)) }, new UserSystem { Id = "SX2", Owner = "PX", FirstEmployed = new FactTime(new DateOnly(2019, 4, 1)) }],
            Assessments = [.. facts.Assessments, new SecurityAssessment { Id = "AX", Subject = "PX", AssessmentKind = AssessmentKind.Full, Initial = true, Fieldwork = new DateOnly(2017, 1, 10), ReportIssued = new DateOnly(2017, 2, 1) }],
        };
        var strangers = new HashSet<string>(StringComparer.Ordinal) { "PX", "SX1", "SX2", "AX" };

        foreach (var version in SectionG.Rulesets.Versions)
        {
            var before = Described(facts, generated.EvaluationDate, version.Id);
            var after = SectionG.Engine.Evaluate(withStranger, generated.EvaluationDate, version).Findings
                .Where(finding => !finding.Facts.Any(fact => strangers.Contains(fact.Id)))
                .Select(Describe);

            after.Should().Equal(before, $"under {version.Id}");
        }
    }

    [FsCheckProperty(Arbitrary = new[] { typeof(GeneratedFacts) }, MaxTest = 50, QuietOnSuccess = true)]
    public void Write_ThenRead_GivesTheSameFacts(GeneratedFacts generated)
    {
        var text = ScenarioWriter.Write(generated.AsScenario());

        var read = ScenarioReader.Read("generated.yaml", text, SectionG.Rulesets);

        read.EvaluationDate.Should().Be(generated.EvaluationDate);
        read.Facts.Should().BeEquivalentTo(generated.Facts, options => options.WithStrictOrdering());
    }

    [FsCheckProperty(Arbitrary = new[] { typeof(GeneratedFacts) }, MaxTest = 20, QuietOnSuccess = true)]
    public void Write_SameFacts_GivesByteIdenticalJsonAcrossRunsAndThreads(GeneratedFacts generated)
    {
        var scenario = generated.AsScenario();
        string Json() => ResultJson.Write(scenario, SectionG.Engine.EvaluateAll(scenario.Facts, scenario.EvaluationDate));
        var first = Json();

        var again = Json();
        var concurrent = new string[4];
        Parallel.For(0, concurrent.Length, index => concurrent[index] = Json());

        again.Should().Be(first);
        concurrent.Should().AllBe(first);
    }

    private static List<string> Described(FactSet facts, DateOnly evaluationDate, string version) =>
        [.. SectionG.Engine.Evaluate(facts, evaluationDate, version).Findings.Select(Describe)];

    private static string Describe(Finding finding) =>
        $"{finding.Outcome} {finding.Obligation} {finding.Subject} [{string.Join(", ", finding.Facts)}] {finding.Message} | {string.Join("; ", finding.MissingFacts)} | {string.Join("; ", finding.Conditions.Select(condition => $"{condition.Condition}={condition.Status}"))}";

    private static List<T> Shuffle<T>(IReadOnlyList<T> items, Random random) => [.. items.OrderBy(_ => random.Next())];
}
