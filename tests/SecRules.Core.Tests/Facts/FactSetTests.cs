using SecRules.Facts;

namespace SecRules.Core.Tests.Facts;

public class FactSetTests
{
    private static readonly Party Party = new() { Id = "P1", Name = "Example", Category = PartyCategory.SmallSupplier };

    [Test]
    public void FindProblems_SoundFacts_FindsNone()
    {
        var facts = new FactSet
        {
            Parties = [Party],
            UserSystems = [new UserSystem { Id = "S1", Owner = "P1" }, new UserSystem { Id = "S2", Owner = "P1", Replaces = "S1" }],
        };

        facts.FindProblems().Should().BeEmpty();
    }

    [Test]
    public void FindProblems_SystemReplacingAnotherOwnersSystem_IsAProblem()
    {
        var facts = new FactSet
        {
            Parties = [Party, Party with { Id = "P2" }],
            UserSystems = [new UserSystem { Id = "S1", Owner = "P2" }, new UserSystem { Id = "S2", Owner = "P1", Replaces = "S1" }],
        };

        facts.FindProblems().Should().ContainSingle().Which.ToString().Should()
            .Be("user-systems[1].replaces: 'S1' belongs to party 'P2'; expected a User System of the same owner, 'P1'");
    }

    [Test]
    public void EnsureValid_NotificationForAnotherPartysSystem_Throws()
    {
        var facts = new FactSet
        {
            Parties = [Party, Party with { Id = "P2" }],
            UserSystems = [new UserSystem { Id = "S1", Owner = "P2" }],
            SscNotifications = [new SscNotification { Id = "N1", Party = "P1", UserSystem = "S1", Sent = new FactTime(new DateOnly(2019, 1, 1)) }],
        };

        var act = () => facts.EnsureValid();

        act.Should().Throw<ArgumentException>().WithMessage("*ssc-notifications[0].user-system: 'S1' belongs to party 'P2'*");
    }

    [Test]
    public void PremisesOn_LaterChange_AppliesFromItsDate()
    {
        var party = Party with
        {
            DomesticPremises = 240_000,
            PremisesChanges = [new PremisesChange { From = new DateOnly(2019, 9, 1), DomesticPremises = 260_000 }],
        };

        party.PremisesOn(new DateOnly(2019, 8, 31)).Should().Be(new PremisesCount(240_000, null));
        party.PremisesOn(new DateOnly(2019, 9, 1)).Should().Be(new PremisesCount(260_000, null));
    }
}
