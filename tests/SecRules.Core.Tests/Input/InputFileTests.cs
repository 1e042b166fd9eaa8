using System.Diagnostics;
using System.Text;
using SecRules.Input;

namespace SecRules.Core.Tests.Input;

public class InputFileTests
{
    private const string Expected = "a test document";

    private string _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "secrules-input-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void ReadText_Utf8WithAByteOrderMark_ReadsTheTextWithoutIt()
    {
        var path = Write("bom.yaml", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("a: café\n")]);

        InputFile.ReadText(path, path, Expected).Should().Be("a: café\n");
    }

    [Test]
    public void ReadText_InvalidUtf8_NamesTheLineAndColumnOfTheByte()
    {
        var path = Write("latin1.yaml", [.. Encoding.UTF8.GetBytes("a: b\nc: caf"), 0xE9, (byte)'\n']);

        Error(path).Should().Be($"{path}:2:7: the byte 0xE9 is not UTF-8 text; expected a text file in UTF-8 holding a test document");
    }

    [Test]
    public void ReadText_FileOfExactlyTheLimit_ReadsAndOneByteMoreIsRefused()
    {
        var atLimit = Write("limit.yaml", Encoding.UTF8.GetBytes(new string('x', InputLimits.MaxFileBytes)));
        var beyond = Write("beyond.yaml", Encoding.UTF8.GetBytes("a\n" + new string('x', InputLimits.MaxFileBytes)));

        InputFile.ReadText(atLimit, atLimit, Expected).Should().HaveLength(InputLimits.MaxFileBytes);
        Error(beyond).Should().Be($"{beyond}:2:1048575: the file is larger than 1048576 bytes; expected a test document in a file of at most 1048576 bytes");
    }

    [Test]
    public void ReadText_Folder_IsRefused()
    {
        Error(_folder).Should().Be($"{_folder}:1:1: this is a folder, not a file; expected a regular file holding a test document");
    }

    [Test]
    public void ReadText_MissingFile_IsNotFound()
    {
        var path = Path.Combine(_folder, "missing.yaml");

        InputFile.TryReadText(path, path, Expected).Should().BeNull();
        Error(path).Should().Be($"{path}:1:1: file not found; expected a test document");
    }

    [Test]
    public void ReadText_SymbolicLinkLoop_IsRefused()
    {
        var path = Path.Combine(_folder, "a.yaml");
        File.CreateSymbolicLink(path, "b.yaml");
        File.CreateSymbolicLink(Path.Combine(_folder, "b.yaml"), "a.yaml");

        Error(path).Should().Be($"{path}:1:1: the symbolic links lead round in a loop; expected a regular file holding a test document");
    }

    [Test]
    public void ReadText_SymbolicLinkToAFile_ReadsTheFile()
    {
        var target = Write("target.yaml", Encoding.UTF8.GetBytes("a: b\n"));
        var link = Path.Combine(_folder, "link.yaml");
        File.CreateSymbolicLink(link, target);

        InputFile.ReadText(link, link, Expected).Should().Be("a: b\n");
    }

    [TestCase("/dev/zero")]
    [TestCase("/dev/urandom")]
    public void ReadText_Device_IsRefusedWithoutReadingIt(string device)
    {
        Assume.That(OperatingSystem.IsLinux(), "the file type comes from statx on Linux");

        Error(device).Should().Be($"{device}:1:1: this is a device, not a regular file; expected a regular file holding a test document");
    }

    [Test]
    public void ReadText_NamedPipe_IsRefusedWithoutWaitingForAWriter()
    {
        Assume.That(OperatingSystem.IsLinux(), "the file type comes from statx on Linux");
        var path = Path.Combine(_folder, "pipe.yaml");
        using (var mkfifo = Process.Start("mkfifo", [path]))
        {
            mkfifo.WaitForExit();
        }

        Error(path).Should().Be($"{path}:1:1: this is a pipe, not a regular file; expected a regular file holding a test document");
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Error(string path)
    {
        var act = () => InputFile.ReadText(path, path, Expected);
        return act.Should().Throw<InvalidInputException>().Which.Message;
    }
}
