using SecRules.Input;

namespace SecRules.Versioning;

/// <summary>Adds an obligation that is not in force.</summary>
internal sealed class AddObligation(ObligationText text, SourcePosition position) : ObligationChange(text.Id, position)
{
    public override ChangeKind Kind => ChangeKind.Add;

    public override string Description => $"adds {Text.Id} ({Text.Clause})";

    public ObligationText Text { get; } = text;

    internal override void Apply(RulesetState state, Modification modification) => state.Add(Text, modification, Position);
}
