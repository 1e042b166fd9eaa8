using SecRules.Facts;
using SecRules.Findings;
using SecRules.Rulesets.Tests.Support;
using static SecRules.Rulesets.Tests.Support.Build;

namespace SecRules.Rulesets.Tests.Obligations;

public class NotifySscOfSubsequentUserSystemTests
{
    private const string Obligation = "notify-ssc-of-subsequent-user-system";
    private const string After = "post-secmp0057";

    private static FactSet SecondSystem(string employed, params SscNotification[] notifications) => new()
    {
        Parties = [User()],
        UserSystems = [NewSystem("S1", "2017-06-01"), NewSystem("S2", employed)],
        SscNotifications = notifications,
    };

    private static Finding Evaluate(FactSet facts, string version = After, string date = "2019-06-30") =>
        Evaluation.Single(facts, date, version, Obligation, "S2");

    [TestCase("post-secmp0057")]
    [TestCase("post-mp091")]
    public void SecondSystemWithoutNotification_IsABreachAfterSecmp0057(string version)
    {
        var finding = Evaluate(SecondSystem("2019-05-01"), version);

        finding.Outcome.Should().Be(Outcome.Breach);
        finding.Message.Should().Be("P1 began to employ S2, a subsequent User System, on 2019-05-01 without notifying the SSC.");
        finding.Citation.Should().Be(new Citation("SECMP0057 (clause TBC)", version));
        finding.Facts.Select(fact => fact.Id).Should().Equal("S2", "P1", "S1");
    }

    [TestCase("pre-secmp0044")]
    [TestCase("post-secmp0044")]
    public void SecondSystemWithoutNotification_IsNotApplicableBeforeSecmp0057(string version)
    {
        var finding = Evaluate(SecondSystem("2019-05-01"), version);

        finding.Outcome.Should().Be(Outcome.NotApplicable);
        finding.Message.Should().Be($"Not in force in {version}: introduced by SECMP0057, in force from 2019-02-28.");
        finding.Citation.RulesetVersion.Should().Be(version);
    }

    [Test]
    public void NotificationBeforeFirstUse_IsCompliantAndSaysTheDecisionIsPending()
    {
        var finding = Evaluate(SecondSystem("2019-05-01", Notification("N1", "S2", "2019-04-01")));

        finding.Outcome.Should().Be(Outcome.Compliant);
        finding.Message.Should().Contain("notified the SSC on 2019-04-01, before it began to employ S2 on 2019-05-01")
            .And.Contain("decision on whether to review the system at the next annual review or in an ad-hoc review is pending");
    }

    [Test]
    public void NotificationAfterFirstUse_IsABreach()
    {
        var finding = Evaluate(SecondSystem("2019-05-01", Notification("N1", "S2", "2019-05-04")));

        finding.Outcome.Should().Be(Outcome.Breach);
        finding.Message.Should().StartWith("P1 notified the SSC on 2019-05-04, 3 day(s) after it began to employ S2 on 2019-05-01");
    }

    [Test]
    public void NotificationOnTheDayOfFirstUseWithoutTimes_IsUndeterminedNamingTheMissingTimes()
    {
        var finding = Evaluate(SecondSystem("2019-05-01", Notification("N1", "S2", "2019-05-01")));

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.MissingFacts.Should().Equal("the time of day notification N1 was sent", "the time of day S2 was first employed");
    }

    [TestCase("2019-05-01T08:00", "2019-05-01T09:30", Outcome.Compliant)]
    [TestCase("2019-05-01T10:00", "2019-05-01T09:30", Outcome.Breach)]
    [TestCase("2019-05-01T09:30", "2019-05-01T09:30", Outcome.Breach)]
    public void NotificationOnTheDayOfFirstUseWithTimes_IsDecidedByTheTimes(string sent, string employed, Outcome expected)
    {
        Evaluate(SecondSystem(employed, Notification("N1", "S2", sent))).Outcome.Should().Be(expected);
    }

    [Test]
    public void SystemFirstEmployedBeforeTheImplementationDate_IsNotApplicable_QuotingTheImrAndSayingTheTransitionalTextIsUnknown()
    {
        var finding = Evaluate(SecondSystem("2019-02-20"));

        finding.Outcome.Should().Be(Outcome.NotApplicable);
        finding.Message.Should().Contain("S2 was first employed on 2019-02-20, before the duty took effect on 2019-02-28.")
            .And.Contain("\"are seeking to procure (or have already employed)\"")
            .And.Contain("the transitional text of the modification is not known")
            .And.Contain("not retrospective (applies-to-first-use-from, INFERRED)");
    }

    [Test]
    public void SystemFirstEmployedOnTheImplementationDateWithoutNotification_IsABreach()
    {
        Evaluate(SecondSystem("2019-02-28")).Outcome.Should().Be(Outcome.Breach);
    }

    [Test]
    public void FirstSystem_IsNotApplicable()
    {
        var finding = Evaluation.Single(SecondSystem("2019-05-01"), "2019-06-30", After, Obligation, "S1");

        finding.Outcome.Should().Be(Outcome.NotApplicable);
        finding.Message.Should().Contain("S1 is P1's first User System");
    }

    private static SecurityAssessment InitialAssessment(string? fieldwork, string? status = null, string? assigned = null) => new()
    {
        Id = "A1",
        Subject = "P1",
        AssessmentKind = AssessmentKind.Full,
        Initial = true,
        Fieldwork = fieldwork is null ? null : Date(fieldwork),
        AssuranceStatus = status,
        StatusAssigned = assigned is null ? null : Date(assigned),
    };

    [Test]
    public void PartyStillInUserEntry_WithoutItsInitialAssessmentFacts_IsUndeterminedNamingTheFieldwork()
    {
        var facts = SecondSystem("2019-05-01") with { Parties = [User(entered: null)] };

        var finding = Evaluate(facts);

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.MissingFacts.Should().Equal("the fieldwork date of P1's initial Full User Security Assessment (an assessment with initial: true, fieldwork)");
    }

    [Test]
    public void SystemEmployedBetweenTheInitialAssessmentsFieldworkAndUserEntry_IsCoveredByNeither_Undetermined()
    {
        var facts = SecondSystem("2019-04-01") with
        {
            Parties = [User(entered: "2019-06-01")],
            UserSystems = [NewSystem("S1", "2019-01-10"), NewSystem("S2", "2019-04-01")],
            Assessments = [InitialAssessment("2019-03-01", "Approved", "2019-05-01")],
        };

        var finding = Evaluate(facts);

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.Message.Should().Contain("after the fieldwork of P1's initial Full User Security Assessment (2019-03-01) but before P1 completed User Entry on 2019-06-01")
            .And.NotContain("falls within");
    }

    [TestCase("2019-03-01", Outcome.NotApplicable)]
    [TestCase("2019-03-02", Outcome.Undetermined)]
    public void SystemEmployedByTheInitialAssessmentsFieldwork_IsWithinIt(string employed, Outcome expected)
    {
        var facts = new FactSet
        {
            Parties = [User(entered: null)],
            UserSystems = [NewSystem("S1", "2019-01-10"), NewSystem("S2", employed)],
            Assessments = [InitialAssessment("2019-03-01")],
        };

        Evaluate(facts).Outcome.Should().Be(expected);
    }

    [Test]
    public void SystemTheInitialAssessmentCovered_IsNotSubsequent()
    {
        var facts = SecondSystem("2019-05-01") with { Assessments = [InitialAssessment("2017-03-01") with { Covers = ["S2"] }] };

        Evaluate(facts).Outcome.Should().Be(Outcome.NotApplicable);
    }

    [Test]
    public void UserWhoseInitialAssessmentNeverHadAStatusAllowingEntry_IsUndetermined()
    {
        var facts = SecondSystem("2019-05-01") with { Assessments = [InitialAssessment("2017-03-01", "Deferred", "2017-05-01")] };

        var finding = Evaluate(facts);

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.Message.Should().Contain("had not satisfactorily completed its initial Full User Security Assessment");
    }

    [Test]
    public void UserWithASatisfactoryInitialAssessment_OwesTheNotification()
    {
        var facts = SecondSystem("2019-05-01") with { Assessments = [InitialAssessment("2017-03-01", "Approved", "2017-05-01")] };

        Evaluate(facts).Outcome.Should().Be(Outcome.Breach);
    }

    [Test]
    public void SystemNotYetEmployedAndNotNotified_IsNotApplicableUntilFirstUse()
    {
        var facts = new FactSet { Parties = [User()], UserSystems = [NewSystem("S1", "2017-06-01"), NewSystem("S2", null, planned: "2019-09-01")] };

        var finding = Evaluate(facts);

        finding.Outcome.Should().Be(Outcome.NotApplicable);
        finding.Message.Should().Be("S2 is not yet employed at the evaluation date; P1 must notify the SSC before first use (planned 2019-09-01).");
    }

    [Test]
    public void SystemWithNoFirstUseOrPlan_IsUndetermined()
    {
        var facts = new FactSet { Parties = [User()], UserSystems = [NewSystem("S1", "2017-06-01"), NewSystem("S2", null)] };

        var finding = Evaluate(facts);

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.MissingFacts.Should().Equal("when S2 was first employed (first-employed) or is planned to be (planned-first-use)");
    }

    [Test]
    public void ReplacementSystem_CountsAsSubsequentByDefault()
    {
        var facts = new FactSet { Parties = [User()], UserSystems = [NewSystem("S1", "2017-06-01"), NewSystem("S2", "2019-05-01", replaces: "S1")] };

        var finding = Evaluate(facts);

        finding.Outcome.Should().Be(Outcome.Breach);
        finding.Message.Should().EndWith("S2 replaces S1; this version counts a replacement as a subsequent User System (replacement-counts-as-subsequent, INFERRED).");
    }

    [Test]
    public void DecisionsOnTheNotification_AreReportedInTheMessage()
    {
        var facts = SecondSystem("2019-05-01", Notification("N1", "S2", "2019-04-01")) with
        {
            SscDecisions = [new SscDecision { Id = "D1", Notification = "N1", Decided = Date("2019-04-15"), Decision = SscDecisionKind.AdHocReview }],
        };

        var finding = Evaluate(facts);

        finding.Outcome.Should().Be(Outcome.Compliant);
        finding.Message.Should().EndWith("the SSC decided on 2019-04-15 to arrange an ad-hoc review, which it requests under G8.13.");
        finding.Facts.Select(fact => fact.Id).Should().Contain("D1");
    }

    [Test]
    public void ReplacementOfOneOfSeveralEarlierSystems_IsSaidToReplaceIt()
    {
        var facts = new FactSet
        {
            Parties = [User()],
            UserSystems = [NewSystem("S1", "2017-06-01"), NewSystem("S0", "2017-07-01"), NewSystem("S2", "2019-05-01", replaces: "S1")],
        };

        Evaluate(facts).Message.Should().EndWith("S2 replaces S1; this version counts a replacement as a subsequent User System (replacement-counts-as-subsequent, INFERRED).");
    }

    [Test]
    public void NoticeCountedBackBeforeTheCalendarStarts_IsUndeterminedNamingTheEarlierYears()
    {
        var drafted = Drafting.Apply(After, """
            id: DRAFT-EARLY-NOTICE
            title: Ten Working Days' notice, from 2013
            implemented: 2019-06-01
            provenance: INFERRED
            summary: Asks for ten Working Days' notice of systems first employed from 2013.
            changes:
              - amend:
                  id: notify-ssc-of-subsequent-user-system
                  parameters:
                    applies-to-first-use-from: { value: 2013-01-01, provenance: INFERRED }
                    minimum-notice: { value: 10 working days, provenance: INFERRED }
            """);
        var facts = new FactSet
        {
            Parties = [User(entered: "2012-06-01")],
            UserSystems = [NewSystem("S1", "2012-07-01"), NewSystem("S2", "2013-01-07")],
            SscNotifications = [Notification("N1", "S2", "2013-01-02")],
        };

        var finding = SectionG.Engine.Evaluate(facts, Date("2019-06-30"), drafted).Findings.Single(found => found.Obligation == Obligation && found.Subject.Id == "S2");

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.MissingFacts.Should().ContainSingle().Which.Should().StartWith("the bank holidays of 2012 and before,");
    }
}
