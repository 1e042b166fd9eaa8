using SecRules.Facts;
using SecRules.Findings;
using SecRules.Rulesets.Tests.Support;
using static SecRules.Rulesets.Tests.Support.Build;

namespace SecRules.Rulesets.Tests.Obligations;

public class ReportSmsCountSixMonthlyTests
{
    private const string Obligation = "report-sms-count-six-monthly";

    private static Finding Evaluate(string version, string date, params string[] reports) =>
        Evaluation.Single(
            new FactSet
            {
                Parties = [User()],
                SharedResourceProviders = [new SharedResourceProvider { Id = "SRP1", Name = "Platform" }],
                UserSystems = [NewSystem("S1", "2018-01-10", provider: "SRP1")],
                SmsCountReports = [.. reports.Select((submitted, index) => new SmsCountReport { Id = $"C{index + 1}", Party = "P1", Submitted = Date(submitted) })],
            },
            date, version, Obligation, "P1");

    [TestCase("post-secmp0044")]
    [TestCase("post-secmp0057")]
    [TestCase("post-mp091")]
    public void MissedPeriod_IsABreachNamingIt(string version)
    {
        var finding = Evaluate(version, "2020-03-31", "2018-12-01", "2019-06-01");

        finding.Outcome.Should().Be(Outcome.Breach);
        finding.Message.Should().EndWith("reported no Smart Metering System count for: 2019-08-22 to 2020-02-21.");
    }

    [TestCase("post-secmp0044")]
    [TestCase("post-mp091")]
    public void MissedPeriodBeforeASourceShowsTheDutyInForce_IsUndeterminedWhileItsStartIsInferred(string version)
    {
        var finding = Evaluate(version, "2019-09-30", "2018-12-01");

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.Message.Should().Contain("reported no Smart Metering System count for: 2019-02-22 to 2019-08-21.")
            .And.Contain("ended before 2019-09-17, the first date a source shows G5.27 in force");
        finding.MissingFacts.Should().Equal("the date G5.27 took effect (reporting-starts; a source shows it in force by 2019-09-17)");
    }

    [Test]
    public void MissedPeriodBeforeASourceShowsTheDutyInForce_IsABreachWhenItsStartIsRead()
    {
        var drafted = Drafting.Apply("post-secmp0057", """
            id: DRAFT-G527-START
            title: G5.27 read from SECMP0044
            implemented: 2019-06-01
            provenance: READ
            source: test
            summary: Reads the start of G5.27 from the legal text.
            changes:
              - amend:
                  id: report-sms-count-six-monthly
                  parameters:
                    reporting-starts: { value: 2018-08-22, provenance: READ, source: test }
            """);
        var facts = new FactSet
        {
            Parties = [User()],
            SharedResourceProviders = [new SharedResourceProvider { Id = "SRP1", Name = "Platform" }],
            UserSystems = [NewSystem("S1", "2018-01-10", provider: "SRP1")],
            SmsCountReports = [new SmsCountReport { Id = "C1", Party = "P1", Submitted = Date("2018-12-01") }],
        };

        SectionG.Engine.Evaluate(facts, Date("2019-09-30"), drafted).Findings.Single(found => found.Obligation == Obligation).Outcome.Should().Be(Outcome.Breach);
    }

    [Test]
    public void ReportOnTheFirstDayOfEachPeriod_CountsForThatPeriod()
    {
        Evaluate("post-secmp0057", "2020-03-31", "2018-08-22", "2019-02-22", "2019-08-22").Outcome.Should().Be(Outcome.Compliant);
    }

    [Test]
    public void ReportOnTheDayAfterAPeriod_CountsForTheNextOnly()
    {
        var finding = Evaluate("post-secmp0057", "2020-03-31", "2018-12-01", "2019-06-01", "2020-02-22");

        finding.Outcome.Should().Be(Outcome.Breach);
        finding.Message.Should().EndWith("reported no Smart Metering System count for: 2019-08-22 to 2020-02-21.");
    }

    [Test]
    public void ReportInEveryPeriod_IsCompliant()
    {
        Evaluate("post-secmp0057", "2019-09-30", "2018-12-01", "2019-06-01").Outcome.Should().Be(Outcome.Compliant);
    }

    [Test]
    public void FirstPeriodStillRunning_IsNotApplicable()
    {
        Evaluate("post-secmp0057", "2018-12-31").Outcome.Should().Be(Outcome.NotApplicable);
    }

    [Test]
    public void BeforeSecmp0044_IsNotInForce()
    {
        Evaluate("pre-secmp0044", "2019-09-30").Message.Should().StartWith("Not in force in pre-secmp0044: introduced by SECMP0044");
    }

    [Test]
    public void SharedSystemWhoseStartIsNotGiven_IsUndetermined_NotDropped()
    {
        var facts = new FactSet
        {
            Parties = [User()],
            SharedResourceProviders = [new SharedResourceProvider { Id = "SRP1", Name = "Platform" }],
            UserSystems = [NewSystem("S1", null, provider: "SRP1")],
        };

        var finding = Evaluation.Single(facts, "2019-09-30", "post-secmp0057", Obligation, "P1");

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.MissingFacts.Should().Equal("when S1 was first employed (first-employed) or is planned to be (planned-first-use)");
    }

    [Test]
    public void ABreachInTheKnownPeriods_StandsWhateverAnUndatedSystemAdds()
    {
        var facts = new FactSet
        {
            Parties = [User()],
            SharedResourceProviders = [new SharedResourceProvider { Id = "SRP1", Name = "Platform" }],
            UserSystems = [NewSystem("S1", "2018-01-10", provider: "SRP1"), NewSystem("S2", null, provider: "SRP1")],
        };

        Evaluation.Single(facts, "2020-03-31", "post-secmp0057", Obligation, "P1").Outcome.Should().Be(Outcome.Breach);
    }
}
