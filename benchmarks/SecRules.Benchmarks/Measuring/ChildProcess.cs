using System.Diagnostics;

namespace SecRules.Benchmarks.Measuring;

/// <summary>Runs a program in a fresh process, as a user starts it, and measures it.</summary>
internal static class ChildProcess
{
    /// <summary>Runs a program to its end.</summary>
    /// <param name="program">The executable, or <c>dotnet</c>.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <returns>Its wall time and its standard output.</returns>
    /// <exception cref="InvalidOperationException">The program failed.</exception>
    public static (TimeSpan Wall, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Of("."),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        watch.Stop();
        return process.ExitCode == 0
            ? (watch.Elapsed, output)
            : throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error}");
    }

    /// <summary>Publishes a project to a fresh folder and returns the folder.</summary>
    public static string Publish(string project, params string[] options)
    {
        var output = Path.Combine(Path.GetTempPath(), "secrules-benchmarks", Path.GetFileNameWithoutExtension(project) + "-" + Guid.NewGuid().ToString("N"));
        Run("dotnet", ["publish", RepositoryRoot.Of(project), "-c", "Release", "-o", output, "--nologo", "-v", "quiet", .. options]);
        return output;
    }
}
