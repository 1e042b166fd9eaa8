using SecRules.Facts;
using SecRules.Findings;
using SecRules.Rulesets.Tests.Support;
using static SecRules.Rulesets.Tests.Support.Build;

namespace SecRules.Rulesets.Tests.Obligations;

public class AnnualAssessmentCycleTests
{
    private const string Obligation = "annual-assessment-cycle";

    private static Finding Evaluate(Party party, string date, string version, params (string Kind, string Fieldwork)[] assessments)
    {
        var facts = new FactSet
        {
            Parties = [party],
            Assessments =
            [
                .. assessments.Select((assessment, index) => new SecurityAssessment
                {
                    Id = $"A{index + 1}",
                    Subject = party.Id,
                    AssessmentKind = Enum.Parse<AssessmentKind>(assessment.Kind, ignoreCase: true),
                    Fieldwork = Date(assessment.Fieldwork),
                }),
            ],
        };
        return Evaluation.Single(facts, date, version, Obligation, party.Id);
    }

    private static Party Supplier(int domestic = 120_000, int nonDomestic = 0, string entered = "2016-06-01") =>
        User(entered: entered) with { DomesticPremises = domestic, NonDomesticPremises = nonDomestic };

    [TestCaseSource(typeof(Evaluation), nameof(Evaluation.AllVersions))]
    public void SmallSupplierWithFullVerificationAndSelfAssessments_IsCompliant(string version)
    {
        var finding = Evaluate(Supplier(), "2019-05-31", version,
            ("full", "2016-09-01"), ("verification", "2017-09-01"), ("self", "2018-09-01"));

        finding.Outcome.Should().Be(Outcome.Compliant);
        finding.Facts.Select(fact => fact.Id).Should().Equal("P1", "A1", "A2", "A3");
    }

    [TestCaseSource(typeof(Evaluation), nameof(Evaluation.AllVersions))]
    public void YearEndingWithoutTheAssessmentDue_IsABreach(string version)
    {
        var finding = Evaluate(Supplier(), "2019-05-31", version, ("full", "2016-09-01"), ("self", "2017-09-01"), ("self", "2018-09-01"));

        finding.Outcome.Should().Be(Outcome.Breach);
        finding.Message.Should().Contain("Year 2 (2017-06-01 to 2018-05-31, year 2 of its cycle; by cycle years, cycle-years [INFERRED]): a Verification User Security Assessment (or a full one) was due");
    }

    [Test]
    public void CurrentYearWithoutTheAssessmentYet_DoesNotCountAgainstTheParty()
    {
        var finding = Evaluate(Supplier(entered: "2018-06-01"), "2019-08-01", "post-secmp0057", ("full", "2018-09-01"));

        finding.Outcome.Should().Be(Outcome.Compliant, "year 1 is met and year 2 has not ended");
        finding.Message.Should().Contain("is due for a small supplier with 120,000 domestic and 0 non-domestic premises [INFERRED] by 2019-09-01; so far no assessment");
    }

    [Test]
    public void InitialAssessmentBeforeEntry_MeetsTheFirstYear()
    {
        var party = Supplier(entered: "2018-06-01");
        var facts = new FactSet
        {
            Parties = [party],
            Assessments = [new SecurityAssessment { Id = "A0", Subject = "P1", AssessmentKind = AssessmentKind.Full, Initial = true, Fieldwork = Date("2018-03-01") }],
        };

        Evaluation.Single(facts, "2019-07-01", "post-secmp0057", Obligation, "P1").Outcome.Should().Be(Outcome.Compliant);
    }

    [Test]
    public void SupplierCrossing250000BeforeYear3_MustTakeAFullAssessmentInYear3()
    {
        var party = Supplier(domestic: 240_000) with { PremisesChanges = [new PremisesChange { From = Date("2018-03-01"), DomesticPremises = 260_000 }] };

        var finding = Evaluate(party, "2019-06-01", "post-secmp0044", ("full", "2016-09-01"), ("verification", "2017-09-01"), ("verification", "2018-09-01"));

        finding.Outcome.Should().Be(Outcome.Breach);
        finding.Message.Should().Contain("a Full User Security Assessment was due for a small supplier with 260,000 domestic");
    }

    [TestCase("post-secmp0044", Outcome.Compliant)]
    [TestCase("post-secmp0057", Outcome.Breach)]
    public void OtherUserSelfAssessingInYear2_IsCompliantOnlyBeforeSecmp0059(string version, Outcome expected)
    {
        var otherUser = User(entered: "2019-03-01", category: PartyCategory.OtherUser);

        var finding = Evaluate(otherUser, "2020-06-01", version, ("full", "2019-04-01"), ("self", "2020-03-01"));

        finding.Outcome.Should().Be(expected);
    }

    [Test]
    public void OtherUserYear2StartingBeforeSecmp0059_KeepsTheEarlierRow()
    {
        var otherUser = User(entered: "2017-06-01", category: PartyCategory.OtherUser);

        var finding = Evaluate(otherUser, "2019-05-31", "post-secmp0057", ("full", "2017-09-01"), ("self", "2018-09-01"));

        finding.Outcome.Should().Be(Outcome.Compliant, "year 2 started on 2018-06-01, before SECMP0059");
    }

    [Test]
    public void NetworkPartyAbove250000InYear2_IsUndeterminedNotAGuess()
    {
        var network = User(category: PartyCategory.GasNetwork, entered: "2016-06-01") with { DomesticPremises = 2_000_000 };

        var finding = Evaluate(network, "2018-07-01", "post-secmp0044", ("full", "2016-09-01"), ("self", "2017-09-01"));
        var running = Evaluate(network, "2018-05-01", "post-secmp0044", ("full", "2016-09-01"), ("self", "2017-09-01"));

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.MissingFacts.Should().ContainSingle().Which.Should().Contain("year 2 of the cycle for a gas network with 2,000,000 domestic");
        running.Outcome.Should().Be(Outcome.Compliant, "year 1 is met and year 2 is judged only when it ends");
    }

    [TestCase(30_000, "post-secmp0057", Outcome.Compliant)]
    [TestCase(70_000, "post-secmp0057", Outcome.Breach)]
    [TestCase(30_000, "post-secmp0044", Outcome.Undetermined)]
    public void NonDomesticSupplier_IsJudgedByTheSecmp0059Threshold(int nonDomestic, string version, Outcome expected)
    {
        var supplier = Supplier(domestic: 0, nonDomestic: nonDomestic, entered: "2019-03-01");

        var finding = Evaluate(supplier, "2021-03-01", version, ("full", "2019-06-01"), ("verification", "2020-06-01"));

        finding.Outcome.Should().Be(expected);
    }

    [Test]
    public void PartyStillInUserEntry_IsNotApplicable()
    {
        Evaluate(User(entered: null), "2019-06-30", "post-secmp0057").Outcome.Should().Be(Outcome.NotApplicable);
    }

    private static Finding EvaluateDated(Party party, string date, string version, params (string Kind, string? Fieldwork)[] assessments)
    {
        var facts = new FactSet
        {
            Parties = [party],
            Assessments =
            [
                .. assessments.Select((assessment, index) => new SecurityAssessment
                {
                    Id = $"A{index + 1}",
                    Subject = party.Id,
                    AssessmentKind = Enum.Parse<AssessmentKind>(assessment.Kind, ignoreCase: true),
                    Initial = index == 0,
                    Fieldwork = assessment.Fieldwork is null ? null : Date(assessment.Fieldwork),
                }),
            ],
        };
        return Evaluation.Single(facts, date, version, Obligation, party.Id);
    }

    private static string Plus(string date, int days) =>
        Date(date).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public void AssessmentsElevenAndAHalfMonthsApart_AreNeverABreach([Values("2018-01-01", "2018-04-17", "2018-08-31", "2019-02-28", "2020-07-01")] string entered, [ValueSource(typeof(Evaluation), nameof(Evaluation.AllVersions))] string version)
    {
        // Year 1 is the initial assessment; each later one comes 350 days (about 11.5 months) after
        // the one before, in the order of a small supplier's schedule.
        var fieldwork = Plus(entered, -30);
        var kinds = new[] { "full", "verification", "self", "full", "verification", "self", "full" };
        var assessments = kinds.Select((kind, index) => (kind, (string?)Plus(fieldwork, index * 350))).ToArray();

        var finding = EvaluateDated(Supplier(entered: entered), Plus(entered, 6 * 365), version, assessments);

        finding.Outcome.Should().NotBe(Outcome.Breach, finding.Message);
    }

    [TestCaseSource(typeof(Evaluation), nameof(Evaluation.AllVersions))]
    public void AssessmentsTwentyThreeMonthsApart_AreABreach(string version)
    {
        var finding = EvaluateDated(Supplier(entered: "2018-01-01"), "2021-12-31", version,
            ("full", "2017-12-01"), ("verification", "2019-06-01"), ("self", "2021-05-01"));

        finding.Outcome.Should().Be(Outcome.Breach);
        finding.Message.Should().Contain("Year 3 (year 3 of its cycle, due within 12 months of the fieldwork of A2 on 2019-06-01, so by 2020-06-01; G8.40 as read by scf-v1.16-rolling from 2019-08-01 [READ]): a User Security Self-Assessment (or a fuller one) was due");
    }

    [TestCaseSource(typeof(Evaluation), nameof(Evaluation.AllVersions))]
    public void YearsDueBeforeAugust2019_KeepTheCycleYearReading(string version)
    {
        // Year 3 under the rolling reading would be due by 2018-09-01, before the reading took effect;
        // so its cycle year, 2018-06-01 to 2019-05-31, governs and the self-assessment in May 2019 meets it.
        var finding = EvaluateDated(Supplier(), "2019-07-01", version, ("full", "2016-03-01"), ("verification", "2017-09-01"), ("self", "2019-05-20"));

        finding.Outcome.Should().Be(Outcome.Compliant);
        finding.Message.Should().Contain("Year 3 (2018-06-01 to 2019-05-31, year 3 of its cycle; by cycle years, cycle-years [INFERRED])");
    }

    [TestCaseSource(typeof(Evaluation), nameof(Evaluation.AllVersions))]
    public void AYearDueFromAugust2019_IsReadRolling_EvenWhereItsCycleYearWouldStillBeRunning(string version)
    {
        // Year 3's cycle year runs to 2019-09-30, but within 12 months of year 2's fieldwork it was due
        // by 2019-09-01, which falls after the rolling reading took effect.
        var finding = EvaluateDated(Supplier(entered: "2016-10-01"), "2019-12-01", version,
            ("full", "2016-08-01"), ("verification", "2018-09-01"), ("self", "2019-09-20"));

        finding.Outcome.Should().Be(Outcome.Breach);
        finding.Message.Should().Contain("so by 2019-09-01");
    }

    [TestCase("2019-12-20", "2020-12-01", Outcome.Compliant)]
    [TestCase("2020-08-15", "2021-06-01", Outcome.Undetermined)]
    [TestCase("2020-09-02", "2021-06-01", Outcome.Breach)]
    public void SecondYear_AfterAnInitialAssessmentBeforeTheCycle_IsSettledOnlyWhereBothStartingPointsAgree(string fieldwork, string date, Outcome expected)
    {
        var finding = EvaluateDated(Supplier(entered: "2019-09-01"), date, "post-mp091", ("full", "2019-01-15"), ("verification", fieldwork));

        finding.Outcome.Should().Be(expected);
        finding.Message.Should().Contain("due within 12 months of the start of the cycle on 2019-09-01, so by 2020-09-01");
    }

    [Test]
    public void AssessmentWithoutAFieldworkDate_IsNotDropped_TheYearItMayHaveMetIsUndetermined()
    {
        var finding = EvaluateDated(Supplier(entered: "2018-01-01"), "2020-03-01", "post-secmp0057", ("full", "2017-12-01"), ("verification", null));

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.MissingFacts.Should().Equal("the fieldwork date of A2 (fieldwork)");
    }

    [Test]
    public void InitialAssessmentWithoutAFieldworkDate_LeavesTheFirstYearUndetermined_NotABreach()
    {
        var finding = EvaluateDated(Supplier(entered: "2018-01-01"), "2019-03-01", "post-secmp0057", ("full", null));

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.MissingFacts.Should().Equal("the fieldwork date of A1 (fieldwork)");
    }

    [Test]
    public void MoreYearsMissedThanUndatedAssessmentsCouldMeet_IsABreach()
    {
        var finding = EvaluateDated(Supplier(entered: "2016-01-01"), "2020-03-01", "post-secmp0057", ("full", null));

        finding.Outcome.Should().Be(Outcome.Breach);
        finding.Message.Should().EndWith("4 whole years have passed since the cycle began and only 1 assessment is recorded, so at least one year went unmet whatever the dates.");
    }

    [Test]
    public void PremisesNotGiven_WhereTheScheduleTurnsOnThem_IsUndeterminedNamingThem()
    {
        var supplier = User(entered: "2017-06-01") with { DomesticPremises = 120_000 };

        var finding = Evaluate(supplier, "2019-07-01", "post-secmp0044", ("full", "2017-09-01"), ("verification", "2018-09-01"));

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.MissingFacts.Should().Equal("the premises counts of P1 on 2018-06-01 (domestic-premises, non-domestic-premises)");
        finding.Message.Should().Contain("a small supplier with 120,000 domestic and an unknown number of non-domestic premises");
    }

    [Test]
    public void PremisesNotGiven_AndAYearWithNoAssessmentAtAll_IsABreachWhateverWasDue()
    {
        var supplier = User(entered: "2017-06-01");

        Evaluate(supplier, "2019-07-01", "post-secmp0044", ("full", "2017-09-01")).Outcome.Should().Be(Outcome.Breach);
    }

    [Test]
    public void OtherUsersYear3_ReadsTheSameBeforeAndAfterSecmp0059()
    {
        // SECMP0059 changed an Other User's year 2 only (R2).
        var otherUser = User(entered: "2016-06-01", category: PartyCategory.OtherUser);
        var before = Evaluate(otherUser, "2019-07-01", "post-secmp0044", ("full", "2016-09-01"), ("self", "2017-09-01"), ("self", "2018-09-01"));
        var after = Evaluate(otherUser, "2019-07-01", "post-secmp0057", ("full", "2016-09-01"), ("self", "2017-09-01"), ("self", "2018-09-01"));
        var laterCycle = Evaluate(User(entered: "2019-03-01", category: PartyCategory.OtherUser), "2022-06-01", "post-secmp0057",
            ("full", "2019-01-15"), ("verification", "2020-06-15"), ("self", "2021-06-01"));

        before.Outcome.Should().Be(Outcome.Compliant);
        after.Outcome.Should().Be(before.Outcome);
        laterCycle.Message.Should().Contain("a User Security Self-Assessment (or a fuller one) is due for an other user").And.NotContain("not known");
    }
}
