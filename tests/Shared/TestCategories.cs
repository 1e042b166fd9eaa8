namespace SecRules.Tests.Shared;

/// <summary>The NUnit categories tests are put in, and what each means for a run.</summary>
internal static class TestCategories
{
    /// <summary>
    /// Tests that take seconds, or draw their cases at random (the fuzzer, the FsCheck properties, the
    /// culture runs): part of every test run, but skipped where <see cref="SkipSlowVariable"/> is 1, as
    /// mutation testing sets it: there each would run once per mutant, and a random one could kill a
    /// mutant one run and not the next.
    /// </summary>
    public const string Slow = "Slow";

    /// <summary>The environment variable that, set to 1, skips the <see cref="Slow"/> tests.</summary>
    public const string SkipSlowVariable = "SECRULES_SKIP_SLOW_TESTS";

    /// <summary>Skips the calling test when <see cref="SkipSlowVariable"/> is 1; call it from a slow fixture's set-up.</summary>
    public static void SkipIfSlowTestsAreOff()
    {
        if (Environment.GetEnvironmentVariable(SkipSlowVariable) == "1")
        {
            Assert.Ignore($"{SkipSlowVariable} is 1: slow tests are skipped.");
        }
    }
}
