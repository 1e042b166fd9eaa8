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
        finding.Message.Should().Contain("Year 2 (2017-06-01 to 2018-05-31, year 2 of its cycle): a Verification User Security Assessment (or a full one) was due");
    }

    [Test]
    public void CurrentYearWithoutTheAssessmentYet_DoesNotCountAgainstTheParty()
    {
        var finding = Evaluate(Supplier(entered: "2018-06-01"), "2019-08-01", "post-secmp0057", ("full", "2018-09-01"));

        finding.Outcome.Should().Be(Outcome.Compliant, "year 1 is met and year 2 has not ended");
        finding.Message.Should().Contain("by the end of the year; so far no assessment");
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
        var otherUser = User(entered: "2018-06-01", category: PartyCategory.OtherUser);

        var finding = Evaluate(otherUser, "2020-06-01", version, ("full", "2018-09-01"), ("self", "2019-09-01"));

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
}
