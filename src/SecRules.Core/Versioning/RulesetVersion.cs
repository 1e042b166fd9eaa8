using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SecRules.Assurance;
using SecRules.Input;

namespace SecRules.Versioning;

/// <summary>
/// One version of the legal text: the baseline plus an ordered list of modifications. Holds every
/// obligation the ruleset knows, each marked in force, not yet in force or retired, so that findings
/// can say why an obligation does not apply.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class RulesetVersion
{
    private readonly Dictionary<string, Obligation> _byId;
    private readonly Lazy<string> _contentHash;

    private RulesetVersion(
        string id,
        string title,
        DateOnly? effectiveFrom,
        IReadOnlyList<Modification> modifications,
        IReadOnlyList<Modification> ownModifications,
        IReadOnlyList<Obligation> obligations,
        AssuranceStatusNames assuranceStatuses,
        WorkingDayCalendar calendar,
        string? draftOf)
    {
        AssuranceStatuses = assuranceStatuses;
        Id = id;
        Title = title;
        EffectiveFrom = effectiveFrom;
        Modifications = modifications;
        OwnModifications = ownModifications;
        Obligations = obligations;
        Calendar = calendar;
        DraftOf = draftOf;
        _byId = obligations.ToDictionary(obligation => obligation.Id, StringComparer.Ordinal);
        _contentHash = new Lazy<string>(() => ComputeContentHash(obligations, assuranceStatuses, calendar));
        FindingOrder = new Engine.FindingOrder(this);
    }

    /// <summary>Gets the version's id, for example <c>post-secmp0057</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the version's title.</summary>
    public string Title { get; }

    /// <summary>Gets the date the version took effect, or null for the baseline, which has no start.</summary>
    public DateOnly? EffectiveFrom { get; }

    /// <summary>Gets every modification applied to the baseline to give this version, in order.</summary>
    public IReadOnlyList<Modification> Modifications { get; }

    /// <summary>Gets the modifications this version adds to the one before it.</summary>
    public IReadOnlyList<Modification> OwnModifications { get; }

    /// <summary>Gets every obligation the ruleset knows, in a stable order, each with its status in this version.</summary>
    public IReadOnlyList<Obligation> Obligations { get; }

    /// <summary>Gets the obligations in force in this version.</summary>
    public IEnumerable<Obligation> InForce => Obligations.Where(obligation => obligation.IsInForce);

    /// <summary>Gets the Assurance Status names, period by period, by which status names are read.</summary>
    public AssuranceStatusNames AssuranceStatuses { get; }

    /// <summary>Gets the calendar that says which days are Working Days.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>Gets, for a version made by applying draft modifications, the id of the version they apply over.</summary>
    public string? DraftOf { get; }

    /// <summary>Gets whether the version applies draft modifications that are not part of the shipped text.</summary>
    public bool IsDraft => DraftOf is not null;

    /// <summary>
    /// Gets the SHA-256 of the version's content (obligations, parameters, provenance, calendar) as
    /// <c>sha256:</c> and 64 hex digits. Equal content gives an equal hash, whatever the file layout.
    /// </summary>
    /// <remarks>Computed on first use: a command that evaluates under one version hashes only that one.</remarks>
    public string ContentHash => _contentHash.Value;

    /// <summary>Gets the order findings under this version are reported in, built once rather than per evaluation.</summary>
    internal Engine.FindingOrder FindingOrder { get; }

    /// <summary>Gets an obligation by id.</summary>
    /// <param name="id">The obligation's id.</param>
    /// <returns>The obligation as it stands in this version.</returns>
    /// <exception cref="KeyNotFoundException">The ruleset knows no obligation with that id.</exception>
    public Obligation GetObligation(string id) =>
        TryGetObligation(id, out var obligation)
            ? obligation
            : throw new KeyNotFoundException($"The ruleset version '{Id}' has no obligation '{id}'.");

    /// <summary>Tries to get an obligation by id.</summary>
    /// <param name="id">The obligation's id.</param>
    /// <param name="obligation">The obligation, when found.</param>
    /// <returns>True when the ruleset knows the obligation.</returns>
    public bool TryGetObligation(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Obligation? obligation) =>
        _byId.TryGetValue(id, out obligation);

    /// <summary>Formats the version as its id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;

    internal static RulesetVersion Snapshot(
        string id,
        string title,
        DateOnly? effectiveFrom,
        RulesetState state,
        IReadOnlyList<RulesetState.Entry> known,
        IReadOnlyList<Modification> modifications,
        IReadOnlyList<Modification> ownModifications,
        WorkingDayCalendar calendar,
        string? draftOf)
    {
        var current = state.Entries.ToDictionary(entry => entry.Text.Id, StringComparer.Ordinal);
        var order = known.Select(entry => entry.Text.Id);
        var obligations = new List<Obligation>();
        foreach (var obligationId in order)
        {
            if (current.TryGetValue(obligationId, out var entry))
            {
                obligations.Add(entry.Retired is { } retired
                    ? new Obligation(entry.Text, id, ObligationStatus.Retired,
                        string.Create(CultureInfo.InvariantCulture, $"retired by {retired.By} from {retired.On:yyyy-MM-dd}: {retired.Reason}"),
                        entry.IntroducedBy, entry.ChangedBy)
                    : new Obligation(entry.Text, id, ObligationStatus.InForce, null, entry.IntroducedBy, entry.ChangedBy));
            }
            else
            {
                var later = known.First(candidate => candidate.Text.Id == obligationId);
                obligations.Add(new Obligation(later.Text, id, ObligationStatus.NotYetInForce, later.IntroductionNote, later.IntroducedBy, []));
            }
        }

        return new RulesetVersion(id, title, effectiveFrom, modifications, ownModifications, obligations, state.StatusNames, calendar, draftOf);
    }

    private static string ComputeContentHash(IReadOnlyList<Obligation> obligations, AssuranceStatusNames statuses, WorkingDayCalendar calendar)
    {
        var text = new StringBuilder();
        foreach (var period in statuses.Periods)
        {
            text.Append(CultureInfo.InvariantCulture, $"statuses from {period.From:yyyy-MM-dd}|{EnumNames<Findings.Provenance>.NameOf(period.Provenance)}|{period.Source}|{period.Note}|{period.SetBy}:")
                .AppendJoin(",", period.Names.Select(name => $"{name.Name}{string.Concat(name.AlsoWritten.Select(form => "|" + form))}={EnumNames<AssuranceLevel>.NameOf(name.Level)}"))
                .Append('\n');
        }

        foreach (var obligation in obligations)
        {
            text.Append(CultureInfo.InvariantCulture, $"obligation {obligation.Id}|{obligation.Status}|{obligation.StatusNote}|{obligation.Clause}|{obligation.Title}")
                .Append(CultureInfo.InvariantCulture, $"|{EnumNames<Findings.Provenance>.NameOf(obligation.Provenance)}|{obligation.Source}|{obligation.Summary}")
                .Append(CultureInfo.InvariantCulture, $"|{obligation.IntroducedBy}|{string.Join(",", obligation.ChangedBy)}\n");
            foreach (var parameter in obligation.Parameters.Prepend(obligation.Material))
            {
                text.Append(CultureInfo.InvariantCulture, $"  {parameter.Name}={parameter.Display}|{EnumNames<Findings.Provenance>.NameOf(parameter.Provenance)}|{parameter.Source}|{parameter.Note}|{parameter.SetBy}\n");
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"calendar {calendar.CoversFrom:yyyy-MM-dd}..{calendar.CoversTo:yyyy-MM-dd}:");
        foreach (var years in calendar.Years)
        {
            text.Append(CultureInfo.InvariantCulture, $" years {years.From}..{years.To}|{EnumNames<Findings.Provenance>.NameOf(years.Provenance)}|{years.Source}|{years.Note};");
        }

        foreach (var holiday in calendar.Holidays)
        {
            text.Append(CultureInfo.InvariantCulture, $" {holiday:yyyy-MM-dd}");
        }

        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
