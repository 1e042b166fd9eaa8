using SecRules.Exploration.Evaluation;
using SecRules.Facts;
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

    /// <summary>Counts one explored scenario.</summary>
    /// <param name="ordinal">Its generated scenario's place in the space.</param>
    /// <param name="derived">0 for the generated scenario; otherwise which finding-dimension value derived it, from 1.</param>
    /// <param name="choices">The value of every dimension, those derived from findings last.</param>
    /// <param name="facts">The facts, kept if the scenario becomes the example of a class.</param>
    /// <param name="transitions">The outcome transitions of the findings that differ, each once.</param>
    public void Record(long ordinal, int derived, int[] choices, FactSet facts, IReadOnlyCollection<OutcomeTransition> transitions)
    {
        Evaluated++;
        var differs = transitions.Count > 0;
        Differing += differs ? 1 : 0;
        for (var dimension = 0; dimension < choices.Length; dimension++)
        {
            var value = choices[dimension];
            if (value == ScenarioSpace.NotApplicable)
            {
                continue;
            }

            _scenarios[dimension][value]++;
            _differing[dimension][value] += differs ? 1 : 0;
        }

        if (!differs)
        {
            return;
        }

        var size = FactLists.Count(facts);
        foreach (var transition in transitions)
        {
            if (!Classes.TryGetValue(transition, out var tally))
            {
                Classes[transition] = tally = new ClassTally(choices.Length);
            }

            tally.Add(ordinal, derived, choices, facts, size);
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
    internal sealed class ClassTally(int dimensions)
    {
        public long Count { get; private set; }

        public ulong[] Taken { get; } = new ulong[dimensions];

        public ExploredScenario Example { get; private set; } = null!;

        public void Add(long ordinal, int derived, int[] choices, FactSet facts, int size)
        {
            Count++;
            for (var dimension = 0; dimension < choices.Length; dimension++)
            {
                if (choices[dimension] != ScenarioSpace.NotApplicable)
                {
                    Taken[dimension] |= 1UL << choices[dimension];
                }
            }

            // Most scenarios are not the smallest: build the example only for one that is.
            if (Example is null || (size, ordinal, derived).CompareTo((Example.FactCount, Example.Ordinal, Example.Derived)) < 0)
            {
                Example = new ExploredScenario(ordinal, derived, choices, facts);
            }
        }

        public void Merge(ClassTally other)
        {
            Count += other.Count;
            for (var dimension = 0; dimension < Taken.Length; dimension++)
            {
                Taken[dimension] |= other.Taken[dimension];
            }

            if (other.Example.IsSmallerThan(Example))
            {
                Example = other.Example;
            }
        }
    }
}
