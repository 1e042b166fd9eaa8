using SecRules.Versioning;

namespace SecRules.Rulesets.Tests.Support;

/// <summary>Applies a modification written in a test, as a drafter would write it, over a shipped version.</summary>
internal static class Drafting
{
    public static RulesetVersion Apply(string version, string modificationYaml)
    {
        var path = Path.Combine(Path.GetTempPath(), $"secrules-draft-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, modificationYaml);
        try
        {
            return SectionG.Rulesets.ApplyDrafts(SectionG.Rulesets.Get(version), [SectionG.Rulesets.ReadModification(path)]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
