using SecRules.Input;
using SecRules.Scenarios;

namespace SecRules.Core.Tests.Scenarios;

public class ScenarioFilesTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "secrules-core-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Find_Folder_ListsItsYamlAndYmlFilesAndThoseOfItsSubfoldersInOrdinalOrder()
    {
        Write("b.yaml", "z/a.yaml", "a/c.yaml", "notes.txt", "a.yml", "z/d.yml", "e.yamlx", "f.yml.bak");

        var files = ScenarioFiles.Find([_folder]);

        files.Should().Equal($"{_folder}/a.yml", $"{_folder}/a/c.yaml", $"{_folder}/b.yaml", $"{_folder}/z/a.yaml", $"{_folder}/z/d.yml");
    }

    [Test]
    public void Find_FileAndFolderNamingTheSameFile_ListsItOnce()
    {
        Write("a.yaml");

        ScenarioFiles.Find([$"{_folder}/a.yaml", _folder]).Should().Equal($"{_folder}/a.yaml");
    }

    [Test]
    public void Find_MissingPath_IsAnErrorNamingIt()
    {
        var act = () => ScenarioFiles.Find(["no/such/folder"]);

        act.Should().Throw<InvalidInputException>().Which.Message.Should()
            .Be("no/such/folder:1:1: file not found; expected a scenario file or a folder of scenario files (*.yaml or *.yml)");
    }

    [Test]
    public void Find_FolderWithoutScenarioFiles_IsAnError()
    {
        Write("readme.md");

        var act = () => ScenarioFiles.Find([_folder]);

        act.Should().Throw<InvalidInputException>().Which.Message.Should()
            .Be($"{_folder}:1:1: the folder holds no *.yaml or *.yml file; expected a scenario file or a folder of scenario files (*.yaml or *.yml)");
    }

    private void Write(params string[] files)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(_folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, string.Empty);
        }
    }
}
