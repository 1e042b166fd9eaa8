using SecRules.Input;

namespace SecRules.Versioning;

/// <summary>The ruleset manifest, <c>ruleset.yaml</c>: the baseline file and the named versions, each with the modification files it adds.</summary>
internal sealed record RulesetManifest(
    string Id,
    string Title,
    string Baseline,
    string? Calendar,
    IReadOnlyList<RulesetManifest.VersionEntry> Versions)
{
    public sealed record VersionEntry(string Id, string Title, IReadOnlyList<(string Path, SourcePosition Position)> Modifications, SourcePosition Position);
}
