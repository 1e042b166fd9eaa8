using SecRules.Exploration;
using SecRules.Facts;

namespace SecRules.Core.Tests.Exploration;

public class ScenarioSpaceTests
{
    private static readonly DateOnly Evaluation = new(2020, 1, 1);

    // Two categories; one or two systems (the second tagged); a note that applies only with a second system.
    private static ScenarioSpace Space() => new(Evaluation,
    [
        new Dimension("category", "The category.",
        [
            new DimensionValue("large", builder => builder.Party = builder.Party with { Category = PartyCategory.LargeSupplier }),
            new DimensionValue("small", builder => builder.Party = builder.Party with { Category = PartyCategory.SmallSupplier }),
        ]),
        new Dimension("systems", "How many systems.",
        [
            new DimensionValue("one", builder => Add(builder, "S1")),
            new DimensionValue("two", builder => { Add(builder, "S1"); Add(builder, "S2"); }, "second"),
        ]),
        new Dimension("notice", "A notification of the second system.",
        [
            new DimensionValue("none"),
            new DimensionValue("early", builder => Notify(builder, -30)),
            new DimensionValue("late", builder => Notify(builder, 3)),
        ], requires: "second"),
    ], whoDimension: "category");

    private static void Add(ScenarioBuilder builder, string id) =>
        builder.UserSystems.Add(new UserSystem { Id = id, Owner = ScenarioBuilder.PartyId, FirstEmployed = new FactTime(new DateOnly(2019, 5, 1)) });

    private static void Notify(ScenarioBuilder builder, int days) =>
        builder.SscNotifications.Add(new SscNotification { Id = "N1", Party = ScenarioBuilder.PartyId, UserSystem = "S2", Sent = new FactTime(new DateOnly(2019, 5, 1).AddDays(days)) });

    [Test]
    public void Count_DimensionThatDoesNotApply_KeepsOnlyItsFirstValue()
    {
        // Per category: one system (notice does not apply) + two systems x three notices.
        Space().Count.Should().Be(2 * (1 + 3));
    }

    [Test]
    public void Choices_AreInLexicographicOrderWithNotApplicableWhereADimensionDoesNotApply()
    {
        var space = Space();

        var all = Enumerable.Range(0, (int)space.Count).Select(ordinal => space.Choices(ordinal)).ToList();

        all.Should().BeEquivalentTo(
            new[]
            {
                new[] { 0, 0, ScenarioSpace.NotApplicable }, [0, 1, 0], [0, 1, 1], [0, 1, 2],
                [1, 0, ScenarioSpace.NotApplicable], [1, 1, 0], [1, 1, 1], [1, 1, 2],
            },
            options => options.WithStrictOrdering());
    }

    [Test]
    public void Build_AppliesEachChosenValueInOrder()
    {
        var space = Space();

        var facts = space.Build(space.Choices(7)).ToFactSet();

        facts.Parties.Single().Category.Should().Be(PartyCategory.SmallSupplier);
        facts.UserSystems.Select(system => system.Id).Should().Equal("S1", "S2");
        facts.SscNotifications.Single().Sent.Date.Should().Be(new DateOnly(2019, 5, 4));
        facts.FindProblems().Should().BeEmpty();
    }

    [Test]
    public void Describe_LeavesOutDimensionsThatDoNotApply()
    {
        var space = Space();

        space.Describe(space.Choices(0)).Should().Equal(("category", "large"), ("systems", "one"));
        space.Describe(space.Choices(6)).Should().Equal(("category", "small"), ("systems", "two"), ("notice", "early"));
    }

    [Test]
    public void Restrict_KeepsTheValuesNamedInTheirOrder()
    {
        var space = Space().Restrict("notice", ["late", "none"]).Restrict("category", ["small"]);

        space.Count.Should().Be(1 + 2);
        space.Dimensions[2].Values.Select(value => value.Label).Should().Equal("none", "late");
        space.Build(space.Choices(0)).Party.Category.Should().Be(PartyCategory.SmallSupplier);
    }

    [TestCase("colour", "unknown dimension 'colour'; expected one of: category, systems, notice")]
    [TestCase("notice", "the dimension 'notice' has no value 'soon'; expected one of: none; early; late")]
    public void Restrict_Unknown_SaysWhatThereIs(string dimension, string expected)
    {
        var act = () => Space().Restrict(dimension, ["soon"]);

        act.Should().Throw<KeyNotFoundException>().WithMessage(expected);
    }

    [Test]
    public void Create_TwoDimensionsWithOneName_IsRefused()
    {
        var act = () => new ScenarioSpace(Evaluation, [new Dimension("a", "A.", [new DimensionValue("x")]), new Dimension("a", "A again.", [new DimensionValue("y")])]);

        act.Should().Throw<ArgumentException>().WithMessage("Two dimensions are named 'a'.*");
    }
}
