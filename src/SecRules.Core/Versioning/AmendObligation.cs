using SecRules.Findings;
using SecRules.Input;

namespace SecRules.Versioning;

/// <summary>Changes some fields or parameters of an obligation in force, keeping the rest.</summary>
internal sealed class AmendObligation : ObligationChange
{
    public AmendObligation(string obligationId, SourcePosition position)
        : base(obligationId, position)
    {
    }

    public override ChangeKind Kind => ChangeKind.Amend;

    public string? Title { get; init; }

    public string? Clause { get; init; }

    public Provenance? Provenance { get; init; }

    public string? Source { get; init; }

    public string? Summary { get; init; }

    public ParameterValue? Material { get; init; }

    public IReadOnlyList<ParameterValue> Parameters { get; init; } = [];

    public override string Description
    {
        get
        {
            var parts = new List<string>();
            if (Clause is not null)
            {
                parts.Add($"cites {Clause}");
            }

            if (Title is not null)
            {
                parts.Add($"retitles it '{Title}'");
            }

            if (Provenance is { } provenance)
            {
                parts.Add($"marks it {EnumNames<Provenance>.NameOf(provenance)}");
            }

            if (Summary is not null)
            {
                parts.Add("rewrites its summary");
            }

            if (Material is not null)
            {
                parts.Add($"sets material to {Material.Display}");
            }

            parts.AddRange(Parameters.Select(parameter => $"sets {parameter.Name} to {parameter.Display.Replace("\n", "; ", StringComparison.Ordinal)}"));
            return $"amends {ObligationId}: {string.Join("; ", parts)}";
        }
    }

    internal override void Apply(RulesetState state, Modification modification) =>
        state.Change(ObligationId, modification, Position, "amend", text => text with
        {
            Title = Title ?? text.Title,
            Clause = Clause ?? text.Clause,
            Provenance = Provenance ?? text.Provenance,
            Source = Source ?? text.Source,
            Summary = Summary ?? text.Summary,
            Material = Material ?? text.Material,
            Parameters = text.Parameters
                .Select(existing => Parameters.FirstOrDefault(parameter => parameter.Name == existing.Name) ?? existing)
                .ToList(),
        });
}
