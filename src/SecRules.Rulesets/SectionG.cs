using SecRules.Engine;
using SecRules.Rulesets.Obligations;
using SecRules.Versioning;

namespace SecRules.Rulesets;

/// <summary>
/// The Smart Energy Code Section G obligations on Users: the rule classes, the shipped ruleset
/// versions embedded in this assembly, and an engine over them.
/// </summary>
/// <example>
/// <code>
/// var engine = SectionG.Engine;
/// var result = engine.Evaluate(facts, new DateOnly(2019, 6, 30), "post-secmp0057");
/// foreach (var finding in result.Findings)
///     Console.WriteLine(finding);
/// </code>
/// </example>
/// <remarks>Everything here is thread-safe and built once, on first use.</remarks>
public static class SectionG
{
    /// <summary>Gets the obligations that have rule classes, which ruleset data may name.</summary>
    public static ObligationCatalog Catalog { get; } = new(
    [
        InitialAssessmentBeforeUserEntry.Type,
        AnnualAssessmentCycle.Type,
        AssessmentResponseBySscDate.Type,
        CooperateWithSscRequests.Type,
        ComplyWithG3ToG6.Type,
        RemedyNonComplianceAsCommitted.Type,
        NotifySscOfSubsequentUserSystem.Type,
        ReviewDeferredSystemAtNextAssessment.Type,
        RelyOnSharedResourceAssessment.Type,
        InformSharedResourceUsers.Type,
        ReportSmsCountSixMonthly.Type,
        FollowUpSecurityAssessment.Type,
        EventOfDefaultRisk.Type,
    ]);

    private static readonly Lazy<RulesetLibrary> EmbeddedRulesets =
        new(() => RulesetLibrary.Load(new EmbeddedRulesetSource(typeof(SectionG).Assembly), Catalog));

    private static readonly Lazy<ComplianceEngine> EmbeddedEngine = new(() => new ComplianceEngine(Rulesets));

    /// <summary>Gets the shipped ruleset versions, read from the data embedded in this assembly.</summary>
    public static RulesetLibrary Rulesets => EmbeddedRulesets.Value;

    /// <summary>Gets an engine over the shipped ruleset versions.</summary>
    public static ComplianceEngine Engine => EmbeddedEngine.Value;

    /// <summary>Loads ruleset versions from a folder holding <c>ruleset.yaml</c>, checked against <see cref="Catalog"/>.</summary>
    /// <param name="directory">The folder.</param>
    /// <returns>The ruleset library.</returns>
    /// <exception cref="Input.InvalidInputException">A file is missing or invalid.</exception>
    public static RulesetLibrary LoadRulesets(string directory) =>
        RulesetLibrary.Load(new DirectoryRulesetSource(directory), Catalog);
}
