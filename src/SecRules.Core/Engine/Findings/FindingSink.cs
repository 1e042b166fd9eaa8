using NRules.Extensibility;
using NRules.RuleModel;
using SecRules.Findings;

namespace SecRules.Engine.Findings;

/// <summary>
/// The findings of one session, as the rules conclude them: one per rule match, replaced when the
/// match changes and dropped when it goes, as a fact linked to the match would be. Only the findings
/// that some rule of the version reads (<see cref="FindingReaders"/>) also enter the session, as
/// linked facts, so that forward chaining sees them; the others never go through the Rete network.
/// </summary>
/// <remarks>
/// Rule actions reach the sink through <see cref="IContext.Resolve"/>: the sink is the session's
/// dependency resolver. Not thread-safe, like the session it belongs to.
/// </remarks>
internal sealed class FindingSink(Func<Finding, bool> isRead) : IDependencyResolver
{
    private const string LinkKey = "finding";

    private readonly Dictionary<IMatch, Finding> _byMatch = new(ReferenceEqualityComparer.Instance);

    /// <summary>Gets the findings, in no particular order.</summary>
    public IReadOnlyCollection<Finding> Findings => _byMatch.Values;

    /// <summary>Records the finding a rule concluded for its current match; called by rule actions.</summary>
    /// <param name="context">The rule's action context.</param>
    /// <param name="finding">The finding.</param>
    public static void Conclude(IContext context, Finding finding) => Of(context).Set(context, finding);

    /// <summary>Drops the finding of a match that no longer holds; called by rule actions.</summary>
    /// <param name="context">The rule's action context.</param>
    public static void Withdraw(IContext context) => Of(context)._byMatch.Remove(context.Match);

    /// <inheritdoc />
    public object Resolve(IResolutionContext context, Type serviceType) =>
        serviceType == typeof(FindingSink) ? this : throw new InvalidOperationException($"Rules of a compliance session depend on nothing but their findings, not on {serviceType}.");

    private static FindingSink Of(IContext context) => (FindingSink)context.Resolve(typeof(FindingSink));

    private void Set(IContext context, Finding finding)
    {
        var wasRead = _byMatch.TryGetValue(context.Match, out var previous) && isRead(previous);
        _byMatch[context.Match] = finding;
        if (isRead(finding))
        {
            if (wasRead)
            {
                context.UpdateLinked(LinkKey, finding);
            }
            else
            {
                context.InsertLinked(LinkKey, finding);
            }
        }
        else if (wasRead)
        {
            context.RetractLinked(LinkKey, previous!);
        }
    }
}
