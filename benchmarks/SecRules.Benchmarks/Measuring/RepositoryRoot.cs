namespace SecRules.Benchmarks.Measuring;

/// <summary>The repository the benchmarks run from: the folder holding <c>SecRules.sln</c>.</summary>
internal static class RepositoryRoot
{
    /// <summary>Gets the path of a file or folder relative to the repository root.</summary>
    public static string Of(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SecRules.sln")))
            {
                return Path.Combine(directory.FullName, relative);
            }
        }

        throw new InvalidOperationException("The benchmarks run from a build under the repository; SecRules.sln was not found above it.");
    }
}
