using System.Globalization;
using SecRules.Assurance;
using SecRules.Input;

namespace SecRules.Versioning;

/// <summary>
/// The obligations as they stand after the baseline and some modifications: the working state from
/// which each ruleset version is a snapshot. Cloned before each draft so that shipped versions never change.
/// </summary>
internal sealed class RulesetState
{
    public const string Baseline = "baseline";

    private readonly List<string> _order;
    private readonly Dictionary<string, Entry> _entries;
    private readonly List<AssuranceStatusPeriod> _statusPeriods;

    public RulesetState(AssuranceStatusPeriod baselineStatuses)
    {
        _order = [];
        _entries = new(StringComparer.Ordinal);
        _statusPeriods = [baselineStatuses];
    }

    private RulesetState(RulesetState other)
    {
        _order = [.. other._order];
        _entries = new(other._entries, StringComparer.Ordinal);
        _statusPeriods = [.. other._statusPeriods];
    }

    /// <summary>Gets the Assurance Status names, period by period.</summary>
    public AssuranceStatusNames StatusNames => new([.. _statusPeriods]);

    /// <summary>Gets the obligations ever introduced, in the order they first appeared.</summary>
    public IEnumerable<Entry> Entries => _order.Select(id => _entries[id]);

    public RulesetState Clone() => new(this);

    public void AddBaseline(ObligationText text)
    {
        if (_entries.ContainsKey(text.Id))
        {
            throw new InvalidInputException(text.Position, $"duplicate obligation '{text.Id}'; expected each obligation once in the baseline");
        }

        _order.Add(text.Id);
        _entries[text.Id] = new Entry(text, Baseline, null, [], null);
    }

    public void Add(ObligationText text, Modification modification, SourcePosition position)
    {
        if (_entries.TryGetValue(text.Id, out var existing) && existing.Retired is null)
        {
            throw new InvalidInputException(position,
                $"cannot add obligation '{text.Id}': it is already in force; expected 'replace' or 'amend' to change it");
        }

        if (existing is null)
        {
            _order.Add(text.Id);
        }

        _entries[text.Id] = new Entry(text, modification.Id, modification.Implemented, [], null);
    }

    public void Change(string id, Modification modification, SourcePosition position, string verb, Func<ObligationText, ObligationText> change)
    {
        var entry = InForce(id, position, verb);
        _entries[id] = entry with { Text = change(entry.Text), ChangedBy = [.. entry.ChangedBy, modification.Id] };
    }

    public void Retire(string id, Modification modification, string reason, SourcePosition position)
    {
        var entry = InForce(id, position, "retire");
        _entries[id] = entry with
        {
            ChangedBy = [.. entry.ChangedBy, modification.Id],
            Retired = new Retirement(modification.Id, modification.Implemented, reason),
        };
    }

    public void AddStatusPeriod(AssuranceStatusPeriod period, SourcePosition position)
    {
        var latest = _statusPeriods[^1].From;
        if (latest is { } previous && period.From <= previous)
        {
            throw new InvalidInputException(position, string.Create(CultureInfo.InvariantCulture,
                $"the new Assurance Status names start on {period.From:yyyy-MM-dd}, not after the names before them ({previous:yyyy-MM-dd}); expected a later 'from' date"));
        }

        _statusPeriods.Add(period);
    }

    private Entry InForce(string id, SourcePosition position, string verb)
    {
        if (_entries.TryGetValue(id, out var entry) && entry.Retired is null)
        {
            return entry;
        }

        var inForce = string.Join(", ", Entries.Where(candidate => candidate.Retired is null).Select(candidate => candidate.Text.Id));
        var why = entry is null ? "no earlier text has it" : "it was retired by " + entry.Retired!.By;
        throw new InvalidInputException(position,
            $"cannot {verb} obligation '{id}': {why}; expected one of the obligations in force: {inForce}");
    }

    /// <summary>One obligation's history up to this state.</summary>
    public sealed record Entry(ObligationText Text, string IntroducedBy, DateOnly? IntroducedOn, IReadOnlyList<string> ChangedBy, Retirement? Retired)
    {
        public string IntroductionNote => IntroducedOn is { } date
            ? string.Create(CultureInfo.InvariantCulture, $"introduced by {IntroducedBy}, in force from {date:yyyy-MM-dd}")
            : "in the baseline text";
    }

    /// <summary>When and why an obligation was retired.</summary>
    public sealed record Retirement(string By, DateOnly On, string Reason);
}
