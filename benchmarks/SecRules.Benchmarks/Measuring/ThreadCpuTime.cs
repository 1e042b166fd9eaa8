using System.Runtime.InteropServices;

namespace SecRules.Benchmarks.Measuring;

/// <summary>
/// The CPU time the calling thread has used: what a measurement on a machine shared with other work
/// should compare, since time spent waiting for a core does not count.
/// </summary>
internal static partial class ThreadCpuTime
{
    private const int ThreadCpuClock = 3;

    /// <summary>Gets the calling thread's CPU time so far (wall time where the platform has no thread clock).</summary>
    public static TimeSpan Now()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuClock, out var time) == 0)
        {
            return TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100));
        }

        return TimeSpan.FromTicks(Environment.TickCount64 * TimeSpan.TicksPerMillisecond);
    }

    /// <summary>Measures the CPU time the calling thread spends on an action.</summary>
    public static TimeSpan Of(Action action)
    {
        var start = Now();
        action();
        return Now() - start;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
