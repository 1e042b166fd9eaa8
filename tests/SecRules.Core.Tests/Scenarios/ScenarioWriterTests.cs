using SecRules.Facts;
using SecRules.Scenarios;

namespace SecRules.Core.Tests.Scenarios;

public class ScenarioWriterTests
{
    private static readonly Scenario Everything = new()
    {
        Name = "Every kind of fact: a name with \"quotes\", a colon: and a # sign",
        Description = "null",
        File = "everything.yaml",
        EvaluationDate = new DateOnly(2020, 2, 28),
        Facts = new FactSet
        {
            Parties =
            [
                new Party
                {
                    Id = "P1", Name = "Example Energy's Supply", Category = PartyCategory.SmallSupplier,
                    Roles = [UserRole.ImportSupplier, UserRole.GasSupplier], DomesticPremises = 249_999, NonDomesticPremises = 50_001,
                    PremisesChanges = [new PremisesChange { From = new DateOnly(2019, 7, 1), DomesticPremises = 260_000 }],
                    UserEntryCompleted = new DateOnly(2017, 6, 1), AssessmentCycleStart = new DateOnly(2017, 7, 1),
                },
                new Party { Id = "P2", Name = "  spaced  ", Category = PartyCategory.OtherUser },
            ],
            SharedResourceProviders = [new SharedResourceProvider { Id = "SRP1", Name = "Shared Platform Ltd" }],
            UserSystems =
            [
                new UserSystem { Id = "S1", Owner = "P1", FirstEmployed = new FactTime(new DateOnly(2017, 6, 1)) },
                new UserSystem { Id = "S2", Owner = "P1", SharedResourceProvider = "SRP1", FirstEmployed = new FactTime(new DateOnly(2019, 5, 1), new TimeOnly(9, 30)), Replaces = "S1" },
                new UserSystem { Id = "S3", Owner = "P1", PlannedFirstUse = new DateOnly(2020, 5, 1) },
            ],
            Assessments =
            [
                new SecurityAssessment
                {
                    Id = "A1", Subject = "P1", AssessmentKind = AssessmentKind.Full, Initial = true, Fieldwork = new DateOnly(2017, 3, 10),
                    ReportIssued = new DateOnly(2017, 3, 31), ResponseDue = new DateOnly(2017, 4, 28), ResponseSubmitted = new DateOnly(2017, 4, 20),
                    AssuranceStatus = "Approved subject to conditions", StatusAssigned = new DateOnly(2017, 5, 12), Covers = ["S1", "S2"],
                },
                new SecurityAssessment { Id = "A2", Subject = "SRP1", AssessmentKind = AssessmentKind.AdHoc },
            ],
            NonCompliances =
            [
                new NonCompliance { Id = "NC1", Assessment = "A1", Clause = "G3.5", Material = true, UserSystem = "S2", RemedyBy = new DateOnly(2019, 9, 1), Remedied = new DateOnly(2019, 10, 1) },
                new NonCompliance { Id = "NC2", Assessment = "A2", Clause = "G5.1" },
            ],
            SscNotifications = [new SscNotification { Id = "N1", Party = "P1", UserSystem = "S2", Sent = new FactTime(new DateOnly(2019, 4, 1), new TimeOnly(8, 0)) }],
            SscDecisions = [new SscDecision { Id = "D1", Notification = "N1", Decided = new DateOnly(2019, 4, 15), Decision = SscDecisionKind.AdHocReview }],
            SscRequests = [new SscRequest { Id = "R1", Party = "P1", Made = new DateOnly(2019, 4, 16), Due = new DateOnly(2019, 5, 16), Complied = new DateOnly(2019, 5, 10), Decision = "D1", UserSystem = "S2" }],
            PanelNotices = [new PanelNotice { Id = "PN1", Party = "P1", Served = new DateOnly(2019, 11, 1), Obligation = "alpha", Subject = "S2", RemedyBy = new DateOnly(2019, 12, 1), Remedied = new DateOnly(2019, 11, 20) }],
            SmsCountReports = [new SmsCountReport { Id = "SMS1", Party = "P1", Submitted = new DateOnly(2019, 7, 31) }],
            SharedResourceUserInformation = [new SharedResourceUserInformation { Id = "I1", Assessment = "A2", Party = "P1", Given = new DateOnly(2019, 8, 1) }],
        },
    };

    [Test]
    public void Write_EveryKindOfFact_ReadsBackToTheSameScenario()
    {
        var text = ScenarioWriter.Write(Everything);

        var read = ScenarioReader.Read("everything.yaml", text);

        read.Should().BeEquivalentTo(Everything, options => options.RespectingRuntimeTypes());
    }

    [Test]
    public void Write_Comments_ComeFirstAsYamlComments()
    {
        var text = ScenarioWriter.Write(Everything, ["Generated for a test.", string.Empty, "  indented"]);

        text.Should().StartWith("# Generated for a test.\n#\n#   indented\nscenario: ");
        ScenarioReader.Read("everything.yaml", text).Name.Should().Be(Everything.Name);
    }

    [Test]
    public void Write_OptionalFieldsWithoutValue_AreLeftOut()
    {
        var minimal = new Scenario
        {
            Name = "Minimal",
            File = "minimal.yaml",
            EvaluationDate = new DateOnly(2019, 6, 30),
            Facts = new FactSet { Parties = [new Party { Id = "P1", Name = "Example", Category = PartyCategory.LargeSupplier }] },
        };

        ScenarioWriter.Write(minimal).Should().Be("""
            scenario: Minimal
            evaluation-date: 2019-06-30
            parties:
              - id: P1
                name: Example
                category: large-supplier

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
