namespace SecRules.Cli.Reports.Timelines;

/// <summary>The rows of a User's timeline, each holding one kind of event.</summary>
internal enum TimelineLane
{
    /// <summary>The dates the versions of the legal text took effect, and the evaluation date.</summary>
    LegalText,

    /// <summary>User Entry and the first use of each User System.</summary>
    UserSystems,

    /// <summary>Security assessments: reports, Responses and remedies of what they found.</summary>
    Assessments,

    /// <summary>Notifications to the SSC, its decisions and its requests.</summary>
    Ssc,

    /// <summary>Panel notices and their remedy dates.</summary>
    Panel,
}
