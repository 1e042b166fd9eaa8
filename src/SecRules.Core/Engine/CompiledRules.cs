using NRules;
using NRules.RuleModel;
using SecRules.Engine.Findings;
using SecRules.Findings;
using SecRules.Versioning;

namespace SecRules.Engine;

/// <summary>
/// Rules of a version compiled into an NRules session factory, with what they read: the fact types
/// their patterns match and which findings some rule can match.
/// </summary>
/// <remarks>Immutable and thread-safe, like the session factory.</remarks>
internal sealed class CompiledRules
{
    public CompiledRules(ISessionFactory factory, IReadOnlyList<IRuleDefinition> definitions)
    {
        Factory = factory;
        IsRead = FindingReaders.Of(definitions);
        Joins = FindingJoins.Of(definitions);
        Patterns = [.. definitions.SelectMany(RulePatterns.Of)];
        TypesRead = [.. Patterns.Select(pattern => pattern.ValueType).Distinct()];
        Required = [.. definitions.Select(RequiredBy)];
    }

    /// <summary>Gets the session factory.</summary>
    public ISessionFactory Factory { get; }

    /// <summary>Gets the test of which findings some rule can match: those that enter sessions.</summary>
    public Func<Finding, bool> IsRead { get; }

    /// <summary>Gets which findings some rule can match among given facts, for evaluations whose facts are all known beforehand.</summary>
    public FindingJoins Joins { get; }

    /// <summary>Gets the patterns of the rules' conditions (<see cref="RulePatterns"/>).</summary>
    public IReadOnlyList<PatternElement> Patterns { get; }

    /// <summary>Gets the types of the facts the rules' patterns match.</summary>
    public IReadOnlyList<Type> TypesRead { get; }

    /// <summary>
    /// Gets, for each rule, the types of the patterns every match of it joins: those directly under its
    /// conditions, not gathered into a collection nor under a negation. A rule fires only in a session
    /// that holds a fact for each; a rule whose conditions are not all joined (an 'or') requires nothing.
    /// </summary>
    public IReadOnlyList<Type[]> Required { get; }

    /// <summary>Opens a session holding the evaluation date.</summary>
    /// <param name="version">The version the rules belong to.</param>
    /// <param name="evaluationDate">The date to evaluate at.</param>
    /// <param name="knownObligations">The obligation ids facts inserted into the session may name, or null not to check them.</param>
    /// <returns>The session.</returns>
    public ComplianceSession OpenSession(RulesetVersion version, DateOnly evaluationDate, IReadOnlySet<string>? knownObligations = null)
    {
        var sink = new FindingSink(IsRead);
        var session = Factory.CreateSession();
        session.DependencyResolver = sink;
        return new ComplianceSession(session, sink, version, evaluationDate, knownObligations);
    }

    private static Type[] RequiredBy(IRuleDefinition rule) =>
        rule.LeftHandSide is AndElement conditions
            ? [.. conditions.ChildElements.OfType<PatternElement>().Where(pattern => pattern.Source is null).Select(pattern => pattern.ValueType)]
            : [];
}
