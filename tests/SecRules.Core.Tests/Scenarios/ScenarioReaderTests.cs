using SecRules.Facts;
using SecRules.Input;
using SecRules.Scenarios;

namespace SecRules.Core.Tests.Scenarios;

public class ScenarioReaderTests
{
    private const string Valid = """
        scenario: Two systems
        evaluation-date: 2019-06-30
        parties:
          - id: P1
            name: Example Energy
            category: small-supplier
            roles: [import-supplier]
            domestic-premises: 120000
            user-entry-completed: 2017-06-01
        shared-resource-providers:
          - id: SRP1
            name: Shared Platform
        user-systems:
          - id: S1
            owner: P1
            provider: in-house
            first-employed: 2017-06-01
          - id: S2
            owner: P1
            provider: SRP1
            first-employed: 2019-05-01T09:30
        assessments:
          - id: A1
            subject: P1
            kind: full
            initial: true
            non-compliances:
              - id: NC1
                clause: G3.5
                material: true
                user-system: S1
        ssc-notifications:
          - id: N1
            party: P1
            user-system: S2
            sent: 2019-04-01
        """;

    [Test]
    public void Read_ValidScenario_ReadsEveryFact()
    {
        var scenario = ScenarioReader.Read("valid.yaml", Valid);

        scenario.Name.Should().Be("Two systems");
        scenario.EvaluationDate.Should().Be(new DateOnly(2019, 6, 30));
        scenario.Facts.Parties.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Id = "P1",
            Category = PartyCategory.SmallSupplier,
            Roles = new[] { UserRole.ImportSupplier },
            DomesticPremises = 120000,
            UserEntryCompleted = new DateOnly(2017, 6, 1),
        });
        scenario.Facts.UserSystems[0].SharedResourceProvider.Should().BeNull();
        scenario.Facts.UserSystems[1].SharedResourceProvider.Should().Be("SRP1");
        scenario.Facts.UserSystems[1].FirstEmployed.Should().Be(new FactTime(new DateOnly(2019, 5, 1), new TimeOnly(9, 30)));
        scenario.Facts.NonCompliances.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Id = "NC1", Assessment = "A1", Material = true, UserSystem = "S1" });
        scenario.Facts.SscNotifications.Single().Sent.Should().Be(new FactTime(new DateOnly(2019, 4, 1)));
    }

    [TestCase("    roles: [import-supplier]", "    role: [import-supplier]",
        "bad.yaml:7:5: unknown key 'role' in an item of 'parties'; expected one of: id, name, category, roles, domestic-premises, non-domestic-premises, premises-changes, user-entry-completed, assessment-cycle-start",
        TestName = "Read_UnknownKey_NamesTheKeyAndTheKeysExpected")]
    [TestCase("    domestic-premises: 120000", "    domestic-premises: many",
        "bad.yaml:8:24: 'many' is not a whole number; expected a count of premises (0 or more), written in digits only",
        TestName = "Read_WrongType_NamesWhatWasExpected")]
    [TestCase("    roles: [import-supplier]", "    roles: import-supplier",
        "bad.yaml:7:12: found 'import-supplier'; expected a list of User Roles under 'roles' (a list)",
        TestName = "Read_ScalarForAList_NamesWhatWasExpected")]
    [TestCase("evaluation-date: 2019-06-30", "evaluation-date: 2019-02-30",
        "bad.yaml:2:18: '2019-02-30' is not a valid date; expected the evaluation date as YYYY-MM-DD",
        TestName = "Read_ImpossibleDate_IsAnError")]
    [TestCase("    owner: P1\n    provider: SRP1", "    owner: P9\n    provider: SRP1",
        "bad.yaml:19:12: unknown party 'P9'; expected the id of a party in this scenario",
        TestName = "Read_UnknownReference_IsAnError")]
    [TestCase("  - id: S2", "  - id: S1",
        "bad.yaml:18:9: duplicate id 'S1', already the id of user-systems[0]; expected ids unique within the scenario",
        TestName = "Read_DuplicatedId_IsAnError")]
    [TestCase("        material: true", "        material: perhaps",
        "bad.yaml:30:19: 'perhaps' is not a boolean; expected true or false",
        TestName = "Read_NotABoolean_IsAnError")]
    [TestCase("    category: small-supplier", "    category: tiny-supplier",
        "bad.yaml:6:15: 'tiny-supplier' is not a party category; expected one of: large-supplier, small-supplier, electricity-network, gas-network, other-user",
        TestName = "Read_UnknownEnumValue_ListsTheValues")]
    [TestCase("    user-system: S2\n    sent: 2019-04-01", "    user-system: S2\n    sent: 2019-04-01T25:00",
        "bad.yaml:36:11: '2019-04-01T25:00' is not a valid date or date and time; expected a date as YYYY-MM-DD, or a date and time as YYYY-MM-DDTHH:MM",
        TestName = "Read_ImpossibleTime_IsAnError")]
    [TestCase("  - id: A1\n    subject: P1", "  - id: A1\n    subject: N1",
        "bad.yaml:24:14: 'N1' is a ssc-notification; expected the id of a party or user-system or shared-resource-provider",
        TestName = "Read_ReferenceToTheWrongKindOfFact_IsAnError")]
    public void Read_BadInput_ThrowsOneLineWithFileLineAndColumn(string original, string replacement, string expected)
    {
        var text = Valid.Replace(original, replacement, StringComparison.Ordinal);
        text.Should().NotBe(Valid, "the test must change the scenario");

        var act = () => ScenarioReader.Read("bad.yaml", text);

        var error = act.Should().Throw<InvalidInputException>().Which;
        error.Message.Should().Be(expected);
        error.Message.Should().NotContain("\n");
        error.Position.ToString().Should().Be(expected[..expected.IndexOf(": ", StringComparison.Ordinal)]);
    }

    [Test]
    public void Read_MalformedYaml_NamesThePositionOfTheSyntaxError()
    {
        var act = () => ScenarioReader.Read("bad.yaml", "scenario: x\nparties: [\n  - id: P1\n");

        act.Should().Throw<InvalidInputException>().Which.Message.Should().MatchRegex(@"^bad\.yaml:\d+:\d+: malformed YAML: .+$");
    }

    [Test]
    public void Read_DuplicateKey_IsMalformedYaml()
    {
        var act = () => ScenarioReader.Read("bad.yaml", "scenario: x\nscenario: y\nevaluation-date: 2019-01-01\n");

        act.Should().Throw<InvalidInputException>().Which.Message.Should().Be("bad.yaml:2:1: the key 'scenario' is given twice in one mapping (first at line 1); expected each key once");
    }

    [Test]
    public void Read_CoversAbsentOrEmpty_IsNotRecordedOrNone()
    {
        var absent = ScenarioReader.Read("valid.yaml", Valid).Facts.Assessments[0];
        var empty = ScenarioReader.Read("valid.yaml", Valid.Replace("initial: true\n", "initial: true\n    covers: []\n", StringComparison.Ordinal)).Facts.Assessments[0];

        absent.Covers.Should().BeNull("an assessment that does not say which systems it covered leaves that unknown");
        empty.Covers.Should().BeEmpty();
    }

    [Test]
    public void ReadFile_MissingFile_NamesTheFile()
    {
        var act = () => ScenarioReader.ReadFile("no/such/scenario.yaml");

        act.Should().Throw<InvalidInputException>().Which.Message.Should()
            .Be("no/such/scenario.yaml:1:1: file not found; expected a scenario (scenario, evaluation-date and facts)");
    }

    [Test]
    public void Read_EmptyFile_IsAnError()
    {
        var act = () => ScenarioReader.Read("empty.yaml", "# only a comment\n");

        act.Should().Throw<InvalidInputException>().Which.Message.Should()
            .Be("empty.yaml:1:1: the file is empty; expected a scenario (scenario, evaluation-date and facts)");
    }

    [Test]
    public void Read_MissingRequiredKey_NamesTheKey()
    {
        var act = () => ScenarioReader.Read("bad.yaml", "scenario: x\n");

        act.Should().Throw<InvalidInputException>().Which.Message.Should().Be("bad.yaml:1:1: a scenario has no 'evaluation-date'; expected a 'evaluation-date' key");
    }

    [Test]
    public void Read_PanelNoticeNamingAnUnknownObligation_IsAnErrorWhenObligationsAreKnown()
    {
        var text = Valid + "\n" + """
            panel-notices:
              - id: PN1
                party: P1
                served: 2019-07-01
                obligation: no-such-duty
                subject: S2
                remedy-by: 2019-08-01
            """;

        var act = () => ScenarioReader.Read("bad.yaml", text, new HashSet<string> { "known-duty" });

        act.Should().Throw<InvalidInputException>().Which.Message.Should()
            .Be("bad.yaml:41:17: unknown obligation 'no-such-duty'; expected one of: known-duty");
    }
}
