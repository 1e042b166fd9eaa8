namespace SecRules.Versioning;

/// <summary>The units a <see cref="Period"/> can be counted in.</summary>
public enum PeriodUnit
{
    /// <summary>Calendar days.</summary>
    Days,

    /// <summary>Working Days: not a Saturday, Sunday or bank holiday in England and Wales.</summary>
    WorkingDays,

    /// <summary>Calendar months.</summary>
    Months,

    /// <summary>Calendar years.</summary>
    Years,
}
