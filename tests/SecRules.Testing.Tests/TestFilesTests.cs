using SecRules.Testing;
using SecRules.Tests.Shared;

namespace SecRules.Testing.Tests;

public class TestFilesTests
{
    [Test]
    public void Locate_RelativePathAboveTheOutputFolder_IsFoundInTheNearestFolderThatHasIt()
    {
        TestFiles.Locate("examples").Should().Be(RepositoryPaths.Of("examples"));
    }

    [Test]
    public void Locate_RelativePathNowhere_NamesItUnderTheOutputFolder()
    {
        TestFiles.Locate("no-such-folder").Should().Be(Path.Combine(AppContext.BaseDirectory, "no-such-folder"));
    }

    [Test]
    public void ReadScenario_ShippedExample_ReadsItWithTheEmbeddedRulesets()
    {
        var scenario = TestFiles.ReadScenario("examples/seed-second-user-system-from-srp.yaml");

        scenario.File.Should().Be(RepositoryPaths.Of("examples/seed-second-user-system-from-srp.yaml"));
        scenario.Facts.UserSystems.Should().HaveCount(2);
    }
}
