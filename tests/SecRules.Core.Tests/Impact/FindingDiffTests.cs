using SecRules.Facts;
using SecRules.Findings;
using SecRules.Impact;

namespace SecRules.Core.Tests.Impact;

public class FindingDiffTests
{
    private static Finding Make(string obligation, string subject, Outcome outcome, string version = "v1", params string[] facts) => new()
    {
        Obligation = obligation,
        Outcome = outcome,
        Subject = new FactRef(FactKind.UserSystem, subject),
        Citation = new Citation("A1", version),
        Provenance = Provenance.Read,
        Message = $"{outcome} in {version}",
        Facts = [new FactRef(FactKind.UserSystem, subject), .. facts.Select(fact => new FactRef(FactKind.Assessment, fact))],
    };

    [Test]
    public void Compare_SameOutcomesWithOtherMessagesAndCitations_IsEmpty()
    {
        var changes = FindingDiff.Compare(
            [Make("alpha", "S1", Outcome.Compliant, "v1"), Make("beta", "S1", Outcome.NotApplicable, "v1")],
            [Make("alpha", "S1", Outcome.Compliant, "v2"), Make("beta", "S1", Outcome.NotApplicable, "v2")]);

        changes.Should().BeEmpty();
    }

    [Test]
    public void Compare_OutcomeChanged_KeepsBothFindingsAndTheirCitations()
    {
        var before = Make("alpha", "S2", Outcome.NotApplicable, "v1");
        var after = Make("alpha", "S2", Outcome.Breach, "v2");

        var change = FindingDiff.Compare([before], [after]).Should().ContainSingle().Subject;

        change.Kind.Should().Be(FindingChangeKind.OutcomeChanged);
        change.Before.Should().BeSameAs(before);
        change.After.Should().BeSameAs(after);
        change.Transition.Should().Be(new OutcomeTransition("alpha", Outcome.NotApplicable, Outcome.Breach));
        change.Discriminator.Should().BeNull();
        change.ToString().Should().Be("alpha for user-system S2: not-applicable -> breach");
    }

    [Test]
    public void Compare_FindingOnOneSideOnly_IsAddedOrRemoved()
    {
        var changes = FindingDiff.Compare(
            [Make("alpha", "S1", Outcome.Compliant)],
            [Make("beta", "S1", Outcome.Breach)]);

        changes.Select(change => (change.Kind, change.Obligation, change.OutcomeBefore, change.OutcomeAfter)).Should().Equal(
            (FindingChangeKind.Added, "beta", (Outcome?)null, (Outcome?)Outcome.Breach),
            (FindingChangeKind.Removed, "alpha", Outcome.Compliant, null));
    }

    [Test]
    public void Compare_SeveralFindingsForOneSubject_PairsThemByTheFactsBehindThem()
    {
        // Two findings for S1, one per assessment: the pairing must follow the assessment, not the
        // order, or a swap of outcomes between them would look like two changes.
        var changes = FindingDiff.Compare(
            [Make("alpha", "S1", Outcome.Compliant, "v1", "A1"), Make("alpha", "S1", Outcome.Breach, "v1", "A2")],
            [Make("alpha", "S1", Outcome.Breach, "v2", "A2"), Make("alpha", "S1", Outcome.NotApplicable, "v2", "A1")]);

        var change = changes.Should().ContainSingle().Subject;
        change.Discriminator.Should().Be(new FactRef(FactKind.Assessment, "A1"));
        change.Transition.Should().Be(new OutcomeTransition("alpha", Outcome.Compliant, Outcome.NotApplicable));
        change.ToString().Should().Be("alpha for user-system S1 (assessment A1): compliant -> not-applicable");
    }

    [Test]
    public void Compare_SeveralFindingsWhoseFactsChange_PairsThemByTheirFirstFactAfterTheSubject()
    {
        var changes = FindingDiff.Compare(
            [Make("alpha", "S1", Outcome.Compliant, "v1", "A1"), Make("alpha", "S1", Outcome.Compliant, "v1", "A2")],
            [Make("alpha", "S1", Outcome.Breach, "v2", "A2", "A9"), Make("alpha", "S1", Outcome.Compliant, "v2", "A1", "A9")]);

        changes.Should().ContainSingle().Which.Discriminator.Should().Be(new FactRef(FactKind.Assessment, "A2"));
    }

    [Test]
    public void Compare_ExtraFindingForASubject_IsAnAdditionNamingWhatTellsItApart()
    {
        var changes = FindingDiff.Compare(
            [Make("alpha", "S1", Outcome.Compliant, "v1", "A1")],
            [Make("alpha", "S1", Outcome.Compliant, "v2", "A1"), Make("alpha", "S1", Outcome.Breach, "v2", "A2")]);

        var change = changes.Should().ContainSingle().Subject;
        change.Kind.Should().Be(FindingChangeKind.Added);
        change.Discriminator.Should().Be(new FactRef(FactKind.Assessment, "A2"));
    }

    [Test]
    public void Compare_IsOrderedByObligationAsReportedThenSubject()
    {
        var changes = FindingDiff.Compare(
            [Make("beta", "S2", Outcome.Compliant), Make("alpha", "S1", Outcome.Compliant), Make("beta", "S1", Outcome.Compliant)],
            [Make("beta", "S1", Outcome.Breach), Make("beta", "S2", Outcome.Breach), Make("alpha", "S1", Outcome.Breach)]);

        changes.Select(change => $"{change.Obligation} {change.Subject.Id}").Should().Equal("beta S1", "beta S2", "alpha S1");
    }
}
