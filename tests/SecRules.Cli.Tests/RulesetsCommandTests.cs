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
}
