using SecRules.Cli.Terminal;
using SecRules.Exploration;

namespace SecRules.Cli.Tests;

public class ExploreProgressTests
{
    private TimeSpan _now;

    [Test]
    public void Progress_OnATerminal_RedrawsOneLineInPlaceWithTheTimeLeftAndErasesItAtTheEnd()
    {
        var error = new StringWriter { NewLine = "\n" };
        var progress = new ExploreProgress(error, inPlace: true, () => _now);

        _now = TimeSpan.FromSeconds(1);
        progress.Report(new ExplorationProgress(100, 1000));
        _now = TimeSpan.FromSeconds(2);
        progress.Report(new ExplorationProgress(200, 1000));
        progress.Report(new ExplorationProgress(1000, 1000));

        error.ToString().Should().Be(
            "\rexplore: 100 of 1,000 generated scenarios (10%), 100 a second, about 9s left\u001b[K"
            + "\rexplore: 200 of 1,000 generated scenarios (20%), 100 a second, about 8s left\u001b[K"
            + "\r\u001b[K");
        error.ToString().Should().NotContain("\n", "the line is redrawn, never added to");
    }

    [Test]
    public void Progress_InAPipe_WritesALineEveryFewSecondsOnly()
    {
        var error = new StringWriter { NewLine = "\n" };
        var progress = new ExploreProgress(error, inPlace: false, () => _now);

        _now = TimeSpan.FromSeconds(1);
        progress.Report(new ExplorationProgress(100, 10_000));
        _now = TimeSpan.FromSeconds(4);
        progress.Report(new ExplorationProgress(400, 10_000));
        _now = TimeSpan.FromSeconds(5);
        progress.Report(new ExplorationProgress(500, 10_000));
        progress.Report(new ExplorationProgress(10_000, 10_000));

        error.ToString().Should().Be(
            "explore: 400 of 10,000 generated scenarios (4%), 100 a second, about 1m 36s left\n"
            + "explore: 10,000 of 10,000 generated scenarios (100%)\n");
    }

    [Test]
    public void Progress_ShortRunInAPipe_WritesNothing()
    {
        var error = new StringWriter { NewLine = "\n" };
        var progress = new ExploreProgress(error, inPlace: false, () => _now);

        _now = TimeSpan.FromSeconds(1);
        progress.Report(new ExplorationProgress(50, 100));
        progress.Report(new ExplorationProgress(100, 100));

        error.ToString().Should().BeEmpty();
    }
}
