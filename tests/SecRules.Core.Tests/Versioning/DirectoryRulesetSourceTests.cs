using SecRules.Input;
using SecRules.Versioning;

namespace SecRules.Core.Tests.Versioning;

public class DirectoryRulesetSourceTests
{
    private const string Secret = "password: hunter2\n";

    private string _root = null!;
    private string _folder = null!;
    private DirectoryRulesetSource _source = null!;

    [SetUp]
    public void CreateFolders()
    {
        _root = Path.Combine(Path.GetTempPath(), "secrules-source-tests", Guid.NewGuid().ToString("N"));
        _folder = Path.Combine(_root, "rulesets");
        Directory.CreateDirectory(Path.Combine(_folder, "modifications"));
        File.WriteAllText(Path.Combine(_folder, "ruleset.yaml"), "id: test\n");
        File.WriteAllText(Path.Combine(_root, "secret.yaml"), Secret);
        _source = new DirectoryRulesetSource(_folder);
    }

    [TearDown]
    public void DeleteFolders() => Directory.Delete(_root, recursive: true);

    [Test]
    public void ReadText_FileInsideTheFolder_IsRead()
    {
        _source.ReadText("ruleset.yaml").Should().Be("id: test\n");
        _source.ReadText("modifications/missing.yaml").Should().BeNull();
    }

    [TestCase("../secret.yaml")]
    [TestCase("modifications/../../secret.yaml")]
    public void ReadText_PathLeadingOutOfTheFolder_IsRefusedWithoutReadingIt(string path)
    {
        Error(path).Should().Be($"{_folder}/{path}:1:1: the path leads outside the ruleset folder; expected a ruleset file inside '{_folder}'");
    }

    [Test]
    public void ReadText_AbsolutePath_IsRefused()
    {
        Error(Path.Combine(_root, "secret.yaml")).Should().Contain("the path leads outside the ruleset folder");
    }

    [Test]
    public void ReadText_LinkToAFileOutsideTheFolder_IsRefusedWithoutShowingIt()
    {
        File.CreateSymbolicLink(Path.Combine(_folder, "baseline.yaml"), Path.Combine(_root, "secret.yaml"));

        Error("baseline.yaml").Should().Contain("the path leads outside the ruleset folder").And.NotContain("hunter2");
    }

    [Test]
    public void ReadText_FileInALinkedFolderOutside_IsRefused()
    {
        Directory.CreateDirectory(Path.Combine(_root, "elsewhere"));
        File.WriteAllText(Path.Combine(_root, "elsewhere", "m.yaml"), Secret);
        Directory.CreateSymbolicLink(Path.Combine(_folder, "linked"), Path.Combine(_root, "elsewhere"));

        Error("linked/m.yaml").Should().Contain("the path leads outside the ruleset folder");
    }

    [Test]
    public void ReadText_LinkToAFileInsideTheFolder_IsRead()
    {
        File.CreateSymbolicLink(Path.Combine(_folder, "current.yaml"), "ruleset.yaml");

        _source.ReadText("current.yaml").Should().Be("id: test\n");
    }

    private string Error(string path)
    {
        var act = () => _source.ReadText(path);
        return act.Should().Throw<InvalidInputException>().Which.Message;
    }
}
