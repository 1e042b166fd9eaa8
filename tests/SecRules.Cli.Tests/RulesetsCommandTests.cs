using SecRules.Cli.Tests.Support;

namespace SecRules.Cli.Tests;

public class RulesetsCommandTests
{
    [Test]
    public void Rulesets_ListsEachVersionWithItsDateAndModifications()
    {
        var run = CliRun.Of("rulesets");

        run.ExitCode.Should().Be(0);
        run.Out.Should().MatchRegex(@"\npre-secmp0044 +\(baseline\) +- +sha256:[0-9a-f]{12} +Section G before SECMP0044\n");
        run.Out.Should().MatchRegex(@"\npost-secmp0044 +2018-08-22 +SECMP0044 \[SEED\] ");
        run.Out.Should().MatchRegex(@"\npost-secmp0057 +2019-02-28 +SECMP0057 \[READ\]");
    }

    [Test]
    public void Show_ListsEachObligationWithClauseProvenanceParametersAndModifications()
    {
        var run = CliRun.Of("rulesets", "show", "post-secmp0057");

        run.ExitCode.Should().Be(0);
        run.Out.Should().MatchRegex(@"\n  notify-ssc-of-subsequent-user-system +in-force +SECMP0057 \(clause TBC\) +READ +SECMP0057 +-\n");
        run.Out.Should().MatchRegex(@"\n  annual-assessment-cycle +in-force +G8\.40, G8\.47 \(G8\.47 for Other Users' year 2\) +READ +baseline +SECMP0059\n");
        run.Out.Should().Contain("  - applies-to-first-use-from = 2019-02-28 [INFERRED, set by SECMP0057]");
        run.Out.Should().Contain("  - schedule [READ, source S2, set by SECMP0059]:");
    }

    [Test]
    public void Show_VersionBeforeAModification_MarksItsObligationsNotYetInForce()
    {
        var run = CliRun.Of("rulesets", "show", "pre-secmp0044");

        run.Out.Should().MatchRegex(@"\n  notify-ssc-of-subsequent-user-system +not-yet-in-force +SECMP0057 \(clause TBC\)");
        run.Out.Should().Contain("not yet in force (introduced by SECMP0057, in force from 2019-02-28)");
    }

    [Test]
    public void Show_UnknownVersion_ExitsWithTwo()
    {
        var run = CliRun.Of("rulesets", "show", "post-secmp9999");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("secrules: unknown ruleset version 'post-secmp9999'; expected one of: pre-secmp0044, post-secmp0044, post-secmp0057, post-mp091");
    }
}
