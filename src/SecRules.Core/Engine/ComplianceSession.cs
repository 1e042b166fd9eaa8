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
/// Not thread-safe: use a session from one thread at a time. Sessions are cheap; the engine compiles
/// each version once and opens as many sessions from it as callers need.
/// </remarks>
public sealed class ComplianceSession
{
    private readonly ISession _session;
    private readonly FindingSink _findings;
    private readonly FindingOrder _order;

    internal ComplianceSession(ISession session, FindingSink findings, RulesetVersion version, DateOnly evaluationDate)
    {
        _session = session;
        _findings = findings;
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
    public void Insert(IEnumerable<IFact> facts) => _session.InsertAll(facts);

    /// <summary>Inserts findings another session concluded, for the rules that read findings.</summary>
    internal void InsertFindings(IEnumerable<Finding> findings) => _session.InsertAll(findings);

    /// <summary>Retracts findings <see cref="InsertFindings"/> inserted.</summary>
    internal void RetractFindings(IEnumerable<Finding> findings) => _session.RetractAll(findings);

    /// <summary>Replaces a fact with a changed copy that has the same id.</summary>
    /// <param name="current">The fact in the session.</param>
    /// <param name="changed">The changed copy.</param>
    public void Replace(IFact current, IFact changed)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(changed);
        if (current.Kind != changed.Kind || current.Id != changed.Id)
        {
            throw new ArgumentException($"A replacement must have the kind and id of the fact it replaces ({FactRef.To(current)}).", nameof(changed));
        }

        _session.Retract(current);
        _session.Insert(changed);
    }

    /// <summary>Retracts facts.</summary>
    /// <param name="facts">The facts to retract; each must be in the session.</param>
    public void Retract(IEnumerable<IFact> facts) => _session.RetractAll(facts);

    /// <summary>Fires every rule whose conditions the facts now meet.</summary>
    public void Fire() => _session.Fire();

    /// <summary>Gets the findings as they stand after the last <see cref="Fire"/>, in report order.</summary>
    /// <returns>The findings.</returns>
    public IReadOnlyList<Finding> Findings() => _order.Sort(_findings.Findings);

    /// <summary>Gets the findings in no particular order, for callers that merge and sort findings of several sessions.</summary>
    internal IReadOnlyCollection<Finding> UnorderedFindings() => _findings.Findings;
}
