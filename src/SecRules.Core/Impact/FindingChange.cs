using SecRules.Facts;
using SecRules.Findings;

namespace SecRules.Impact;

/// <summary>
/// One finding that differs between two evaluations of the same facts: added, removed, or with a
/// different outcome, with the finding (and so the citation) on each side.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class FindingChange
{
    internal FindingChange(FindingChangeKind kind, Finding? before, Finding? after, FactRef? discriminator)
    {
        var either = after ?? before ?? throw new ArgumentException("A change needs a finding on at least one side.", nameof(after));
        Kind = kind;
        Before = before;
        After = after;
        Obligation = either.Obligation;
        Subject = either.Subject;
        Discriminator = discriminator;
    }

    /// <summary>Gets how the finding differs.</summary>
    public FindingChangeKind Kind { get; }

    /// <summary>Gets the id of the obligation.</summary>
    public string Obligation { get; }

    /// <summary>Gets the subject of the finding.</summary>
    public FactRef Subject { get; }

    /// <summary>
    /// Gets, when several findings share the obligation and subject (one per assessment, say), the
    /// fact that tells this one apart: the first fact behind it after its subject. Null otherwise.
    /// </summary>
    public FactRef? Discriminator { get; }

    /// <summary>Gets the finding of the first evaluation, or null when it was added.</summary>
    public Finding? Before { get; }

    /// <summary>Gets the finding of the second evaluation, or null when it was removed.</summary>
    public Finding? After { get; }

    /// <summary>Gets the outcome before, or null when the finding was added.</summary>
    public Outcome? OutcomeBefore => Before?.Outcome;

    /// <summary>Gets the outcome after, or null when the finding was removed.</summary>
    public Outcome? OutcomeAfter => After?.Outcome;

    /// <summary>Gets the obligation and the outcome on each side, the key by which changes are grouped.</summary>
    public OutcomeTransition Transition => new(Obligation, OutcomeBefore, OutcomeAfter);

    /// <summary>Formats the change as one line, for example <c>notify-ssc-of-subsequent-user-system for user-system S2: not-applicable -> breach</c>.</summary>
    /// <returns>The formatted change.</returns>
    public override string ToString() =>
        $"{Obligation} for {Subject}{(Discriminator is { } by ? $" ({by})" : string.Empty)}: {Transition.Describe()}";
}
