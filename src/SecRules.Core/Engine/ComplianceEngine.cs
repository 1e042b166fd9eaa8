using System.Collections.Concurrent;
using System.Reflection;
using NRules;
using NRules.Fluent;
using SecRules.Engine.Expressions;
using SecRules.Engine.Partitioning;
using SecRules.Facts;
using SecRules.Input;
using SecRules.Findings;
using SecRules.Versioning;

namespace SecRules.Engine;

/// <summary>
/// Evaluates facts about Users against the versions of a ruleset and returns findings.
/// </summary>
/// <remarks>
/// Thread-safe: one engine serves any number of concurrent evaluations. Each ruleset version (drafts
/// included) is compiled into an NRules session factory once, on first use, and cached; every
/// evaluation then opens its own cheap session. The expressions of the rules are compiled to IL, or
/// interpreted (<see cref="RuleCompilation"/>) by an engine that evaluates only a few times.
/// </remarks>
public sealed class ComplianceEngine
{
    private readonly ConcurrentDictionary<(string Id, string Hash, string? Obligations), Lazy<CompiledRules>> _compiled = new();

    /// <summary>Creates an engine over a ruleset library that compiles its rules.</summary>
    /// <param name="rulesets">The versions to evaluate against, with the catalogue of their rule classes.</param>
    public ComplianceEngine(RulesetLibrary rulesets)
        : this(rulesets, RuleCompilation.Compiled)
    {
    }

    /// <summary>Creates an engine over a ruleset library.</summary>
    /// <param name="rulesets">The versions to evaluate against, with the catalogue of their rule classes.</param>
    /// <param name="compilation">Whether to compile the rules, or interpret them for a process that evaluates only a few times.</param>
    public ComplianceEngine(RulesetLibrary rulesets, RuleCompilation compilation)
    {
        ArgumentNullException.ThrowIfNull(rulesets);
        Rulesets = rulesets;
        Compilation = compilation;
    }

    /// <summary>Gets the version of the engine, as execution receipts print it.</summary>
    public static string EngineVersion { get; } =
        typeof(ComplianceEngine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Gets the ruleset library.</summary>
    public RulesetLibrary Rulesets { get; }

    /// <summary>Gets whether the engine compiles its rules or interprets them.</summary>
    public RuleCompilation Compilation { get; }

    /// <summary>Evaluates facts under one version.</summary>
    /// <param name="facts">The facts; they must be sound (<see cref="FactSet.FindProblems"/>).</param>
    /// <param name="evaluationDate">The date to evaluate at, within <see cref="SupportedDates"/>: deadlines before it have passed.</param>
    /// <param name="version">The ruleset version, from <see cref="Rulesets"/> or a draft of it.</param>
    /// <returns>The findings and the execution receipt.</returns>
    /// <exception cref="InvalidFactsException">The facts are not sound; the exception lists every problem, with its path.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The evaluation date is outside <see cref="SupportedDates"/>.</exception>
    /// <remarks>
    /// A population is evaluated Party by Party, each with the facts that belong to it and the shared
    /// facts it names, so the time grows with the number of Parties, not with its square. The findings
    /// are those one session holding every fact gives (<see cref="OpenSession"/>), in the same order.
    /// </remarks>
    public EvaluationResult Evaluate(FactSet facts, DateOnly evaluationDate, RulesetVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return EvaluateAll(facts, evaluationDate, [version])[0];
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
        EvaluateAll(facts, evaluationDate, Rulesets.Versions);

    /// <summary>Evaluates facts under each of the given versions, checking and splitting the facts once for all of them.</summary>
    /// <param name="facts">The facts; they must be sound (<see cref="FactSet.FindProblems"/>).</param>
    /// <param name="evaluationDate">The date to evaluate at.</param>
    /// <param name="versions">The versions, from <see cref="Rulesets"/> or drafts of them.</param>
    /// <returns>One result per version, in the order given.</returns>
    /// <exception cref="InvalidFactsException">The facts are not sound; the exception lists every problem, with its path.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The evaluation date is outside <see cref="SupportedDates"/>.</exception>
    public IReadOnlyList<EvaluationResult> EvaluateAll(FactSet facts, DateOnly evaluationDate, IEnumerable<RulesetVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(versions);
        SupportedDates.EnsureContains(evaluationDate, nameof(evaluationDate));
        var problems = facts.FindProblems(Rulesets.Catalog.Ids);
        if (problems.Count > 0)
        {
            throw new InvalidFactsException(problems, nameof(facts));
        }

        var partitions = FactPartitions.Of(InIdOrder(facts));
        return [.. versions.Select(version => new EvaluationResult(
            new ExecutionReceipt(EngineVersion, version.Id, version.ContentHash, evaluationDate),
            version,
            FindingsOf(partitions, evaluationDate, version)))];
    }

    /// <summary>Opens a session to insert, change and retract facts and watch the findings follow.</summary>
    /// <param name="version">The ruleset version.</param>
    /// <param name="evaluationDate">The date to evaluate at, within <see cref="SupportedDates"/>.</param>
    /// <returns>A session holding only the evaluation date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The evaluation date is outside <see cref="SupportedDates"/>.</exception>
    public ComplianceSession OpenSession(RulesetVersion version, DateOnly evaluationDate)
    {
        ArgumentNullException.ThrowIfNull(version);
        SupportedDates.EnsureContains(evaluationDate, nameof(evaluationDate));
        return CompiledFor(version).OpenSession(version, evaluationDate, Rulesets.Catalog.Ids);
    }

    /// <summary>Compiles a version now rather than on its first evaluation.</summary>
    /// <param name="version">The ruleset version.</param>
    public void Compile(RulesetVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        _ = CompiledFor(version);
    }

    // Facts built by the library itself (explore's generated scenarios) are sound by construction;
    // checking each of hundreds of thousands again would cost a third of the evaluation.
    internal IReadOnlyList<Finding> FindingsOf(FactSet facts, DateOnly evaluationDate, RulesetVersion version) =>
        FindingsOf(FactPartitions.Of(facts), evaluationDate, version);

    private Finding[] FindingsOf(FactPartitions partitions, DateOnly evaluationDate, RulesetVersion version)
    {
        var compiled = CompiledFor(version);
        var findings = new List<Finding>();
        for (var part = 0; part < partitions.Parts.Count; part++)
        {
            var session = compiled.OpenSession(version, evaluationDate, Rulesets.Catalog.Ids);
            session.InsertChecked(partitions.Parts[part]);
            session.Fire();
            foreach (var finding in session.UnorderedFindings())
            {
                if (partitions.Reports(part, finding))
                {
                    findings.Add(finding);
                }
            }
        }

        return version.FindingOrder.Sort(findings);
    }

    // Rules collect facts in the order a session receives them, and some let that order show (which
    // of two equal candidates is named first, or chosen). Given in id order, kind by kind, the
    // findings depend on the facts alone, never on the order a caller listed them in.
    private static FactSet InIdOrder(FactSet facts) => facts with
    {
        Parties = Sorted(facts.Parties),
        SharedResourceProviders = Sorted(facts.SharedResourceProviders),
        UserSystems = Sorted(facts.UserSystems),
        Assessments = Sorted(facts.Assessments),
        NonCompliances = Sorted(facts.NonCompliances),
        SscNotifications = Sorted(facts.SscNotifications),
        SscDecisions = Sorted(facts.SscDecisions),
        SscRequests = Sorted(facts.SscRequests),
        PanelNotices = Sorted(facts.PanelNotices),
        SmsCountReports = Sorted(facts.SmsCountReports),
        SharedResourceUserInformation = Sorted(facts.SharedResourceUserInformation),
    };

    private static List<T> Sorted<T>(IReadOnlyList<T> facts)
        where T : IFact => [.. facts.OrderBy(fact => fact.Id, NaturalOrder.Instance)];

    /// <summary>Gets a version's rules, or some of them, compiled; each set is compiled once.</summary>
    /// <param name="version">The version.</param>
    /// <param name="obligations">The ids of the obligations whose rules to compile, in the version's order; null for all.</param>
    internal CompiledRules CompiledFor(RulesetVersion version, IReadOnlyCollection<string>? obligations = null)
    {
        var key = (version.Id, version.ContentHash, obligations is null ? null : string.Join(",", obligations));
        return _compiled.GetOrAdd(key, _ => new Lazy<CompiledRules>(() => Compile(version, obligations))).Value;
    }

    private CompiledRules Compile(RulesetVersion version, IReadOnlyCollection<string>? only)
    {
        var rules = new List<ObligationRule>();
        foreach (var obligation in version.Obligations)
        {
            if (only is not null && !only.Contains(obligation.Id))
            {
                continue;
            }

            if (!Rulesets.Catalog.TryGet(obligation.Id, out var type))
            {
                throw new InvalidOperationException($"The obligation '{obligation.Id}' has no rule class in the catalogue.");
            }

            rules.Add(type.CreateRule(obligation, version));
        }

        var definitions = new RuleDefinitionFactory().Create(rules).ToList();
        var compiler = new RuleCompiler
        {
            ExpressionCompiler = Compilation == RuleCompilation.Interpreted ? new InterpretedExpressions() : new FastExpressionCompilation(),
        };
        return new CompiledRules(compiler.Compile(definitions), definitions);
    }
}
