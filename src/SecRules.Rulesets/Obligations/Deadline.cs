using SecRules.Findings;

namespace SecRules.Rulesets.Obligations;

/// <summary>
/// A dated duty (a Response, a request, a remedy) judged at the evaluation date: the one place
/// that decides on time, late, missed, pending or unknown, so every obligation of that shape agrees.
/// Anything done after the evaluation date has not happened yet.
/// </summary>
/// <param name="Due">The due date, if known.</param>
/// <param name="Done">The date the duty was done, if it was by the evaluation date.</param>
/// <param name="State">Where the duty stands.</param>
internal sealed record Deadline(DateOnly? Due, DateOnly? Done, DeadlineState State)
{
    public static Deadline Judge(DateOnly? due, DateOnly? done, DateOnly evaluationDate)
    {
        DateOnly? doneByThen = done is { } date && date <= evaluationDate ? date : null;
        var state = (due, doneByThen) switch
        {
            (null, null) => DeadlineState.DueDateUnknown,
            (null, _) => DeadlineState.MetWithoutDueDate,
            ({ } dueDate, { } doneDate) => doneDate <= dueDate ? DeadlineState.MetOnTime : DeadlineState.MetLate,
            ({ } dueDate, null) => dueDate < evaluationDate ? DeadlineState.Missed : DeadlineState.Pending,
        };
        return new Deadline(due, doneByThen, state);
    }

    public Outcome Outcome => State switch
    {
        DeadlineState.MetOnTime => Outcome.Compliant,
        DeadlineState.MetLate or DeadlineState.Missed => Outcome.Breach,
        DeadlineState.Pending => Outcome.NotApplicable,
        _ => Outcome.Undetermined,
    };

    /// <summary>
    /// Gets whether the due date the judgement needs is missing: done or not, whether the duty was
    /// met in time cannot be told without it, so the outcome is Undetermined and names it.
    /// </summary>
    public bool IsDueDateMissing => State is DeadlineState.DueDateUnknown or DeadlineState.MetWithoutDueDate;

    /// <summary>Gets how many days late the duty was done, for <see cref="DeadlineState.MetLate"/>.</summary>
    public int DaysLate => Done is { } done && Due is { } due ? done.DayNumber - due.DayNumber : 0;
}
