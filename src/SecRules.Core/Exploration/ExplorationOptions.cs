namespace SecRules.Exploration;

/// <summary>How <see cref="Explorer"/> runs.</summary>
public sealed class ExplorationOptions
{
    /// <summary>
    /// Gets the most generated scenarios to explore, or null for all. A limited run takes scenarios
    /// spread evenly over the whole space (a fixed stride coprime to its size), not its first ones.
    /// Scenarios derived from findings come on top of these.
    /// </summary>
    public long? Limit { get; init; }

    /// <summary>Gets how many threads may evaluate at once; null for one per processor.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Gets where to report progress, from any thread, after each batch of scenarios; null for nowhere.</summary>
    public IProgress<ExplorationProgress>? Progress { get; init; }

    /// <summary>Gets the token that stops the run.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>
    /// Gets whether to evaluate every scenario with every rule of both versions, rather than each
    /// rule once per distinct projection of the scenarios onto the facts it reads. Slower, same result:
    /// the reference the faster way is tested against.
    /// </summary>
    internal bool Exhaustive { get; init; }
}
