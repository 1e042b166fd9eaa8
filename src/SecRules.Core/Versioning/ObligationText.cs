using SecRules.Findings;
using SecRules.Input;

namespace SecRules.Versioning;

/// <summary>An obligation as a ruleset file writes it, before any version places it in force or not.</summary>
internal sealed record ObligationText(
    string Id,
    string Title,
    string Clause,
    Provenance Provenance,
    string? Source,
    string? Summary,
    ParameterValue Material,
    IReadOnlyList<ParameterValue> Parameters,
    SourcePosition Position);
