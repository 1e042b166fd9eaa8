using SecRules.Facts;
using SecRules.Rulesets.Tests.Support;

namespace SecRules.Rulesets.Tests.Engine;

/// <summary>
/// What a tool that calls the library gets for facts no scenario file could hold: every problem
/// reported before the engine runs, as one <see cref="InvalidFactsException"/> with a path each, and
/// no rule ever meeting a null, an unnamed enum value or a date its arithmetic cannot handle.
/// </summary>
public class ApiInputTests
{
    private static readonly DateOnly EvaluationDate = new(2019, 6, 30);

    private static readonly Party User = Build.User();

    private static readonly FactSet Sound = new()
    {
        Parties = [User],
        UserSystems = [Build.NewSystem("S1", "2017-06-01"), Build.NewSystem("S2", "2019-05-01")],
        Assessments = [new SecurityAssessment { Id = "A1", Subject = "P1", AssessmentKind = AssessmentKind.Full, ReportIssued = new DateOnly(2018, 1, 1) }],
        PanelNotices = [new PanelNotice { Id = "PN1", Party = "P1", Served = new DateOnly(2019, 6, 1), Obligation = "notify-ssc-of-subsequent-user-system", Subject = "S2", RemedyBy = new DateOnly(2019, 6, 20) }],
    };

    public static IEnumerable<TestCaseData> Unsound()
    {
        yield return Case("null list", Sound with { UserSystems = null! }, "user-systems");
        yield return Case("null fact", Sound with { Parties = [User, null!] }, "parties[1]");
        yield return Case("null id", Sound with { Parties = [User, User with { Id = null! }] }, "parties[1].id");
        yield return Case("null owner", Sound with { UserSystems = [Sound.UserSystems[0] with { Owner = null! }, Sound.UserSystems[1]] }, "user-systems[0].owner");
        yield return Case("null subject", Sound with { Assessments = [Sound.Assessments[0] with { Subject = null! }] }, "assessments[0].subject");
        yield return Case("null name", Sound with { Parties = [User with { Name = null! }] }, "parties[0].name");
        yield return Case("null roles", Sound with { Parties = [User with { Roles = null! }] }, "parties[0].roles");
        yield return Case("null covered id", Sound with { Assessments = [Sound.Assessments[0] with { Covers = [null!] }] }, "assessments[0].covers[0]");
        yield return Case("party category 99", Sound with { Parties = [User with { Category = (PartyCategory)99 }] }, "parties[0].category");
        yield return Case("assessment kind -1", Sound with { Assessments = [Sound.Assessments[0] with { AssessmentKind = (AssessmentKind)(-1) }] }, "assessments[0].kind");
        yield return Case("fact date 9999-12-31", Sound with { UserSystems = [Sound.UserSystems[0], Build.NewSystem("S2", "9999-12-31")] }, "user-systems[1].first-employed");
        yield return Case("fact date 0001-01-01", Sound with { Parties = [User with { UserEntryCompleted = DateOnly.MinValue }] }, "parties[0].user-entry-completed");
        yield return Case("dangling owner", Sound with { UserSystems = [Sound.UserSystems[0], Build.NewSystem("S2", "2019-05-01", owner: "P9")] }, "user-systems[1].owner");
        yield return Case("dangling subject", Sound with { PanelNotices = [Sound.PanelNotices[0] with { Subject = "S9" }] }, "panel-notices[0].subject");
        yield return Case("unknown obligation", Sound with { PanelNotices = [Sound.PanelNotices[0] with { Obligation = "no-such-duty" }] }, "panel-notices[0].obligation");
        yield return Case("malformed id", Sound with { Parties = [User with { Id = "P 1" }] }, "parties[0].id");
    }

    [TestCaseSource(nameof(Unsound))]
    public void Evaluate_UnsoundFacts_ThrowOneExceptionNamingFactsAndThePath(FactSet facts, string path)
    {
        foreach (var version in SectionG.Rulesets.Versions)
        {
            var act = () => SectionG.Engine.Evaluate(facts, EvaluationDate, version);

            var exception = act.Should().Throw<InvalidFactsException>().Which;
            exception.ParamName.Should().Be("facts");
            exception.Problems.Select(problem => problem.Path).Should().Contain(path);
            exception.Message.Should().Contain(path + ": ");
        }
    }

    [TestCase(1, 1, 1)]
    [TestCase(1899, 12, 31)]
    [TestCase(2201, 1, 1)]
    [TestCase(9999, 12, 31)]
    public void Evaluate_EvaluationDateOutsideTheRange_IsRefusedBeforeTheRulesRun(int year, int month, int day)
    {
        var act = () => SectionG.Engine.Evaluate(Sound, new DateOnly(year, month, day), "post-mp091");

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("evaluationDate")
            .WithMessage("*is outside the dates SecRules supports; expected a date from 1900-01-01 to 2200-12-31*");
    }

    [TestCase("1900-01-01", "1900-01-01")]
    [TestCase("1900-01-01", "2200-12-31")]
    [TestCase("2200-12-31", "2200-12-31")]
    public void Evaluate_EveryDateAtTheEdgesOfTheRange_EvaluatesUnderEveryVersion(string factDate, string evaluationDate)
    {
        var facts = EveryDate(Build.Date(factDate));

        foreach (var version in SectionG.Rulesets.Versions)
        {
            var act = () => SectionG.Engine.Evaluate(facts, Build.Date(evaluationDate), version);

            act.Should().NotThrow($"under {version.Id}");
        }
    }

    [Test]
    public void Evaluate_LongestPeriodsADraftMayGiveAtTheEndOfTheRange_EvaluatesWithoutOverflow()
    {
        var draft = WriteDraft("""
            id: DRAFT-LONGEST
            title: The longest periods a ruleset may give
            implemented: 2200-01-01
            provenance: INFERRED
            changes:
              - amend:
                  id: notify-ssc-of-subsequent-user-system
                  parameters:
                    minimum-notice: { value: 9999 working days, provenance: INFERRED }
              - amend:
                  id: rely-on-shared-resource-assessment
                  parameters:
                    recognised-for: { value: 100 years, provenance: INFERRED }
              - amend:
                  id: inform-shared-resource-users
                  parameters:
                    due-within: { value: 1200 months, provenance: INFERRED }
              - amend:
                  id: report-sms-count-six-monthly
                  parameters:
                    interval: { value: 1 day, provenance: INFERRED }
            """);
        var library = SectionG.Rulesets;
        var drafted = library.ApplyDrafts(library.Latest, [library.ReadModification(draft)]);

        foreach (var (factDate, evaluationDate) in new[] { ("2200-12-31", "2200-12-31"), ("1900-01-01", "1900-01-01"), ("1900-01-01", "2200-12-31") })
        {
            var act = () => SectionG.Engine.Evaluate(EveryDate(Build.Date(factDate)), Build.Date(evaluationDate), drafted);

            act.Should().NotThrow($"with facts on {factDate} evaluated at {evaluationDate}");
        }
    }

    [Test]
    public void Session_InsertingANullOrUnsoundFact_IsRefusedAndInsertsNothing()
    {
        var session = SectionG.Engine.OpenSession(SectionG.Rulesets.Latest, EvaluationDate);

        var act = () => session.Insert([User, null!, User with { Id = "P2", Category = (PartyCategory)99 }]);

        act.Should().Throw<InvalidFactsException>().WithParameterName("facts")
            .Which.Problems.Select(problem => problem.Path).Should().Equal("facts[1]", "facts[2].category");
        session.Fire();
        session.Findings().Should().BeEmpty("nothing was inserted");
    }

    [Test]
    public void Session_ReplacingWithAnUnsoundCopy_IsRefused()
    {
        var session = SectionG.Engine.OpenSession(SectionG.Rulesets.Latest, EvaluationDate);
        session.Insert([User]);

        var act = () => session.Replace(User, User with { UserEntryCompleted = new DateOnly(9999, 12, 31) });

        act.Should().Throw<InvalidFactsException>().WithParameterName("changed")
            .Which.Problems.Should().ContainSingle().Which.Path.Should().Be("changed[0].user-entry-completed");
    }

    [Test]
    public void Session_ReferenceToAFactNotYetInserted_IsAcceptedAndTreatedAsAbsent()
    {
        var session = SectionG.Engine.OpenSession(SectionG.Rulesets.Latest, EvaluationDate);

        session.Insert([Build.NewSystem("S1", "2017-06-01", owner: "P9")]);
        session.Fire();

        session.Findings().Should().BeEmpty("no rule meets a User System without its Party");
    }

    [Test]
    public void OpenSession_EvaluationDateOutsideTheRange_IsRefused()
    {
        var act = () => SectionG.Engine.OpenSession(SectionG.Rulesets.Latest, new DateOnly(9999, 12, 31));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("evaluationDate");
    }

    private static TestCaseData Case(string name, FactSet facts, string path) => new TestCaseData(facts, path).SetName($"Evaluate_{name}");

    // One fact of every kind, every date on the same day, so that every rule computes from that day.
    private static FactSet EveryDate(DateOnly day)
    {
        var time = new FactTime(day);
        return new FactSet
        {
            Parties = [User with { UserEntryCompleted = day, AssessmentCycleStart = day, PremisesChanges = [new PremisesChange { From = day, DomesticPremises = 300_000 }] }],
            SharedResourceProviders = [new SharedResourceProvider { Id = "SRP1", Name = "Provider" }],
            UserSystems = [new UserSystem { Id = "S1", Owner = "P1", FirstEmployed = time }, new UserSystem { Id = "S2", Owner = "P1", SharedResourceProvider = "SRP1", FirstEmployed = time, PlannedFirstUse = day }],
            Assessments =
            [
                new SecurityAssessment { Id = "A1", Subject = "P1", AssessmentKind = AssessmentKind.Full, Initial = true, Fieldwork = day, ReportIssued = day, ResponseDue = day, ResponseSubmitted = day, AssuranceStatus = "Approved", StatusAssigned = day },
                new SecurityAssessment { Id = "A2", Subject = "SRP1", AssessmentKind = AssessmentKind.Full, Fieldwork = day, ReportIssued = day },
            ],
            NonCompliances = [new NonCompliance { Id = "NC1", Assessment = "A1", Clause = "G3.5", Material = true, UserSystem = "S1", RemedyBy = day }],
            SscNotifications = [new SscNotification { Id = "N1", Party = "P1", UserSystem = "S2", Sent = time }],
            SscDecisions = [new SscDecision { Id = "D1", Notification = "N1", Decided = day, Decision = SscDecisionKind.DeferToNextAnnualReview }],
            SscRequests = [new SscRequest { Id = "R1", Party = "P1", Made = day, Due = day, Decision = "D1", UserSystem = "S2" }],
            PanelNotices = [new PanelNotice { Id = "PN1", Party = "P1", Served = day, Obligation = "comply-with-g3-to-g6", Subject = "NC1", RemedyBy = day }],
            SmsCountReports = [new SmsCountReport { Id = "SMS1", Party = "P1", Submitted = day }],
            SharedResourceUserInformation = [new SharedResourceUserInformation { Id = "I1", Assessment = "A2", Party = "P1", Given = day }],
        };
    }

    private static string WriteDraft(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"secrules-draft-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, text);
        return path;
    }
}
