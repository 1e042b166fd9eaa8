using SecRules.Versioning;

namespace SecRules.Core.Tests.Support;

/// <summary>Ruleset files held in memory, named <c>mem/PATH</c> in errors.</summary>
internal sealed class InMemoryRulesetSource(Dictionary<string, string> files) : IRulesetSource
{
    public string DisplayName(string path) => $"mem/{path}";

    public string? ReadText(string path) => files.GetValueOrDefault(path);
}
