using System.Text.Json;
using SecRules.Cli.Tests.Support;
using SecRules.Tests.Shared;

namespace SecRules.Cli.Tests;

public class DraftOptionTests
{
    private static readonly string Seed = RepositoryPaths.Of("examples/seed-second-user-system-from-srp.yaml");
    private static readonly string LargeSuppliersOnly = RepositoryPaths.Of("drafts/notification-large-suppliers-only.yaml");
    private static readonly string MinimumNotice = RepositoryPaths.Of("drafts/minimum-notice-10-working-days.yaml");

    [Test]
    public void Evaluate_WithADraftAndNoVersion_EvaluatesTheLatestVersionDrafted()
    {
        var run = CliRun.Of("evaluate", Seed, "--with", LargeSuppliersOnly, "--format", "json");

        run.ExitCode.Should().Be(0);
        var evaluation = JsonDocument.Parse(run.Out).RootElement.GetProperty("evaluations").EnumerateArray().Single();
        evaluation.GetProperty("receipt").GetProperty("rulesetId").GetString().Should().Be("post-mp091+DRAFT-LARGE-SUPPLIERS-ONLY");
        evaluation.GetProperty("findings").EnumerateArray()
            .Single(finding => finding.GetProperty("obligation").GetString() == "notify-ssc-of-subsequent-user-system"
                && finding.GetProperty("subject").GetProperty("id").GetString() == "S2")
            .GetProperty("outcome").GetString().Should().Be("not-applicable", "the seed's party is a Small Supplier");
    }

    [Test]
    public void Evaluate_WithTwoDrafts_AppliesBothInOrder()
    {
        var run = CliRun.Of("evaluate", Seed, "--ruleset", "post-secmp0057", "--with", MinimumNotice, "--with", LargeSuppliersOnly);

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("== post-secmp0057+DRAFT-MINIMUM-NOTICE+DRAFT-LARGE-SUPPLIERS-ONLY:");
    }

    [Test]
    public void Evaluate_WithADraftOverAVersionWithoutTheObligation_ExitsWithTwoAtTheChange()
    {
        var run = CliRun.Of("evaluate", Seed, "--ruleset", "post-secmp0044", "--with", MinimumNotice);

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith($"{MinimumNotice}:18:5: cannot amend obligation 'notify-ssc-of-subsequent-user-system': no earlier text has it; expected one of the obligations in force:");
    }

    [Test]
    public void Evaluate_WithADraftThatRepeatsAShippedModification_ExitsWithTwo()
    {
        var path = CliRun.WriteFile("again.yaml", File.ReadAllText(LargeSuppliersOnly).Replace("id: DRAFT-LARGE-SUPPLIERS-ONLY", "id: SECMP0057", StringComparison.Ordinal));

        var run = CliRun.Of("evaluate", Seed, "--with", path);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"{path}:1:1: the modification 'SECMP0057' is applied twice; expected each modification once\n");
    }

    [TestCase("      parameters:", "      parametres:")]
    [TestCase("          value: [large-supplier]", "          value: [large-suppliers]")]
    [TestCase("implemented: 2026-06-25", "implemented: 2026-02-30")]
    public void Evaluate_BadDraft_GivesTheErrorTheSameFileGivesAsAShippedModification(string original, string replacement)
    {
        var broken = File.ReadAllText(LargeSuppliersOnly).Replace(original, replacement, StringComparison.Ordinal);
        var draft = CliRun.WriteFile("draft.yaml", broken);
        var rulesets = CliRun.CopyOfShippedRulesets();
        File.WriteAllText(Path.Combine(rulesets, "modifications", "secmp0057.yaml"), broken);

        var asDraft = CliRun.Of("evaluate", Seed, "--with", draft);
        var asShipped = CliRun.Of("rulesets", "--rulesets", rulesets);

        asDraft.ExitCode.Should().Be(2);
        asShipped.ExitCode.Should().Be(2);
        asDraft.Error.Should().StartWith(draft + ":").And.NotContain("\n   at ");
        asDraft.Error[draft.Length..].Should().Be(asShipped.Error[(Path.Combine(rulesets, "modifications", "secmp0057.yaml").Length)..]);
    }

    [Test]
    public void Evaluate_MissingDraft_ExitsWithTwoNamingTheFile()
    {
        var run = CliRun.Of("evaluate", Seed, "--with", "no/such/draft.yaml");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("no/such/draft.yaml:1:1: file not found; expected a modification\n");
    }

}
