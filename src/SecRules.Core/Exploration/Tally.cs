using SecRules.Impact;

namespace SecRules.Exploration;

/// <summary>
/// What one thread has counted of the scenarios it explored. Tallies merge by sums, unions and the
/// smaller example, all of which are indifferent to order, so the merged result is the same however
/// the scenarios were shared out between threads.
/// </summary>
internal sealed class Tally
{
    private readonly long[][] _scenarios;
    private readonly long[][] _differing;

    public Tally(IReadOnlyList<int> valueCounts)
    {
        _scenarios = [.. valueCounts.Select(count => new long[count])];
        _differing = [.. valueCounts.Select(count => new long[count])];
    }

    public long Evaluated { get; private set; }

    public long Differing { get; private set; }

    public Dictionary<OutcomeTransition, ClassTally> Classes { get; } = [];

    public long Scenarios(int dimension, int value) => _scenarios[dimension][value];

    public long DifferingWith(int dimension, int value) => _differing[dimension][value];

    public void Record(ExploredScenario scenario, IReadOnlyList<FindingChange> changes)
    {
        Evaluated++;
        var differs = changes.Count > 0;
        Differing += differs ? 1 : 0;
        for (var dimension = 0; dimension < scenario.Choices.Length; dimension++)
        {
            var value = scenario.Choices[dimension];
            if (value == ScenarioSpace.NotApplicable)
            {
                continue;
            }

            _scenarios[dimension][value]++;
            _differing[dimension][value] += differs ? 1 : 0;
        }

        foreach (var change in changes.DistinctBy(change => change.Transition))
        {
            if (!Classes.TryGetValue(change.Transition, out var tally))
            {
                Classes[change.Transition] = tally = new ClassTally(scenario.Choices.Length, scenario, change);
            }

            tally.Add(scenario, change);
        }
    }

    public void Merge(Tally other)
    {
        Evaluated += other.Evaluated;
        Differing += other.Differing;
        for (var dimension = 0; dimension < _scenarios.Length; dimension++)
        {
            for (var value = 0; value < _scenarios[dimension].Length; value++)
            {
                _scenarios[dimension][value] += other._scenarios[dimension][value];
                _differing[dimension][value] += other._differing[dimension][value];
            }
        }

        foreach (var (transition, tally) in other.Classes)
        {
            if (Classes.TryGetValue(transition, out var mine))
            {
                mine.Merge(tally);
            }
            else
            {
                Classes[transition] = tally;
            }
        }
    }

    /// <summary>One class: how many scenarios, the values each dimension took (a bit per value), and the smallest example.</summary>
    internal sealed class ClassTally(int dimensions, ExploredScenario example, FindingChange exampleChange)
    {
        public long Count { get; private set; }

        public ulong[] Taken { get; } = new ulong[dimensions];

        public ExploredScenario Example { get; private set; } = example;

        public FindingChange ExampleChange { get; private set; } = exampleChange;

        public void Add(ExploredScenario scenario, FindingChange change)
        {
            Count++;
            for (var dimension = 0; dimension < scenario.Choices.Length; dimension++)
            {
                if (scenario.Choices[dimension] != ScenarioSpace.NotApplicable)
                {
                    Taken[dimension] |= 1UL << scenario.Choices[dimension];
                }
            }

            Offer(scenario, change);
        }

        public void Merge(ClassTally other)
        {
            Count += other.Count;
            for (var dimension = 0; dimension < Taken.Length; dimension++)
            {
                Taken[dimension] |= other.Taken[dimension];
            }

            Offer(other.Example, other.ExampleChange);
        }

        private void Offer(ExploredScenario scenario, FindingChange change)
        {
            if (scenario.IsSmallerThan(Example))
            {
                Example = scenario;
                ExampleChange = change;
            }
        }
    }
}
