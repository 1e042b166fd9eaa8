using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SecRules.Engine;
using SecRules.Input;

namespace SecRules.Versioning;

/// <summary>
/// Every named version of the ruleset, resolvable by id or by the date the law is read at, and the
/// means to apply a drafter's proposed modifications over any of them.
/// </summary>
/// <remarks>Immutable; safe to share between threads. Load once and keep it.</remarks>
public sealed class RulesetLibrary
{
    private const string ManifestPath = "ruleset.yaml";

    private readonly RulesetReader _reader;
    private readonly Dictionary<string, RulesetState> _states;

    private RulesetLibrary(
        string id,
        string title,
        IReadOnlyList<RulesetVersion> versions,
        Dictionary<string, RulesetState> states,
        ObligationCatalog catalog,
        WorkingDayCalendar calendar)
    {
        Id = id;
        Title = title;
        Versions = versions;
        Catalog = catalog;
        Calendar = calendar;
        _states = states;
        _reader = new RulesetReader(catalog);
    }

    /// <summary>Gets the ruleset's id.</summary>
    public string Id { get; }

    /// <summary>Gets the ruleset's title.</summary>
    public string Title { get; }

    /// <summary>Gets the named versions, oldest first.</summary>
    public IReadOnlyList<RulesetVersion> Versions { get; }

    /// <summary>Gets the newest version.</summary>
    public RulesetVersion Latest => Versions[^1];

    /// <summary>Gets the obligation types the ruleset was checked against.</summary>
    public ObligationCatalog Catalog { get; }

    /// <summary>Gets the Working Day calendar of the ruleset.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>Loads and checks every file of a ruleset.</summary>
    /// <param name="source">Where the files are.</param>
    /// <param name="catalog">The obligation types that rule classes implement.</param>
    /// <returns>The library of versions.</returns>
    /// <exception cref="InvalidInputException">A file is missing or does not hold a valid ruleset, modification or calendar.</exception>
    public static RulesetLibrary Load(IRulesetSource source, ObligationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(catalog);
        var reader = new RulesetReader(catalog);
        var manifest = RulesetReader.ReadManifest(Read(source, ManifestPath, "a ruleset manifest"));
        var calendar = manifest.Calendar is { } calendarPath
            ? RulesetReader.ReadCalendar(Read(source, calendarPath, "a Working Day calendar"))
            : WorkingDayCalendar.WeekendsOnly;

        var baseline = reader.ReadBaseline(Read(source, manifest.Baseline, "a baseline ruleset"));
        var state = new RulesetState(baseline.Statuses);
        foreach (var text in baseline.Obligations)
        {
            state.AddBaseline(text);
        }

        var applied = new List<Modification>();
        var snapshots = new List<(RulesetManifest.VersionEntry Entry, RulesetState State, IReadOnlyList<Modification> Applied, IReadOnlyList<Modification> Own, DateOnly? From)>();
        DateOnly? previous = null;
        foreach (var entry in manifest.Versions)
        {
            CheckUnique(snapshots.Select(snapshot => snapshot.Entry), entry);
            var own = entry.Modifications
                .Select(file => reader.ReadModification(Read(source, file.Path, "a modification")))
                .ToList();
            if (snapshots.Count == 0 && own.Count > 0)
            {
                throw new InvalidInputException(entry.Position, $"the first version, '{entry.Id}', is the baseline; expected it to list no modifications");
            }

            if (snapshots.Count > 0 && own.Count == 0)
            {
                throw new InvalidInputException(entry.Position, $"version '{entry.Id}' lists no modifications; expected the modification files it adds to the version before it");
            }

            foreach (var modification in own)
            {
                CheckUnique(applied, modification);
                foreach (var change in modification.Changes)
                {
                    change.Apply(state, modification);
                }

                applied.Add(modification);
            }

            DateOnly? from = own.Count > 0 ? own.Max(modification => modification.Implemented) : null;
            if (from is { } date && previous is { } earlier && date <= earlier)
            {
                throw new InvalidInputException(entry.Position, string.Create(CultureInfo.InvariantCulture,
                    $"version '{entry.Id}' takes effect on {date:yyyy-MM-dd}, not after the version before it ({earlier:yyyy-MM-dd}); expected versions in order of implementation date"));
            }

            previous = from ?? previous;
            snapshots.Add((entry, state.Clone(), [.. applied], own, from));
        }

        var known = FirstAppearances(snapshots.Select(snapshot => snapshot.State), catalog);
        var states = new Dictionary<string, RulesetState>(StringComparer.Ordinal);
        var versions = new List<RulesetVersion>();
        foreach (var snapshot in snapshots)
        {
            states[snapshot.Entry.Id] = snapshot.State;
            versions.Add(RulesetVersion.Snapshot(
                snapshot.Entry.Id, snapshot.Entry.Title, snapshot.From, snapshot.State, known, snapshot.Applied, snapshot.Own, calendar, draftOf: null));
        }

        return new RulesetLibrary(manifest.Id, manifest.Title, versions, states, catalog, calendar);
    }

    /// <summary>Gets a version by id.</summary>
    /// <param name="id">The version's id, for example <c>post-secmp0057</c>.</param>
    /// <returns>The version.</returns>
    /// <exception cref="KeyNotFoundException">No version has that id; the message lists those that do.</exception>
    public RulesetVersion Get(string id) =>
        TryGet(id, out var version)
            ? version
            : throw new KeyNotFoundException(UnknownVersionProblem(id));

    /// <summary>Tries to get a version by id.</summary>
    /// <param name="id">The version's id.</param>
    /// <param name="version">The version, when found.</param>
    /// <returns>True when a version has that id.</returns>
    public bool TryGet(string id, [NotNullWhen(true)] out RulesetVersion? version)
    {
        version = Versions.FirstOrDefault(candidate => string.Equals(candidate.Id, id, StringComparison.Ordinal));
        return version is not null;
    }

    /// <summary>Says that no version has <paramref name="id"/> and names those that do, as errors about version ids read.</summary>
    internal string UnknownVersionProblem(string id) =>
        $"unknown ruleset version {InputText.Quote(id)}; expected one of: {string.Join(", ", Versions.Select(known => known.Id))}";

    /// <summary>Gets the version in force on a date: the latest that took effect on or before it.</summary>
    /// <param name="date">The date the law is read at.</param>
    /// <returns>The version; the baseline for any date before the first modification.</returns>
    public RulesetVersion AsOf(DateOnly date) =>
        Versions.Last(version => version.EffectiveFrom is not { } from || from <= date);

    /// <summary>Reads a proposed modification, checked like the shipped ones.</summary>
    /// <param name="path">The modification file.</param>
    /// <returns>The modification.</returns>
    /// <exception cref="InvalidInputException">The file is missing or is not a valid modification.</exception>
    public Modification ReadModification(string path) =>
        _reader.ReadModification(YamlInput.LoadFile(path, "a modification"));

    /// <summary>
    /// Applies proposed modifications over a version, in order. The result is a version named
    /// <c>base+draft</c> that can be evaluated and compared like any other.
    /// </summary>
    /// <param name="version">The version the drafts apply over: one of <see cref="Versions"/>, not a draft nor a version of another library.</param>
    /// <param name="drafts">The proposed modifications; none gives a copy of <paramref name="version"/> under a new name.</param>
    /// <returns>The drafted version.</returns>
    /// <exception cref="ArgumentException"><paramref name="version"/> is not one of <see cref="Versions"/>, or a draft is null.</exception>
    /// <exception cref="InvalidInputException">
    /// A change does not fit the version (for example it amends an obligation not in force), or a draft
    /// has the id of a modification already applied.
    /// </exception>
    public RulesetVersion ApplyDrafts(RulesetVersion version, IReadOnlyList<Modification> drafts)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (version.IsDraft || !Versions.Contains(version))
        {
            // Ids alone would let a version of another library (read from another folder, say) take
            // this library's text of the same id, and evaluate a text that neither holds.
            throw new ArgumentException(
                $"Drafts apply over a named version of this library ({Id}), not over {(version.IsDraft ? "a draft" : "a version of another library")}: {InputText.Quote(version.Id)}; expected one of: {string.Join(", ", Versions.Select(known => known.Id))}.",
                nameof(version));
        }

        ArgumentNullException.ThrowIfNull(drafts);
        if (drafts.Any(draft => draft is null))
        {
            throw new ArgumentException("A draft is null; expected modifications read with ReadModification.", nameof(drafts));
        }

        var state = _states[version.Id].Clone();
        var applied = version.Modifications.ToList();
        foreach (var draft in drafts)
        {
            CheckUnique(applied, draft);
            applied.Add(draft);
            foreach (var change in draft.Changes)
            {
                change.Apply(state, draft);
            }
        }

        var id = string.Join("+", drafts.Select(draft => draft.Id).Prepend(version.Id));
        var title = drafts.Count == 0 ? version.Title : $"{version.Title}, with draft {string.Join(", ", drafts.Select(draft => draft.Id))}";
        var dates = drafts.Select(draft => draft.Implemented).Concat(version.EffectiveFrom is { } from ? [from] : []).ToList();
        return RulesetVersion.Snapshot(
            id, title, dates.Count > 0 ? dates.Max() : null, state, FirstAppearances([.. _states.Values, state], Catalog),
            applied, drafts, Calendar, draftOf: version.Id);
    }

    private static YamlValue Read(IRulesetSource source, string path, string expected)
    {
        var text = source.ReadText(path);
        return text is null
            ? throw new InvalidInputException(SourcePosition.OfFile(source.DisplayName(path)), $"file not found; expected {expected}")
            : YamlInput.Load(source.DisplayName(path), text, expected);
    }

    // The first text of each obligation ever in force: what versions in which the obligation is not
    // yet in force show. Listed in the catalogue's order, which every version reports findings in, so
    // that related obligations stand together whichever modification introduced them.
    private static List<RulesetState.Entry> FirstAppearances(IEnumerable<RulesetState> states, ObligationCatalog catalog)
    {
        var first = new Dictionary<string, RulesetState.Entry>(StringComparer.Ordinal);
        foreach (var entry in states.SelectMany(state => state.Entries))
        {
            first.TryAdd(entry.Text.Id, entry);
        }

        var order = catalog.Types.Select((type, index) => (type.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        return [.. first.Values.OrderBy(entry => order[entry.Text.Id])];
    }

    private static void CheckUnique(IEnumerable<RulesetManifest.VersionEntry> earlier, RulesetManifest.VersionEntry entry)
    {
        if (earlier.Any(version => version.Id == entry.Id))
        {
            throw new InvalidInputException(entry.Position, $"duplicate version id '{entry.Id}'; expected each version once");
        }
    }

    private static void CheckUnique(IEnumerable<Modification> earlier, Modification modification)
    {
        if (earlier.Any(applied => applied.Id == modification.Id))
        {
            throw new InvalidInputException(SourcePosition.OfFile(modification.File), $"the modification '{modification.Id}' is applied twice; expected each modification once");
        }
    }
}
