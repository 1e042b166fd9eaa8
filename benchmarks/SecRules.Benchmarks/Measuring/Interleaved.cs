namespace SecRules.Benchmarks.Measuring;

/// <summary>
/// Measures a subject against its reference in one process, alternating them round by round, so
/// that whatever else the machine does weighs on both alike; the ratio of their medians is what
/// the benchmarks report.
/// </summary>
internal static class Interleaved
{
    /// <summary>Runs the subject and the reference alternately and compares their median costs.</summary>
    /// <param name="rounds">How many times each runs.</param>
    /// <param name="subject">Measures one run of the subject.</param>
    /// <param name="reference">Measures one run of the reference.</param>
    /// <returns>The medians and the ratio of the subject's to the reference's.</returns>
    public static Comparison Compare(int rounds, Func<TimeSpan> subject, Func<TimeSpan> reference)
    {
        var subjects = new List<TimeSpan>();
        var references = new List<TimeSpan>();
        for (var round = 0; round < rounds; round++)
        {
            references.Add(reference());
            subjects.Add(subject());
        }

        return new Comparison(Median(subjects), Median(references));
    }

    private static TimeSpan Median(List<TimeSpan> times)
    {
        times.Sort();
        return times[times.Count / 2];
    }
}

/// <summary>The median costs of a subject and of its reference, measured side by side.</summary>
/// <param name="Subject">The subject's median.</param>
/// <param name="Reference">The reference's median.</param>
internal sealed record Comparison(TimeSpan Subject, TimeSpan Reference)
{
    public double Ratio => Subject.TotalMilliseconds / Reference.TotalMilliseconds;
}
