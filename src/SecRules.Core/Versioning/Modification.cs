using System.Globalization;
using SecRules.Findings;

namespace SecRules.Versioning;

/// <summary>
/// A modification of the legal text as a first-class object: its id, implementation date and
/// provenance, and the changes it makes to obligations and Assurance Status names. Shipped modifications and a drafter's
/// proposed ones are the same kind of file.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class Modification
{
    internal Modification(string id, string title, DateOnly implemented, Provenance provenance, string? source, string? summary, IReadOnlyList<RulesetChange> changes, string file)
    {
        Id = id;
        Title = title;
        Implemented = implemented;
        Provenance = provenance;
        Source = source;
        Summary = summary;
        Changes = changes;
        File = file;
    }

    /// <summary>Gets the modification's id, for example <c>SECMP0057</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the modification's title.</summary>
    public string Title { get; }

    /// <summary>Gets the date the modification took effect (or, for a draft, would).</summary>
    public DateOnly Implemented { get; }

    /// <summary>Gets the provenance of the modification's date and content.</summary>
    public Provenance Provenance { get; }

    /// <summary>Gets the source the modification is read from (a source id of the domain notes), if any.</summary>
    public string? Source { get; }

    /// <summary>Gets a plain-English summary of what the modification does.</summary>
    public string? Summary { get; }

    /// <summary>Gets the changes, in the order they apply.</summary>
    public IReadOnlyList<RulesetChange> Changes { get; }

    /// <summary>Gets the file the modification was read from.</summary>
    public string File { get; }

    /// <summary>Formats the modification as <c>id (implemented date)</c>.</summary>
    /// <returns>The formatted modification.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id} ({Implemented:yyyy-MM-dd})");
}
