using System.Collections.Concurrent;
using SecRules.Engine;
using SecRules.Exploration.Evaluation;
using SecRules.Impact;
using SecRules.Scenarios;
using SecRules.Versioning;

namespace SecRules.Exploration;

/// <summary>
/// Searches a bounded space of generated scenarios for those whose findings differ between two
/// versions, and groups them into classes by obligation and outcome before and after, each with its
/// smallest scenario.
/// </summary>
/// <example>
/// <code>
/// var from = SectionG.Rulesets.Get("post-secmp0044");
/// var to = SectionG.Rulesets.Get("post-secmp0057");
/// var result = Explorer.Explore(SectionG.Engine, from, to, SectionGSpace.For(SectionG.Rulesets, from, to));
/// foreach (var found in result.Classes)
///     Console.WriteLine($"{found.Transition.Obligation}: {found.Transition.Describe()} in {found.Scenarios} scenarios");
/// </code>
/// </example>
/// <remarks>
/// Uses every processor: the scenarios are shared out in batches, each thread counts its own, and the
/// counts merge in a way that does not depend on which thread took which batch, so every run gives
/// the same result.
/// </remarks>
public static class Explorer
{
    private const int BatchSize = 64;

    /// <summary>Explores a space of scenarios under two versions.</summary>
    /// <param name="engine">The engine; both versions must belong to its ruleset library (drafts of them included).</param>
    /// <param name="from">The first version.</param>
    /// <param name="to">The second version.</param>
    /// <param name="space">The scenarios to generate.</param>
    /// <param name="options">The limit, parallelism, progress and cancellation; null for the defaults.</param>
    /// <returns>What the exploration found.</returns>
    /// <exception cref="OperationCanceledException">The options' token was cancelled.</exception>
    public static ExplorationResult Explore(ComplianceEngine engine, RulesetVersion from, RulesetVersion to, ScenarioSpace space, ExplorationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(space);
        options ??= new ExplorationOptions();
        engine.Compile(from);
        engine.Compile(to);
        var valueCounts = space.Dimensions.Select(dimension => dimension.Values.Count)
            .Concat(space.FindingDimensions.Select(dimension => dimension.Values.Count + 1))
            .ToList();
        var selected = Select(space.Count, options.Limit);
        using IScenarioEvaluator evaluator = options.Exhaustive
            ? new ExhaustiveEvaluator(engine, from, to, space.EvaluationDate)
            : new ProjectedEvaluator(engine, from, to, space.EvaluationDate);
        var tallies = new ConcurrentBag<Tally>();
        var explored = 0L;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
            CancellationToken = options.CancellationToken,
        };
        Parallel.ForEach(
            Partitioner.Create(0, selected.Length, BatchSize),
            parallel,
            () => (Tally: new Tally(valueCounts), Builder: new PrefixBuilder(space)),
            (batch, _, local) =>
            {
                for (var index = batch.Item1; index < batch.Item2; index++)
                {
                    ExploreOne(evaluator, space, local.Builder, selected[index], local.Tally);
                }

                options.Progress?.Report(new ExplorationProgress(Interlocked.Add(ref explored, batch.Item2 - batch.Item1), selected.Length));
                return local;
            },
            local => tallies.Add(local.Tally));

        var total = new Tally(valueCounts);
        foreach (var tally in tallies)
        {
            total.Merge(tally);
        }

        var text = new RulesetComparison(from, to);
        return new ExplorationResult(text, space, selected.Length, total.Evaluated, total.Differing, Classes(engine, space, text, total), Statistics(space, total));
    }

    // All of the space, or `limit` ordinals spread over it by a stride near the golden section of its
    // size and coprime to it, so that every dimension's values are sampled, not only the first ones.
    private static long[] Select(long count, long? limit)
    {
        if (limit is not { } most || most >= count)
        {
            var all = new long[count];
            for (var ordinal = 0L; ordinal < count; ordinal++)
            {
                all[ordinal] = ordinal;
            }

            return all;
        }

        var stride = Math.Max(1, (long)(count * 0.6180339887498949));
        while (GreatestCommonDivisor(stride, count) != 1)
        {
            stride++;
        }

        var selected = new long[Math.Max(0, most)];
        for (var index = 0L; index < selected.Length; index++)
        {
            selected[index] = (long)((Int128)index * stride % count);
        }

        Array.Sort(selected);
        return selected;
    }

    private static long GreatestCommonDivisor(long a, long b) => b == 0 ? a : GreatestCommonDivisor(b, a % b);

    private static void ExploreOne(IScenarioEvaluator evaluator, ScenarioSpace space, PrefixBuilder builds, long ordinal, Tally tally)
    {
        var choices = space.Choices(ordinal);
        var built = builds.Build(choices);
        var facts = built.ToFactSet();
        var evaluation = evaluator.Evaluate(facts, findingsWanted: space.FindingDimensions.Count > 0);
        tally.Record(ordinal, 0, [.. choices, .. new int[space.FindingDimensions.Count]], facts, evaluation.Transitions);
        if (space.FindingDimensions.Count == 0)
        {
            return;
        }

        var findings = evaluation.Findings();
        var derived = 0;
        for (var dimension = 0; dimension < space.FindingDimensions.Count; dimension++)
        {
            var values = space.FindingDimensions[dimension].Values;
            for (var value = 0; value < values.Count; value++)
            {
                derived++;
                var builder = built.Copy();
                if (!values[value].Apply(builder, findings))
                {
                    continue;
                }

                var derivedFacts = builder.ToFactSet();
                var findingChoices = new int[space.FindingDimensions.Count];
                findingChoices[dimension] = value + 1;
                tally.Record(ordinal, derived, [.. choices, .. findingChoices], derivedFacts, evaluator.Evaluate(derivedFacts, findingsWanted: false).Transitions);
            }
        }
    }

    // Each class's example is evaluated afresh with every rule of both versions, so that what the
    // report shows of it comes from the engine as a caller would run it.
    private static List<DifferenceClass> Classes(ComplianceEngine engine, ScenarioSpace space, RulesetComparison text, Tally total)
    {
        var rank = text.ObligationOrder.Select((obligation, index) => (obligation, index)).ToDictionary(pair => pair.obligation, pair => pair.index, StringComparer.Ordinal);
        var labels = Labels(space);
        var classes = new List<DifferenceClass>();
        var ordered = total.Classes
            .OrderBy(pair => rank.GetValueOrDefault(pair.Key.Obligation, int.MaxValue))
            .ThenBy(pair => pair.Key.Obligation, StringComparer.Ordinal)
            .ThenBy(pair => pair.Key.Before.HasValue).ThenBy(pair => pair.Key.Before)
            .ThenBy(pair => pair.Key.After.HasValue).ThenBy(pair => pair.Key.After);
        foreach (var (transition, tally) in ordered)
        {
            var values = Describe(space, tally.Example.Choices);
            var taken = labels.Select((dimension, index) =>
            {
                var explored = Explored(total, index, dimension.Labels.Count);
                return new DimensionValues(
                    dimension.Name,
                    [.. dimension.Labels.Where((_, value) => (tally.Taken[index] & (1UL << value)) != 0)],
                    [.. dimension.Labels.Where((_, value) => (explored & ~tally.Taken[index] & (1UL << value)) != 0)]);
            }).ToList();
            var name = $"{transition.Obligation}: {OutcomeTransition.Name(transition.Before)} -> {OutcomeTransition.Name(transition.After)}";
            var example = new Scenario
            {
                Name = name,
                Description = $"The smallest of the explored scenarios in which {transition.Obligation} goes from {OutcomeTransition.Name(transition.Before)} under {text.From.Id} to {OutcomeTransition.Name(transition.After)} under {text.To.Id}.",
                File = $"{classes.Count + 1:00}-{transition.Obligation}-{OutcomeTransition.Name(transition.Before).Trim('(', ')')}-to-{OutcomeTransition.Name(transition.After).Trim('(', ')')}.yaml",
                EvaluationDate = space.EvaluationDate,
                Facts = tally.Example.Facts,
            };
            var change = FindingDiff.Compare(
                    engine.FindingsOf(example.Facts, space.EvaluationDate, text.From),
                    engine.FindingsOf(example.Facts, space.EvaluationDate, text.To))
                .First(candidate => candidate.Transition == transition);
            classes.Add(new DifferenceClass(transition, tally.Count, example, change, values, taken));
        }

        return classes;
    }

    private static ulong Explored(Tally total, int dimension, int values)
    {
        var mask = 0UL;
        for (var value = 0; value < values; value++)
        {
            mask |= total.Scenarios(dimension, value) > 0 ? 1UL << value : 0;
        }

        return mask;
    }

    private static List<(string Dimension, string Value)> Describe(ScenarioSpace space, int[] choices)
    {
        var values = space.Describe(choices[..space.Dimensions.Count]).ToList();
        for (var index = 0; index < space.FindingDimensions.Count; index++)
        {
            var dimension = space.FindingDimensions[index];
            var choice = choices[space.Dimensions.Count + index];
            values.Add((dimension.Name, choice == 0 ? dimension.DefaultLabel : dimension.Values[choice - 1].Label));
        }

        return values;
    }

    private static List<(string Name, string Description, IReadOnlyList<string> Labels)> Labels(ScenarioSpace space) =>
    [
        .. space.Dimensions.Select(dimension => (dimension.Name, dimension.Description, (IReadOnlyList<string>)[.. dimension.Values.Select(value => value.Label)])),
        .. space.FindingDimensions.Select(dimension => (dimension.Name, dimension.Description, (IReadOnlyList<string>)[dimension.DefaultLabel, .. dimension.Values.Select(value => value.Label)])),
    ];

    private static List<DimensionStatistics> Statistics(ScenarioSpace space, Tally total) =>
        [.. Labels(space).Select((dimension, index) => new DimensionStatistics(
            dimension.Name,
            dimension.Description,
            [.. dimension.Labels.Select((label, value) => new ValueStatistics(label, total.Scenarios(index, value), total.DifferingWith(index, value)))]))];
}
