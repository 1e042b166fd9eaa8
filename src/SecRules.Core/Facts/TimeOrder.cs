namespace SecRules.Facts;

/// <summary>How two <see cref="FactTime"/> values are ordered.</summary>
public enum TimeOrder
{
    /// <summary>The first is strictly earlier.</summary>
    Before,

    /// <summary>Both have the same date and the same time of day.</summary>
    Simultaneous,

    /// <summary>The first is strictly later.</summary>
    After,

    /// <summary>Both fall on the same date and at least one has no time of day, so the order is unknown.</summary>
    SameDayUnknown,
}
