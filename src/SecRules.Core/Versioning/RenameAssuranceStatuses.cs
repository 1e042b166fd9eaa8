using System.Globalization;
using SecRules.Assurance;
using SecRules.Input;

namespace SecRules.Versioning;

/// <summary>Gives the Assurance Statuses new names from a date, as MP091 did.</summary>
internal sealed class RenameAssuranceStatuses(AssuranceStatusPeriod period, SourcePosition position) : RulesetChange(position)
{
    public override ChangeKind Kind => ChangeKind.RenameAssuranceStatuses;

    public override string Description =>
        string.Create(CultureInfo.InvariantCulture,
            $"renames the Assurance Statuses from {Period.From:yyyy-MM-dd}: {string.Join(", ", Period.Names.Select(name => $"{name.Name} = {EnumText.Of(name.Level)}"))}");

    public AssuranceStatusPeriod Period { get; } = period;

    internal override void Apply(RulesetState state, Modification modification) => state.AddStatusPeriod(Period, Position);
}
