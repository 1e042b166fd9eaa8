using SecRules.Assurance;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Input;
using SecRules.Versioning;
using static System.FormattableString;

namespace SecRules.Rulesets.Obligations;

/// <summary>
/// Walks a User's assessment cycle year by year from its start to the evaluation date. Each year is
/// read by the timing reading that governs it (fixed cycle years, or the SSC's rolling 12 months from
/// the previous fieldwork, G8.40), calls for the assessment the schedule gives for the Party then,
/// and is met by the best assessment whose fieldwork falls within it. Assessments without a
/// fieldwork date are left out of the years and handed back: where they fall is not known.
/// </summary>
internal sealed class CycleTimeline
{
    private readonly Party _party;
    private readonly DateOnly _first;
    private readonly DateOnly _evaluationDate;
    private readonly AssessmentSchedule _schedule;
    private readonly AssessmentTiming _timing;
    private readonly bool _initialCountsForFirstYear;
    private readonly List<SecurityAssessment> _dated;
    private readonly List<SecurityAssessment> _undated;

    public CycleTimeline(
        Party party,
        DateOnly first,
        DateOnly evaluationDate,
        IEnumerable<SecurityAssessment> assessments,
        AssessmentSchedule schedule,
        AssessmentTiming timing,
        bool initialCountsForFirstYear)
    {
        _party = party;
        _first = first;
        _evaluationDate = evaluationDate;
        _schedule = schedule;
        _timing = timing;
        _initialCountsForFirstYear = initialCountsForFirstYear;
        var counted = assessments.Where(assessment => Rank(assessment.AssessmentKind) > 0).ToList();
        _dated = [.. counted
            .Where(assessment => assessment.Fieldwork is { } fieldwork && fieldwork <= evaluationDate)
            .OrderBy(assessment => assessment.Fieldwork)
            .ThenBy(assessment => assessment.Id, StringComparer.Ordinal)];
        _undated = [.. counted
            .Where(assessment => assessment.Fieldwork is null && (assessment.ReportIssued is not { } report || report <= evaluationDate))
            .OrderBy(assessment => assessment.Id, StringComparer.Ordinal)];
    }

    // Each assessment meets one year: the best whose fieldwork falls after the assessment that met the
    // year before and by the year's deadline. An assessment taken early counts for the next year
    // rather than being lost, so a steady cadence in the schedule's order is never a Breach.
    public IEnumerable<CycleYearResult> Years()
    {
        DateOnly? anchor = null;
        DateOnly? initialFieldwork = null;
        string anchorText = string.Empty;

        // The years stop at the evaluation date; the bound only keeps date arithmetic within DateOnly.
        for (var number = 1; _first.Year + number < DateOnly.MaxValue.Year; number++)
        {
            var (reading, last) = _timing.Govern(candidate => LastDayUnder(candidate, number, anchor));
            var rolling = reading.Rule == AssessmentTimingRule.Rolling;
            // The schedule and the premises are read at the start of the year: its anniversary of the
            // cycle's start, or under the rolling reading the date it is counted from, so that a count
            // that changes after a rolling year ended never decides it.
            var start = rolling && anchor is { } countedFrom ? countedFrom : _first.AddYears(number - 1);
            var yearOfCycle = ((number - 1) % 3) + 1;
            var period = rolling
                ? Invariant($"Year {number} (year {yearOfCycle} of its cycle, due within {reading.Within} of {anchorText}, so by {last:yyyy-MM-dd}; {Describe(reading)}):")
                : Invariant($"Year {number} ({start:yyyy-MM-dd} to {last:yyyy-MM-dd}, year {yearOfCycle} of its cycle; {Describe(reading)}):");
            var inYear = _dated
                .Where(assessment => InYear(assessment, number, anchor, last))
                .ToList();
            var ended = last < _evaluationDate;

            // Under cycle years an assessment belongs to the year its fieldwork falls in. One taken
            // before the year began counts for it only if nothing in the year meets it, and then
            // leaves the year open: whether an early assessment counts for a later year is not read.
            var inWindow = rolling || number == 1 ? inYear : [.. inYear.Where(assessment => assessment.Fieldwork >= start)];
            var best = Best(inWindow);
            var result = Judge(period, yearOfCycle, start, ended, last, best, inYear);
            if (result.Outcome != Outcome.Compliant && inWindow.Count < inYear.Count
                && Best(inYear) is { } early && Judge(period, yearOfCycle, start, ended, last, early, inYear).Outcome == Outcome.Compliant)
            {
                best = early;
                result = new(Outcome.Undetermined,
                    Invariant($"{period} only {Describe(early)}, taken before the year began, meets what it calls for; whether an assessment taken early counts for a later cycle year is not known."),
                    [early],
                    "whether an assessment taken before a cycle year began counts for that year (the cycle-years reading is INFERRED)");
            }

            // A year counted from the cycle's start because the assessment before it was the initial one,
            // taken before the cycle: G8.40 as the SSC reads it counts from the previous fieldwork, so
            // the year is settled only where both starting points agree.
            if (rolling && initialFieldwork is { } initialDone && reading.Within is { } within
                && within.TryAfter(initialDone, WorkingDayCalendar.WeekendsOnly, out var lastFromInitial) && lastFromInitial < last
                && (result.Outcome == Outcome.Compliant ? best?.Fieldwork > lastFromInitial : result.Outcome == Outcome.NotApplicable && lastFromInitial < _evaluationDate))
            {
                result = new(Outcome.Undetermined,
                    Invariant($"{result.Message[..^1]}; counted from the fieldwork of the initial assessment on {initialDone:yyyy-MM-dd} instead, it was due by {lastFromInitial:yyyy-MM-dd}, and which the year counts from is not known."),
                    result.Assessments,
                    "whether the year after an initial assessment taken before the cycle counts from that assessment's fieldwork or from the cycle's start (G8.40 as the SSC reads it; the legal text was not available)");
            }

            yield return result;
            if (!ended && best is null)
            {
                yield break;
            }

            // The first year's assessment may be the initial one, taken before the cycle started; the
            // next year is counted from the cycle's start, not from before it.
            (anchor, anchorText) = best switch
            {
                { Fieldwork: { } fieldwork } when fieldwork >= _first => (fieldwork, Invariant($"the fieldwork of {best.Id} on {fieldwork:yyyy-MM-dd}")),
                not null => (_first, Invariant($"the start of the cycle on {_first:yyyy-MM-dd}")),
                null => (last, Invariant($"the deadline missed on {last:yyyy-MM-dd}")),
            };
            initialFieldwork = best is { Fieldwork: { } before } && before < _first ? before : null;
        }
    }

    private static SecurityAssessment? Best(IEnumerable<SecurityAssessment> candidates) =>
        candidates.OrderByDescending(assessment => Rank(assessment.AssessmentKind)).ThenBy(assessment => assessment.Fieldwork).FirstOrDefault();

    /// <summary>Gets the assessments with a fieldwork date by the evaluation date, in fieldwork order.</summary>
    public IReadOnlyList<SecurityAssessment> Dated => _dated;

    /// <summary>Gets the assessments without a fieldwork date, which the years leave out: where they fall is not known.</summary>
    public IReadOnlyList<SecurityAssessment> Undated => _undated;

    private CycleYearResult Judge(
        string period, int yearOfCycle, DateOnly start, bool ended, DateOnly last, SecurityAssessment? best, IReadOnlyList<SecurityAssessment> inYear)
    {
        if (best is { AssessmentKind: AssessmentKind.Full })
        {
            return new(Outcome.Compliant, Invariant($"{period} {Describe(best)} meets whatever the year calls for."), [best]);
        }

        var premises = _party.PremisesOn(start);
        var rows = _schedule.Candidates(_party.Category, premises, start);
        var cells = rows.Select(row => row.Years[yearOfCycle - 1]).Distinct().ToList();
        var category = EnumText.Of(_party.Category).Replace('-', ' ');
        var who = Invariant($"{(category[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a")} {category} with {Count(premises.Domestic)} domestic and {Count(premises.NonDomestic)} non-domestic premises");
        if (cells.Count != 1 || cells[0] == ScheduledAssessment.Unknown)
        {
            var premisesUnknown = cells.Count > 1;
            var why = premisesUnknown
                ? " (which depends on premises counts the facts do not give)"
                : rows.Count == 1 && rows[0].Note is { } note ? $" ({note.TrimEnd('.')})" : string.Empty;
            var missing = premisesUnknown
                ? Invariant($"the premises counts of {_party.Id} on {start:yyyy-MM-dd} (domestic-premises, non-domestic-premises)")
                : Invariant($"the assessment kind due in year {yearOfCycle} of the cycle for {who} (SCF Part 1, section 4.3)");

            // A running year is judged when it ends; only then does the unknown cell leave the outcome
            // open, unless the year ended with no assessment at all, which meets no kind.
            if (!ended)
            {
                return new(Outcome.NotApplicable, Invariant($"{period} it is not known which assessment {who} must take{why}; the year has not ended."), inYear);
            }

            // Only a full assessment is sure to make up for a year whose kind is not known.
            return best is null
                ? Missed(Invariant($"{period} it is not known which assessment {who} must take{why}, but the year ended with no assessment at all"), inYear, last, ScheduledAssessment.Full)
                : new(Outcome.Undetermined, Invariant($"{period} it is not known which assessment {who} must take{why}."), inYear, missing);
        }

        var due = cells[0];
        var provenance = EnumText.Of(rows[^1].Provenance);
        if (Spanning(premises, start, last, yearOfCycle, due) is { } later && Rank(later.Due) != Rank(due))
        {
            return JudgeSpanning(period, who, ended, last, best, inYear, (due, provenance), (later.Due, EnumText.Of(later.Row.Provenance)));
        }

        if (best is not null && Rank(best.AssessmentKind) >= Rank(due))
        {
            return new(Outcome.Compliant, Invariant($"{period} a {Describe(due)} is due for {who} [{provenance}]; {Describe(best)} meets it."), [best]);
        }

        var found = best is null ? "no assessment" : Describe(best);
        if (!ended)
        {
            return new(Outcome.NotApplicable, Invariant($"{period} a {Describe(due)} is due for {who} [{provenance}] by {last:yyyy-MM-dd}; so far {found}."), inYear);
        }

        return Missed(Invariant($"{period} a {Describe(due)} was due for {who} [{provenance}]; the year ended with {found}"), inYear, last, due);
    }

    // The row that decides for a year read at its last day instead of its first, when the schedule's
    // rows change within the year (a modification's rows for years "until" a date) and that row is known.
    private (ScheduledAssessment Due, ScheduleRow Row)? Spanning(PremisesCount premises, DateOnly start, DateOnly last, int yearOfCycle, ScheduledAssessment due)
    {
        if (last <= start || _schedule.Candidates(_party.Category, premises, last) is not [.., var row] rows || rows.Count != 1)
        {
            return null;
        }

        var atEnd = row.Years[yearOfCycle - 1];
        return atEnd == ScheduledAssessment.Unknown || atEnd == due ? null : (atEnd, row);
    }

    // A year across a change of the schedule: the rows for a year that starts before the change and
    // those for one that ends after it differ, and no source says which governs such a year. An
    // assessment that meets both readings meets the year, one that meets neither misses it; between
    // them the outcome is open.
    private CycleYearResult JudgeSpanning(
        string period,
        string who,
        bool ended,
        DateOnly last,
        SecurityAssessment? best,
        IReadOnlyList<SecurityAssessment> inYear,
        (ScheduledAssessment Due, string Provenance) atStart,
        (ScheduledAssessment Due, string Provenance) atEnd)
    {
        var readings = Invariant($"read at its start, the schedule calls for a {Describe(atStart.Due)} for {who} [{atStart.Provenance}]; read at its end, for a {Describe(atEnd.Due)} [{atEnd.Provenance}]");
        var (lower, higher) = Rank(atStart.Due) < Rank(atEnd.Due) ? (atStart.Due, atEnd.Due) : (atEnd.Due, atStart.Due);
        var rank = best is null ? 0 : Rank(best.AssessmentKind);
        if (rank >= Rank(higher))
        {
            return new(Outcome.Compliant, Invariant($"{period} {readings}; {Describe(best!)} meets either."), [best!]);
        }

        var found = best is null ? "no assessment" : Describe(best);
        if (!ended)
        {
            return new(Outcome.NotApplicable, Invariant($"{period} {readings}, by {last:yyyy-MM-dd}; so far {found}."), inYear);
        }

        if (rank < Rank(lower))
        {
            return Missed(Invariant($"{period} {readings}; the year ended with {found}, which meets neither"), inYear, last, lower);
        }

        return new(Outcome.Undetermined,
            Invariant($"{period} {readings}; which reading governs a year that spans the change is not known, and {found} meets only the lesser."),
            inYear,
            "which schedule row governs a cycle year that begins before a change of the schedule and ends after it (the transitional text was not available)");
    }

    // A missed year is made up for by the first assessment after it that meets what it called for:
    // the breach lasted until then, which is the remedy an Event of Default turns on.
    private CycleYearResult Missed(string what, IReadOnlyList<SecurityAssessment> inYear, DateOnly last, ScheduledAssessment due)
    {
        var remedy = _dated.FirstOrDefault(assessment => assessment.Fieldwork > last && Rank(assessment.AssessmentKind) >= Rank(due));
        return remedy is null
            ? new(Outcome.Breach, what + ".", inYear)
            : new(Outcome.Breach, Invariant($"{what}; {Describe(remedy)}, after the year ended, made up for it."), [.. inYear, remedy], Remedied: remedy.Fieldwork);
    }

    private DateOnly? LastDayUnder(AssessmentTimingReading reading, int number, DateOnly? anchor) => reading.Rule switch
    {
        AssessmentTimingRule.CycleYears => _first.AddYears(number).AddDays(-1),
        _ when anchor is { } previous && reading.Within is { } within && within.TryAfter(previous, WorkingDayCalendar.WeekendsOnly, out var last) => last,
        _ => null,
    };

    private bool InYear(SecurityAssessment assessment, int number, DateOnly? after, DateOnly last)
    {
        var fieldwork = assessment.Fieldwork!.Value;
        if (fieldwork > last || (after is { } previous && fieldwork <= previous))
        {
            return false;
        }

        return number > 1 || fieldwork >= _first || (assessment.Initial && _initialCountsForFirstYear);
    }

    private static string Describe(AssessmentTimingReading reading)
    {
        var clause = reading.Clause is null ? string.Empty : reading.Clause + " ";
        return reading.Rule == AssessmentTimingRule.Rolling
            ? Invariant($"{clause}as read by {reading.Id} from {reading.From:yyyy-MM-dd} [{EnumText.Of(reading.Provenance)}]")
            : Invariant($"{clause}by cycle years, {reading.Id} [{EnumText.Of(reading.Provenance)}]");
    }

    private static string Count(int? count) => count is { } known ? Invariant($"{known:N0}") : "an unknown number of";

    private static int Rank(AssessmentKind kind) => kind switch
    {
        AssessmentKind.Full => 3,
        AssessmentKind.Verification => 2,
        AssessmentKind.Self => 1,
        _ => 0,
    };

    private static int Rank(ScheduledAssessment due) => due switch
    {
        ScheduledAssessment.Full => 3,
        ScheduledAssessment.Verification => 2,
        _ => 1,
    };

    private static string Describe(ScheduledAssessment due) => due switch
    {
        ScheduledAssessment.Full => "Full User Security Assessment",
        ScheduledAssessment.Verification => "Verification User Security Assessment (or a full one)",
        _ => "User Security Self-Assessment (or a fuller one)",
    };

    private static string Describe(SecurityAssessment assessment) =>
        Invariant($"{assessment.Id} ({EnumText.Of(assessment.AssessmentKind)} assessment, fieldwork {assessment.Fieldwork:yyyy-MM-dd})");
}
