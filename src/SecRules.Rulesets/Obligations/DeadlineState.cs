namespace SecRules.Rulesets.Obligations;

/// <summary>Where a dated duty stands at the evaluation date.</summary>
internal enum DeadlineState
{
    /// <summary>Done by the due date.</summary>
    MetOnTime,

    /// <summary>Done, but after the due date.</summary>
    MetLate,

    /// <summary>Not done, and the due date has passed.</summary>
    Missed,

    /// <summary>Not done, and the due date has not passed.</summary>
    Pending,

    /// <summary>Done, but no due date is known, so whether it was done in time is not known.</summary>
    MetWithoutDueDate,

    /// <summary>Not done, and no due date is known.</summary>
    DueDateUnknown,
}
