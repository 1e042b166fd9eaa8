using System.Globalization;
using NRules;
using SecRules.Engine.Findings;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Versioning;

namespace SecRules.Engine;

/// <summary>
/// A live NRules session for one ruleset version and evaluation date: insert, update and retract
/// facts, fire, and read the findings. Findings are linked to the facts that caused them, so a
/// finding (an Event of Default risk, say) disappears when its cause is retracted or changed.
/// </summary>
/// <remarks>
/// <para>
/// Not thread-safe: use a session from one thread at a time. Sessions are cheap; the engine compiles
/// each version once and opens as many sessions from it as callers need.
/// </para>
/// <para>
/// Each fact given is checked on its own as <see cref="ComplianceEngine.Evaluate(FactSet, DateOnly, RulesetVersion)"/>
/// checks a fact set (no null, every enum value named, every date supported, every id well-formed), and
/// refused with an <see cref="InvalidFactsException"/> before any reaches the rules. What a session does
/// not check is how facts relate: facts arrive in any order, so a reference may name a fact not yet
/// inserted, and the rules treat it as absent until it is; nor does it check that ids are unique.
/// Where a rule chooses between equal candidates, the one inserted first may be the one named;
/// <see cref="ComplianceEngine.Evaluate(FactSet, DateOnly, RulesetVersion)"/> inserts facts in id
/// order so that its findings never depend on the order they were listed in.
/// </para>
/// </remarks>
public sealed class ComplianceSession
{
    private readonly ISession _session;
    private readonly FindingSink _findings;
    private readonly FindingOrder _order;
    private readonly IReadOnlySet<string>? _knownObligations;

    internal ComplianceSession(ISession session, FindingSink findings, RulesetVersion version, DateOnly evaluationDate, IReadOnlySet<string>? knownObligations)
    {
        _session = session;
        _findings = findings;
        _knownObligations = knownObligations;
        _order = version.FindingOrder;
        Version = version;
        EvaluationDate = evaluationDate;
        _session.Insert(new EvaluationContext(evaluationDate));
    }

    /// <summary>Gets the ruleset version the session evaluates.</summary>
    public RulesetVersion Version { get; }

    /// <summary>Gets the evaluation date.</summary>
    public DateOnly EvaluationDate { get; }

    /// <summary>Inserts facts.</summary>
    /// <param name="facts">The facts to insert; none may already be in the session.</param>
    /// <exception cref="InvalidFactsException">A fact is null or not sound on its own; none is inserted.</exception>
    public void Insert(IEnumerable<IFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var given = facts.ToList();
        EnsureSound(given, nameof(facts));
        _session.InsertAll(given);
    }

    /// <summary>Inserts findings another session concluded, for the rules that read findings.</summary>
    internal void InsertFindings(IEnumerable<Finding> findings) => _session.InsertAll(findings);

    /// <summary>Retracts findings <see cref="InsertFindings"/> inserted.</summary>
    internal void RetractFindings(IEnumerable<Finding> findings) => _session.RetractAll(findings);

    /// <summary>Replaces a fact with a changed copy that has the same id.</summary>
    /// <param name="current">The fact in the session.</param>
    /// <param name="changed">The changed copy.</param>
    /// <exception cref="InvalidFactsException">The changed copy is not sound on its own.</exception>
    public void Replace(IFact current, IFact changed)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(changed);
        EnsureSound([changed], nameof(changed));
        if (current.Kind != changed.Kind || current.Id != changed.Id)
        {
            throw new ArgumentException($"A replacement must have the kind and id of the fact it replaces ({FactRef.To(current)}).", nameof(changed));
        }

        _session.Retract(current);
        _session.Insert(changed);
    }

    /// <summary>Retracts facts.</summary>
    /// <param name="facts">The facts to retract; each must be in the session.</param>
    public void Retract(IEnumerable<IFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var given = facts.ToList();
        if (given.Contains(null!))
        {
            throw new ArgumentException("A fact to retract is null; expected facts in the session.", nameof(facts));
        }

        _session.RetractAll(given);
    }

    /// <summary>Fires every rule whose conditions the facts now meet.</summary>
    /// <remarks>
    /// Rules run under the invariant culture, so that the dates and numbers in finding messages read the
    /// same whatever the caller's culture (a Hijri or Thai Buddhist calendar would print other years).
    /// </remarks>
    public void Fire()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            _session.Fire();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    /// <summary>Inserts facts from a fact set the engine has already checked whole.</summary>
    internal void InsertChecked(IEnumerable<IFact> facts) => _session.InsertAll(facts);

    private void EnsureSound(IReadOnlyList<IFact?> facts, string paramName)
    {
        var problems = FactSetValidator.ValidateEach(facts, paramName, _knownObligations);
        if (problems.Count > 0)
        {
            throw new InvalidFactsException(problems, paramName);
        }
    }

    /// <summary>Gets the findings as they stand after the last <see cref="Fire"/>, in report order.</summary>
    /// <returns>The findings.</returns>
    public IReadOnlyList<Finding> Findings() => _order.Sort(_findings.Findings);

    /// <summary>Gets the findings in no particular order, for callers that merge and sort findings of several sessions.</summary>
    internal IReadOnlyCollection<Finding> UnorderedFindings() => _findings.Findings;
}
