namespace SecRules.Exploration;

/// <summary>
/// The bounded space of generated scenarios: every combination of the values of its dimensions (a
/// dimension that does not apply keeps its first value), each evaluated at one date, and each
/// followed by the scenarios its <see cref="FindingDimensions"/> derive from its findings.
/// </summary>
/// <remarks>Immutable once built; safe to share between threads.</remarks>
public sealed class ScenarioSpace
{
    /// <summary>The choice <see cref="Choices"/> gives a dimension that does not apply; it keeps its first value.</summary>
    public const int NotApplicable = -1;

    private readonly long[] _radices;
    private readonly Lazy<long[]> _combinations;

    /// <summary>Creates a space.</summary>
    /// <param name="evaluationDate">The date every generated scenario is evaluated at.</param>
    /// <param name="dimensions">The dimensions, applied in order.</param>
    /// <param name="findingDimensions">The dimensions derived from findings, each applied alone after a first evaluation.</param>
    /// <param name="whoDimension">The name of the dimension that says who the User is, for reports of whom a change affects; null when none does.</param>
    public ScenarioSpace(DateOnly evaluationDate, IReadOnlyList<Dimension> dimensions, IReadOnlyList<FindingDimension>? findingDimensions = null, string? whoDimension = null)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        var duplicate = dimensions.Select(dimension => dimension.Name).Concat((findingDimensions ?? []).Select(dimension => dimension.Name))
            .GroupBy(name => name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two dimensions are named '{duplicate.Key}'.", nameof(dimensions));
        }

        if ((findingDimensions ?? []).FirstOrDefault(dimension => dimension.Values.Count > 63) is { } large)
        {
            throw new ArgumentException($"The dimension '{large.Name}' has {large.Values.Count} values besides its default; expected at most 63.", nameof(findingDimensions));
        }

        if (whoDimension is not null && dimensions.All(dimension => dimension.Name != whoDimension))
        {
            throw new ArgumentException($"No dimension is named '{whoDimension}'.", nameof(whoDimension));
        }

        EvaluationDate = evaluationDate;
        Dimensions = dimensions;
        FindingDimensions = findingDimensions ?? [];
        WhoDimension = whoDimension;
        _radices = new long[dimensions.Count];
        var radix = 1L;
        for (var index = dimensions.Count - 1; index >= 0; index--)
        {
            _radices[index] = radix;
            radix = checked(radix * dimensions[index].Values.Count);
        }

        _combinations = new Lazy<long[]>(Enumerate);
    }

    /// <summary>Gets the date every generated scenario is evaluated at.</summary>
    public DateOnly EvaluationDate { get; }

    /// <summary>Gets the dimensions, in the order their values are applied.</summary>
    public IReadOnlyList<Dimension> Dimensions { get; }

    /// <summary>Gets the dimensions derived from findings.</summary>
    public IReadOnlyList<FindingDimension> FindingDimensions { get; }

    /// <summary>Gets the name of the dimension that says who the User is, or null.</summary>
    public string? WhoDimension { get; }

    /// <summary>Gets how many scenarios the dimensions generate, before those derived from findings.</summary>
    public long Count => _combinations.Value.Length;

    /// <summary>
    /// Gets the space in which one dimension takes only some of its values, for example only Small
    /// Suppliers; the first value kept becomes the dimension's default.
    /// </summary>
    /// <param name="dimension">The dimension's name.</param>
    /// <param name="labels">The labels of the values to keep.</param>
    /// <returns>The smaller space.</returns>
    /// <exception cref="KeyNotFoundException">No dimension has that name, or it has no value with one of the labels; the message lists what there is.</exception>
    public ScenarioSpace Restrict(string dimension, IReadOnlyCollection<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (Dimensions.FirstOrDefault(candidate => candidate.Name == dimension) is { } found)
        {
            var kept = Keep(found.Name, found.Values.Select(value => value.Label).ToList(), labels);
            var restricted = new Dimension(found.Name, found.Description, [.. kept.Select(index => found.Values[index])], found.Requires);
            return new ScenarioSpace(EvaluationDate, [.. Dimensions.Select(candidate => candidate == found ? restricted : candidate)], FindingDimensions, WhoDimension);
        }

        if (FindingDimensions.FirstOrDefault(candidate => candidate.Name == dimension) is { } derived)
        {
            var kept = Keep(derived.Name, [derived.DefaultLabel, .. derived.Values.Select(value => value.Label)], labels);
            if (!kept.Contains(0))
            {
                throw new KeyNotFoundException($"the dimension '{dimension}' always keeps '{derived.DefaultLabel}', which the scenarios it derives from are; expected it among the values kept");
            }

            var restricted = derived with { Values = [.. kept.Where(index => index > 0).Select(index => derived.Values[index - 1])] };
            return new ScenarioSpace(EvaluationDate, Dimensions, [.. FindingDimensions.Select(candidate => candidate == derived ? restricted : candidate)], WhoDimension);
        }

        throw new KeyNotFoundException($"unknown dimension '{dimension}'; expected one of: {string.Join(", ", Dimensions.Select(known => known.Name).Concat(FindingDimensions.Select(known => known.Name)))}");
    }

    /// <summary>Gets the value each dimension takes in the generated scenario at <paramref name="ordinal"/>.</summary>
    /// <param name="ordinal">The scenario's place in the space, from 0 to <see cref="Count"/> - 1.</param>
    /// <returns>The index of each dimension's value, in dimension order; -1 for a dimension that does not apply.</returns>
    public int[] Choices(long ordinal)
    {
        var code = _combinations.Value[ordinal];
        var choices = new int[Dimensions.Count];
        var tags = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < choices.Length; index++)
        {
            var dimension = Dimensions[index];
            if (!Applies(dimension, tags))
            {
                choices[index] = NotApplicable;
                continue;
            }

            choices[index] = (int)(code / _radices[index] % dimension.Values.Count);
            tags.UnionWith(dimension.Values[choices[index]].Tags);
        }

        return choices;
    }

    /// <summary>Builds the facts of a generated scenario.</summary>
    /// <param name="choices">The index of each dimension's value, as <see cref="Choices"/> gives them.</param>
    /// <returns>A builder holding the facts, for finding dimensions to add to.</returns>
    public ScenarioBuilder Build(IReadOnlyList<int> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var builder = new ScenarioBuilder(EvaluationDate);
        for (var index = 0; index < Dimensions.Count; index++)
        {
            Dimensions[index].Values[Math.Max(choices[index], 0)].Apply?.Invoke(builder);
        }

        return builder;
    }

    /// <summary>Describes a generated scenario by the label of each dimension's value, skipping dimensions that do not apply.</summary>
    /// <param name="choices">The index of each dimension's value, as <see cref="Choices"/> gives them.</param>
    /// <returns>Pairs of dimension name and value label, in dimension order.</returns>
    public IReadOnlyList<(string Dimension, string Value)> Describe(IReadOnlyList<int> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return [.. Dimensions.Select((dimension, index) => (dimension, choice: choices[index]))
            .Where(pair => pair.choice != NotApplicable)
            .Select(pair => (pair.dimension.Name, pair.dimension.Values[pair.choice].Label))];
    }

    private static List<int> Keep(string dimension, IReadOnlyList<string> all, IReadOnlyCollection<string> labels)
    {
        var unknown = labels.FirstOrDefault(label => !all.Contains(label, StringComparer.Ordinal));
        if (unknown is not null || labels.Count == 0)
        {
            throw new KeyNotFoundException($"the dimension '{dimension}' has no value '{unknown}'; expected one of: {string.Join("; ", all)}");
        }

        return [.. all.Select((label, index) => (label, index)).Where(pair => labels.Contains(pair.label, StringComparer.Ordinal)).Select(pair => pair.index)];
    }

    private static bool Applies(Dimension dimension, HashSet<string> tags) => dimension.Requires is null || tags.Contains(dimension.Requires);

    // Every combination in which a dimension that does not apply keeps its first value, encoded in
    // mixed radix, in lexicographic order of the choices: the order that makes ordinals stable.
    private long[] Enumerate()
    {
        var codes = new List<long>();
        var tags = new List<string>();
        Walk(0, 0L);
        return [.. codes];

        void Walk(int index, long code)
        {
            if (index == Dimensions.Count)
            {
                codes.Add(code);
                return;
            }

            var dimension = Dimensions[index];
            var count = dimension.Requires is null || tags.Contains(dimension.Requires) ? dimension.Values.Count : 1;
            for (var value = 0; value < count; value++)
            {
                var added = dimension.Values[value].Tags;
                tags.AddRange(added);
                Walk(index + 1, code + (value * _radices[index]));
                tags.RemoveRange(tags.Count - added.Length, added.Length);
            }
        }
    }
}
