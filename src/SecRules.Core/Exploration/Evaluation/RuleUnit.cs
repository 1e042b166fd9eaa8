using System.Collections.Concurrent;
using NRules.RuleModel;
using SecRules.Engine;
using SecRules.Findings;
using IFact = SecRules.Facts.IFact;

namespace SecRules.Exploration.Evaluation;

/// <summary>
/// Obligations evaluated together, apart from the others: one obligation whose rule reads facts
/// only, or every obligation whose rule reads findings. It knows which fact lists its rules read,
/// which facts of each some pattern could match, and keeps what it gave for each distinct projection
/// of a scenario onto them.
/// </summary>
internal sealed class RuleUnit
{
    // For each rule, for each pattern it joins, the fact lists that can match it (-1: findings);
    // a pattern every session matches (the evaluation date) is left out. Null: no rules.
    private readonly int[][][]? _fromNeeds;
    private readonly int[][][]? _toNeeds;

    public RuleUnit(IReadOnlyList<string> obligations, CompiledRules? from, CompiledRules? to)
    {
        Obligations = obligations;
        From = from;
        To = to;
        var types = (from?.TypesRead ?? []).Concat(to?.TypesRead ?? []).Distinct().ToList();
        ReadsFindings = types.Any(type => type.IsAssignableFrom(typeof(Finding)));
        Lists = [.. Enumerable.Range(0, FactLists.All.Count).Where(list => types.Any(type => type.IsAssignableFrom(FactLists.All[list].FactType)))];
        var patterns = (from?.Patterns ?? []).Concat(to?.Patterns ?? []).ToList();
        Keeps = [.. Lists.Select(list => KeepsOf(FactLists.All[list].FactType, patterns))];
        _fromNeeds = Needs(from);
        _toNeeds = Needs(to);
    }

    /// <summary>Gets the obligations.</summary>
    public IReadOnlyList<string> Obligations { get; }

    /// <summary>Gets the rules under the first version, or null when it has none of the obligations.</summary>
    public CompiledRules? From { get; }

    /// <summary>Gets the rules under the second version, or null when it has none of the obligations.</summary>
    public CompiledRules? To { get; }

    /// <summary>Gets whether the rules read findings of other rules.</summary>
    public bool ReadsFindings { get; }

    /// <summary>Gets the indexes in <see cref="FactLists.All"/> of the fact lists the rules read.</summary>
    public int[] Lists { get; }

    /// <summary>
    /// Gets, for each of <see cref="Lists"/>, the test of which of its facts some pattern of the rules
    /// could match, or null when a pattern could match any: a fact no pattern asks for takes part in no
    /// match, so scenarios that differ only in such facts project alike.
    /// </summary>
    public Func<IFact, bool>?[] Keeps { get; }

    /// <summary>Gets whether the rules under either version could fire on a scenario: whether it has facts for every pattern some rule joins.</summary>
    /// <param name="numbers">The numbers of the scenario's fact lists; 0 for an empty list.</param>
    /// <param name="readFrom">Whether there are findings under the first version for the unit to read.</param>
    /// <param name="readTo">Whether there are findings under the second version for the unit to read.</param>
    /// <returns>False when neither version's rules can conclude anything.</returns>
    public bool CanFire(int[] numbers, bool readFrom, bool readTo) => CanFire(_fromNeeds, numbers, readFrom) || CanFire(_toNeeds, numbers, readTo);

    /// <summary>Gets what the unit gave, by projection.</summary>
    public ConcurrentDictionary<ProjectionKey, UnitResult> Results { get; } = new();

    private static Func<IFact, bool>? KeepsOf(Type factType, List<PatternElement> patterns)
    {
        var tests = new List<Func<IFact, bool>>();
        foreach (var pattern in patterns.Where(pattern => pattern.ValueType.IsAssignableFrom(factType)))
        {
            if (PatternConditions.OnTheFactAlone<IFact>(pattern) is not { } test)
            {
                return null;
            }

            tests.Add(test);
        }

        return tests.Count == 1 ? tests[0] : fact => tests.Exists(test => test(fact));
    }

    private static int[][][]? Needs(CompiledRules? rules) =>
        rules?.Required.Select(types => types
            .Where(type => type != typeof(EvaluationContext))
            .Select(type => (int[])[
                .. type.IsAssignableFrom(typeof(Finding)) ? [-1] : Array.Empty<int>(),
                .. Enumerable.Range(0, FactLists.All.Count).Where(list => type.IsAssignableFrom(FactLists.All[list].FactType))])
            .ToArray()).ToArray();

    private static bool CanFire(int[][][]? needs, int[] numbers, bool read)
    {
        if (needs is null)
        {
            return false;
        }

        foreach (var rule in needs)
        {
            if (Array.TrueForAll(rule, lists => Array.Exists(lists, list => list < 0 ? read : numbers[list] != 0)))
            {
                return true;
            }
        }

        return false;
    }
}
