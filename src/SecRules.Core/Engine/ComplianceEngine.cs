using System.Collections.Concurrent;
using System.Reflection;
using NRules;
using NRules.Fluent;
using SecRules.Facts;
using SecRules.Input;
using SecRules.Versioning;

namespace SecRules.Engine;

/// <summary>
/// Evaluates facts about Users against the versions of a ruleset and returns findings.
/// </summary>
/// <remarks>
/// Thread-safe: one engine serves any number of concurrent evaluations. Each ruleset version (drafts
/// included) is compiled into an NRules session factory once, on first use, and cached; every
/// evaluation then opens its own cheap session.
/// </remarks>
public sealed class ComplianceEngine
{
    private readonly ConcurrentDictionary<(string Id, string Hash), Lazy<ISessionFactory>> _factories = new();

    /// <summary>Creates an engine over a ruleset library.</summary>
    /// <param name="rulesets">The versions to evaluate against, with the catalogue of their rule classes.</param>
    public ComplianceEngine(RulesetLibrary rulesets)
    {
        ArgumentNullException.ThrowIfNull(rulesets);
        Rulesets = rulesets;
    }

    /// <summary>Gets the version of the engine, as execution receipts print it.</summary>
    public static string EngineVersion { get; } =
        typeof(ComplianceEngine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Gets the ruleset library.</summary>
    public RulesetLibrary Rulesets { get; }

    /// <summary>Evaluates facts under one version.</summary>
    /// <param name="facts">The facts; they must be sound (<see cref="FactSet.FindProblems"/>).</param>
    /// <param name="evaluationDate">The date to evaluate at, within <see cref="SupportedDates"/>: deadlines before it have passed.</param>
    /// <param name="version">The ruleset version, from <see cref="Rulesets"/> or a draft of it.</param>
    /// <returns>The findings and the execution receipt.</returns>
    /// <exception cref="InvalidFactsException">The facts are not sound; the exception lists every problem, with its path.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The evaluation date is outside <see cref="SupportedDates"/>.</exception>
    public EvaluationResult Evaluate(FactSet facts, DateOnly evaluationDate, RulesetVersion version)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(version);
        SupportedDates.EnsureContains(evaluationDate, nameof(evaluationDate));
        var problems = facts.FindProblems(Rulesets.Catalog.Ids);
        if (problems.Count > 0)
        {
            throw new InvalidFactsException(problems, nameof(facts));
        }

        var receipt = new ExecutionReceipt(EngineVersion, version.Id, version.ContentHash, evaluationDate);
        return new EvaluationResult(receipt, version, FindingsOf(InIdOrder(facts), evaluationDate, version));
    }

    /// <summary>Evaluates facts under the version with the given id.</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="evaluationDate">The date to evaluate at.</param>
    /// <param name="versionId">The id of a version of <see cref="Rulesets"/>.</param>
    /// <returns>The findings and the execution receipt.</returns>
    /// <exception cref="KeyNotFoundException">No version has that id.</exception>
    public EvaluationResult Evaluate(FactSet facts, DateOnly evaluationDate, string versionId) =>
        Evaluate(facts, evaluationDate, Rulesets.Get(versionId));

    /// <summary>Evaluates facts under every named version, oldest first.</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="evaluationDate">The date to evaluate at.</param>
    /// <returns>One result per version.</returns>
    public IReadOnlyList<EvaluationResult> EvaluateAll(FactSet facts, DateOnly evaluationDate) =>
        [.. Rulesets.Versions.Select(version => Evaluate(facts, evaluationDate, version))];

    /// <summary>Opens a session to insert, change and retract facts and watch the findings follow.</summary>
    /// <param name="version">The ruleset version.</param>
    /// <param name="evaluationDate">The date to evaluate at, within <see cref="SupportedDates"/>.</param>
    /// <returns>A session holding only the evaluation date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The evaluation date is outside <see cref="SupportedDates"/>.</exception>
    public ComplianceSession OpenSession(RulesetVersion version, DateOnly evaluationDate)
    {
        ArgumentNullException.ThrowIfNull(version);
        SupportedDates.EnsureContains(evaluationDate, nameof(evaluationDate));
        return new ComplianceSession(FactoryFor(version).CreateSession(), version, evaluationDate, Rulesets.Catalog.Ids);
    }

    /// <summary>Compiles a version now rather than on its first evaluation.</summary>
    /// <param name="version">The ruleset version.</param>
    public void Compile(RulesetVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        _ = FactoryFor(version);
    }

    // Facts built by the library itself (explore's generated scenarios) are sound by construction;
    // checking each of hundreds of thousands again would cost a third of the evaluation.
    internal IReadOnlyList<Findings.Finding> FindingsOf(FactSet facts, DateOnly evaluationDate, RulesetVersion version) =>
        FindingsOf(facts.All, evaluationDate, version);

    // Rules collect facts in the order a session receives them, and some let that order show (which
    // of two equal candidates is named first, or chosen). Given in id order, kind by kind, the
    // findings depend on the facts alone, never on the order a caller listed them in.
    private static IEnumerable<IFact> InIdOrder(FactSet facts) =>
        FactSchema.Collections.SelectMany(collection => collection.Items(facts)!.OfType<IFact>().OrderBy(fact => fact.Id, NaturalOrder.Instance));

    private IReadOnlyList<Findings.Finding> FindingsOf(IEnumerable<IFact> facts, DateOnly evaluationDate, RulesetVersion version)
    {
        var session = new ComplianceSession(FactoryFor(version).CreateSession(), version, evaluationDate, Rulesets.Catalog.Ids);
        session.InsertChecked(facts);
        session.Fire();
        return session.Findings();
    }

    private ISessionFactory FactoryFor(RulesetVersion version) =>
        _factories.GetOrAdd((version.Id, version.ContentHash), _ => new Lazy<ISessionFactory>(() => CompileVersion(version))).Value;

    private ISessionFactory CompileVersion(RulesetVersion version)
    {
        var rules = new List<ObligationRule>();
        foreach (var obligation in version.Obligations)
        {
            if (!Rulesets.Catalog.TryGet(obligation.Id, out var type))
            {
                throw new InvalidOperationException($"The obligation '{obligation.Id}' has no rule class in the catalogue.");
            }

            rules.Add(type.CreateRule(obligation, version));
        }

        var definitions = new RuleDefinitionFactory().Create(rules);
        return new RuleCompiler().Compile(definitions);
    }
}
