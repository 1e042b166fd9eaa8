using SecRules.Engine;
using SecRules.Versioning;

namespace SecRules.Core.Tests.Support;

/// <summary>A small ruleset over <see cref="ProbeRule"/> obligations, and helpers to vary its files.</summary>
internal static class TestRulesets
{
    public static readonly ObligationCatalog Catalog = new([ProbeRule.Type("alpha"), ProbeRule.Type("beta"), ProbeRule.Type("gamma")]);

    public const string Manifest = """
        id: test
        title: Test ruleset
        baseline: baseline.yaml
        versions:
          - id: v0
            title: Baseline
          - id: v1
            title: With M1
            modifications: [m1.yaml]
          - id: v2
            title: With M2
            modifications: [m2.yaml]
        """;

    public const string Baseline = """
        assurance-status-names:
          provenance: READ
          names:
            - { name: Approved, level: approved }
            - { name: Deferred, level: severe-deficiency }
        obligations:
          - id: alpha
            title: Alpha
            clause: A1.1
            provenance: READ
            material: { value: true, provenance: INFERRED }
            parameters:
              from: { value: 2018-01-01, provenance: READ }
              within: { value: 10 days, provenance: INFERRED, note: A guess. }
          - id: gamma
            title: Gamma
            clause: G1
            provenance: SEED
            material: { value: false, provenance: INFERRED }
            parameters:
              from: { value: 2018-01-01, provenance: READ }
              within: { value: 1 month, provenance: READ }
        """;

    public const string M1 = """
        id: M1
        title: First modification
        implemented: 2018-08-22
        provenance: SEED
        changes:
          - add:
              id: beta
              title: Beta
              clause: M1 (clause TBC)
              provenance: READ
              material: { value: true, provenance: INFERRED }
              parameters:
                from: { value: 2018-08-22, provenance: INFERRED }
                within: { value: 20 working days, provenance: INFERRED }
          - amend:
              id: alpha
              clause: A1.2
              parameters:
                within: { value: 15 days, provenance: READ }
        """;

    public const string M2 = """
        id: M2
        title: Second modification
        implemented: 2019-02-28
        provenance: READ
        changes:
          - retire:
              id: gamma
              reason: folded into alpha
        """;

    public static Dictionary<string, string> Files() => new()
    {
        ["ruleset.yaml"] = Manifest,
        ["baseline.yaml"] = Baseline,
        ["m1.yaml"] = M1,
        ["m2.yaml"] = M2,
    };

    public static RulesetLibrary Load() => Load(Files());

    public static RulesetLibrary Load(Dictionary<string, string> files) =>
        RulesetLibrary.Load(new InMemoryRulesetSource(files), Catalog);

    /// <summary>Loads the ruleset with one file replaced.</summary>
    public static RulesetLibrary LoadWith(string path, string text)
    {
        var files = Files();
        files[path] = text;
        return Load(files);
    }
}
