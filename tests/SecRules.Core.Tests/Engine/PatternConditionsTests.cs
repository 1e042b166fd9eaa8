using NRules.Fluent;
using NRules.Fluent.Dsl;
using SecRules.Engine;
using SecRules.Facts;

namespace SecRules.Core.Tests.Engine;

public class PatternConditionsTests
{
    [Test]
    public void OnTheFactAlone_ConditionJoiningOtherFacts_AppliesOnlyItsConjunctsOnTheFact()
    {
        var test = SystemPatternOf(new SharedSystemOfOwner())!;

        test(System("S1", owner: "P9", provider: "SRP")).Should().BeTrue("the owner is compared with another fact, which is the engine's to do");
        test(System("S1", owner: "P1", provider: null)).Should().BeFalse("the pattern asks for a shared system whatever the owner");
    }

    [Test]
    public void OnTheFactAlone_NestedLambdaOverTheFactOnly_IsOnTheFactAlone()
    {
        var test = SystemPatternOf(new SystemNamedAmong())!;

        test(System("S1")).Should().BeTrue();
        test(System("S7")).Should().BeFalse();
    }

    [Test]
    public void OnTheFactAlone_NothingAskedOfTheFactAlone_IsNull()
    {
        SystemPatternOf(new AnySystemOfOwner()).Should().BeNull();
    }

    [Test]
    public void OnTheFactAlone_GuardAndWhatItGuards_KeepTheirOrder()
    {
        var test = SystemPatternOf(new ReplacingSystem())!;

        test(System("S2", replaces: "S1")).Should().BeTrue();
        test(System("S2", replaces: null)).Should().BeFalse("the guard comes first, so what it guards is never read");
    }

    [Test]
    public void OnTheFactAlone_ConditionThatThrows_LetsTheFactThrough()
    {
        var test = SystemPatternOf(new UnguardedReplacingSystem())!;

        test(System("S2", replaces: null)).Should().BeTrue("a condition that fails to run is the engine's to judge");
        test(System("S2", replaces: "X")).Should().BeFalse();
    }

    private static Func<UserSystem, bool>? SystemPatternOf(Rule rule) =>
        PatternConditions.OnTheFactAlone<UserSystem>(RulePatterns.Of(new RuleDefinitionFactory().Create([rule]).Single())
            .Single(pattern => pattern.ValueType == typeof(UserSystem)));

    private static UserSystem System(string id, string owner = "P1", string? provider = null, string? replaces = null) =>
        new() { Id = id, Owner = owner, SharedResourceProvider = provider, Replaces = replaces };

    private sealed class SharedSystemOfOwner : Rule
    {
        public override void Define()
        {
            Party owner = null!;
            UserSystem system = null!;

            When()
                .Match(() => owner)
                .Match(() => system, candidate => candidate.Owner == owner.Id && candidate.SharedResourceProvider != null);
            Then()
                .Do(_ => system.ToString());
        }
    }

    private sealed class SystemNamedAmong : Rule
    {
        public override void Define()
        {
            UserSystem system = null!;

            When()
                .Match(() => system, candidate => new[] { "S1", "S2" }.Any(id => id == candidate.Id));
            Then()
                .Do(_ => system.ToString());
        }
    }

    private sealed class AnySystemOfOwner : Rule
    {
        public override void Define()
        {
            Party owner = null!;
            IEnumerable<UserSystem> systems = null!;

            When()
                .Match(() => owner)
                .Query(() => systems, query => query.Match<UserSystem>(candidate => candidate.Owner == owner.Id).Collect());
            Then()
                .Do(_ => systems.ToString());
        }
    }

    private sealed class ReplacingSystem : Rule
    {
        public override void Define()
        {
            UserSystem system = null!;

            When()
                .Match(() => system, candidate => candidate.Replaces != null && candidate.Replaces.Length == 2);
            Then()
                .Do(_ => system.ToString());
        }
    }

    private sealed class UnguardedReplacingSystem : Rule
    {
        public override void Define()
        {
            UserSystem system = null!;

            When()
                .Match(() => system, candidate => candidate.Replaces!.Length == 2);
            Then()
                .Do(_ => system.ToString());
        }
    }
}
